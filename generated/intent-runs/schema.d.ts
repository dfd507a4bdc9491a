/**
 * Generated from spec/intent-runs/ by `npm run build` (openapi-typescript): do not edit.
 */

export interface paths {
    "/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List runs
         * @description A page of the authenticated account's runs, newest first, filtered by status, userId and customer integration ids (repeated parameters: `?customerIntegrationIds=a&customerIntegrationIds=b`). Events are left out unless `includeEvents=true`. The seed shows a single run's fields for this answer; the `{data, page, pageSize, total}` envelope is designed, and so is the order, newest first.
         */
        get: operations["listRuns"];
        put?: never;
        /**
         * Create a new run
         * @description Creates a run for an intent with the selected integrations (`["*"]`: all active ones). A `repeatKey` that names an existing run repeats it: the new run's `repeatRunId` is that run's id; without one, a key is generated. The seed shows neither the status nor the body of the answer: 201 with the new run is designed.
         */
        post: operations["createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Approve or deny a run or its individual steps
         * @description Applies the approval decision carried by `token` (the link sent to the approver), moving a run out of AWAITING_APPROVAL. The seed says "No content" without a status: 204 is designed, and 200 with no content (as the seed's abort answers) is accepted as well. An unknown or used token is a 404 (designed).
         */
        get: operations["approveRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the run.
                 * @example 7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d
                 */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Get run details
         * @description One run by id; its events only with `includeEvents=true`. An unknown id is a 404.
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        /**
         * Abort a run
         * @description Aborts a running or queued run: its status becomes ABORTED, and the run stays readable. The answer is 200 with no content, as the seed says. A run in any other state answers 409 (designed).
         */
        delete: operations["abortRun"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/sse": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the run.
                 * @example 7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d
                 */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Server-Sent Events stream for a run
         * @description A `text/event-stream` of the run's updates. Each event has an `event:` name (status, step, tool_call, result, error) and a JSON `data:` payload, typed by the `RunStreamEvent` component that the media type's `x-sse-event` refers to (event names and payloads are designed). Tool calls are sent only with `includeToolCalls=true`; otherwise step events carry only their text. The stream ends after the run's `result` or `error`.
         */
        get: operations["streamRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The `data:` payload of one server-sent event of a run's stream; its `type` equals the event's `event:` name. `status`: the run's status changed; `step`: a step started or completed, with its text; `tool_call`: a tool was called (only with includeToolCalls=true); `result`: the run's result, the last event of a completed run; `error`: the run failed, the last event. */
        RunStreamEvent: components["schemas"]["RunStatusEvent"] | components["schemas"]["RunStepEvent"] | components["schemas"]["RunToolCallEvent"] | components["schemas"]["RunResultEvent"] | components["schemas"]["RunErrorEvent"];
        /**
         * @description Where the run stands: queued, planned, waiting for approval, running, and the three ends.
         * @example RUNNING
         * @enum {string}
         */
        RunStatus: "QUEUED" | "PLANNING" | "AWAITING_APPROVAL" | "RUNNING" | "COMPLETED" | "FAILED" | "ABORTED";
        /** @description A tool the run called, with its arguments and output (present on TOOL_CALL events). */
        ToolCall: {
            /** @description The tool's name. */
            name: string;
            /** @description The arguments the tool was called with. */
            arguments?: {
                [key: string]: unknown;
            };
            /** @description What the tool returned, when it has returned. */
            output?: Record<string, never> | string | null;
        };
        /** @description One entry of a run's event log, carrying the status changes, steps and tool calls the stream reports. */
        RunEvent: {
            /**
             * Format: uuid
             * @description The event's id.
             */
            id: string;
            /**
             * @description What happened.
             * @enum {string}
             */
            type: "STATUS_CHANGED" | "STEP_STARTED" | "STEP_COMPLETED" | "TOOL_CALL" | "APPROVAL_REQUESTED" | "RESULT" | "ERROR";
            /** @description A human-readable description of the event (for steps, the step's description). */
            text?: string;
            status?: components["schemas"]["RunStatus"];
            toolCall?: components["schemas"]["ToolCall"];
            /**
             * Format: date-time
             * @description When it happened.
             */
            createdAt: string;
        };
        /** @description A run, with every field of the seed and its required-ness. */
        Run: {
            /**
             * Format: uuid
             * @description Unique identifier for the run.
             */
            runId: string;
            /** @description Key passed or generated during creation to repeat the run later. */
            repeatKey: string;
            /**
             * Format: uuid
             * @description The UUID of the run that was repeated.
             */
            repeatRunId?: string;
            status: components["schemas"]["RunStatus"];
            /**
             * Format: uuid
             * @description The UUID of the execution plan that was used for the run.
             */
            executionPlanId: string;
            /** @description Array of events in the run (empty unless events were asked for). */
            events: components["schemas"]["RunEvent"][];
            /** @description Result of the run execution. */
            result?: {
                [key: string]: unknown;
            };
            /** @description The intent or goal for the run. */
            intent: string;
            /** @description Additional context that was provided during run creation. */
            context: string;
            /**
             * Format: date-time
             * @description Timestamp when the run was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Timestamp when the run was last updated.
             */
            updatedAt: string;
        };
        /** @description A page of runs. The seed lists a single run's fields for this response; as the operation returns a paginated list, the envelope is designed here, named after the page and pageSize parameters. */
        RunList: {
            /** @description The runs of this page. */
            data: components["schemas"]["Run"][];
            /** @description The page served. */
            page: number;
            /** @description The page size applied. */
            pageSize: number;
            /** @description How many runs match, over all pages. */
            total: number;
        };
        /** @description The error body of every intent-runs error: the status repeated, its reason phrase, and a message. */
        ErrorBody: {
            /** @description The HTTP status code, repeated in the body. */
            statusCode: number;
            /** @description The HTTP reason phrase. */
            error: string;
            /** @description What went wrong; for 400, every invalid field named. */
            message: string;
        };
        /**
         * @description When a human must approve. `NONE` never asks, `PLAN` asks once for the execution plan, `EVERY_STEP` asks before each step.
         * @example NONE
         * @enum {string}
         */
        ApprovalStrategy: "NONE" | "PLAN" | "EVERY_STEP";
        /** @description A run to create for an intent. */
        CreateRunRequest: {
            /** @description The intent or goal for the run. */
            intent: string;
            /** @description The customer integration ids to use, or `["*"]` for all active integrations. */
            selectedCustomerIntegrationIds: string[];
            /** @description Additional context for the run execution. */
            context: string;
            /** @description The ID of the user who is initiating the run. */
            userId: string;
            approvalStrategy?: components["schemas"]["ApprovalStrategy"];
            /** @description The key of a run to repeat. When it names an existing run, the new run repeats it and its `repeatRunId` is set; when absent, a key is generated. */
            repeatKey?: string;
            /** @description A JSON Schema draft-7 document for the run's output format. Answering a schema that is not valid draft-7 with 400 is designed. */
            outputSchema?: {
                [key: string]: unknown;
            };
        };
        /** @description The run's status changed. */
        RunStatusEvent: {
            /**
             * @description The event's name, `status`.
             * @constant
             */
            type: "status";
            /**
             * Format: uuid
             * @description The run the event is about.
             */
            runId: string;
            status: components["schemas"]["RunStatus"];
        };
        /** @description A step started or completed. Without includeToolCalls, only the step's text (its description) is sent. */
        RunStepEvent: {
            /**
             * @description The event's name, `step`.
             * @constant
             */
            type: "step";
            /**
             * Format: uuid
             * @description The run the event is about.
             */
            runId: string;
            /** @description The step's description. */
            text: string;
        };
        /** @description A tool was called; sent only with includeToolCalls=true. */
        RunToolCallEvent: {
            /**
             * @description The event's name, `tool_call`.
             * @constant
             */
            type: "tool_call";
            /**
             * Format: uuid
             * @description The run the event is about.
             */
            runId: string;
            /** @description The tool's name. */
            name: string;
            /** @description The arguments the tool was called with. */
            arguments?: {
                [key: string]: unknown;
            };
        };
        /** @description The run's result: the last event of a completed run. */
        RunResultEvent: {
            /**
             * @description The event's name, `result`.
             * @constant
             */
            type: "result";
            /**
             * Format: uuid
             * @description The run the event is about.
             */
            runId: string;
            /** @description The run's result, as `Run.result`. */
            result: {
                [key: string]: unknown;
            };
        };
        /** @description The run failed: the last event of a failed run. */
        RunErrorEvent: {
            /**
             * @description The event's name, `error`.
             * @constant
             */
            type: "error";
            /**
             * Format: uuid
             * @description The run the event is about.
             */
            runId: string;
            /** @description What went wrong. */
            message: string;
        };
    };
    responses: {
        /** @description The request is invalid; the message names each invalid field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 400,
                 *       "error": "Bad Request",
                 *       "message": "selectedCustomerIntegrationIds: must contain at least 1 item"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The x-api-key header is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 401,
                 *       "error": "Unauthorized",
                 *       "message": "Missing or invalid x-api-key"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Too many requests; retry after the time `Retry-After` gives, when sent. */
        TooManyRequests: {
            headers: {
                /**
                 * @description How long to wait before retrying, as seconds or as an HTTP date.
                 * @example 30
                 */
                "Retry-After"?: number | string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 429,
                 *       "error": "Too Many Requests",
                 *       "message": "Too many requests, retry in 30 seconds"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Server error. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 500,
                 *       "error": "Internal Server Error",
                 *       "message": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request body is larger than the server accepts. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 413,
                 *       "error": "Payload Too Large",
                 *       "message": "Request body is larger than 1048576 bytes"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 415,
                 *       "error": "Unsupported Media Type",
                 *       "message": "Content-Type must be application/json"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No run with this id for this account. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 404,
                 *       "error": "Not Found",
                 *       "message": "Run 7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The run is neither running nor queued, so it cannot be aborted. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 409,
                 *       "error": "Conflict",
                 *       "message": "Run 7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d is COMPLETED and cannot be aborted"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The page, from 1.
         * @example 1
         */
        Page: number;
        /**
         * @description Runs per page.
         * @example 10
         */
        PageSize: number;
        /**
         * @description Unique identifier of the run.
         * @example 7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d
         */
        RunId: string;
        /**
         * @description Include run events in the response (e.g., "true" or "false"). A string here, as the seed documents it, unlike the list's boolean.
         * @example true
         */
        IncludeEventsText: string;
        /**
         * @description Include tool call details in the stream (e.g., "true" or "false"). By default, tool calls are not included and step events carry only their text.
         * @example true
         */
        IncludeToolCalls: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listRuns: {
        parameters: {
            query?: {
                /**
                 * @description Include each run's events.
                 * @example false
                 */
                includeEvents?: boolean;
                /**
                 * @description Filter runs by user ID.
                 * @example user_12345
                 */
                userId?: string;
                /**
                 * @description Filter runs by a single status value.
                 * @example RUNNING
                 */
                status?: components["schemas"]["RunStatus"];
                /**
                 * @description Filter runs by customer integration IDs, as repeated query parameters.
                 * @example [
                 *       "salesforce_abcd1234",
                 *       "hubspot_efgh5678"
                 *     ]
                 */
                customerIntegrationIds?: string[];
                /**
                 * @description The page, from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Runs per page.
                 * @example 10
                 */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs retrieved successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "runId": "7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d",
                     *           "repeatKey": "weekly-sales-summary",
                     *           "status": "RUNNING",
                     *           "executionPlanId": "550e8400-e29b-41d4-a716-446655440000",
                     *           "events": [],
                     *           "intent": "Create a summary of the latest sales data",
                     *           "context": "Focus on Q4 2023 data with regional breakdown",
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:05.000Z"
                     *         }
                     *       ],
                     *       "page": 1,
                     *       "pageSize": 10,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["RunList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "intent": "Create a summary of the latest sales data",
                 *       "selectedCustomerIntegrationIds": [
                 *         "integration-1",
                 *         "integration-2"
                 *       ],
                 *       "context": "Focus on Q4 2023 data with regional breakdown",
                 *       "userId": "user-123",
                 *       "approvalStrategy": "NONE",
                 *       "outputSchema": {
                 *         "type": "object",
                 *         "properties": {
                 *           "summary": {
                 *             "type": "string"
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateRunRequest"];
            };
        };
        responses: {
            /** @description The run was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    approveRun: {
        parameters: {
            query: {
                /**
                 * @description The approval token.
                 * @example apr_4f0c2b7e91d3
                 */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The decision was applied. No content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The decision was applied. No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRun: {
        parameters: {
            query?: {
                /**
                 * @description Include run events in the response (e.g., "true" or "false"). A string here, as the seed documents it, unlike the list's boolean.
                 * @example true
                 */
                includeEvents?: components["parameters"]["IncludeEventsText"];
            };
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the run.
                 * @example 7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d
                 */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run details retrieved successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    abortRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the run.
                 * @example 7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d
                 */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run successfully aborted. No content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    streamRun: {
        parameters: {
            query?: {
                /**
                 * @description Include tool call details in the stream (e.g., "true" or "false"). By default, tool calls are not included and step events carry only their text.
                 * @example true
                 */
                includeToolCalls?: components["parameters"]["IncludeToolCalls"];
            };
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the run.
                 * @example 7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d
                 */
                runId: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SSE stream established successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event: status
                     *     data: {"type":"status","runId":"7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d","status":"RUNNING"}
                     *
                     *     event: step
                     *     data: {"type":"step","runId":"7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d","text":"Reading the sales data"}
                     *
                     *     event: result
                     *     data: {"type":"result","runId":"7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d","result":{"summary":"Sales grew 12%"}}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
