/**
 * Generated from spec/runflow/ by `npm run build` (openapi-typescript): do not edit.
 */

export interface paths {
    "/api/v1/runtime/v1/observability/executions/{executionId}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The execution being reviewed.
                 * @example exec-7f3a2c
                 */
                executionId: components["parameters"]["ExecutionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a review
         * @description Reviews one execution. Each execution can have only one review: a second POST answers 409 "Execution already has a review" (use `checkReviewExists` for an idempotent check). New reviews start as `pending_review`; `reviewedBy` is the label of the calling API key. A comment shorter than 10 characters is a 422.
         */
        post: operations["createReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/v1/observability/executions/{executionId}/reviews/exists": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The execution being reviewed.
                 * @example exec-7f3a2c
                 */
                executionId: components["parameters"]["ExecutionId"];
            };
            cookie?: never;
        };
        /**
         * Check if an execution already has a review
         * @description The idempotent companion of `createReview`: answers `{exists: false}`, or `{exists: true, review}` with the review's id, rating, status, comment and createdAt.
         */
        get: operations["checkReviewExists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/v1/observability/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reviews
         * @description The tenant's reviews, newest first, filtered by every given parameter. `search` matches comments case- and accent-insensitively. `limit` defaults to 50 and is capped at 100. The seed does not show the response body; it is designed as `{reviews, total, limit, offset}` after the events feed.
         */
        get: operations["listReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/v1/observability/reviews/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review stats for an agent
         * @description Counters over one agent's reviews. `agentId` is required; without it the request is a 400. `avgResolutionHours` is null while no review is resolved.
         */
        get: operations["getReviewStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/v1/observability/reviews/export/training-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export reviews for training
         * @description One OpenAI conversational fine-tuning example per matching review, with the review's `correctedOutput` substituted into the assistant turn when present (`metadata.was_corrected`). Typical filter: `agentId` and `status=resolved`, to pull only human-reviewed and corrected examples.
         */
        get: operations["exportTrainingData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/v1/observability/reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The review's id. Another tenant's review answers 404, never 403.
                 * @example rev-1b9d4e
                 */
                reviewId: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        /**
         * Get a single review
         * @description One review by id. A review of another tenant answers 404.
         */
        get: operations["getReview"];
        put?: never;
        post?: never;
        /**
         * Delete a review
         * @description Hard delete: a later get answers 404. The seed does not give the success status; this contract answers 204 with no body.
         */
        delete: operations["deleteReview"];
        options?: never;
        head?: never;
        /**
         * Update a review
         * @description Partial update: send only the fields to change. Only status, actionTaken, resolutionNotes, correctedOutput, comment, priority and tags are allowed; any other field is a 400. Setting `status: resolved` stamps `resolvedBy` and `resolvedAt`; every update stamps `updatedBy`.
         */
        patch: operations["updateReview"];
        trace?: never;
    };
    "/api/v1/runtime/v1/observability/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ingest events
         * @description Pushes raw events (the SDK's `track()`). Writing is asynchronous (fire-and-forget): the events become queryable through the feed and the query endpoint shortly after. tenantId and agentId come from the API key. The seed gives neither status nor body; this contract answers 202 with the number of events accepted.
         */
        post: operations["ingestEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/v1/observability/events/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent events feed
         * @description An agent's events, most recent first: for debugging emissions, live-event widgets, or checking that `track()` calls landed. `agentId` defaults to the agent bound to the API key; `limit` defaults to 50 and is capped at 100.
         */
        get: operations["getEventFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/v1/observability/events/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query events (raw or grouped)
         * @description A table-style query of the event store. `mode: raw` (default) returns individual events projected on `columns`; `mode: aggregate` groups rows by `groupBy` and computes each of `metrics` (count, sum, avg, min, max) under its `alias`. Filters combine with AND. The answer is `{rows, total, columns}`, each column with its key and type. The seed does not say whether this POST has a success status of 200 or 201; it reads, so 200.
         */
        post: operations["queryEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/observability/dashboard-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dashboard cards
         * @description Every card configured for the agent, with its cardType, config and gridLayout: for read-only views of what is published or for snapshotting a dashboard into version control.
         */
        get: operations["listDashboardCards"];
        put?: never;
        /**
         * Upsert a dashboard card
         * @description Creates or updates a card, idempotent on (agentId, config.eventName, cardType, config.aggregation, config.propertyKey): the SDK's `metrics.sync()` and `rf metrics sync` call it. cardType is one of number, rate, line, bar, pie, table, funnel, gauge; the per-type config is validated server-side. The seed does not show the answer; this contract answers 201 with `created: true` when the card is new and 200 with `created: false` when an existing card was updated.
         */
        post: operations["upsertDashboardCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/runtime/observability/dashboard-tabs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dashboard tabs
         * @description The tabs configured for the agent, ordered by sortOrder ascending.
         */
        get: operations["listDashboardTabs"];
        put?: never;
        /**
         * Upsert a dashboard tab
         * @description Idempotent on (agentId, name): `created` is true the first time and false on later calls with the same name; a given `sortOrder` that differs from the stored one is updated. The SDK's `metrics.defineTab()` then `metrics.sync()` call it. This contract answers 201 when the tab is new and 200 otherwise; the seed gives only the body.
         */
        post: operations["upsertDashboardTab"];
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
        /**
         * @description How the reviewer judged the execution.
         * @enum {string}
         */
        ReviewRating: "good" | "bad" | "needs_improvement";
        /** @description The reviewer's comment, at least 10 characters. A shorter comment is a semantic error answered with 422, not a 400 (`x-error-status`). */
        ReviewComment: string;
        /**
         * @description How urgently the review needs attention.
         * @enum {string}
         */
        ReviewPriority: "low" | "medium" | "high" | "critical";
        /** @description Free-form labels for grouping reviews, e.g. `hours_wrong`. */
        ReviewTags: string[];
        /** @description The fields a client sends to review an execution. */
        CreateReviewRequest: {
            /** @description The agent that ran the execution. */
            agentId: string;
            rating: components["schemas"]["ReviewRating"];
            comment: components["schemas"]["ReviewComment"];
            priority?: components["schemas"]["ReviewPriority"];
            tags?: components["schemas"]["ReviewTags"];
        };
        /**
         * @description Where the review stands in the feedback loop. New reviews are `pending_review`.
         * @enum {string}
         */
        ReviewStatus: "pending_review" | "in_progress" | "resolved" | "wont_fix";
        /** @description A human review of one agent execution. The seed names the fields a client sends and the audit stamps; the rest of the shape (ids, timestamps, nullable resolution fields) is designed to match them. */
        Review: {
            /** @description The review's id. */
            id: string;
            /** @description The execution this review judges; one review per execution. */
            executionId: string;
            /** @description The agent that ran the execution. */
            agentId: string;
            rating: components["schemas"]["ReviewRating"];
            status: components["schemas"]["ReviewStatus"];
            priority: components["schemas"]["ReviewPriority"];
            comment: components["schemas"]["ReviewComment"];
            tags: components["schemas"]["ReviewTags"];
            /** @description What was done about the problem. */
            actionTaken?: string | null;
            /** @description Notes written when resolving. */
            resolutionNotes?: string | null;
            /** @description The answer the agent should have given; used as the assistant turn in training exports. */
            correctedOutput?: string | null;
            /** @description Label of the API key that created the review (audit stamp). */
            reviewedBy: string;
            /** @description Label of the API key that last updated the review (audit stamp). */
            updatedBy?: string | null;
            /** @description Label of the API key that set status `resolved`. */
            resolvedBy?: string | null;
            /**
             * Format: date-time
             * @description When status became `resolved`.
             */
            resolvedAt?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description The 400 body: a request that failed DTO validation. Unlike other errors, `message` is an array with one string per violated constraint. */
        ValidationError: {
            /** @constant */
            statusCode: 400;
            /** @description One entry per violated constraint, naming the field. */
            message: string[];
            /** @constant */
            error: "Bad Request";
        };
        /** @description The error body shared by every Runflow error response (the seed's `{ statusCode, message, error }`). `error` is the HTTP reason phrase. */
        Error: {
            /** @description The HTTP status code, repeated in the body. */
            statusCode: number;
            /** @description What went wrong, for a human. */
            message: string;
            /** @description The HTTP reason phrase, e.g. `Conflict`. */
            error: string;
        };
        /** @description The short form of a review returned by the exists check. */
        ReviewSummary: {
            id: string;
            rating: components["schemas"]["ReviewRating"];
            status: components["schemas"]["ReviewStatus"];
            comment: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description `{exists: false}`, or `{exists: true, review}` with the short form of the review. */
        ReviewExists: {
            /** @constant */
            exists: false;
        } | {
            /** @constant */
            exists: true;
            review: components["schemas"]["ReviewSummary"];
        };
        /** @description A page of reviews. The seed does not show this body; it is designed after the events feed (`{events, total}`) and echoes the paging it applied. */
        ReviewList: {
            reviews: components["schemas"]["Review"][];
            /** @description How many reviews match the filters, over all pages. */
            total: number;
            /** @description The page size applied (after the cap of 100). */
            limit: number;
            offset: number;
        };
        /** @description Counters over one agent's reviews. */
        ReviewStats: {
            total: number;
            /** @description Reviews with status `pending_review`. */
            pending: number;
            inProgress: number;
            resolved: number;
            /** @description Reviews rated `bad`. */
            badReviews: number;
            needsImprovement: number;
            /** @description Reviews with priority `critical`. */
            critical: number;
            highPriority: number;
            /** @description Mean hours from creation to resolution over resolved reviews; null when none is resolved. */
            avgResolutionHours: number | null;
        };
        /** @description One turn of an OpenAI conversational fine-tuning example. */
        TrainingMessage: {
            /** @enum {string} */
            role: "system" | "user" | "assistant";
            content: string;
        };
        /** @description One fine-tuning example per matching review. When the review has a `correctedOutput`, it replaces the agent's answer in the assistant turn. */
        TrainingExample: {
            messages: components["schemas"]["TrainingMessage"][];
            metadata: {
                review_id: string;
                execution_id: string;
                rating: components["schemas"]["ReviewRating"];
                /** @description True when `correctedOutput` was substituted into the assistant turn. */
                was_corrected: boolean;
            };
        };
        /** @description Reviews exported as OpenAI conversational fine-tuning examples. */
        TrainingDataExport: {
            training_examples: components["schemas"]["TrainingExample"][];
            total: number;
            /** @constant */
            format: "openai-conversational";
            /** Format: date-time */
            generated_at: string;
        };
        /** @description A partial update. Only the seed's allowed fields are accepted; any other field is a 400. */
        UpdateReviewRequest: {
            status?: components["schemas"]["ReviewStatus"];
            actionTaken?: string | null;
            resolutionNotes?: string | null;
            correctedOutput?: string | null;
            comment?: components["schemas"]["ReviewComment"];
            priority?: components["schemas"]["ReviewPriority"];
            tags?: components["schemas"]["ReviewTags"];
        };
        /** @description Free-form event properties; values are JSON scalars. */
        EventProperties: {
            [key: string]: string | number | boolean | null;
        };
        /** @description One raw event as sent by `track()`. tenantId and agentId come from the API key. */
        IngestEvent: {
            eventName: string;
            properties?: components["schemas"]["EventProperties"];
            /**
             * Format: date-time
             * @description When the event happened; the server's clock when absent.
             */
            timestamp?: string;
            threadId?: string;
            executionId?: string;
        };
        IngestEventsRequest: {
            events: components["schemas"]["IngestEvent"][];
        };
        /** @description Acknowledgement of a fire-and-forget ingest. The seed does not show this body; it is designed to say how many events were accepted for writing. */
        IngestEventsAccepted: {
            /** @description How many events were queued for writing. */
            accepted: number;
        };
        /** @description A stored event, as the feed returns it. */
        Event: {
            id: string;
            eventName: string;
            properties: components["schemas"]["EventProperties"];
            threadId?: string | null;
            executionId?: string | null;
            /** Format: date-time */
            timestamp: string;
        };
        /** @description Events most recent first. */
        EventFeed: {
            events: components["schemas"]["Event"][];
            /** @description How many events match, over all pages. */
            total: number;
        };
        /** @description One output column of an aggregate query. `propertyKey` is needed by every aggregation but `count`. */
        QueryMetric: {
            /** @enum {string} */
            aggregation: "count" | "sum" | "avg" | "min" | "max";
            propertyKey?: string;
            alias: string;
        };
        QueryFilter: {
            propertyKey: string;
            /** @enum {string} */
            operator: "eq" | "neq" | "gt" | "lt" | "gte" | "lte" | "contains" | "in";
            /** @description A scalar; an array of scalars for `in`. */
            value: (string | number | boolean) | (string | number | boolean)[];
        };
        /** @description A table-style query. `mode: raw` (default) projects `columns`; `mode: aggregate` groups by `groupBy` and computes `metrics`. */
        EventQueryRequest: {
            /** @description Defaults to the agent bound to the API key. */
            agentId?: string;
            eventName: string;
            /**
             * @default raw
             * @enum {string}
             */
            mode?: "raw" | "aggregate";
            /** @description (raw mode) Property keys to project; all when omitted. */
            columns?: string[];
            /** @description (aggregate mode) The property key to group on. */
            groupBy?: string;
            /** @description (aggregate mode) One per output column. */
            metrics?: components["schemas"]["QueryMetric"][];
            filters?: components["schemas"]["QueryFilter"][];
            /** Format: date-time */
            dateFrom?: string;
            /** Format: date-time */
            dateTo?: string;
            sortBy?: string;
            /** @enum {string} */
            sortOrder?: "asc" | "desc";
            /**
             * @description Page size. The seed names no default or cap here (its example asks for 500); this contract sets 100 and 1000.
             * @default 100
             */
            limit?: number;
            /** @default 0 */
            offset?: number;
        };
        EventQueryResult: {
            rows: components["schemas"]["EventProperties"][];
            total: number;
            columns: {
                key: string;
                /** @enum {string} */
                type: "string" | "number" | "boolean" | "date";
            }[];
        };
        /** @enum {string} */
        CardType: "number" | "rate" | "line" | "bar" | "pie" | "table" | "funnel" | "gauge";
        /** @description Card-type-specific configuration, validated server-side per `cardType`. `eventName`, `aggregation` and `propertyKey` take part in the upsert's idempotency key. */
        CardConfig: {
            eventName: string;
            /** @description e.g. count, sum, avg, min, max, rate. */
            aggregation?: string;
            propertyKey?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The card's place on the dashboard grid. */
        GridLayout: {
            x: number;
            y: number;
            w: number;
            h: number;
        };
        DashboardCard: {
            id: string;
            agentId: string;
            title: string;
            cardType: components["schemas"]["CardType"];
            config: components["schemas"]["CardConfig"];
            sortOrder: number;
            tabId?: string | null;
            gridLayout?: components["schemas"]["GridLayout"];
        };
        DashboardCardList: {
            /** @constant */
            success: true;
            total: number;
            cards: components["schemas"]["DashboardCard"][];
        };
        UpsertDashboardCardRequest: {
            agentId: string;
            title: string;
            cardType: components["schemas"]["CardType"];
            config: components["schemas"]["CardConfig"];
            tabId?: string;
            gridLayout?: components["schemas"]["GridLayout"];
            sortOrder?: number;
            /** @description A client label for the card (the SDK sends `cardType:title:tab`); the server's idempotency is on (agentId, eventName, cardType, aggregation, propertyKey). */
            idempotencyKey?: string;
        };
        /** @description The seed does not show this body; it is designed after the tab upsert's `{success, created, id, tab}`. */
        UpsertDashboardCardResult: {
            /** @constant */
            success: true;
            /** @description True when the card was created, false when an existing card was updated. */
            created: boolean;
            id: string;
            card: components["schemas"]["DashboardCard"];
        };
        DashboardTab: {
            id: string;
            name: string;
            sortOrder: number;
        };
        /** @description Tabs ordered by sortOrder ascending. */
        DashboardTabList: {
            /** @constant */
            success: true;
            total: number;
            tabs: components["schemas"]["DashboardTab"][];
        };
        UpsertDashboardTabRequest: {
            agentId: string;
            name: string;
            /** @description Updated when given and different from the stored one. */
            sortOrder?: number;
        };
        UpsertDashboardTabResult: {
            /** @constant */
            success: true;
            /** @description True the first time a name is upserted for the agent, false after. */
            created: boolean;
            id: string;
            tab: components["schemas"]["DashboardTab"];
        };
    };
    responses: {
        /** @description The request failed validation; `message` lists every violation. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 400,
                 *       "message": [
                 *         "rating must be one of the following values: good, bad, needs_improvement"
                 *       ],
                 *       "error": "Bad Request"
                 *     }
                 */
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description The API key is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 401,
                 *       "message": "Invalid API key",
                 *       "error": "Unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The API key is valid but lacks access to this resource (wrong tenant, disabled scope). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 403,
                 *       "message": "API key does not have access to this agent",
                 *       "error": "Forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The execution already has a review. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 409,
                 *       "message": "Execution already has a review",
                 *       "error": "Conflict"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Semantic validation failed, e.g. a comment shorter than 10 characters. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 422,
                 *       "message": "comment must be at least 10 characters",
                 *       "error": "Unprocessable Entity"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A server error. Safe to retry with backoff. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 500,
                 *       "message": "Internal server error",
                 *       "error": "Internal Server Error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource for this key's tenant (another tenant's resource is also 404). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 404,
                 *       "message": "Review not found",
                 *       "error": "Not Found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The execution being reviewed.
         * @example exec-7f3a2c
         */
        ExecutionId: string;
        /**
         * @description Only this agent's items.
         * @example agent-42
         */
        AgentIdFilter: string;
        /** @description Only reviews with this status. */
        StatusFilter: components["schemas"]["ReviewStatus"];
        /** @description Only reviews with this rating. */
        RatingFilter: components["schemas"]["ReviewRating"];
        /** @description Only reviews with this priority. */
        PriorityFilter: components["schemas"]["ReviewPriority"];
        /**
         * @description Only items at or after this instant (ISO 8601).
         * @example 2026-05-01T00:00:00Z
         */
        DateFrom: string;
        /**
         * @description Only items at or before this instant (ISO 8601).
         * @example 2026-05-31T23:59:59Z
         */
        DateTo: string;
        /**
         * @description Full-text search over comments. The real service uses Portuguese full-text search; matching is case- and accent-insensitive.
         * @example horário
         */
        Search: string;
        /** @description Page size: default 50, at most 100. The seed says larger values are capped; a server may clamp them to 100 or reject them with 400. */
        Limit: number;
        /** @description How many items to skip. */
        Offset: number;
        /**
         * @description The agent whose items to return (required).
         * @example agent-42
         */
        AgentIdRequired: string;
        /**
         * @description The review's id. Another tenant's review answers 404, never 403.
         * @example rev-1b9d4e
         */
        ReviewId: string;
        /**
         * @description Only events with this name.
         * @example alert_received
         */
        EventNameFilter: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The execution being reviewed.
                 * @example exec-7f3a2c
                 */
                executionId: components["parameters"]["ExecutionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewRequest"];
            };
        };
        responses: {
            /** @description The review was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    checkReviewExists: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The execution being reviewed.
                 * @example exec-7f3a2c
                 */
                executionId: components["parameters"]["ExecutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the execution has a review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewExists"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listReviews: {
        parameters: {
            query?: {
                /**
                 * @description Only this agent's items.
                 * @example agent-42
                 */
                agentId?: components["parameters"]["AgentIdFilter"];
                /** @description Only reviews with this status. */
                status?: components["parameters"]["StatusFilter"];
                /** @description Only reviews with this rating. */
                rating?: components["parameters"]["RatingFilter"];
                /** @description Only reviews with this priority. */
                priority?: components["parameters"]["PriorityFilter"];
                /**
                 * @description Only items at or after this instant (ISO 8601).
                 * @example 2026-05-01T00:00:00Z
                 */
                dateFrom?: components["parameters"]["DateFrom"];
                /**
                 * @description Only items at or before this instant (ISO 8601).
                 * @example 2026-05-31T23:59:59Z
                 */
                dateTo?: components["parameters"]["DateTo"];
                /**
                 * @description Full-text search over comments. The real service uses Portuguese full-text search; matching is case- and accent-insensitive.
                 * @example horário
                 */
                search?: components["parameters"]["Search"];
                /** @description Page size: default 50, at most 100. The seed says larger values are capped; a server may clamp them to 100 or reject them with 400. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reviews": [
                     *         {
                     *           "id": "rev-1b9d4e",
                     *           "executionId": "exec-7f3a2c",
                     *           "agentId": "agent-42",
                     *           "rating": "bad",
                     *           "status": "pending_review",
                     *           "priority": "high",
                     *           "comment": "Bot gave wrong business hours (≥ 10 chars required)",
                     *           "tags": [
                     *             "hours_wrong"
                     *           ],
                     *           "actionTaken": null,
                     *           "resolutionNotes": null,
                     *           "correctedOutput": null,
                     *           "reviewedBy": "qa-bot",
                     *           "updatedBy": null,
                     *           "resolvedBy": null,
                     *           "resolvedAt": null,
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "limit": 50,
                     *       "offset": 0
                     *     }
                     */
                    "application/json": components["schemas"]["ReviewList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getReviewStats: {
        parameters: {
            query: {
                /**
                 * @description The agent whose items to return (required).
                 * @example agent-42
                 */
                agentId: components["parameters"]["AgentIdRequired"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counters. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total": 12,
                     *       "pending": 4,
                     *       "inProgress": 3,
                     *       "resolved": 5,
                     *       "badReviews": 6,
                     *       "needsImprovement": 4,
                     *       "critical": 1,
                     *       "highPriority": 3,
                     *       "avgResolutionHours": 18.5
                     *     }
                     */
                    "application/json": components["schemas"]["ReviewStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    exportTrainingData: {
        parameters: {
            query?: {
                /**
                 * @description Only this agent's items.
                 * @example agent-42
                 */
                agentId?: components["parameters"]["AgentIdFilter"];
                /** @description Only reviews with this status. */
                status?: components["parameters"]["StatusFilter"];
                /** @description Only reviews with this rating. */
                rating?: components["parameters"]["RatingFilter"];
                /**
                 * @description Only items at or after this instant (ISO 8601).
                 * @example 2026-05-01T00:00:00Z
                 */
                dateFrom?: components["parameters"]["DateFrom"];
                /**
                 * @description Only items at or before this instant (ISO 8601).
                 * @example 2026-05-31T23:59:59Z
                 */
                dateTo?: components["parameters"]["DateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The training examples. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "training_examples": [
                     *         {
                     *           "messages": [
                     *             {
                     *               "role": "user",
                     *               "content": "What are your opening hours?"
                     *             },
                     *             {
                     *               "role": "assistant",
                     *               "content": "We are open Monday to Friday, 9:00 to 18:00."
                     *             }
                     *           ],
                     *           "metadata": {
                     *             "review_id": "rev-1b9d4e",
                     *             "execution_id": "exec-7f3a2c",
                     *             "rating": "bad",
                     *             "was_corrected": true
                     *           }
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "format": "openai-conversational",
                     *       "generated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TrainingDataExport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The review's id. Another tenant's review answers 404, never 403.
                 * @example rev-1b9d4e
                 */
                reviewId: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The review's id. Another tenant's review answers 404, never 403.
                 * @example rev-1b9d4e
                 */
                reviewId: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The review's id. Another tenant's review answers 404, never 403.
                 * @example rev-1b9d4e
                 */
                reviewId: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReviewRequest"];
            };
        };
        responses: {
            /** @description The updated review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    ingestEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestEventsRequest"];
            };
        };
        responses: {
            /** @description The events were accepted for writing. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accepted": 2
                     *     }
                     */
                    "application/json": components["schemas"]["IngestEventsAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getEventFeed: {
        parameters: {
            query?: {
                /**
                 * @description Only this agent's items.
                 * @example agent-42
                 */
                agentId?: components["parameters"]["AgentIdFilter"];
                /**
                 * @description Only events with this name.
                 * @example alert_received
                 */
                eventName?: components["parameters"]["EventNameFilter"];
                /** @description Page size: default 50, at most 100. The seed says larger values are capped; a server may clamp them to 100 or reject them with 400. */
                limit?: components["parameters"]["Limit"];
                /** @description How many items to skip. */
                offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "events": [
                     *         {
                     *           "id": "ev-3e1f",
                     *           "eventName": "alert_received",
                     *           "properties": {
                     *             "severity": "high",
                     *             "company": "NW"
                     *           },
                     *           "threadId": "thread-81c0",
                     *           "executionId": "exec-7f3a2c",
                     *           "timestamp": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "total": 142
                     *     }
                     */
                    "application/json": components["schemas"]["EventFeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    queryEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventQueryRequest"];
            };
        };
        responses: {
            /** @description The rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rows": [
                     *         {
                     *           "severity": "high",
                     *           "count": 42,
                     *           "total_duration": 1860
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "columns": [
                     *         {
                     *           "key": "severity",
                     *           "type": "string"
                     *         },
                     *         {
                     *           "key": "count",
                     *           "type": "number"
                     *         },
                     *         {
                     *           "key": "total_duration",
                     *           "type": "number"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EventQueryResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listDashboardCards: {
        parameters: {
            query: {
                /**
                 * @description The agent whose items to return (required).
                 * @example agent-42
                 */
                agentId: components["parameters"]["AgentIdRequired"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's cards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "total": 1,
                     *       "cards": [
                     *         {
                     *           "id": "card-7d01",
                     *           "agentId": "agent-42",
                     *           "title": "Funil de checkout",
                     *           "cardType": "funnel",
                     *           "config": {
                     *             "eventName": "checkout_step",
                     *             "steps": [
                     *               "cart",
                     *               "payment",
                     *               "done"
                     *             ]
                     *           },
                     *           "sortOrder": 0,
                     *           "tabId": "tab-0a1b"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DashboardCardList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    upsertDashboardCard: {
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
                 *       "agentId": "agent-42",
                 *       "title": "Total alerts",
                 *       "cardType": "number",
                 *       "config": {
                 *         "eventName": "alert_received",
                 *         "aggregation": "count"
                 *       },
                 *       "tabId": "tab-0a1b",
                 *       "gridLayout": {
                 *         "x": 0,
                 *         "y": 0,
                 *         "w": 4,
                 *         "h": 3
                 *       },
                 *       "idempotencyKey": "number:Total alerts:Overview"
                 *     }
                 */
                "application/json": components["schemas"]["UpsertDashboardCardRequest"];
            };
        };
        responses: {
            /** @description An existing card was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "created": false,
                     *       "id": "card-5c2e",
                     *       "card": {
                     *         "id": "card-5c2e",
                     *         "agentId": "agent-42",
                     *         "title": "Total alerts",
                     *         "cardType": "number",
                     *         "config": {
                     *           "eventName": "alert_received",
                     *           "aggregation": "count"
                     *         },
                     *         "sortOrder": 0,
                     *         "tabId": "tab-0a1b",
                     *         "gridLayout": {
                     *           "x": 0,
                     *           "y": 0,
                     *           "w": 4,
                     *           "h": 3
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UpsertDashboardCardResult"];
                };
            };
            /** @description The card was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "created": true,
                     *       "id": "card-5c2e",
                     *       "card": {
                     *         "id": "card-5c2e",
                     *         "agentId": "agent-42",
                     *         "title": "Total alerts",
                     *         "cardType": "number",
                     *         "config": {
                     *           "eventName": "alert_received",
                     *           "aggregation": "count"
                     *         },
                     *         "sortOrder": 0,
                     *         "tabId": "tab-0a1b",
                     *         "gridLayout": {
                     *           "x": 0,
                     *           "y": 0,
                     *           "w": 4,
                     *           "h": 3
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UpsertDashboardCardResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listDashboardTabs: {
        parameters: {
            query: {
                /**
                 * @description The agent whose items to return (required).
                 * @example agent-42
                 */
                agentId: components["parameters"]["AgentIdRequired"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent's tabs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "total": 2,
                     *       "tabs": [
                     *         {
                     *           "id": "tab-0a1b",
                     *           "name": "Overview",
                     *           "sortOrder": 0
                     *         },
                     *         {
                     *           "id": "tab-9f2c",
                     *           "name": "Vendas",
                     *           "sortOrder": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DashboardTabList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    upsertDashboardTab: {
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
                 *       "agentId": "agent-42",
                 *       "name": "Vendas",
                 *       "sortOrder": 0
                 *     }
                 */
                "application/json": components["schemas"]["UpsertDashboardTabRequest"];
            };
        };
        responses: {
            /** @description The tab already existed (its sortOrder may have been updated). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "created": false,
                     *       "id": "tab-9f2c",
                     *       "tab": {
                     *         "id": "tab-9f2c",
                     *         "name": "Vendas",
                     *         "sortOrder": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UpsertDashboardTabResult"];
                };
            };
            /** @description The tab was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "created": true,
                     *       "id": "tab-9f2c",
                     *       "tab": {
                     *         "id": "tab-9f2c",
                     *         "name": "Vendas",
                     *         "sortOrder": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UpsertDashboardTabResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
