/**
 * Generated from spec/agentruntime/ by `npm run build` (openapi-typescript): do not edit.
 */

export interface paths {
    "/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workflows
         * @description The project's workflows, one page at a time. The order (newest first) and the inclusion of archived workflows (status archived) are this contract's choices; the seed says only "List workflows". Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create workflow
         * @description Creates a workflow with a draft graph. The seed shows no body; the request, the answer and its 201 are this contract's. Minimum role: contributor (project_contributor or higher).
         */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * Get workflow
         * @description One workflow with its draft graph and run setup; an archived workflow is still readable. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        /**
         * Archive workflow
         * @description DELETE archives (the seed's "Archive workflow"): the workflow stays readable with status archived. Answering 200 with the archived workflow is this contract's choice. Minimum role: contributor (project_contributor or higher).
         */
        delete: operations["archiveWorkflow"];
        options?: never;
        head?: never;
        /**
         * Update draft graph or run_setup
         * @description Updates the draft graph, or saves run_setup defaults ("Save defaults" in Studio); send only what changes. Answers the updated workflow. Minimum role: contributor (project_contributor or higher).
         */
        patch: operations["updateWorkflow"];
        trace?: never;
    };
    "/v1/workflows/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * List versions
         * @description The workflow's published versions, one page at a time. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listWorkflowVersions"];
        put?: never;
        /**
         * Publish version
         * @description Publishes the current draft graph as the next immutable version. An invalid graph is a 422; the body is optional. Minimum role: contributor (project_contributor or higher).
         */
        post: operations["publishWorkflowVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry-run graph validation
         * @description Validates the draft graph without saving or running anything (a dry run): safe to repeat. A failed dry run is a 422 with one `details` entry per failed check (the seed: "422 often signals validation errors from dry-run or graph checks"); a passing one answers 200 with any warnings. The call takes no body. Minimum role: contributor (project_contributor or higher).
         */
        post: operations["validateWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/connection-overrides": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * List connection overrides
         * @description API only; there is no Console panel yet. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["getConnectionOverrides"];
        /**
         * Replace connection override map
         * @description Replaces the whole override map. API only; there is no Console panel yet. Minimum role: contributor (project_contributor or higher).
         */
        put: operations["replaceConnectionOverrides"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * WebSocket event stream
         * @description A WebSocket of the workflow's live run events. OpenAPI 3.1 cannot describe WebSockets, so this is the closest valid form: a GET carrying the upgrade headers, answered 101 Switching Protocols. After the upgrade the server sends one text frame per event, each a JSON RunEvent (the x-websocket-message extension names its schema); the client sends nothing. A request without the upgrade headers is refused with 426. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["streamWorkflowEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/command": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run control: start, pause, resume, stop
         * @description Run control, one endpoint for four commands: a union on `command` (RunCommand). start (params: trigger_type, trigger_payload, trigger_steps, use_run_setup_defaults) creates a run and answers 201; pause and resume (params: run_id) and stop (params: run_id, mode immediate by default or graceful) answer 200 with the run. An impossible transition (pausing a finished run, resuming a running one) is refused with 409 invalid_state_transition; the seed's error table stops at 422, so 409 is this contract's choice, as are the success statuses and the Run body. params become workflow input ({{input.*}}). Minimum role: contributor (project_contributor or higher).
         */
        post: operations["runWorkflowCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * List runs for workflow
         * @description The workflow's runs, newest first (this contract's order), optionally only those with one status. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listWorkflowRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tenant-wide run feed
         * @description The Command Center's data source (the seed's "Tenant-wide run feed"): the runs of every project of the tenant, or of one project when X-Project-Id is sent. Newest first is this contract's order. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/runs/{runID}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run's id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Step event log
         * @description The run's persisted events, oldest first: step_started, step_completed (with data.skipped and data.reason blocked, out_of_scope or step_disabled for synthetic skips), step_failed, step_cancelled (data.cancelled, data.reason run_failed, optional data.caused_by_step_id), state_changed, run_started, run_rejected. An ordinary event may carry data.skipped false. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listRunEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/runs/{runID}/context": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run's id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Run variables and step results
         * @description The run's input, variables and each finished step's result (the seed's "Run variables and step results"). Minimum role: viewer (project_viewer or higher).
         */
        get: operations["getRunContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending human tasks (tenant inbox)
         * @description The seed's "tenant inbox": the pending human tasks of every project of the tenant, or of one project when X-Project-Id is sent, oldest first. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listPendingTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/runs/{runID}/tasks/pending": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run's id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Pending tasks for one run
         * @description The run's pending human tasks, oldest first. Minimum role: contributor (project_contributor or higher).
         */
        get: operations["listRunPendingTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run's id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
                /**
                 * @description The human task's id.
                 * @example task-51
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject human task
         * @description Completes a pending human task. `result` fields are merged into the step result, which always includes `approved`. A task already completed is a 409 (this contract's choice; the seed's error table stops at 422). Minimum role: contributor (project_contributor or higher).
         */
        post: operations["completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound-webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List subscriptions
         * @description The project's subscriptions, oldest first; signing secrets are never included. Minimum role: contributor (project_contributor or higher).
         */
        get: operations["listInboundWebhooks"];
        put?: never;
        /**
         * Create subscription
         * @description The response includes ingress_url, the signing_secret (in this response only) and the subscription, as the seed says; the 201 status and the top-level id are this contract's. Minimum role: contributor (project_contributor or higher).
         */
        post: operations["createInboundWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inbound-webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The subscription's id. The seed writes `{subscription_id}` for the ingress POST, which shares this path template with DELETE; see the ingress operation.
                 * @example iwh-4f1a
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Public ingress: starts a run
         * @description The public ingress of a subscription: a valid call starts a run of its workflow and answers 202. The seed writes this route /v1/inbound-webhooks/{subscription_id}; it shares its template with DELETE /v1/inbound-webhooks/{id}, and OpenAPI treats the two as one path, so both use `{id}` here: for this POST it is the subscription id. Authentication is a Bearer PAT (the session cookie is not accepted) plus the X-Agentruntime-Signature header over the raw body, as the seed says; a wrong signature is 401 (invalid_signature), a PAT whose role or scope is insufficient 403. No X-Tenant-Id / X-Project-Id: the subscription carries them. The seed's auth column says only "HMAC + Bearer PAT"; the minimum role below, the 202 answer and its body are this contract's. Minimum role: contributor (project_contributor or higher).
         */
        post: operations["ingestInboundWebhook"];
        /**
         * Delete subscription
         * @description Deletes the subscription; its ingress then answers 404. Minimum role: contributor (project_contributor or higher).
         */
        delete: operations["deleteInboundWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List workspace connections
         * @description The project's connections, oldest first, one page at a time. Secrets are never included. The seed shows no list body; it uses the API's list envelope `{data, next_cursor}` with `limit` and `cursor`. An invalid `limit` or `cursor` answers 422. Minimum role: contributor.
         */
        get: operations["listConnections"];
        put?: never;
        /**
         * Create custom connection
         * @description Creates a custom connection. The seed does not show the request or the response body; both are designed. `credentials` are stored encrypted and never returned, by this or any other operation. A name already used in the project answers 409 (this contract's choice; the seed's error table stops at 422). Minimum role: contributor.
         */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/{id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete connection
         * @description Deletes the connection and its stored credentials; a later request for it answers 404. The seed does not give the success status; this contract answers 204 with no body. A connection still wired into an MCP config profile or a workflow's connection overrides answers 409 (this contract's choice; the seed's error table stops at 422). Minimum role: contributor.
         */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        /**
         * Update connection
         * @description Partial update: send only what changes. The seed does not show the request or the response body; both are designed. Sent `credentials` replace the stored ones and are never echoed. A new name already used in the project answers 409 (this contract's choice; the seed's error table stops at 422). Minimum role: contributor.
         */
        patch: operations["updateConnection"];
        trace?: never;
    };
    "/v1/connections/{id}/credentials": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Reveal credential metadata (not full secrets)
         * @description Reveals what is stored for the connection's credentials: each field's name, a masked hint of its last four characters, when it was stored, and when the credentials expire. A secret value is never returned, here or anywhere else. The seed does not show this body; it is designed. Minimum role: contributor.
         */
        get: operations["getConnectionCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/google/config": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Whether Google connect is enabled
         * @description Whether this deployment offers Google connect; call it before starting OAuth. The seed does not show this body; `{enabled, client_id}` is designed. Minimum role: contributor.
         */
        get: operations["getGoogleConnectConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/google/oauth-url": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start OAuth
         * @description Answers the Google consent URL for the requested services and a single-use `state` to pass to `POST /v1/connections/google/complete`. Nothing is created yet, so the answer is 200. The seed does not show the request or the response body; both are designed. When Google connect is disabled on the deployment the answer is 422 `feature_disabled`. Minimum role: contributor.
         */
        post: operations["startGoogleOAuth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/google/complete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete OAuth callback
         * @description Exchanges the callback's `code` for tokens and creates the Google connection (201). The seed does not show the request or the response body; both are designed, and the answer is the new `Connection`. An unknown, expired or already used `state` answers 422; a Google account already connected in the project answers 409 (this contract's choice; the seed's error table stops at 422). Minimum role: contributor.
         */
        post: operations["completeGoogleOAuth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/google/accounts/{connectionId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The id of a Google connection (a connection whose `provider` is `google`), as the seed names it on the Google account routes.
                 * @example conn-g1
                 */
                connectionId: components["parameters"]["GoogleConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Account + enabled services
         * @description The Google account behind a Google connection and, for each service, whether it is enabled. The seed does not show this body; it is designed. An id that is not a Google connection of the project answers 404. Minimum role: contributor.
         */
        get: operations["getGoogleAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/google/accounts/{connectionId}/services": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The id of a Google connection (a connection whose `provider` is `google`), as the seed names it on the Google account routes.
                 * @example conn-g1
                 */
                connectionId: components["parameters"]["GoogleConnectionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Enable/disable services
         * @description Enables (true) or disables (false) the named services; services not named keep their state. Answers the account as `GET` does. The seed does not show the request or the response body; both are designed. Enabling a service whose scope was not granted at consent answers 422 (start OAuth again with that service). An id that is not a Google connection of the project answers 404. Minimum role: contributor.
         */
        patch: operations["updateGoogleServices"];
        trace?: never;
    };
    "/v1/connections/whatsapp/config": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Whether WhatsApp connect is enabled
         * @description Whether this deployment offers WhatsApp connect (Meta embedded signup), with the public ids the Console needs to open it. The seed does not show this body; `{enabled, app_id, config_id}` is designed. Minimum role: contributor.
         */
        get: operations["getWhatsAppConnectConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/whatsapp/complete": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete embedded signup
         * @description Exchanges the embedded signup's `code` for a business token and creates the WhatsApp connection (201). The seed does not show the request or the response body; both are designed, and the answer is the new `Connection`. A phone number already connected in the project answers 409 (this contract's choice; the seed's error table stops at 422); an invalid or expired code answers 422. Minimum role: contributor.
         */
        post: operations["completeWhatsAppSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/connections/whatsapp/manual": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Manual WABA credentials
         * @description Creates a WhatsApp connection from WhatsApp Business Account credentials entered by hand, without embedded signup (201). The seed does not show the request or the response body; both are designed. `access_token` is stored and never echoed; the credentials route shows its masked hint. A phone number already connected in the project answers 409 (this contract's choice; the seed's error table stops at 422). Minimum role: contributor.
         */
        post: operations["connectWhatsAppManually"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/platform-catalog": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Platform adapter catalog
         * @description The MCP servers the platform itself can run for the project (platform adapters). The seed shows no list body; it uses the API's list envelope `{data, next_cursor}` with `limit` and `cursor`, and the row shape is designed. An invalid `limit` or `cursor` answers 422. The MCP base path is project_contributor and the seed notes no exception here. Minimum role: contributor.
         */
        get: operations["listMcpPlatformAdapters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/tools": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Tool catalog
         * @description The tools offered by the project's MCP servers, as listed at their last validation. The seed shows no list body; it uses the API's list envelope `{data, next_cursor}` with `limit` and `cursor`, and the tool shape is designed. An invalid `limit` or `cursor` answers 422. The MCP base path is project_contributor and the seed notes no exception here. Minimum role: contributor.
         */
        get: operations["listMcpTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/servers": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Tenant MCP servers
         * @description The MCP servers registered in the project, oldest first. The seed shows no list body; it uses the API's list envelope `{data, next_cursor}` with `limit` and `cursor`. An invalid `limit` or `cursor` answers 422. Minimum role: contributor.
         */
        get: operations["listMcpServers"];
        put?: never;
        /**
         * Register tenant server
         * @description Registers a tenant MCP server; it starts `pending` until validated. The seed does not show the request or the response body; both are designed. A URL already registered in the project answers 409 (this contract's choice; the seed's error table stops at 422). Minimum role: contributor.
         */
        post: operations["registerMcpServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/servers/{id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The tenant MCP server's id.
                 * @example mcp-4f1
                 */
                id: components["parameters"]["McpServerId"];
            };
            cookie?: never;
        };
        /**
         * Server detail
         * @description One MCP server of the project. The seed does not show this body; it is designed. Minimum role: contributor.
         */
        get: operations["getMcpServer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/servers/{id}/validate": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The tenant MCP server's id.
                 * @example mcp-4f1
                 */
                id: components["parameters"]["McpServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run validation checks
         * @description Runs the validation checks against the server (reachable, handshake, tool listing) and sets its `status` from the outcome. Failed checks are a normal answer (200 with `ok: false`), not an error. The seed shows no request or response body; the call takes no body and the result shape is designed. Repeating it only re-runs the checks. Minimum role: contributor.
         */
        post: operations["validateMcpServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/servers/{id}/connections/{connection_id}/validate": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The tenant MCP server's id.
                 * @example mcp-4f1
                 */
                id: components["parameters"]["McpServerId"];
                /**
                 * @description The id of the connection whose binding to the MCP server is validated (a connection of `/v1/connections`).
                 * @example conn-9a
                 */
                connection_id: components["parameters"]["McpConnectionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate connection binding
         * @description Checks that the connection can be bound to the server: it exists, its credentials fit the server's slots, and the server accepts them. A failing binding is a normal answer (200 with `ok: false` and the failed check), not an error; an unknown server answers 404. The seed shows no request or response body; the call takes no body and the result shape is designed (the same as server validation). Minimum role: contributor.
         */
        post: operations["validateMcpConnectionBinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/connections": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List connections (legacy)
         * @deprecated
         * @description Deprecated: use `listConnections` (`GET /v1/connections`). The seed says "Duplicate connection CRUD also exists under /v1/mcp/connections for legacy clients"; this route lists the same connections with the same envelope, parameters and errors. Minimum role: contributor.
         */
        get: operations["legacyListMcpConnections"];
        put?: never;
        /**
         * Create connection (legacy)
         * @deprecated
         * @description Deprecated: use `createConnection` (`POST /v1/connections`). The seed's legacy duplicate of connection create, for older clients: same body, answer and errors. `credentials` are stored and never returned. Minimum role: contributor.
         */
        post: operations["legacyCreateMcpConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/connections/{id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete connection (legacy)
         * @deprecated
         * @description Deprecated: use `deleteConnection` (`DELETE /v1/connections/{id}`). The seed's "duplicate connection CRUD" for legacy clients, here connection delete, for older clients: 204 with no body, 404 afterwards, 409 while the connection is still in use. Minimum role: contributor.
         */
        delete: operations["legacyDeleteMcpConnection"];
        options?: never;
        head?: never;
        /**
         * Update connection (legacy)
         * @deprecated
         * @description Deprecated: use `updateConnection` (`PATCH /v1/connections/{id}`). The seed's "duplicate connection CRUD" for legacy clients, here connection update, for older clients: same body, answer and errors. Sent `credentials` are never echoed. Minimum role: contributor.
         */
        patch: operations["legacyUpdateMcpConnection"];
        trace?: never;
    };
    "/v1/mcp/connections/{id}/credentials": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Reveal credential metadata (legacy)
         * @deprecated
         * @description Deprecated: use `getConnectionCredentials` (`GET /v1/connections/{id}/credentials`). The seed says only "Duplicate connection CRUD also exists under /v1/mcp/connections for legacy clients"; a credentials route is not CRUD, so this legacy duplicate of it is this contract's extrapolation: the same metadata (field names, masked hints, expiry), never a secret value. Minimum role: contributor.
         */
        get: operations["legacyGetMcpConnectionCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/instances": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List instances
         * @description The project's MCP instances, oldest first. The seed shows no list body; it uses the API's list envelope `{data, next_cursor}` with `limit` and `cursor`. An invalid `limit` or `cursor` answers 422. Minimum role: contributor.
         */
        get: operations["listMcpInstances"];
        put?: never;
        /**
         * Create instance
         * @description Creates an instance of a registered MCP server, with no active profile yet. The seed does not show the request or the response body; both are designed. A `server_id` that is not an MCP server of the project answers 422; a name already used in the project answers 409 (this contract's choice; the seed's error table stops at 422). Minimum role: contributor.
         */
        post: operations["createMcpInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/instances/resolve": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve instances for workflow
         * @description Answers which instance, and which of its profiles, each MCP tool step of the workflow will use. A query: nothing is created or changed, so the answer is 200 and the call may be retried. The seed does not show the request or the response body; both are designed. A `workflow_id` that is not a workflow of the project answers 422. Minimum role: contributor.
         */
        post: operations["resolveMcpInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/instances/{id}/config-profiles": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP instance's id.
                 * @example inst-31
                 */
                id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        /**
         * List profiles
         * @description The instance's config profiles, oldest first. The seed shows no list body; it uses the API's list envelope `{data, next_cursor}` with `limit` and `cursor`. An unknown instance answers 404; an invalid `limit` or `cursor` answers 422. Minimum role: contributor.
         */
        get: operations["listConfigProfiles"];
        put?: never;
        /**
         * Create profile
         * @description Creates a config profile of the instance; it is not active until set active. The seed does not show the request or the response body; both are designed. A `wiring` value that is not a connection of the project answers 422; a name already used on the instance answers 409 (this contract's choice; the seed's error table stops at 422). Minimum role: contributor.
         */
        post: operations["createConfigProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/mcp/instances/{id}/config-profiles/{profile_id}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP instance's id.
                 * @example inst-31
                 */
                id: components["parameters"]["InstanceId"];
                /**
                 * @description The config profile's id; it must belong to the instance in the path.
                 * @example prof-7
                 */
                profile_id: components["parameters"]["ProfileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update profile wiring
         * @description Partial update of the profile: its name, its wiring, or both; a sent `wiring` replaces the whole map. Takes effect at once if the profile is active. The seed does not show the request or the response body; both are designed. A `wiring` value that is not a connection of the project answers 422; a new name already used on the instance answers 409 (this contract's choice; the seed's error table stops at 422); a profile not of this instance answers 404. Minimum role: contributor.
         */
        patch: operations["updateConfigProfile"];
        trace?: never;
    };
    "/v1/mcp/instances/{id}/config-profiles/{profile_id}/set-active": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP instance's id.
                 * @example inst-31
                 */
                id: components["parameters"]["InstanceId"];
                /**
                 * @description The config profile's id; it must belong to the instance in the path.
                 * @example prof-7
                 */
                profile_id: components["parameters"]["ProfileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set active profile
         * @description Makes the profile the instance's active one (the previous one becomes inactive) and answers the instance with its `active_profile_id`. The seed shows no request or response body; the call takes no body and answering the instance is this contract's design. Setting the already active profile changes nothing, so the call may be retried. A profile not of this instance answers 404. Minimum role: contributor.
         */
        post: operations["setActiveConfigProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/autopilot/chat": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Autopilot message
         * @description Sends one message to Autopilot and answers with its complete reply. To show the reply as it is written, open `stream_url` (`GET /v1/autopilot/stream`) for the same conversation. Leave out `conversation_id` to start a conversation; send the returned one to continue it. The seed does not show the request or response body; both are designed, and so is the 200 (the answer is the reply, nothing is created that has its own route). An unknown `conversation_id` or `workflow_id` is a 404. Minimum role: viewer.
         */
        post: operations["sendAutopilotMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/autopilot/stream": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Streaming response
         * @description Autopilot's replies as Server-Sent Events (`text/event-stream`). Each event has an `id:` (increasing integers within the conversation), an `event:` name and one `data:` line of JSON whose `type` equals the event name: `token` (the next piece of the reply), `message` (the complete reply), `done` (the reply is over; the server closes the stream) and `error` (the reply failed; the stream ends). OpenAPI cannot type the events of a stream, so the response schema is a string and the data payloads are typed by `AutopilotStreamEvent`, referenced from the `x-sse-event` extension of the media type. Last-Event-ID is honoured: a client that reconnects with the `Last-Event-ID` header receives only the events after that id, none lost or repeated. The seed says only "Streaming response"; the event types, ids, resumption and the `conversation_id` parameter are designed. An unknown conversation is a 404. Minimum role: viewer.
         */
        get: operations["streamAutopilot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/{path}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The rest of the path after `/v1/chat/`, forwarded unchanged to the chat service (the seed's `/v1/chat/*`). OpenAPI path parameters cannot span `/`, so the wildcard is modelled as this one parameter: the server accepts any sub-path, with or without further slashes (`sessions`, `sessions/ses-31/messages`); generated clients percent-encode slashes in it.
                 * @example sessions
                 */
                path: components["parameters"]["ChatPath"];
            };
            cookie?: never;
        };
        /**
         * Chat service proxy (GET)
         * @description The seed's `GET /v1/chat/*`: a wildcard proxy that forwards any sub-path (and its query string) to the internal chat service and relays its JSON answer. OpenAPI path parameters cannot span `/`, so the closest valid form is `/v1/chat/{path}` with `path` standing for the rest of the path, slashes included; the server accepts any depth (`sessions`, `sessions/ses-31/messages`). The chat service's own API is internal and undocumented, so the answer is a free-form JSON object, and a sub-path the chat service does not know is its 404, relayed. The BFF adds the caller's tenant and project; never call the chat service directly. Minimum role: viewer.
         */
        get: operations["proxyChatGet"];
        put?: never;
        /**
         * Chat service proxy (POST)
         * @description The seed's `POST /v1/chat/*`: a wildcard proxy that forwards any sub-path and its JSON body to the internal chat service and relays its JSON answer. OpenAPI path parameters cannot span `/`, so the closest valid form is `/v1/chat/{path}` with `path` standing for the rest of the path, slashes included; the server accepts any depth. Both bodies are free-form JSON objects, since the chat service's API is internal and undocumented; the success status is shown as 200 (the chat service's own status is relayed). A body that is not a JSON object is a 422; a sub-path the chat service does not know is its 404, relayed. Minimum role: viewer.
         */
        post: operations["proxyChatPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/llm-provider-keys/catalog": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * LLM model catalog
         * @description The models workflow steps can use, each with its `provider/model` reference and whether this tenant can call it: with its own LLM provider key (`key_source: tenant`) or the platform's. The seed names only the route; the model fields and the paging (the contract's one list envelope, `limit` and `cursor`) are designed. Minimum role: viewer.
         */
        get: operations["getLlmCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/llm/resolve": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve model ref
         * @description Resolves a model reference (`provider/model`) to the provider, its model id and whose key a call would use, without calling the model. It reads and changes nothing, so it answers 200 and is safe to retry. A reference that is malformed or that no configured provider serves is a 422. The seed names only the route; both bodies are designed. Minimum role: contributor.
         */
        post: operations["resolveModelRef"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory/search": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Semantic search
         * @description Searches the project's indexed chat episodes and work files by meaning and answers the best passages first. A query, so 200 and safe to retry. The seed names only the route; both bodies are designed. Memory is a preview: without memory kernel configuration on the deployment every memory route answers 404 with code `feature_disabled` (designed). The seed gives memory no roles; this contract makes reads and search viewer, writes contributor. Minimum role: viewer.
         */
        post: operations["searchMemory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory/index-conversation": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Index chat episode
         * @description Indexes one chat episode (a conversation's messages) into the project's memory, replacing an earlier index of the same conversation. Indexing may finish after the answer, so it is 202 Accepted with the item's id and `status` queued or indexed. The seed names only the route; both bodies and the 202 are designed. Memory is a preview: without memory kernel configuration on the deployment every memory route answers 404 with code `feature_disabled` (designed). The seed gives memory no roles; this contract makes reads and search viewer, writes contributor. Minimum role: contributor.
         */
        post: operations["indexConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory/index-file": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Index work file
         * @description Indexes one work file, sent as its extracted text, into the project's memory; with a `file_id` already indexed, the new text replaces the old. Indexing may finish after the answer, so it is 202 Accepted with the item's id and `status` queued or indexed. The seed names only the route; both bodies and the 202 are designed. Memory is a preview: without memory kernel configuration on the deployment every memory route answers 404 with code `feature_disabled` (designed). The seed gives memory no roles; this contract makes reads and search viewer, writes contributor. Minimum role: contributor.
         */
        post: operations["indexFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory/extract/batch": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch extract jobs
         * @description Starts one background job that extracts memories (facts, preferences) from up to 100 indexed conversations or files, and answers 202 Accepted with the job; follow it with `getExtractJob` until `status` is completed or failed. The seed names only "Batch extract jobs"; both bodies and the 202 are designed. Memory is a preview: without memory kernel configuration on the deployment every memory route answers 404 with code `feature_disabled` (designed). The seed gives memory no roles; this contract makes reads and search viewer, writes contributor. Minimum role: contributor.
         */
        post: operations["startExtractBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory/extract/{jobId}": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The extract job's id, as returned by `startExtractBatch`. A job of another tenant or project answers 404.
                 * @example job-44
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Extract job status
         * @description One extract job and its progress: `status` queued, running, completed or failed (with `error`), and `processed` of `total` items. A job of another tenant or project, or an unknown id, is 404 `not_found`. The seed names only "Extract job status"; the body is designed. Memory is a preview: without memory kernel configuration on the deployment every memory route answers 404 with code `feature_disabled` (designed). The seed gives memory no roles; this contract makes reads and search viewer, writes contributor. Minimum role: viewer.
         */
        get: operations["getExtractJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory/tools/call": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agent memory tool call
         * @description Runs one memory tool for an agent, as its tool call would: `remember` stores a fact, `recall` searches stored facts, `forget` deletes one. The answer is the tool's result for the agent, 200 (`remember` creates no resource with a route of its own). The seed names only "Agent memory tool call"; the tool names and both bodies are designed. Memory is a preview: without memory kernel configuration on the deployment every memory route answers 404 with code `feature_disabled` (designed). The seed gives memory no roles; this contract makes reads and search viewer, writes contributor. Contributor because a call may write. Minimum role: contributor.
         */
        post: operations["callMemoryTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/summary": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Tenant/project summary
         * @description The tenant's billing at a glance: plan, subscription state, credit balance and period end; `project_id` echoes X-Project-Id when sent. Credits are integers in microcredits (1 credit = 1,000,000). The seed names only the route; the body is designed. Minimum role: contributor.
         */
        get: operations["getBillingSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/plans": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Plan catalog for this deployment's product_code
         * @description The tiers of the product this BFF is configured for (the AgentRuntime Console bills product `agentruntime`), synced from Stripe. Catalog rows are keyed by (product_code, plan_code); the response surfaces plan_code and pricing fields, as the seed says, in the contract's one list envelope (`limit`, `cursor`; designed). The pricing fields are designed. Minimum role: contributor.
         */
        get: operations["listBillingPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/status": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Subscription and trial status
         * @description The subscription's state, plan and period, whether it cancels at period end, and the trial (active, end, eligibility). The seed names only the route; the body is designed. Minimum role: contributor.
         */
        get: operations["getBillingStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/usage": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Credit balances (microcredits)
         * @description The credit balances of the current period: left, included by the plan, used, and bought with top-ups. Every amount is an integer number of microcredits (1 credit = 1,000,000 microcredits), as the seed says; the fields are designed. Minimum role: contributor.
         */
        get: operations["getCreditUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/usage-dimensions": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Usage breakdown dimensions
         * @description The dimensions usage can be broken down by, such as workflow steps and LLM tokens, to label usage charts; usage ledger entries name theirs in `dimension`. The seed names only the route; the body is designed as definitions without amounts, which fits viewers being allowed here while amounts need contributor. The contract's one list envelope (`limit`, `cursor`; designed). Minimum role: viewer.
         */
        get: operations["getUsageDimensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/usage-history": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Metered usage ledger
         * @description The metered charges, newest first: the action, its dimension, quantity and microcredits charged, and the run that consumed it. With X-Project-Id, only that project's usage. Amounts are integers in microcredits (1 credit = 1,000,000). The seed names only the route; the entries and the contract's one list envelope (`limit`, `cursor`) are designed. Minimum role: contributor.
         */
        get: operations["getUsageHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/payment-history": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Payments and top-ups
         * @description Subscription payments and PAYG top-ups, newest first, with amount, status and, for top-ups, the credits granted. The seed names only the route; the entries and the contract's one list envelope (`limit`, `cursor`) are designed. Minimum role: contributor.
         */
        get: operations["getPaymentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/action-pricing": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Resolved per-action prices
         * @description What each metered action costs this tenant, resolved from the platform default, the plan and any tenant override (`source` says which). Prices are integers in microcredits (1 credit = 1,000,000). The seed names only the route; the fields and the contract's one list envelope (`limit`, `cursor`) are designed. Minimum role: contributor.
         */
        get: operations["getActionPricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/topups/payg/intent": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * PAYG top-up Stripe intent
         * @description Creates a Stripe PaymentIntent for a pay-as-you-go credit top-up and answers 201 with its `client_secret`, which the Console confirms with Stripe.js and the publishable key of `GET /v1/config/stripe`. The credits (`microcredits`, 1 credit = 1,000,000) are granted when Stripe reports the payment, and the top-up then appears in the payment history. No operation takes the intent's id, so the response has no links. The seed names only the route; both bodies and the 201 are designed. Minimum role: contributor.
         */
        post: operations["createPaygTopupIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/trial": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start trial
         * @description Starts the tenant's free trial of a plan; one trial per tenant (`trial.eligible` in the status). A tenant that is not eligible, or already subscribed, is a 422 (`invalid_state_transition`, the seed's billing validation error). Answers 200 with the billing status after the change: the trial is state of the tenant's one subscription, not a resource with its own route. The seed names only the route; both bodies are designed. Minimum role: tenant_admin.
         */
        post: operations["startTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/subscription": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate subscription
         * @description Subscribes the tenant to a plan with the payment method Stripe holds for it, optionally with a discount code (check it first with `validateDiscount`); during a trial it activates the trialled subscription now. An already active subscription is a 422 (`invalid_state_transition`, the seed's billing validation error). Answers 200 with the billing status after the change. The seed names only the route; both bodies are designed. Minimum role: tenant_admin.
         */
        post: operations["activateSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/subscription/change-plan": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change plan
         * @description Moves the active or trialing subscription to another plan of the catalog. Without a subscription, it is a 422 (`invalid_state_transition`, the seed's billing validation error). Answers 200 with the billing status after the change. The seed names only the route; both bodies, and whether the change is prorated (left to Stripe's defaults), are not specified and designed here. Minimum role: tenant_admin.
         */
        post: operations["changePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/subscription/cancel": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel at period end (default)
         * @description Cancels the active subscription at the end of the current period, the seed's default: it stays active until `current_period_end`, with `cancel_at_period_end: true`. `at_period_end: false` cancels now. The body is optional (no body: the default). Without an active subscription, it is a 422 (`invalid_state_transition`, the seed's billing validation error). Answers 200 with the billing status after the change. The seed gives the default only; the field name and the bodies are designed. Minimum role: tenant_admin.
         */
        post: operations["cancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/subscription/convert-trial-now": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End trial early
         * @description Ends the running trial now and starts the paid subscription of the trialled plan, billing its first period today. Takes no body (the seed shows none, and the trial already names the plan). Without a running trial, it is a 422 (`invalid_state_transition`, the seed's billing validation error). Answers 200 with the billing status after the change; the body is designed. Minimum role: tenant_admin.
         */
        post: operations["convertTrialNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/codes/apply": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply billing code
         * @description Redeems a billing code (a promotion or credit voucher) for the tenant: a credit voucher adds `granted_microcredits` (1 credit = 1,000,000) to the balance; a promotion changes the subscription. An unknown or expired code is a 422; a code this tenant already redeemed is a 422 (`invalid_state_transition`, the seed's billing validation error). Answers 200 with the billing status afterwards. The seed names only the route; both bodies are designed. Minimum role: tenant_admin.
         */
        post: operations["applyBillingCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/discounts/validate": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate discount
         * @description Checks a discount code, optionally against one plan, without applying it: an unknown or expired code is an answer (`valid: false`), not an error. A query, so 200 and safe to retry. The seed names only the route; both bodies are designed. Minimum role: tenant_admin.
         */
        post: operations["validateDiscount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/config/stripe": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Publishable Stripe config
         * @description The publishable Stripe configuration for Console checkout (safe for browsers; never a secret key). The seed gives this route no role; this contract treats it as viewer. It is documented with the billing routes, so it is tenant-level like them. The fields are designed. Minimum role: viewer.
         */
        get: operations["getStripeConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description The project's agents, oldest first. Requires enableAgents in the deployment. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create agent
         * @description Creates an agent. The seed shows no body; the request and the answer are this contract's. Requires enableAgents in the deployment. Minimum role: contributor (project_contributor or higher).
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id.
                 * @example agent-12
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Get agent
         * @description One agent. Requires enableAgents in the deployment. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Delete agent
         * @description Deletes the agent; a later read answers 404. Requires enableAgents in the deployment. Minimum role: contributor (project_contributor or higher).
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update agent
         * @description Partial update of an agent: send only what changes. Requires enableAgents in the deployment. Minimum role: contributor (project_contributor or higher).
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/analytics/live-runs": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Currently running workflows
         * @description How many runs of the project are in flight now (queued, running, paused or stopping), counting runs started in the range. The seed names the metric only; the body is designed. Query `window=month|week|all` (default month) or a bounded `from`/`to`; from and to must come together, and giving `window` together with from/to is a 422, a design choice the seed's "window or from/to" implies (the default month applies only when neither is given). The analytics base path requires project_contributor. Minimum role: contributor.
         */
        get: operations["getLiveRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/success-rate": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Run success percentage
         * @description The share of finished runs (completed, failed or stopped) that completed, as a percentage 0 to 100 with one decimal; 0 when no run finished. The seed names the metric only; the body is designed. Query `window=month|week|all` (default month) or a bounded `from`/`to`; from and to must come together, and giving `window` together with from/to is a 422, a design choice the seed's "window or from/to" implies (the default month applies only when neither is given). The analytics base path requires project_contributor. Minimum role: contributor.
         */
        get: operations["getSuccessRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/execution-duration": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Wall-clock execution time
         * @description The mean wall-clock time of finished runs, start to finish, in seconds. The seed names the metric only; the aggregate (mean) and the body are designed. Query `window=month|week|all` (default month) or a bounded `from`/`to`; from and to must come together, and giving `window` together with from/to is a 422, a design choice the seed's "window or from/to" implies (the default month applies only when neither is given). The analytics base path requires project_contributor. Minimum role: contributor.
         */
        get: operations["getExecutionDuration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/runs-count": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Runs in selected window
         * @description How many runs started in the range. The seed names the metric only; the body is designed. Query `window=month|week|all` (default month) or a bounded `from`/`to`; from and to must come together, and giving `window` together with from/to is a 422, a design choice the seed's "window or from/to" implies (the default month applies only when neither is given). The analytics base path requires project_contributor. Minimum role: contributor.
         */
        get: operations["getRunsCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/steps-executed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Metered workflow steps
         * @description How many metered workflow steps completed in the range; synthetic skips (`data.skipped: true`) are not metered and not counted. The seed names the metric only; the body is designed. Query `window=month|week|all` (default month) or a bounded `from`/`to`; from and to must come together, and giving `window` together with from/to is a 422, a design choice the seed's "window or from/to" implies (the default month applies only when neither is given). The analytics base path requires project_contributor. Minimum role: contributor.
         */
        get: operations["getStepsExecuted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/credits-consumed": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Credits used in window
         * @description The credits the project's runs consumed in the range, as an integer number of microcredits (1 credit = 1,000,000), like billing. The seed names the metric only; the unit and the body are designed. Query `window=month|week|all` (default month) or a bounded `from`/`to`; from and to must come together, and giving `window` together with from/to is a 422, a design choice the seed's "window or from/to" implies (the default month applies only when neither is given). The analytics base path requires project_contributor. Minimum role: contributor.
         */
        get: operations["getCreditsConsumed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/steps-summary": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Step-type breakdown and latency
         * @description Executed steps grouped by step type, with their count and median and 95th-percentile latency in milliseconds. The seed names the breakdown only; the body is designed. Query `window=month|week|all` (default month) or a bounded `from`/`to`; from and to must come together, and giving `window` together with from/to is a 422, a design choice the seed's "window or from/to" implies (the default month applies only when neither is given). The analytics base path requires project_contributor. Minimum role: contributor.
         */
        get: operations["getStepsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/runs-timeseries": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Run count over time
         * @description Runs started per bucket over the range, oldest bucket first; buckets without runs are left out. The seed names the series only; the body is designed. Query `window=month|week|all` (default month) or a bounded `from`/`to`; from and to must come together, and giving `window` together with from/to is a 422, a design choice the seed's "window or from/to" implies (the default month applies only when neither is given). `granularity` (hour, day, week, month; default day) sets the bucket size. The analytics base path requires project_contributor. Minimum role: contributor.
         */
        get: operations["getRunsTimeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/usage-timeseries": {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Usage over time
         * @description Credits consumed per bucket over the range, in microcredits (1 credit = 1,000,000), oldest bucket first; buckets without usage are left out. The seed names the series only; the unit and the body are designed. Query `window=month|week|all` (default month) or a bounded `from`/`to`; from and to must come together, and giving `window` together with from/to is a 422, a design choice the seed's "window or from/to" implies (the default month applies only when neither is given). `granularity` (hour, day, week, month; default day) sets the bucket size. The analytics base path requires project_contributor. Minimum role: contributor.
         */
        get: operations["getUsageTimeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tokens
         * @description Tenant-level (this contract's reading): X-Tenant-Id is required, X-Project-Id optional. Minimum role: contributor (project_contributor or higher).
         */
        get: operations["listPats"];
        put?: never;
        /**
         * Create token
         * @description The response carries the token value (pat_…). Console Settings → API keys manages the same keys. Tenant-level (this contract's reading): X-Tenant-Id is required, X-Project-Id optional. Minimum role: contributor (project_contributor or higher).
         */
        post: operations["createPat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pats/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The token's id (not its value).
                 * @example pat-id-3
                 */
                id: components["parameters"]["PatId"];
            };
            cookie?: never;
        };
        /**
         * Reveal token (once)
         * @description Reveals the token value. It works once: a second reveal is a 409 (already_revealed; the seed's error table stops at 422, so 409 is this contract's choice). Tenant-level: X-Tenant-Id is required, X-Project-Id is not used. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["revealPat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pats/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The token's id (not its value).
                 * @example pat-id-3
                 */
                id: components["parameters"]["PatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke token
         * @description Tenant-level (this contract's reading): X-Tenant-Id is required, X-Project-Id optional. Minimum role: contributor (project_contributor or higher).
         */
        delete: operations["revokePat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The JSON `data` of one event of `GET /v1/autopilot/stream`; the SSE `event:` name equals `type`. `token`: the next piece of the reply; `message`: the complete reply (the concatenated tokens); `done`: the reply is over and the server closes the stream; `error`: the reply failed, the stream ends. */
        AutopilotStreamEvent: {
            /**
             * @description The event's type, equal to its SSE `event:` name.
             * @constant
             */
            type: "token";
            /** @description The next piece of the reply, to append. */
            text: string;
        } | {
            /**
             * @description The event's type, equal to its SSE `event:` name.
             * @constant
             */
            type: "message";
            /** @description The reply's id, as in `AutopilotMessageResponse`. */
            message_id: string;
            /** @description The complete reply text. */
            reply: string;
        } | {
            /**
             * @description The event's type, equal to its SSE `event:` name.
             * @constant
             */
            type: "done";
        } | {
            /**
             * @description The event's type, equal to its SSE `event:` name.
             * @constant
             */
            type: "error";
            /** @description A machine-readable reason, from the `ErrorBody` codes (`internal_error`, `rate_limited`…). */
            code?: string;
            /** @description What went wrong, for a human. */
            message: string;
        };
        /** @description The workflow graph (the seed's "draft graph"): steps as nodes and edges between them. The seed does not show it; this shape is this contract's. */
        WorkflowGraph: {
            /** @description The graph's steps, in no particular order. */
            steps: {
                /** @description The step's id, unique in the graph; run events and trigger_steps name it. */
                id: string;
                /**
                 * @description What the step does.
                 * @enum {string}
                 */
                type: "llm" | "tool" | "human_task" | "condition" | "code" | "webhook";
                /** @description The step's display name; a human task's title. */
                name: string;
                /**
                 * @description A disabled step is skipped with reason step_disabled.
                 * @default false
                 */
                disabled?: boolean;
                /** @description Settings shaped by the step type (a prompt, a tool name…). */
                config?: {
                    [key: string]: unknown;
                };
            }[];
            /** @description Directed edges between steps. */
            edges: {
                /** @description The id of the step the edge leaves. */
                from: string;
                /** @description The id of the step the edge enters. */
                to: string;
                /** @description An expression that must hold for the edge to be followed; always followed when absent. */
                condition?: string;
            }[];
        };
        /** @description Saved Studio defaults for starting runs (the seed's run_setup, "Save defaults"), merged into a start when use_run_setup_defaults is true; request keys win on conflicts. */
        RunSetup: {
            /** @description Default global input, merged under the start's trigger_payload. */
            trigger_payload?: {
                [key: string]: unknown;
            };
            /** @description Default per-step overrides, keyed by step id. */
            trigger_steps?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description A workflow: its draft graph, run setup defaults and lifecycle status. DELETE archives it (status archived). The seed names the workflow's draft graph, run_setup and archiving but shows no body; this shape is this contract's. */
        Workflow: {
            /** @description The workflow's id. */
            id: string;
            /** @description The workflow's display name. */
            name: string;
            /** @description What the workflow does, for people; null when not set. */
            description?: string | null;
            /**
             * @description draft: never published; published: has at least one version; archived: deleted with DELETE, still readable.
             * @enum {string}
             */
            status: "draft" | "published" | "archived";
            graph: components["schemas"]["WorkflowGraph"];
            run_setup?: components["schemas"]["RunSetup"];
            /** @description The number of the latest published version; null before the first publish. */
            latest_version?: number | null;
            /**
             * Format: date-time
             * @description When the workflow was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the workflow last changed.
             */
            updated_at: string;
        };
        /** @description A page of workflows. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        WorkflowList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["Workflow"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description The one error body of the whole AgentRuntime API: a stable machine-readable `code`, a human `message`, optional per-field `details` (422) and the `request_id` to quote to support. The seed gives the status codes but no error body; this shape is this contract's. */
        ErrorBody: {
            /**
             * @description Stable, machine-readable error code; clients branch on it, never on `message`.
             * @enum {string}
             */
            code: "unauthorized" | "forbidden" | "not_found" | "conflict" | "invalid_state_transition" | "already_revealed" | "validation_failed" | "invalid_signature" | "rate_limited" | "feature_disabled" | "method_not_allowed" | "payload_too_large" | "unsupported_media_type" | "internal_error" | "service_unavailable";
            /** @description What went wrong, for a human. */
            message: string;
            /** @description One entry per invalid field (422) or failed graph check. */
            details?: {
                /** @description Dotted path of the offending field, "" for the body itself. */
                field: string;
                /** @description What is wrong with that field. */
                message: string;
            }[];
            /** @description Correlation id of the request, also sent as the `X-Request-Id` header. */
            request_id?: string;
        };
        /** @description A new workflow. The seed does not show this body; it is this contract's. */
        CreateWorkflowRequest: {
            /** @description The workflow's display name. */
            name: string;
            /** @description What the workflow does, for people. */
            description?: string;
            graph?: components["schemas"]["WorkflowGraph"];
        };
        /** @description Partial update of the draft graph or run_setup (the seed's "Update draft graph or run_setup (Save defaults)"); send only what changes. */
        UpdateWorkflowRequest: {
            /** @description A new display name. */
            name?: string;
            /** @description A new description; null clears it. */
            description?: string | null;
            graph?: components["schemas"]["WorkflowGraph"];
            run_setup?: components["schemas"]["RunSetup"];
        };
        /** @description A published, immutable version of a workflow's graph (the seed's "Publish version"). */
        WorkflowVersion: {
            /** @description The version's id. */
            id: string;
            /** @description The workflow it is a version of. */
            workflow_id: string;
            /** @description The version number, 1 for the first publish, then increasing by one. */
            version: number;
            graph: components["schemas"]["WorkflowGraph"];
            run_setup?: components["schemas"]["RunSetup"];
            /** @description The publisher's notes; null when none were given. */
            notes?: string | null;
            /**
             * Format: date-time
             * @description When the version was published.
             */
            published_at: string;
        };
        /** @description A page of a workflow's published versions. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        WorkflowVersionList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["WorkflowVersion"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description Optional notes for the version to publish; the body may be left out. */
        PublishVersionRequest: {
            /** @description What changed in this version, for people. */
            notes?: string;
        };
        /** @description The answer of a dry run that passed: nothing is saved or run. A failed dry run is not this body but a 422 (the seed: "422 often signals validation errors from dry-run or graph checks"); warnings do not fail it. */
        ValidationReport: {
            /**
             * @description Always true here; a graph with errors is answered 422.
             * @constant
             */
            valid: true;
            /** @description Warnings about the graph; empty when there are none. */
            issues: {
                /**
                 * @description Only warnings reach a passing dry run.
                 * @constant
                 */
                severity: "warning";
                /** @description The step the warning is about; null for the graph as a whole. */
                step_id?: string | null;
                /** @description The warning, for a human. */
                message: string;
            }[];
        };
        /** @description The workflow's connection override map (the seed's "Replace override map"): step id or connection slot to connection id. */
        ConnectionOverrides: {
            /** @description Step id or connection slot → the id of the connection to use there. */
            overrides: {
                [key: string]: string;
            };
        };
        /**
         * skipped step
         * @description The data of a synthetic skip (step_completed with `skipped` true).
         */
        StepSkippedData: {
            /**
             * @description Marks the step_completed as a synthetic skip.
             * @constant
             */
            skipped: true;
            /**
             * @description blocked: the run failed before this step started; out_of_scope: episode mode, the step is outside the scope; step_disabled: the step is disabled in the graph.
             * @enum {string}
             */
            reason: "blocked" | "out_of_scope" | "step_disabled";
        };
        /**
         * cancelled step
         * @description The data of a step_cancelled event, a step in flight when another step failed the run.
         */
        StepCancelledData: {
            /**
             * @description Marks the step as cancelled.
             * @constant
             */
            cancelled: true;
            /**
             * @description Why the step was cancelled; the seed documents run_failed.
             * @constant
             */
            reason: "run_failed";
            /** @description The step whose failure failed the run (optional). */
            caused_by_step_id?: string;
        };
        /**
         * other event
         * @description The data of an event that is neither a skip nor a cancellation: free-form, and `skipped: false` or `cancelled: false` may appear in it.
         */
        StepEventData: {
            /**
             * @description Present and false on an ordinary step_completed, when the server sends it.
             * @constant
             */
            skipped?: false;
            /**
             * @description False when present; a cancellation has `cancelled: true`.
             * @constant
             */
            cancelled?: false;
        } & {
            [key: string]: unknown;
        };
        /** @description One entry of a run's step event log. `event_type` and `data` are the seed's: step_completed with data.skipped true is a synthetic skip with data.reason blocked, out_of_scope or step_disabled; step_cancelled has data.cancelled true, data.reason run_failed and an optional data.caused_by_step_id. The envelope fields (id, run_id, step_id, created_at) are this contract's. */
        RunEvent: {
            /** @description The event's id, unique within the run. */
            id: string;
            /** @description The run the event belongs to. */
            run_id: string;
            /** @description The step the event is about; null for run-level events (state_changed, run_started, run_rejected). */
            step_id?: string | null;
            /**
             * @description step_started (step began), step_completed (succeeded, or a synthetic skip), step_failed (the run may transition to failed), step_cancelled (in flight when another step failed the run), state_changed (run status transition), run_started, run_rejected.
             * @enum {string}
             */
            event_type: "step_started" | "step_completed" | "step_failed" | "step_cancelled" | "state_changed" | "run_started" | "run_rejected";
            /** @description A skip's data (step_completed with skipped true and a reason), a cancellation's data (step_cancelled with cancelled true), or for any other event a free-form object in which `skipped` and `cancelled`, when present, are false. A skip or a cancellation with a reason outside the documented ones does not validate. */
            data?: components["schemas"]["StepSkippedData"] | components["schemas"]["StepCancelledData"] | components["schemas"]["StepEventData"];
            /**
             * Format: date-time
             * @description When the event was recorded.
             */
            created_at: string;
        };
        /**
         * start
         * @description Start a new run; `params` become workflow input (`{{input.*}}` in steps).
         */
        StartCommand: {
            /**
             * @description Start a new run.
             * @constant
             */
            command: "start";
            /** @description The trigger fields; any other key is kept as workflow input too (the seed's example sends `customer_id`). */
            params?: {
                /**
                 * @description How the run was triggered (`api` in the seed's example).
                 * @default api
                 */
                trigger_type?: string;
                /** @description Global shared input: `{{input.*}}`. */
                trigger_payload?: {
                    [key: string]: unknown;
                };
                /** @description Per-step map (optional overrides or gated entry grants), keyed by step id. */
                trigger_steps?: {
                    [key: string]: {
                        [key: string]: unknown;
                    };
                };
                /**
                 * @description When true, merge the saved Studio defaults from the workflow version; request keys win on conflicts.
                 * @default false
                 */
                use_run_setup_defaults?: boolean;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * pause or resume
         * @description Pause scheduling of a run, or resume a paused run.
         */
        RunIdCommand: {
            /**
             * @description pause stops scheduling further steps; resume continues a paused run.
             * @enum {string}
             */
            command: "pause" | "resume";
            /** @description The run to act on. */
            params: {
                /** @description The run's id. */
                run_id: string;
            };
        };
        /**
         * stop
         * @description Stop a run, immediately (the default) or gracefully.
         */
        StopCommand: {
            /**
             * @description Stop the run.
             * @constant
             */
            command: "stop";
            /** @description The run to stop, and how. */
            params: {
                /** @description The run's id. */
                run_id: string;
                /**
                 * @description immediate (the default) stops at once; graceful lets in-flight steps finish.
                 * @default immediate
                 * @enum {string}
                 */
                mode?: "immediate" | "graceful";
            };
        };
        /** @description The run control body (the seed's command table): a union on `command`. start takes the trigger fields and creates a run; pause and resume take run_id; stop takes run_id and an optional mode, immediate (default) or graceful. */
        RunCommand: components["schemas"]["StartCommand"] | components["schemas"]["RunIdCommand"] | components["schemas"]["StopCommand"];
        /**
         * @description A run's status: queued, running, paused, stopping (a graceful stop in progress), stopped, completed, failed, rejected. The seed names the transitions (start, pause, resume, stop, failure) but not the values.
         * @enum {string}
         */
        RunStatus: "queued" | "running" | "paused" | "stopping" | "stopped" | "completed" | "failed" | "rejected";
        /** @description A workflow run. The seed shows no run body; this shape is this contract's. */
        Run: {
            /** @description The run's id. */
            id: string;
            /** @description The workflow that runs. */
            workflow_id: string;
            /** @description The project the run belongs to; tells the projects apart in the tenant-wide feed. */
            project_id?: string;
            /** @description The published version that runs; null when the draft runs. */
            workflow_version?: number | null;
            status: components["schemas"]["RunStatus"];
            /** @description How the run started: api, webhook, schedule, console. */
            trigger_type: string;
            /**
             * @description The mode of the stop command that stopped it; null when it was not stopped.
             * @enum {string|null}
             */
            stop_mode?: "immediate" | "graceful" | null;
            /**
             * Format: date-time
             * @description When the first step started; null while queued.
             */
            started_at?: string | null;
            /**
             * Format: date-time
             * @description When the run reached a final status; null before.
             */
            finished_at?: string | null;
            /**
             * Format: date-time
             * @description When the run was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the run last changed.
             */
            updated_at: string;
        };
        /** @description A page of runs. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        RunList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["Run"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description A page of a run's events, oldest first. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. The envelope is this contract's; the events in it follow the seed's event log. */
        RunEventList: {
            /** @description The events of this page, at most `limit`. */
            data: components["schemas"]["RunEvent"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description The run's variables and step results (the seed's "Run variables and step results"). */
        RunContext: {
            /** @description The run's id. */
            run_id: string;
            /** @description The workflow input (`{{input.*}}`), from the start's params. */
            input: {
                [key: string]: unknown;
            };
            /** @description Variables the steps set. */
            variables: {
                [key: string]: unknown;
            };
            /** @description Each finished step's result, keyed by step id. */
            step_results: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description A human task of a run, waiting for approval or rejection. The seed shows no task body; this shape is this contract's. */
        HumanTask: {
            /** @description The task's id. */
            id: string;
            /** @description The run that waits on it. */
            run_id: string;
            /** @description The run's workflow. */
            workflow_id: string;
            /** @description The project the task belongs to; tells the projects apart in the tenant inbox. */
            project_id?: string;
            /** @description The human_task step it belongs to. */
            step_id: string;
            /** @description What to decide, from the step's name. */
            title?: string;
            /**
             * @description pending until approved or rejected, then completed.
             * @enum {string}
             */
            status: "pending" | "completed";
            /**
             * Format: date-time
             * @description When the task was created.
             */
            created_at: string;
        };
        /** @description A page of pending human tasks. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        HumanTaskList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["HumanTask"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description The seed's complete task body: `approved`, and optional `result` fields merged into the step result. The Console's Approve/Reject buttons send only `{approved}`. */
        CompleteTaskRequest: {
            /** @description true approves, false rejects. */
            approved: boolean;
            /** @description Optional fields merged into the step result. */
            result?: {
                [key: string]: unknown;
            };
        };
        /** @description The completed task and the step result it produced, which always includes approved (the seed). */
        CompletedTask: {
            task: components["schemas"]["HumanTask"];
            /** @description The step result after the merge; the seed says it always includes `approved`. */
            step_result: {
                /** @description Whether the task was approved. */
                approved: boolean;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description An inbound webhook subscription. The signing secret is never part of it. */
        InboundWebhook: {
            /** @description The subscription's id, the `{subscription_id}` of its ingress. */
            id: string;
            /** @description The workflow whose runs the ingress starts. */
            workflow_id: string;
            /** @description The subscription's label. */
            name: string;
            /** @description The stored PAT the ingress expects; null when a bearer was given instead. */
            automation_pat_id?: string | null;
            /**
             * Format: date-time
             * @description When the subscription was created.
             */
            created_at: string;
        };
        /** @description A page of inbound webhook subscriptions. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        InboundWebhookList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["InboundWebhook"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description The seed's create subscription body. */
        CreateInboundWebhookRequest: {
            /** @description The workflow whose runs the ingress starts. */
            workflow_id: string;
            /** @description A label for the subscription (`form-leads`). */
            name: string;
            /** @description Optional id of a stored PAT the ingress will expect. */
            automation_pat_id?: string;
            /** @description The PAT (`pat_…`) the ingress will expect; stored, never echoed. */
            automation_bearer?: string;
        };
        /** @description The create response, the only one carrying the signing secret (the seed: "Response includes ingress_url, signing_secret (once), and subscription"). */
        CreatedInboundWebhook: {
            /** @description The subscription's id, as in `subscription.id`. */
            id: string;
            /**
             * Format: uri
             * @description The public ingress URL to call (`POST /v1/inbound-webhooks/{subscription_id}`).
             */
            ingress_url: string;
            /** @description The HMAC-SHA256 key for `X-Agentruntime-Signature`; shown in this response only. */
            signing_secret: string;
            subscription: components["schemas"]["InboundWebhook"];
        };
        /** @description The JSON object posted to an ingress, passed to the run as its trigger payload. The seed says only `Content-Type: application/json`. */
        FreeformJson: {
            [key: string]: unknown;
        };
        /** @description The answer of a valid ingress call: the run it started. */
        IngressAccepted: {
            /** @description The run the call started. */
            run_id: string;
            /** @description The subscription's workflow. */
            workflow_id: string;
            status: components["schemas"]["RunStatus"];
        };
        /** @description A workspace connection: a named set of settings and stored credentials that workflow steps and MCP servers use to reach an outside system. Secret credentials are never part of it: `GET /v1/connections/{id}/credentials` reveals their metadata only. */
        Connection: {
            /** @description The connection's id. */
            id: string;
            /** @description A label, unique within the project. */
            name: string;
            /** @description The kind of system connected: `google` and `whatsapp` for the connect flows, any other lowercase key (`postgres`, `http`) for a custom connection. Not an enum: the seed lists no values. */
            provider: string;
            /**
             * @description `active` usable; `pending` a connect flow has not finished; `error` the last use failed (for example, expired credentials); `disconnected` the provider revoked access.
             * @enum {string}
             */
            status: "active" | "pending" | "error" | "disconnected";
            /** @description Non-secret settings, shaped by the provider. */
            config: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the connection was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the connection last changed.
             */
            updated_at: string;
        };
        /** @description A page of connections; secrets are never included. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        ConnectionList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["Connection"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description Non-secret settings of a connection, shaped by its provider (host, database, region…). */
        ConnectionConfig: {
            [key: string]: unknown;
        };
        /** @description Secret credential values, keyed by field name (`password`, `api_key`, `access_token`…). Write-only: stored encrypted, never echoed by any response; `GET /v1/connections/{id}/credentials` reveals metadata only. */
        ConnectionCredentials: {
            [key: string]: string;
        };
        /** @description A custom connection, matching `Connection` plus the write-only `credentials`. */
        CreateConnectionRequest: {
            /** @description A label, unique within the project. */
            name: string;
            /** @description The kind of system connected (see `Connection.provider`). */
            provider: string;
            config?: components["schemas"]["ConnectionConfig"];
            credentials?: components["schemas"]["ConnectionCredentials"];
        };
        /** @description Partial update: send only what changes. Sent `config` replaces the settings; sent `credentials` replace the stored ones and are never echoed. */
        UpdateConnectionRequest: {
            /** @description A new label, unique within the project. */
            name?: string;
            config?: components["schemas"]["ConnectionConfig"];
            credentials?: components["schemas"]["ConnectionCredentials"];
        };
        /** @description What is stored for a connection's credentials, never the secret values (the seed's "credential metadata (not full secrets)"): one entry per field with its name and a masked hint of its last four characters, and when the credentials expire. */
        CredentialMetadata: {
            /** @description The connection these credentials belong to. */
            connection_id: string;
            /** @description One entry per stored field; empty when none is stored. */
            fields: {
                /** @description The field's name, as sent in `credentials`. */
                name: string;
                /** @description The masked value: four bullets, then the last four characters (`••••9f2c`). */
                hint: string;
                /**
                 * Format: date-time
                 * @description When the field was first stored.
                 */
                created_at?: string;
                /**
                 * Format: date-time
                 * @description When the field was last replaced.
                 */
                updated_at?: string;
            }[];
            /**
             * Format: date-time
             * @description When the credentials stop working (OAuth tokens); null if they do not expire.
             */
            expires_at: string | null;
        };
        /** @description Whether Google connect is enabled on this deployment, and the public client id the Console needs. */
        GoogleConnectConfig: {
            /** @description False when the deployment has no Google OAuth client configured. */
            enabled: boolean;
            /** @description The public Google OAuth client id; null when disabled. */
            client_id: string | null;
        };
        /**
         * @description A Google service a Google connection can use.
         * @enum {string}
         */
        GoogleService: "gmail" | "calendar" | "drive" | "sheets";
        /** @description Starts Google OAuth for the services to grant. */
        GoogleOAuthUrlRequest: {
            /** @description The services whose scopes are requested. */
            services: components["schemas"]["GoogleService"][];
            /**
             * Format: uri
             * @description Where Google sends the user back; defaults to the Console's callback page.
             */
            redirect_uri?: string;
        };
        /** @description Where to send the user to consent. Pass `state` back to `POST /v1/connections/google/complete`. */
        GoogleOAuthUrl: {
            /**
             * Format: uri
             * @description The Google consent URL.
             */
            url: string;
            /** @description Opaque, single-use anti-forgery value embedded in `url`. */
            state: string;
        };
        /** @description The OAuth callback's query values, forwarded by the client (after the OAuth 2.0 callback). */
        GoogleCompleteRequest: {
            /** @description The authorization code Google returned. */
            code: string;
            /** @description The `state` from the oauth-url answer. */
            state: string;
        };
        /** @description The Google account behind a Google connection and which services it may use (the seed's "Account + enabled services"). */
        GoogleAccount: {
            /** @description The Google connection's id. */
            connection_id: string;
            /**
             * Format: email
             * @description The connected Google account.
             */
            email: string;
            /** @description Every service, enabled or not. */
            services: {
                service: components["schemas"]["GoogleService"];
                /** @description Whether steps may use this service through the connection. */
                enabled: boolean;
            }[];
        };
        /** @description Services to enable (true) or disable (false); services not named keep their state. */
        GoogleServicesUpdate: {
            /** @description Service name → enabled. */
            services: {
                /** @description Enable or disable Gmail. */
                gmail?: boolean;
                /** @description Enable or disable Google Calendar. */
                calendar?: boolean;
                /** @description Enable or disable Google Drive. */
                drive?: boolean;
                /** @description Enable or disable Google Sheets. */
                sheets?: boolean;
            };
        };
        /** @description Whether WhatsApp connect (Meta embedded signup) is enabled on this deployment, with the public ids the Console needs to open the signup. */
        WhatsAppConnectConfig: {
            /** @description False when the deployment has no Meta app configured. */
            enabled: boolean;
            /** @description The public Meta app id; null when disabled. */
            app_id: string | null;
            /** @description The embedded-signup configuration id; null when disabled. */
            config_id: string | null;
        };
        /** @description What Meta's embedded signup returns to the browser, forwarded by the client. */
        WhatsAppCompleteRequest: {
            /** @description The code exchanged for a business access token. */
            code: string;
            /** @description The WhatsApp phone number's id. */
            phone_number_id: string;
            /** @description The WhatsApp Business Account id. */
            waba_id: string;
        };
        /** @description WhatsApp Business Account (WABA) credentials entered by hand. `access_token` is write-only: stored, never echoed (see the credentials route for its metadata). */
        WhatsAppManualCredentialsRequest: {
            /** @description The connection's label; defaults to `WhatsApp`. */
            name?: string;
            /** @description The WhatsApp phone number's id. */
            phone_number_id: string;
            /** @description The WhatsApp Business Account id. */
            waba_id: string;
            /** @description A system-user access token with WhatsApp permissions. */
            access_token: string;
        };
        /**
         * @description How the MCP server is reached: streamable `http`, `sse`, or `stdio` (platform adapters run by the platform only), the Model Context Protocol's transports.
         * @enum {string}
         */
        McpTransport: "http" | "sse" | "stdio";
        /** @description A row of the platform adapter catalog (the seed's "Platform adapter catalog"): an MCP server the platform can run for a tenant. */
        McpPlatformAdapter: {
            /** @description The adapter's key. */
            id: string;
            /** @description The adapter's display name. */
            name: string;
            /** @description What the adapter gives access to. */
            description: string;
            transport: components["schemas"]["McpTransport"];
        };
        /** @description A page of the platform adapter catalog. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        McpPlatformAdapterList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["McpPlatformAdapter"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description A tool of the catalog: one tool an MCP server of the project offers, after MCP's tool listing (`name`, `description`, `inputSchema`, here snake_case). */
        McpTool: {
            /** @description The tool's name, unique within its server. */
            name: string;
            /** @description The MCP server that offers it. */
            server_id: string;
            /** @description What the tool does, as its server describes it. */
            description: string;
            /** @description JSON Schema of the tool's arguments. */
            input_schema: {
                [key: string]: unknown;
            };
        };
        /** @description A page of the MCP tool catalog. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        McpToolList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["McpTool"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description A tenant MCP server registered for the project. */
        McpServer: {
            /** @description The server's id. */
            id: string;
            /** @description The server's display name. */
            name: string;
            /**
             * Format: uri
             * @description The server's endpoint.
             */
            url: string;
            transport: components["schemas"]["McpTransport"];
            /**
             * @description `pending` until the first validation, then the outcome of the latest `POST /v1/mcp/servers/{id}/validate`.
             * @enum {string}
             */
            status: "pending" | "healthy" | "unhealthy";
            /**
             * Format: date-time
             * @description When the server was registered.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the server last changed; absent if it never has.
             */
            updated_at?: string;
        };
        /** @description A page of the project's MCP servers. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        McpServerList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["McpServer"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description A tenant MCP server to register, the writable fields of `McpServer`. */
        RegisterMcpServerRequest: {
            /** @description The server's display name. */
            name: string;
            /**
             * Format: uri
             * @description The server's endpoint; `stdio` is for platform adapters and is refused here.
             */
            url: string;
            /**
             * @description How to reach the server; http (streamable HTTP) by default.
             * @default http
             * @enum {string}
             */
            transport?: "http" | "sse";
        };
        /** @description The outcome of a validation run: `ok` is true when no check failed. */
        McpValidationResult: {
            /** @description True when no check failed. */
            ok: boolean;
            /** @description Every check run, in order. */
            checks: {
                /** @description The check, such as `reachable`, `handshake`, `tools_listed` or `credentials_bound`. */
                name: string;
                /**
                 * @description The check's outcome.
                 * @enum {string}
                 */
                status: "passed" | "failed" | "skipped";
                /** @description What the check found, for a human. */
                message: string;
            }[];
        };
        /** @description An MCP instance: a project's use of one MCP server, whose config profiles wire it to connections; one profile at a time is active. */
        Instance: {
            /** @description The instance's id. */
            id: string;
            /** @description The instance's display name, unique within the project. */
            name: string;
            /** @description The MCP server it runs. */
            server_id: string;
            /** @description The active config profile; null until one is set active. */
            active_profile_id: string | null;
            /**
             * Format: date-time
             * @description When the instance was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the instance last changed; absent if it never has.
             */
            updated_at?: string;
        };
        /** @description A page of MCP instances. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        InstanceList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["Instance"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description An MCP instance to create; `server_id` must name an MCP server registered in the project (else 422). */
        CreateInstanceRequest: {
            /** @description The instance's display name, unique within the project. */
            name: string;
            /** @description The registered MCP server the instance runs. */
            server_id: string;
        };
        /** @description The workflow whose MCP steps to resolve; `workflow_id` must name a workflow of the project (else 422). */
        ResolveInstancesRequest: {
            /** @description The workflow to resolve. */
            workflow_id: string;
        };
        /** @description The instance, and its active profile, each MCP step of the workflow will use (the seed's "Resolve instances for workflow"). A step no instance can serve is absent. */
        ResolveInstancesResult: {
            /** @description The workflow resolved. */
            workflow_id: string;
            /** @description One entry per MCP step an instance serves. */
            bindings: {
                /** @description The MCP step. */
                step_id: string;
                /** @description The instance that serves it. */
                instance_id: string;
                /** @description The instance's active profile; null when none is active. */
                profile_id: string | null;
            }[];
        };
        /** @description A config profile's wiring (the seed's "profile wiring"): each credential slot of the MCP server mapped to the id of the connection that fills it. */
        ProfileWiring: {
            [key: string]: string;
        };
        /** @description A named configuration of an MCP instance, wiring its credential slots to connections. */
        ConfigProfile: {
            /** @description The profile's id. */
            id: string;
            /** @description The instance it configures. */
            instance_id: string;
            /** @description The profile's name, unique among the instance's profiles. */
            name: string;
            wiring: components["schemas"]["ProfileWiring"];
            /**
             * Format: date-time
             * @description When the profile was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the profile last changed; absent if it never has.
             */
            updated_at?: string;
        };
        /** @description A page of an instance's config profiles. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        ConfigProfileList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["ConfigProfile"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description A config profile to create; it is not active until set active. */
        CreateConfigProfileRequest: {
            /** @description Unique among the instance's profiles. */
            name: string;
            wiring?: components["schemas"]["ProfileWiring"];
        };
        /** @description Partial update of a profile (the seed's "Update profile wiring"): its name, its wiring, or both. A sent `wiring` replaces the whole map. */
        UpdateConfigProfileRequest: {
            /** @description A new name, unique among the instance's profiles. */
            name?: string;
            wiring?: components["schemas"]["ProfileWiring"];
        };
        /** @description One message to Autopilot: the user's text, the conversation to continue (a new one when absent) and, optionally, the workflow the message is about. */
        AutopilotMessageRequest: {
            /** @description What the user asks Autopilot. */
            message: string;
            /** @description The conversation to continue; leave out to start a new one. */
            conversation_id?: string;
            /** @description A workflow to give Autopilot as context (the one open in Studio). */
            workflow_id?: string;
        };
        /** @description Autopilot's answer to one message: the complete reply, the conversation and message ids, and the stream URL for clients that want the reply token by token. */
        AutopilotMessageResponse: {
            /** @description The conversation, new or continued; send it back to continue. */
            conversation_id: string;
            /** @description The id of Autopilot's reply, as in the stream's `message` event. */
            message_id: string;
            /** @description The complete reply text. */
            reply: string;
            /**
             * Format: uri-reference
             * @description The relative URL of `GET /v1/autopilot/stream` for this conversation.
             */
            stream_url: string;
        };
        /** @description The chat service's JSON answer, relayed unchanged. Its shape depends on the proxied sub-path and is not documented by the seed: any JSON object. */
        ChatProxyResponse: {
            [key: string]: unknown;
        };
        /** @description The JSON body forwarded to the chat service unchanged. The chat service's own API is internal and undocumented (the seed names only the proxy), so the body is any JSON object. */
        ChatProxyRequest: {
            [key: string]: unknown;
        };
        /** @description One model of the LLM catalog: the `provider/model` reference that workflow steps use, and whether this tenant can call it (a provider key of its own, or the platform's). */
        LlmModel: {
            /** @description The model reference, `provider/model`, as `POST /v1/llm/resolve` takes it. */
            ref: string;
            /** @description The provider's id (`openai`, `anthropic`…). */
            provider: string;
            /** @description The provider's own model id. */
            model: string;
            /** @description The model's display name. */
            display_name: string;
            /** @description The context window in tokens, when the provider publishes it. */
            context_window?: number | null;
            /** @description Whether this tenant can call the model now. */
            available: boolean;
            /**
             * @description Whose provider key a call would use: the tenant's own LLM provider key, the platform's, or null when neither is configured (`available: false`).
             * @enum {string|null}
             */
            key_source: "tenant" | "platform" | null;
        };
        /** @description A page of the LLM model catalog. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        LlmCatalog: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["LlmModel"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description A model reference to resolve, the one field a step's model setting holds. */
        ResolveModelRequest: {
            /** @description The reference, `provider/model` (`openai/gpt-4o-mini`). A reference the catalog cannot resolve is a 422. */
            ref: string;
        };
        /** @description What a model reference resolves to for this tenant: the provider, its model id and whose key a call uses. */
        ResolveModelResult: {
            /** @description The reference as sent. */
            ref: string;
            /** @description The provider's id. */
            provider: string;
            /** @description The provider's model id the reference resolves to. */
            model: string;
            /**
             * @description Whose provider key a call uses.
             * @enum {string}
             */
            key_source: "tenant" | "platform";
        };
        /** @description A semantic search of the project's memory, the query text and how many hits to return. */
        MemorySearchRequest: {
            /** @description What to look for, in natural language. */
            query: string;
            /**
             * @description The most hits to return, best first.
             * @default 10
             */
            limit?: number;
        };
        /** @description The hits of a memory search, best first (highest `score`): a search answer, not a paged list, with at most the request's `limit` hits. */
        MemorySearchResult: {
            /** @description The hits, best first. */
            results: {
                /** @description The indexed item, as `MemoryIndexResult.id` named it. */
                id: string;
                /** @description The matching passage. */
                text: string;
                /** @description Relevance, 1 the best. */
                score: number;
                /**
                 * @description Whether the passage comes from a chat episode or a work file.
                 * @enum {string}
                 */
                source: "conversation" | "file";
            }[];
        };
        /** @description A chat episode to index into memory, the conversation's id and its messages in order. */
        MemoryIndexConversationRequest: {
            /** @description The conversation the episode belongs to; indexing it again replaces the earlier version. */
            conversation_id: string;
            /** @description The episode's messages, oldest first. */
            messages: {
                /**
                 * @description Who wrote the message.
                 * @enum {string}
                 */
                role: "user" | "assistant" | "system" | "tool";
                /** @description The message's text. */
                content: string;
            }[];
        };
        /** @description The answer to an index request: the id the indexed item gets in search hits, and whether it is searchable yet. */
        MemoryIndexResult: {
            /** @description The indexed item's id, as search hits name it. */
            id: string;
            /**
             * @description `indexed`: searchable now; `queued`: searchable shortly.
             * @enum {string}
             */
            status: "queued" | "indexed";
        };
        /** @description A work file to index into memory, as text: the file's name and extracted text, and optionally its id so that indexing the same file again replaces it. */
        MemoryIndexFileRequest: {
            /** @description The file's id in the caller's system; leave out for a one-off file. */
            file_id?: string;
            /** @description The file name, shown with search hits. */
            name: string;
            /** @description The file's text content (1 MB at most). */
            text: string;
        };
        /** @description The items to extract memories from in one background job, up to 100 ids of indexed conversations or files. */
        MemoryExtractBatchRequest: {
            /** @description Ids of indexed conversations or files (`MemoryIndexResult.id` or a conversation_id). */
            items: string[];
        };
        /** @description A batch extract job and its progress: `queued` → `running` → `completed` or `failed`. */
        ExtractJob: {
            /** @description The job id, for `GET /v1/memory/extract/{jobId}`. */
            id: string;
            /**
             * @description Where the job is.
             * @enum {string}
             */
            status: "queued" | "running" | "completed" | "failed";
            /** @description Items done so far. */
            processed: number;
            /** @description Items in the job. */
            total: number;
            /** @description Why the job failed; null otherwise. */
            error?: string | null;
            /**
             * Format: date-time
             * @description When the job was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the status or progress last changed.
             */
            updated_at?: string;
        };
        /** @description One call of a memory tool on behalf of an agent. */
        MemoryToolCallRequest: {
            /**
             * @description `remember` stores a fact, `recall` searches stored facts, `forget` deletes one.
             * @enum {string}
             */
            tool: "remember" | "recall" | "forget";
            /** @description The tool's arguments (`{text}` to remember, `{query}` to recall, `{id}` to forget). */
            arguments: {
                [key: string]: unknown;
            };
        };
        /** @description The result of a memory tool call, as the agent receives it. */
        MemoryToolCallResult: {
            /**
             * @description The tool that ran.
             * @enum {string}
             */
            tool: "remember" | "recall" | "forget";
            /** @description The tool's output, a JSON object whose shape depends on the tool. */
            result: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The state of the tenant's subscription: `none` (never subscribed, or the trial ended unconverted), `trialing`, `active`, `past_due` (a renewal payment failed), `canceled`. The seed names subscription and trial status without listing values; these follow Stripe's subscription states.
         * @enum {string}
         */
        SubscriptionStatus: "none" | "trialing" | "active" | "past_due" | "canceled";
        /** @description The tenant's billing at a glance ("Tenant/project summary"): plan, subscription state and credit balance. With `X-Project-Id`, `project_id` echoes it; without it, null. Credit amounts are integers in microcredits (1 credit = 1,000,000 microcredits). The seed does not show this body; it is designed. */
        BillingSummary: {
            /** @description The tenant (workspace slug), as in X-Tenant-Id. */
            tenant_id: string;
            /** @description X-Project-Id when it was sent; null for the whole tenant. */
            project_id: string | null;
            /** @description The current plan; null without a subscription or trial. */
            plan_code: string | null;
            status: components["schemas"]["SubscriptionStatus"];
            /** @description Credits left, in microcredits. */
            credit_balance_microcredits: number;
            /**
             * Format: date-time
             * @description End of the current billing period; null without a subscription.
             */
            period_end: string | null;
        };
        /** @description One tier of the plan catalog. Catalog rows are keyed by (product_code, plan_code); the seed says the public response surfaces plan_code and pricing fields, without listing them: the pricing fields are designed. */
        BillingPlan: {
            /** @description The deployment's configured product (`agentruntime` for the AgentRuntime Console). */
            product_code: string;
            /** @description The tier, as the subscription routes take it. */
            plan_code: string;
            /** @description The tier's display name. */
            name: string;
            /** @description The price per interval in the currency's minor unit. */
            price_cents: number;
            /** @description ISO 4217 code, lowercase as Stripe writes it. */
            currency: string;
            /**
             * @description How often the price is charged.
             * @enum {string}
             */
            interval: "month" | "year";
            /** @description Credits included per interval, in microcredits (1 credit = 1,000,000). */
            included_microcredits: number;
            /** @description Length of the tier's free trial; null when it has none. */
            trial_days?: number | null;
        };
        /** @description A page of the plan catalog. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        BillingPlanList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["BillingPlan"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description The subscription and trial status. The seed names it without fields; they are designed after Stripe subscriptions. */
        BillingStatus: {
            subscription_status: components["schemas"]["SubscriptionStatus"];
            /** @description The subscribed or trialled plan; null with no subscription. */
            plan_code: string | null;
            /** @description True after a cancel at period end; the subscription stays active until `current_period_end`. */
            cancel_at_period_end: boolean;
            /**
             * Format: date-time
             * @description End of the current billing period; null without a subscription.
             */
            current_period_end: string | null;
            /** @description The tenant's free trial. */
            trial: {
                /** @description Whether a trial is running now. */
                active: boolean;
                /**
                 * Format: date-time
                 * @description When the trial ends (and converts, unless canceled); null without a trial.
                 */
                ends_at: string | null;
                /** @description Whether `POST /v1/billing/trial` would start a trial (one trial per tenant). */
                eligible: boolean;
            };
        };
        /** @description Credit balances. Every amount is an integer number of microcredits (1 credit = 1,000,000 microcredits), as the seed's "Credit balances (microcredits)" says; integers avoid rounding. The fields are designed. */
        CreditUsage: {
            /** @description Credits left to spend now (negative only when overdrawn). */
            balance_microcredits: number;
            /** @description Credits the plan includes in the current period. */
            included_microcredits: number;
            /** @description Credits consumed in the current period. */
            used_microcredits: number;
            /** @description Credits bought with PAYG top-ups and not yet used. */
            topup_microcredits: number;
        };
        /** @description One dimension usage can be broken down by (the seed's "Usage breakdown dimensions"). The seed does not show the body; it is designed as the dimension's definition, not amounts, which fits the route being open to viewers while credit amounts need contributor. */
        UsageDimension: {
            /** @description The dimension's key, as usage ledger entries name it in `dimension`. */
            key: string;
            /** @description Display name. */
            label: string;
            /** @description What the dimension counts, for people. */
            description: string;
        };
        /** @description A page of usage breakdown dimensions. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        UsageDimensionList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["UsageDimension"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description One metered charge of the usage ledger. The seed names only "Metered usage ledger"; the fields are designed. Amounts are integers in microcredits (1 credit = 1,000,000). */
        UsageLedgerEntry: {
            /** @description The ledger entry's id. */
            id: string;
            /** @description The metered action, as action pricing names it (`workflow_step`, `llm_tokens`…). */
            action: string;
            /** @description The usage dimension the charge counts toward (a `UsageDimension.key`). */
            dimension: string;
            /** @description Units of the action consumed. */
            quantity: number;
            /** @description Credits charged, in microcredits. */
            microcredits: number;
            /** @description The project the usage belongs to; null for tenant-level usage. */
            project_id: string | null;
            /** @description The run that consumed it, when a run did. */
            run_id: string | null;
            /**
             * Format: date-time
             * @description When the usage was charged.
             */
            created_at: string;
        };
        /** @description A page of the metered usage ledger, newest first. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        UsageLedgerEntryList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["UsageLedgerEntry"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description One payment: a subscription invoice or a PAYG top-up. The seed names only "Payments and top-ups"; the fields are designed after Stripe payments. */
        Payment: {
            /** @description The payment's id. */
            id: string;
            /**
             * @description A subscription invoice or a PAYG top-up.
             * @enum {string}
             */
            kind: "subscription" | "topup";
            /** @description The amount in the currency's minor unit. */
            amount_cents: number;
            /** @description ISO 4217 code, lowercase as Stripe writes it. */
            currency: string;
            /**
             * @description Where the payment stands, as Stripe reports it.
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed" | "refunded";
            /** @description Credits a top-up granted, in microcredits; null for subscription payments. */
            microcredits: number | null;
            /** @description A human label (`Team plan, May 2026`); null when none. */
            description?: string | null;
            /**
             * Format: date-time
             * @description When the payment was made.
             */
            created_at: string;
        };
        /** @description A page of payments and top-ups, newest first. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        PaymentList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["Payment"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description The price this tenant pays for one metered action, resolved from the platform default, the plan and any tenant override (the seed's "Resolved per-action prices"). The fields are designed; prices are integers in microcredits (1 credit = 1,000,000). */
        ActionPrice: {
            /** @description The metered action (`workflow_step`, `llm_tokens`…). */
            action: string;
            /** @description The action's display name. */
            label: string;
            /** @description What one unit is (`step`, `1k_tokens`, `call`). */
            unit: string;
            /** @description The price of one unit, in microcredits. */
            microcredits: number;
            /**
             * @description Which layer the resolved price comes from.
             * @enum {string}
             */
            source: "default" | "plan" | "override";
        };
        /** @description A page of resolved per-action prices. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        ActionPriceList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["ActionPrice"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description A pay-as-you-go credit top-up to pay with Stripe. The seed does not show this body; it is designed: the amount in the currency's minor unit (5.00 to 10,000.00, designed bounds) and the currency. */
        PaygIntentRequest: {
            /** @description The amount to pay, in cents. */
            amount_cents: number;
            /**
             * @description ISO 4217 code, lowercase as Stripe writes it.
             * @default usd
             */
            currency?: string;
        };
        /** @description The Stripe PaymentIntent created for a top-up. The Console confirms it with Stripe.js using `client_secret` and the publishable key of `GET /v1/config/stripe`; the credits are granted when Stripe reports the payment. The seed says only "PAYG top-up Stripe intent"; the fields are designed. */
        PaygIntentResponse: {
            /** @description The PaymentIntent's client secret (`pi_…_secret_…`); pass it to Stripe.js, never log it. */
            client_secret: string;
            /** @description The Stripe PaymentIntent id (`pi_…`). */
            payment_intent_id?: string;
            /** @description The amount to pay, in cents. */
            amount_cents: number;
            /** @description ISO 4217 code, lowercase as Stripe writes it. */
            currency?: string;
            /** @description The credits the top-up grants once paid, in microcredits (1 credit = 1,000,000). */
            microcredits: number;
        };
        /** @description The plan to trial. The seed does not show this body; it is designed. */
        StartTrialRequest: {
            /** @description A `plan_code` of `GET /v1/billing/plans`. */
            plan_code: string;
        };
        /** @description The answer of every subscription change (start trial, activate, change plan, cancel, convert trial now): the billing status after the change. The seed does not show these bodies; one shape is designed for all of them. */
        SubscriptionChangeResult: {
            /**
             * @description Always true: a refused change is an error instead.
             * @constant
             */
            ok: true;
            status: components["schemas"]["BillingStatus"];
            /** @description A human summary of the change. */
            message?: string;
        };
        /** @description The plan to subscribe to, and optionally a discount code checked with `POST /v1/billing/discounts/validate`. The seed does not show this body; it is designed. The payment method is the one Stripe holds for the tenant. */
        ActivateSubscriptionRequest: {
            /** @description A `plan_code` of `GET /v1/billing/plans`. */
            plan_code: string;
            /** @description A discount code to apply to the subscription. */
            discount_code?: string;
        };
        /** @description The plan to move the active or trialing subscription to. The seed does not show this body; it is designed. */
        ChangePlanRequest: {
            /** @description A `plan_code` of `GET /v1/billing/plans`, other than the current one. */
            plan_code: string;
        };
        /** @description How to cancel. The seed's "Cancel at period end (default)" gives the default; the field name is designed. An empty body or no body cancels at period end. */
        CancelSubscriptionRequest: {
            /**
             * @description `true` (default): stay active until the period ends; `false`: cancel now.
             * @default true
             */
            at_period_end?: boolean;
        };
        /** @description A billing code (promotion or credit voucher) to redeem. The seed does not show this body; it is designed. */
        ApplyCodeRequest: {
            /** @description The promotion or voucher code, as printed. */
            code: string;
        };
        /** @description The answer to a redeemed billing code: the billing status afterwards and, for a credit voucher, the credits granted. The seed does not show this body; it is designed. */
        ApplyCodeResult: {
            /**
             * @description Always true: a refused code is an error instead.
             * @constant
             */
            ok: true;
            status: components["schemas"]["BillingStatus"];
            /** @description Credits the code granted, in microcredits (1 credit = 1,000,000); 0 for a discount-only code. */
            granted_microcredits?: number;
            /** @description A human summary of what the code did. */
            message?: string;
        };
        /** @description A discount code to check before activating a subscription, optionally for one plan. The seed does not show this body; it is designed. Nothing is applied. */
        ValidateDiscountRequest: {
            /** @description The discount code to check. */
            code: string;
            /** @description Check the code against this plan; any plan when absent. */
            plan_code?: string;
        };
        /** @description Whether a discount code is valid, and what it gives. An unknown or expired code is an answer (`valid: false`), not an error. The seed does not show this body; it is designed. */
        ValidateDiscountResult: {
            /** @description Whether the code can be applied (to the plan, when one was given). */
            valid: boolean;
            /** @description The discount in percent; null when not valid. */
            percent_off: number | null;
            /** @description A human explanation (`20% off for 3 months`, `Unknown code`). */
            message: string;
        };
        /** @description The publishable Stripe configuration for Console checkout: safe to expose to browsers. The seed names only "publishable Stripe config"; the fields are designed. */
        StripeConfig: {
            /** @description The Stripe publishable key for Stripe.js. */
            publishable_key: string;
            /** @description The product this deployment bills (`agentruntime`), as plans are keyed. */
            product_code?: string;
        };
        /** @description An agent. The seed names the agent routes without a body; this shape is this contract's. */
        Agent: {
            /** @description The agent's id. */
            id: string;
            /** @description The agent's display name. */
            name: string;
            /** @description What the agent is for; null when not set. */
            description?: string | null;
            /** @description The model reference it uses (`provider/model`); null for the deployment's default. */
            model?: string | null;
            /** @description The agent's system instructions; null when not set. */
            instructions?: string | null;
            /**
             * Format: date-time
             * @description When the agent was created.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the agent last changed.
             */
            updated_at: string;
        };
        /** @description A page of agents. Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        AgentList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["Agent"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description A new agent; name required. */
        CreateAgentRequest: {
            /** @description The agent's display name. */
            name: string;
            /** @description What the agent is for; null clears it. */
            description?: string | null;
            /** @description The model reference (`provider/model`, see `resolveModelRef`); null for the default. */
            model?: string | null;
            /** @description The agent's system instructions; null clears them. */
            instructions?: string | null;
        };
        /** @description Partial update of an agent; send only what changes. */
        UpdateAgentRequest: {
            /** @description The agent's display name. */
            name?: string;
            /** @description What the agent is for; null clears it. */
            description?: string | null;
            /** @description The model reference (`provider/model`, see `resolveModelRef`); null for the default. */
            model?: string | null;
            /** @description The agent's system instructions; null clears them. */
            instructions?: string | null;
        };
        /** @description One metric as a single value over the range asked for: a `window` (month by default, week, all) or a bounded `from`/`to`. `from` and `to` always give the range actually used. The seed names the metrics, not the body; it is designed. */
        AnalyticsMetric: {
            /**
             * @description The metric, named as its path.
             * @enum {string}
             */
            metric: "live-runs" | "success-rate" | "execution-duration" | "runs-count" | "steps-executed" | "credits-consumed";
            /** @description The value in `unit`: a count, a percentage 0 to 100 (success-rate), mean seconds per finished run (execution-duration) or an integer of microcredits (credits-consumed, 1 credit = 1,000,000). */
            value: number;
            /**
             * @description The unit of `value`.
             * @enum {string}
             */
            unit: "count" | "percent" | "seconds" | "microcredits";
            /**
             * @description The window applied; null when a `from`/`to` range was given.
             * @enum {string|null}
             */
            window?: "month" | "week" | "all" | null;
            /**
             * Format: date-time
             * @description Start of the range actually used.
             */
            from: string;
            /**
             * Format: date-time
             * @description End of the range actually used.
             */
            to: string;
        };
        /** @description Executed steps broken down by step type, with latency percentiles, over the range asked for (the seed's "Step-type breakdown and latency"; the fields are designed). */
        StepsSummary: {
            /** @description One entry per step type that ran in the range. */
            steps: {
                /** @description The step type (`llm`, `tool`, `human_task`…). */
                type: string;
                /** @description Steps of this type executed. */
                count: number;
                /** @description Median step latency in milliseconds. */
                p50_ms: number;
                /** @description 95th-percentile step latency in milliseconds. */
                p95_ms: number;
            }[];
        };
        /** @description A metric over time: one point per `granularity` bucket of the range asked for. The seed names the two timeseries, not the body; it is designed. Buckets without data are left out. */
        AnalyticsSeries: {
            /**
             * @description The series, named as its path.
             * @enum {string}
             */
            metric: "runs-timeseries" | "usage-timeseries";
            /**
             * @description The bucket size used.
             * @enum {string}
             */
            granularity: "hour" | "day" | "week" | "month";
            /** @description One point per bucket with data, oldest first. */
            points: {
                /**
                 * Format: date-time
                 * @description The start of the bucket.
                 */
                timestamp: string;
                /** @description Runs started in the bucket (runs-timeseries) or microcredits used (usage-timeseries). */
                value: number;
            }[];
        };
        /**
         * @description Project roles, lowest first: viewer (project_viewer or higher), contributor (project_contributor or higher), tenant_admin (the workspace billing admin). The minimum role of every operation is in its `x-min-role` extension. As a PAT's role (defaulting to contributor) the values are this contract's.
         * @enum {string}
         */
        Role: "viewer" | "contributor" | "tenant_admin";
        /** @description A personal access token's metadata. Its value appears only in the create response and in the one reveal. */
        Pat: {
            /** @description The token's id (not its value). */
            id: string;
            /** @description The token's label. */
            name: string;
            role: components["schemas"]["Role"];
            /** @description The value's first characters (`pat_contr`), to recognise it. */
            prefix: string;
            /**
             * Format: date-time
             * @description When the token stops working; null if it does not expire.
             */
            expires_at?: string | null;
            /** @description True once the value was revealed; a second reveal is refused. */
            revealed?: boolean;
            /**
             * Format: date-time
             * @description When the token was created.
             */
            created_at: string;
        };
        /** @description A page of personal access tokens (metadata, never values). Lists are cursor-paginated: pass `next_cursor` as `cursor` for the next page; it is null on the last page. */
        PatList: {
            /** @description The items of this page, at most `limit`. */
            data: components["schemas"]["Pat"][];
            /** @description Pass as `cursor` to get the next page; null when there is none. */
            next_cursor: string | null;
        };
        /** @description A token to create. */
        CreatePatRequest: {
            /** @description The token's label. */
            name: string;
            role?: components["schemas"]["Role"];
            /**
             * Format: date-time
             * @description When the token stops working; it never expires when absent.
             */
            expires_at?: string;
        };
        /** @description A PAT's metadata and its value. */
        PatWithToken: components["schemas"]["Pat"] & {
            /** @description The value, `pat_…`; shown here and never again by reads. */
            token: string;
        };
    };
    responses: {
        /** @description Missing or invalid authentication (the seed's 401): no PAT or session, or an unknown PAT. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthorized",
                 *       "message": "Missing or invalid authentication",
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Insufficient project role or PAT scope (the seed's 403): the caller's role is below the operation's minimum role, or the PAT does not belong to X-Tenant-Id. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "forbidden",
                 *       "message": "This operation needs the contributor role",
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Validation error (the seed's 422), here of the request itself (body, parameters or headers). */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "validation_failed",
                 *       "message": "The request body is invalid",
                 *       "details": [
                 *         {
                 *           "field": "name",
                 *           "message": "must not be empty"
                 *         }
                 *       ],
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Rate limited (the seed's "429 Rate limited"). When `Retry-After` is sent, wait that long before retrying; without it, back off exponentially. */
        TooManyRequests: {
            headers: {
                /** @description How long to wait before retrying: delay-seconds (`30`) or an HTTP date (`Wed, 20 May 2026 12:00:30 GMT`), as RFC 9110 allows both. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "rate_limited",
                 *       "message": "Too many requests, retry after 30 seconds",
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Server error (the seed's 5xx). Retry idempotent requests with exponential backoff. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "internal_error",
                 *       "message": "Internal server error",
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request body is larger than the server accepts (1 MiB in the mock). The seed names no size limit; this response is this contract's. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "payload_too_large",
                 *       "message": "The request body exceeds 1048576 bytes",
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request body is not `application/json` (its `Content-Type` names another media type). The seed names no such error; this response is this contract's. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unsupported_media_type",
                 *       "message": "Content-Type must be application/json",
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Resource not found (the seed's 404); a resource of another tenant or project is not found either. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "Workflow not found",
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The dry run failed (the seed: "422 often signals validation errors from dry-run or graph checks"): `details` has one entry per failed check, its `field` the dotted path of the offending step or edge in the graph. An invalid request (a bad header) is a 422 too, as everywhere. */
        GraphValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "validation_failed",
                 *       "message": "The workflow graph has 1 error",
                 *       "details": [
                 *         {
                 *           "field": "graph.steps.step-approve",
                 *           "message": "Human task has no assignee"
                 *         }
                 *       ],
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request conflicts with the resource's current state: an impossible run transition (`invalid_state_transition`), a PAT already revealed (`already_revealed`), or a duplicate (`conflict`). The seed's error table stops at 422; 409 is this contract's choice for state conflicts. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_state_transition",
                 *       "message": "Run run-8c1d is completed and cannot be paused",
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The memory kernel is not configured on this deployment (code `feature_disabled`: memory is a preview), or, on `/v1/memory/extract/{jobId}`, no such job in this tenant and project (code `not_found`). The seed says only that memory routes require memory kernel configuration; answering 404 with `feature_disabled` is this contract's design (the route does not exist for this deployment). */
        MemoryNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Billing validation error, the seed's "422 Validation error (graph, bindings, billing)": an invalid body (`validation_failed`), or a change the subscription's state does not allow (`invalid_state_transition`): a second trial, activating an active subscription, changing or canceling without one, converting without a trial, or a code already redeemed. */
        BillingRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The range is invalid: `window` together with `from`/`to`, only one of `from` and `to`, `from` after `to`, or a value outside its enum or format (designed; the seed offers window or from/to as alternatives). */
        AnalyticsRangeInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "validation_failed",
                 *       "message": "Give either window or from/to, not both",
                 *       "details": [
                 *         {
                 *           "field": "window",
                 *           "message": "must not be given together with from/to"
                 *         }
                 *       ],
                 *       "request_id": "req_01HZX3V9"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
         * @example acme
         */
        TenantId: string;
        /**
         * @description The project scope of workflow and integration operations; required on scoped routes.
         * @example proj-main
         */
        ProjectId: string;
        /**
         * @description Page size, 1 to 100 (default 50).
         * @example 50
         */
        Limit: number;
        /**
         * @description The `next_cursor` of the previous page; leave out for the first page.
         * @example d2YtN2QyYw
         */
        Cursor: string;
        /**
         * @description The workflow's id.
         * @example wf-7d2c
         */
        WorkflowId: string;
        /**
         * @description Only runs with this status.
         * @example running
         */
        RunStatusFilter: components["schemas"]["RunStatus"];
        /**
         * @description Optional on the tenant-wide run feed and task inbox (the seed's "tenant-wide" and "tenant inbox"): without it the list spans every project of the tenant; with it, it narrows to that project.
         * @example proj-main
         */
        ProjectIdTenantWide: string;
        /**
         * @description The run's id.
         * @example run-8c1d
         */
        RunId: string;
        /**
         * @description The human task's id.
         * @example task-51
         */
        TaskId: string;
        /**
         * @description The subscription's id. The seed writes `{subscription_id}` for the ingress POST, which shares this path template with DELETE; see the ingress operation.
         * @example iwh-4f1a
         */
        WebhookId: string;
        /**
         * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
         * @example conn-9a
         */
        ConnectionId: string;
        /**
         * @description The id of a Google connection (a connection whose `provider` is `google`), as the seed names it on the Google account routes.
         * @example conn-g1
         */
        GoogleConnectionId: string;
        /**
         * @description The tenant MCP server's id.
         * @example mcp-4f1
         */
        McpServerId: string;
        /**
         * @description The id of the connection whose binding to the MCP server is validated (a connection of `/v1/connections`).
         * @example conn-9a
         */
        McpConnectionId: string;
        /**
         * @description The MCP instance's id.
         * @example inst-31
         */
        InstanceId: string;
        /**
         * @description The config profile's id; it must belong to the instance in the path.
         * @example prof-7
         */
        ProfileId: string;
        /**
         * @description The rest of the path after `/v1/chat/`, forwarded unchanged to the chat service (the seed's `/v1/chat/*`). OpenAPI path parameters cannot span `/`, so the wildcard is modelled as this one parameter: the server accepts any sub-path, with or without further slashes (`sessions`, `sessions/ses-31/messages`); generated clients percent-encode slashes in it.
         * @example sessions
         */
        ChatPath: string;
        /**
         * @description The extract job's id, as returned by `startExtractBatch`. A job of another tenant or project answers 404.
         * @example job-44
         */
        JobId: string;
        /**
         * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
         * @example proj-main
         */
        ProjectIdOptional: string;
        /**
         * @description The agent's id.
         * @example agent-12
         */
        AgentId: string;
        /**
         * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
         * @example week
         */
        AnalyticsWindow: "month" | "week" | "all";
        /**
         * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
         * @example 2026-05-01T00:00:00Z
         */
        AnalyticsFrom: string;
        /**
         * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
         * @example 2026-06-01T00:00:00Z
         */
        AnalyticsTo: string;
        /**
         * @description The bucket size of a timeseries (the seed's "optional granularity on timeseries endpoints"): hour, day (the default), week or month.
         * @example day
         */
        AnalyticsGranularity: "hour" | "day" | "week" | "month";
        /**
         * @description The token's id (not its value).
         * @example pat-id-3
         */
        PatId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWorkflows: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workflows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "wf-7d2c",
                     *           "name": "Weekly digest",
                     *           "description": "Drafts and sends the weekly digest",
                     *           "status": "published",
                     *           "graph": {
                     *             "steps": [
                     *               {
                     *                 "id": "step-draft",
                     *                 "type": "llm",
                     *                 "name": "Draft digest",
                     *                 "config": {
                     *                   "prompt": "Summarise {{input.topic}}"
                     *                 }
                     *               },
                     *               {
                     *                 "id": "step-approve",
                     *                 "type": "human_task",
                     *                 "name": "Approve"
                     *               }
                     *             ],
                     *             "edges": [
                     *               {
                     *                 "from": "step-draft",
                     *                 "to": "step-approve"
                     *               }
                     *             ]
                     *           },
                     *           "run_setup": {
                     *             "trigger_payload": {
                     *               "topic": "weekly digest"
                     *             }
                     *           },
                     *           "latest_version": 3,
                     *           "created_at": "2026-05-20T12:00:00.000Z",
                     *           "updated_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Weekly digest",
                 *       "description": "Drafts and sends the weekly digest",
                 *       "graph": {
                 *         "steps": [
                 *           {
                 *             "id": "step-draft",
                 *             "type": "llm",
                 *             "name": "Draft digest",
                 *             "config": {
                 *               "prompt": "Summarise {{input.topic}}"
                 *             }
                 *           },
                 *           {
                 *             "id": "step-approve",
                 *             "type": "human_task",
                 *             "name": "Approve"
                 *           }
                 *         ],
                 *         "edges": [
                 *           {
                 *             "from": "step-draft",
                 *             "to": "step-approve"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateWorkflowRequest"];
            };
        };
        responses: {
            /** @description The workflow was created, as a draft. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wf-7d2c",
                     *       "name": "Weekly digest",
                     *       "description": "Drafts and sends the weekly digest",
                     *       "status": "published",
                     *       "graph": {
                     *         "steps": [
                     *           {
                     *             "id": "step-draft",
                     *             "type": "llm",
                     *             "name": "Draft digest",
                     *             "config": {
                     *               "prompt": "Summarise {{input.topic}}"
                     *             }
                     *           },
                     *           {
                     *             "id": "step-approve",
                     *             "type": "human_task",
                     *             "name": "Approve"
                     *           }
                     *         ],
                     *         "edges": [
                     *           {
                     *             "from": "step-draft",
                     *             "to": "step-approve"
                     *           }
                     *         ]
                     *       },
                     *       "run_setup": {
                     *         "trigger_payload": {
                     *           "topic": "weekly digest"
                     *         }
                     *       },
                     *       "latest_version": 3,
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wf-7d2c",
                     *       "name": "Weekly digest",
                     *       "description": "Drafts and sends the weekly digest",
                     *       "status": "published",
                     *       "graph": {
                     *         "steps": [
                     *           {
                     *             "id": "step-draft",
                     *             "type": "llm",
                     *             "name": "Draft digest",
                     *             "config": {
                     *               "prompt": "Summarise {{input.topic}}"
                     *             }
                     *           },
                     *           {
                     *             "id": "step-approve",
                     *             "type": "human_task",
                     *             "name": "Approve"
                     *           }
                     *         ],
                     *         "edges": [
                     *           {
                     *             "from": "step-draft",
                     *             "to": "step-approve"
                     *           }
                     *         ]
                     *       },
                     *       "run_setup": {
                     *         "trigger_payload": {
                     *           "topic": "weekly digest"
                     *         }
                     *       },
                     *       "latest_version": 3,
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    archiveWorkflow: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wf-7d2c",
                     *       "name": "Weekly digest",
                     *       "description": "Drafts and sends the weekly digest",
                     *       "status": "published",
                     *       "graph": {
                     *         "steps": [
                     *           {
                     *             "id": "step-draft",
                     *             "type": "llm",
                     *             "name": "Draft digest",
                     *             "config": {
                     *               "prompt": "Summarise {{input.topic}}"
                     *             }
                     *           },
                     *           {
                     *             "id": "step-approve",
                     *             "type": "human_task",
                     *             "name": "Approve"
                     *           }
                     *         ],
                     *         "edges": [
                     *           {
                     *             "from": "step-draft",
                     *             "to": "step-approve"
                     *           }
                     *         ]
                     *       },
                     *       "run_setup": {
                     *         "trigger_payload": {
                     *           "topic": "weekly digest"
                     *         }
                     *       },
                     *       "latest_version": 3,
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateWorkflow: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "run_setup": {
                 *         "trigger_payload": {
                 *           "topic": "weekly digest"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWorkflowRequest"];
            };
        };
        responses: {
            /** @description The updated workflow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wf-7d2c",
                     *       "name": "Weekly digest",
                     *       "description": "Drafts and sends the weekly digest",
                     *       "status": "published",
                     *       "graph": {
                     *         "steps": [
                     *           {
                     *             "id": "step-draft",
                     *             "type": "llm",
                     *             "name": "Draft digest",
                     *             "config": {
                     *               "prompt": "Summarise {{input.topic}}"
                     *             }
                     *           },
                     *           {
                     *             "id": "step-approve",
                     *             "type": "human_task",
                     *             "name": "Approve"
                     *           }
                     *         ],
                     *         "edges": [
                     *           {
                     *             "from": "step-draft",
                     *             "to": "step-approve"
                     *           }
                     *         ]
                     *       },
                     *       "run_setup": {
                     *         "trigger_payload": {
                     *           "topic": "weekly digest"
                     *         }
                     *       },
                     *       "latest_version": 3,
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listWorkflowVersions: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "wfv-31",
                     *           "workflow_id": "wf-7d2c",
                     *           "version": 3,
                     *           "graph": {
                     *             "steps": [
                     *               {
                     *                 "id": "step-draft",
                     *                 "type": "llm",
                     *                 "name": "Draft digest",
                     *                 "config": {
                     *                   "prompt": "Summarise {{input.topic}}"
                     *                 }
                     *               },
                     *               {
                     *                 "id": "step-approve",
                     *                 "type": "human_task",
                     *                 "name": "Approve"
                     *               }
                     *             ],
                     *             "edges": [
                     *               {
                     *                 "from": "step-draft",
                     *                 "to": "step-approve"
                     *               }
                     *             ]
                     *           },
                     *           "notes": "Adds the approval step",
                     *           "published_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowVersionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    publishWorkflowVersion: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "notes": "Adds the approval step"
                 *     }
                 */
                "application/json": components["schemas"]["PublishVersionRequest"];
            };
        };
        responses: {
            /** @description The published version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wfv-31",
                     *       "workflow_id": "wf-7d2c",
                     *       "version": 3,
                     *       "graph": {
                     *         "steps": [
                     *           {
                     *             "id": "step-draft",
                     *             "type": "llm",
                     *             "name": "Draft digest",
                     *             "config": {
                     *               "prompt": "Summarise {{input.topic}}"
                     *             }
                     *           },
                     *           {
                     *             "id": "step-approve",
                     *             "type": "human_task",
                     *             "name": "Approve"
                     *           }
                     *         ],
                     *         "edges": [
                     *           {
                     *             "from": "step-draft",
                     *             "to": "step-approve"
                     *           }
                     *         ]
                     *       },
                     *       "notes": "Adds the approval step",
                     *       "published_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    validateWorkflow: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The graph passed the dry run; warnings, if any, are listed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "valid": true,
                     *       "issues": [
                     *         {
                     *           "severity": "warning",
                     *           "step_id": "step-draft",
                     *           "message": "The prompt does not use any input field"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ValidationReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["GraphValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getConnectionOverrides: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow's override map. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "overrides": {
                     *         "step-draft": "conn-openai-eu"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionOverrides"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    replaceConnectionOverrides: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "overrides": {
                 *         "step-draft": "conn-openai-eu"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ConnectionOverrides"];
            };
        };
        responses: {
            /** @description The override map as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "overrides": {
                     *         "step-draft": "conn-openai-eu"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionOverrides"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    streamWorkflowEvents: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
                /** @description Must be websocket (the WebSocket handshake, RFC 6455). */
                Upgrade: "websocket";
                /** @description Must be Upgrade (the WebSocket handshake, RFC 6455). */
                Connection: "Upgrade";
                /** @description The handshake key, 16 random bytes in base64 (RFC 6455). */
                "Sec-WebSocket-Key": string;
                /** @description Must be 13, the WebSocket protocol version (RFC 6455). */
                "Sec-WebSocket-Version": "13";
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching Protocols: the socket then carries RunEvent frames. */
            101: {
                headers: {
                    /** @description websocket, confirming the upgrade. */
                    Upgrade: "websocket";
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            /** @description Upgrade Required: the request did not ask for a WebSocket. */
            426: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "validation_failed",
                     *       "message": "This route only serves WebSocket upgrades",
                     *       "request_id": "req_01HZX3V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    runWorkflowCommand: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunCommand"];
            };
        };
        responses: {
            /** @description pause, resume or stop: the run in its new state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "run-8c1d",
                     *       "workflow_id": "wf-7d2c",
                     *       "workflow_version": 3,
                     *       "status": "paused",
                     *       "trigger_type": "api",
                     *       "stop_mode": null,
                     *       "started_at": "2026-05-20T12:00:00.000Z",
                     *       "finished_at": null,
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description start: the new run. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "run-8c1d",
                     *       "workflow_id": "wf-7d2c",
                     *       "workflow_version": 3,
                     *       "status": "queued",
                     *       "trigger_type": "api",
                     *       "stop_mode": null,
                     *       "started_at": "2026-05-20T12:00:00.000Z",
                     *       "finished_at": null,
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Run"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listWorkflowRuns: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only runs with this status.
                 * @example running
                 */
                status?: components["parameters"]["RunStatusFilter"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "run-8c1d",
                     *           "workflow_id": "wf-7d2c",
                     *           "workflow_version": 3,
                     *           "status": "running",
                     *           "trigger_type": "api",
                     *           "stop_mode": null,
                     *           "started_at": "2026-05-20T12:00:00.000Z",
                     *           "finished_at": null,
                     *           "created_at": "2026-05-20T12:00:00.000Z",
                     *           "updated_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only runs with this status.
                 * @example running
                 */
                status?: components["parameters"]["RunStatusFilter"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description Optional on the tenant-wide run feed and task inbox (the seed's "tenant-wide" and "tenant inbox"): without it the list spans every project of the tenant; with it, it narrows to that project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdTenantWide"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "run-8c1d",
                     *           "workflow_id": "wf-7d2c",
                     *           "project_id": "proj-main",
                     *           "workflow_version": 3,
                     *           "status": "running",
                     *           "trigger_type": "api",
                     *           "stop_mode": null,
                     *           "started_at": "2026-05-20T12:00:00.000Z",
                     *           "finished_at": null,
                     *           "created_at": "2026-05-20T12:00:00.000Z",
                     *           "updated_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RunList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listRunEvents: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run's id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the run's events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ev-1",
                     *           "run_id": "run-8c1d",
                     *           "step_id": "step-draft",
                     *           "event_type": "step_completed",
                     *           "data": {
                     *             "skipped": false,
                     *             "output": "This week…"
                     *           },
                     *           "created_at": "2026-05-20T12:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "ev-2",
                     *           "run_id": "run-8c1d",
                     *           "step_id": "step-approve",
                     *           "event_type": "step_completed",
                     *           "data": {
                     *             "skipped": true,
                     *             "reason": "step_disabled"
                     *           },
                     *           "created_at": "2026-05-20T12:00:01.000Z"
                     *         },
                     *         {
                     *           "id": "ev-3",
                     *           "run_id": "run-8c1d",
                     *           "step_id": "step-notify",
                     *           "event_type": "step_cancelled",
                     *           "data": {
                     *             "cancelled": true,
                     *             "reason": "run_failed",
                     *             "caused_by_step_id": "step-send"
                     *           },
                     *           "created_at": "2026-05-20T12:00:02.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RunEventList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRunContext: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run's id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's context. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "run_id": "run-8c1d",
                     *       "input": {
                     *         "topic": "weekly digest"
                     *       },
                     *       "variables": {
                     *         "audience": "team"
                     *       },
                     *       "step_results": {
                     *         "step-draft": {
                     *           "text": "This week…"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RunContext"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listPendingTasks: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description Optional on the tenant-wide run feed and task inbox (the seed's "tenant-wide" and "tenant inbox"): without it the list spans every project of the tenant; with it, it narrows to that project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdTenantWide"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pending tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "task-51",
                     *           "run_id": "run-8c1d",
                     *           "workflow_id": "wf-7d2c",
                     *           "project_id": "proj-main",
                     *           "step_id": "step-approve",
                     *           "title": "Approve the digest",
                     *           "status": "pending",
                     *           "created_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["HumanTaskList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listRunPendingTasks: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run's id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the run's pending tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "task-51",
                     *           "run_id": "run-8c1d",
                     *           "workflow_id": "wf-7d2c",
                     *           "step_id": "step-approve",
                     *           "title": "Approve the digest",
                     *           "status": "pending",
                     *           "created_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["HumanTaskList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    completeTask: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow's id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run's id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
                /**
                 * @description The human task's id.
                 * @example task-51
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "approved": true,
                 *       "result": {
                 *         "comment_body": "Optional fields merged into step result"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CompleteTaskRequest"];
            };
        };
        responses: {
            /** @description The completed task and the resulting step result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "task": {
                     *         "id": "task-51",
                     *         "run_id": "run-8c1d",
                     *         "workflow_id": "wf-7d2c",
                     *         "step_id": "step-approve",
                     *         "title": "Approve the digest",
                     *         "status": "completed",
                     *         "created_at": "2026-05-20T12:00:00.000Z"
                     *       },
                     *       "step_result": {
                     *         "approved": true,
                     *         "comment_body": "Looks good"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CompletedTask"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listInboundWebhooks: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "iwh-4f1a",
                     *           "workflow_id": "wf-7d2c",
                     *           "name": "form-leads",
                     *           "automation_pat_id": null,
                     *           "created_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["InboundWebhookList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createInboundWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workflow_id": "wf-7d2c",
                 *       "name": "form-leads",
                 *       "automation_bearer": "pat_contributor_acme_5e1f9c2b7d"
                 *     }
                 */
                "application/json": components["schemas"]["CreateInboundWebhookRequest"];
            };
        };
        responses: {
            /** @description The subscription was created; the signing secret is shown here only. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "iwh-4f1a",
                     *       "ingress_url": "https://api.agentruntime.io/v1/inbound-webhooks/iwh-4f1a",
                     *       "signing_secret": "whsec_3b8d0c6e9a1f4b2d",
                     *       "subscription": {
                     *         "id": "iwh-4f1a",
                     *         "workflow_id": "wf-7d2c",
                     *         "name": "form-leads",
                     *         "automation_pat_id": null,
                     *         "created_at": "2026-05-20T12:00:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedInboundWebhook"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    ingestInboundWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description sha256=<hex HMAC-SHA256 of the raw request body, keyed with the subscription's signing_secret>.
                 * @example sha256=5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d5d
                 */
                "X-Agentruntime-Signature": string;
            };
            path: {
                /**
                 * @description The subscription's id. The seed writes `{subscription_id}` for the ingress POST, which shares this path template with DELETE; see the ingress operation.
                 * @example iwh-4f1a
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "lead@example.org",
                 *       "form": "contact"
                 *     }
                 */
                "application/json": components["schemas"]["FreeformJson"];
            };
        };
        responses: {
            /** @description The call was accepted and a run of the subscription's workflow started. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "run_id": "run-9e2f",
                     *       "workflow_id": "wf-7d2c",
                     *       "status": "queued"
                     *     }
                     */
                    "application/json": components["schemas"]["IngressAccepted"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteInboundWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The subscription's id. The seed writes `{subscription_id}` for the ingress POST, which shares this path template with DELETE; see the ingress operation.
                 * @example iwh-4f1a
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription was deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listConnections: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "conn-9a",
                     *           "name": "Orders database",
                     *           "provider": "postgres",
                     *           "status": "active",
                     *           "config": {
                     *             "host": "db.internal",
                     *             "database": "orders"
                     *           },
                     *           "created_at": "2026-05-20T12:00:00.000Z",
                     *           "updated_at": "2026-05-20T12:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "conn-g1",
                     *           "name": "Ops Google",
                     *           "provider": "google",
                     *           "status": "active",
                     *           "config": {
                     *             "services": {
                     *               "gmail": true,
                     *               "calendar": false,
                     *               "drive": false,
                     *               "sheets": false
                     *             }
                     *           },
                     *           "created_at": "2026-05-21T09:30:00.000Z",
                     *           "updated_at": "2026-05-21T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Orders database",
                 *       "provider": "postgres",
                 *       "config": {
                 *         "host": "db.internal",
                 *         "database": "orders"
                 *       },
                 *       "credentials": {
                 *         "password": "correct-horse-9f2c"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateConnectionRequest"];
            };
        };
        responses: {
            /** @description The connection was created; its credentials are not echoed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "conn-9a",
                     *       "name": "Orders database",
                     *       "provider": "postgres",
                     *       "status": "active",
                     *       "config": {
                     *         "host": "db.internal",
                     *         "database": "orders"
                     *       },
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConnectionRequest"];
            };
        };
        responses: {
            /** @description The updated connection; credentials are not echoed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "conn-9a",
                     *       "name": "Orders database (replica)",
                     *       "provider": "postgres",
                     *       "status": "active",
                     *       "config": {
                     *         "host": "db-replica.internal",
                     *         "database": "orders"
                     *       },
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-22T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getConnectionCredentials: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential metadata, without any secret value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connection_id": "conn-9a",
                     *       "fields": [
                     *         {
                     *           "name": "password",
                     *           "hint": "••••9f2c",
                     *           "created_at": "2026-05-20T12:00:00.000Z",
                     *           "updated_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "expires_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["CredentialMetadata"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getGoogleConnectConfig: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Google connect configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "client_id": "1234567890-abc.apps.googleusercontent.com"
                     *     }
                     */
                    "application/json": components["schemas"]["GoogleConnectConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    startGoogleOAuth: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "services": [
                 *         "gmail",
                 *         "calendar"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["GoogleOAuthUrlRequest"];
            };
        };
        responses: {
            /** @description The consent URL and its state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://accounts.google.com/o/oauth2/v2/auth?client_id=1234567890-abc.apps.googleusercontent.com&scope=gmail%20calendar&state=st_91c",
                     *       "state": "st_91c"
                     *     }
                     */
                    "application/json": components["schemas"]["GoogleOAuthUrl"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    completeGoogleOAuth: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "4/0AX4XfWh-callback-code",
                 *       "state": "st_91c"
                 *     }
                 */
                "application/json": components["schemas"]["GoogleCompleteRequest"];
            };
        };
        responses: {
            /** @description The Google connection was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "conn-g1",
                     *       "name": "Ops Google",
                     *       "provider": "google",
                     *       "status": "active",
                     *       "config": {
                     *         "services": {
                     *           "gmail": true,
                     *           "calendar": true,
                     *           "drive": false,
                     *           "sheets": false
                     *         }
                     *       },
                     *       "created_at": "2026-05-21T09:30:00.000Z",
                     *       "updated_at": "2026-05-21T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getGoogleAccount: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The id of a Google connection (a connection whose `provider` is `google`), as the seed names it on the Google account routes.
                 * @example conn-g1
                 */
                connectionId: components["parameters"]["GoogleConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account and its services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connection_id": "conn-g1",
                     *       "email": "ops@acme.test",
                     *       "services": [
                     *         {
                     *           "service": "gmail",
                     *           "enabled": true
                     *         },
                     *         {
                     *           "service": "calendar",
                     *           "enabled": true
                     *         },
                     *         {
                     *           "service": "drive",
                     *           "enabled": false
                     *         },
                     *         {
                     *           "service": "sheets",
                     *           "enabled": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GoogleAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateGoogleServices: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The id of a Google connection (a connection whose `provider` is `google`), as the seed names it on the Google account routes.
                 * @example conn-g1
                 */
                connectionId: components["parameters"]["GoogleConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "services": {
                 *         "calendar": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["GoogleServicesUpdate"];
            };
        };
        responses: {
            /** @description The account with its updated services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connection_id": "conn-g1",
                     *       "email": "ops@acme.test",
                     *       "services": [
                     *         {
                     *           "service": "gmail",
                     *           "enabled": true
                     *         },
                     *         {
                     *           "service": "calendar",
                     *           "enabled": false
                     *         },
                     *         {
                     *           "service": "drive",
                     *           "enabled": false
                     *         },
                     *         {
                     *           "service": "sheets",
                     *           "enabled": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GoogleAccount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getWhatsAppConnectConfig: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The WhatsApp connect configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "app_id": "784512306699120",
                     *       "config_id": "1290457712345678"
                     *     }
                     */
                    "application/json": components["schemas"]["WhatsAppConnectConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    completeWhatsAppSignup: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "AQBxSignupCode",
                 *       "phone_number_id": "105566778899001",
                 *       "waba_id": "207788990011223"
                 *     }
                 */
                "application/json": components["schemas"]["WhatsAppCompleteRequest"];
            };
        };
        responses: {
            /** @description The WhatsApp connection was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "conn-w1",
                     *       "name": "WhatsApp",
                     *       "provider": "whatsapp",
                     *       "status": "active",
                     *       "config": {
                     *         "phone_number_id": "105566778899001",
                     *         "waba_id": "207788990011223"
                     *       },
                     *       "created_at": "2026-05-21T10:00:00.000Z",
                     *       "updated_at": "2026-05-21T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    connectWhatsAppManually: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "WhatsApp support line",
                 *       "phone_number_id": "105566778899002",
                 *       "waba_id": "207788990011223",
                 *       "access_token": "EAAGm0PX4ZCpsBAKx3f1"
                 *     }
                 */
                "application/json": components["schemas"]["WhatsAppManualCredentialsRequest"];
            };
        };
        responses: {
            /** @description The WhatsApp connection was created; the token is not echoed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "conn-w2",
                     *       "name": "WhatsApp support line",
                     *       "provider": "whatsapp",
                     *       "status": "active",
                     *       "config": {
                     *         "phone_number_id": "105566778899002",
                     *         "waba_id": "207788990011223"
                     *       },
                     *       "created_at": "2026-05-21T11:00:00.000Z",
                     *       "updated_at": "2026-05-21T11:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMcpPlatformAdapters: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the adapter catalog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "github",
                     *           "name": "GitHub",
                     *           "description": "Issues and pull requests",
                     *           "transport": "http"
                     *         },
                     *         {
                     *           "id": "slack",
                     *           "name": "Slack",
                     *           "description": "Channels and messages",
                     *           "transport": "http"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["McpPlatformAdapterList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMcpTools: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the tool catalog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "name": "create_issue",
                     *           "server_id": "mcp-4f1",
                     *           "description": "Open an issue in a repository",
                     *           "input_schema": {
                     *             "type": "object",
                     *             "required": [
                     *               "repo",
                     *               "title"
                     *             ],
                     *             "properties": {
                     *               "repo": {
                     *                 "type": "string"
                     *               },
                     *               "title": {
                     *                 "type": "string"
                     *               }
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["McpToolList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMcpServers: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of MCP servers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "mcp-4f1",
                     *           "name": "GitHub tools",
                     *           "url": "https://mcp.acme.test/github",
                     *           "transport": "http",
                     *           "status": "healthy",
                     *           "created_at": "2026-05-20T12:30:00.000Z",
                     *           "updated_at": "2026-05-20T12:31:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["McpServerList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    registerMcpServer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "GitHub tools",
                 *       "url": "https://mcp.acme.test/github",
                 *       "transport": "http"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterMcpServerRequest"];
            };
        };
        responses: {
            /** @description The server was registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mcp-4f1",
                     *       "name": "GitHub tools",
                     *       "url": "https://mcp.acme.test/github",
                     *       "transport": "http",
                     *       "status": "pending",
                     *       "created_at": "2026-05-20T12:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["McpServer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMcpServer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The tenant MCP server's id.
                 * @example mcp-4f1
                 */
                id: components["parameters"]["McpServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mcp-4f1",
                     *       "name": "GitHub tools",
                     *       "url": "https://mcp.acme.test/github",
                     *       "transport": "http",
                     *       "status": "healthy",
                     *       "created_at": "2026-05-20T12:30:00.000Z",
                     *       "updated_at": "2026-05-20T12:31:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["McpServer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    validateMcpServer: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The tenant MCP server's id.
                 * @example mcp-4f1
                 */
                id: components["parameters"]["McpServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checks and their outcome. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "checks": [
                     *         {
                     *           "name": "reachable",
                     *           "status": "passed",
                     *           "message": "The server answered in 120 ms"
                     *         },
                     *         {
                     *           "name": "handshake",
                     *           "status": "passed",
                     *           "message": "MCP protocol 2025-06-18 negotiated"
                     *         },
                     *         {
                     *           "name": "tools_listed",
                     *           "status": "passed",
                     *           "message": "12 tools listed"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["McpValidationResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    validateMcpConnectionBinding: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The tenant MCP server's id.
                 * @example mcp-4f1
                 */
                id: components["parameters"]["McpServerId"];
                /**
                 * @description The id of the connection whose binding to the MCP server is validated (a connection of `/v1/connections`).
                 * @example conn-9a
                 */
                connection_id: components["parameters"]["McpConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The binding checks and their outcome. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": false,
                     *       "checks": [
                     *         {
                     *           "name": "reachable",
                     *           "status": "passed",
                     *           "message": "The server answered in 118 ms"
                     *         },
                     *         {
                     *           "name": "credentials_bound",
                     *           "status": "failed",
                     *           "message": "Connection conn-9a has no field named github_token"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["McpValidationResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    legacyListMcpConnections: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "conn-9a",
                     *           "name": "Orders database",
                     *           "provider": "postgres",
                     *           "status": "active",
                     *           "config": {
                     *             "host": "db.internal",
                     *             "database": "orders"
                     *           },
                     *           "created_at": "2026-05-20T12:00:00.000Z",
                     *           "updated_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    legacyCreateMcpConnection: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Orders database",
                 *       "provider": "postgres",
                 *       "config": {
                 *         "host": "db.internal",
                 *         "database": "orders"
                 *       },
                 *       "credentials": {
                 *         "password": "correct-horse-9f2c"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateConnectionRequest"];
            };
        };
        responses: {
            /** @description The connection was created; its credentials are not echoed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "conn-9a",
                     *       "name": "Orders database",
                     *       "provider": "postgres",
                     *       "status": "active",
                     *       "config": {
                     *         "host": "db.internal",
                     *         "database": "orders"
                     *       },
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    legacyDeleteMcpConnection: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    legacyUpdateMcpConnection: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Orders database (replica)",
                 *       "config": {
                 *         "host": "db-replica.internal",
                 *         "database": "orders"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateConnectionRequest"];
            };
        };
        responses: {
            /** @description The updated connection; credentials are not echoed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "conn-9a",
                     *       "name": "Orders database (replica)",
                     *       "provider": "postgres",
                     *       "status": "active",
                     *       "config": {
                     *         "host": "db-replica.internal",
                     *         "database": "orders"
                     *       },
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-22T08:15:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Connection"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    legacyGetMcpConnectionCredentials: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection's id. A connection of another tenant or project answers 404. The seed does not give the id format; it is a plain string.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential metadata, without any secret value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "connection_id": "conn-9a",
                     *       "fields": [
                     *         {
                     *           "name": "password",
                     *           "hint": "••••9f2c",
                     *           "created_at": "2026-05-20T12:00:00.000Z",
                     *           "updated_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "expires_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["CredentialMetadata"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMcpInstances: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of instances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "inst-31",
                     *           "name": "GitHub (production)",
                     *           "server_id": "mcp-4f1",
                     *           "active_profile_id": "prof-7",
                     *           "created_at": "2026-05-20T13:00:00.000Z",
                     *           "updated_at": "2026-05-20T13:05:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["InstanceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createMcpInstance: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "GitHub (production)",
                 *       "server_id": "mcp-4f1"
                 *     }
                 */
                "application/json": components["schemas"]["CreateInstanceRequest"];
            };
        };
        responses: {
            /** @description The instance was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inst-31",
                     *       "name": "GitHub (production)",
                     *       "server_id": "mcp-4f1",
                     *       "active_profile_id": null,
                     *       "created_at": "2026-05-20T13:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Instance"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    resolveMcpInstances: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workflow_id": "wf-7d2c"
                 *     }
                 */
                "application/json": components["schemas"]["ResolveInstancesRequest"];
            };
        };
        responses: {
            /** @description The binding of each MCP step. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "workflow_id": "wf-7d2c",
                     *       "bindings": [
                     *         {
                     *           "step_id": "step-draft",
                     *           "instance_id": "inst-31",
                     *           "profile_id": "prof-7"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ResolveInstancesResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listConfigProfiles: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP instance's id.
                 * @example inst-31
                 */
                id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of config profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "prof-7",
                     *           "instance_id": "inst-31",
                     *           "name": "Production tokens",
                     *           "wiring": {
                     *             "github_token": "conn-9a"
                     *           },
                     *           "created_at": "2026-05-20T13:02:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ConfigProfileList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createConfigProfile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP instance's id.
                 * @example inst-31
                 */
                id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Production tokens",
                 *       "wiring": {
                 *         "github_token": "conn-9a"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateConfigProfileRequest"];
            };
        };
        responses: {
            /** @description The profile was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prof-7",
                     *       "instance_id": "inst-31",
                     *       "name": "Production tokens",
                     *       "wiring": {
                     *         "github_token": "conn-9a"
                     *       },
                     *       "created_at": "2026-05-20T13:02:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ConfigProfile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateConfigProfile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP instance's id.
                 * @example inst-31
                 */
                id: components["parameters"]["InstanceId"];
                /**
                 * @description The config profile's id; it must belong to the instance in the path.
                 * @example prof-7
                 */
                profile_id: components["parameters"]["ProfileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "wiring": {
                 *         "github_token": "conn-9a",
                 *         "slack_token": "conn-w1"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateConfigProfileRequest"];
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prof-7",
                     *       "instance_id": "inst-31",
                     *       "name": "Production tokens",
                     *       "wiring": {
                     *         "github_token": "conn-9a",
                     *         "slack_token": "conn-w1"
                     *       },
                     *       "created_at": "2026-05-20T13:02:00.000Z",
                     *       "updated_at": "2026-05-22T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ConfigProfile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    setActiveConfigProfile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP instance's id.
                 * @example inst-31
                 */
                id: components["parameters"]["InstanceId"];
                /**
                 * @description The config profile's id; it must belong to the instance in the path.
                 * @example prof-7
                 */
                profile_id: components["parameters"]["ProfileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance, with the profile now active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inst-31",
                     *       "name": "GitHub (production)",
                     *       "server_id": "mcp-4f1",
                     *       "active_profile_id": "prof-7",
                     *       "created_at": "2026-05-20T13:00:00.000Z",
                     *       "updated_at": "2026-05-20T13:05:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Instance"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    sendAutopilotMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutopilotMessageRequest"];
            };
        };
        responses: {
            /** @description Autopilot's reply. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "conversation_id": "apc-5e21",
                     *       "message_id": "apm-7",
                     *       "reply": "I drafted a workflow with two steps.",
                     *       "stream_url": "/v1/autopilot/stream?conversation_id=apc-5e21"
                     *     }
                     */
                    "application/json": components["schemas"]["AutopilotMessageResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    streamAutopilot: {
        parameters: {
            query?: {
                /**
                 * @description The conversation whose replies to stream; the latest conversation of the caller when absent.
                 * @example apc-5e21
                 */
                conversation_id?: string;
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
                /**
                 * @description The standard SSE reconnection header: the `id:` of the last event received. The stream resumes after it.
                 * @example 2
                 */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. The `data:` of every event is an `AutopilotStreamEvent` (see `x-sse-event`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 1
                     *     event: token
                     *     data: {"type":"token","text":"I drafted "}
                     *
                     *     id: 2
                     *     event: token
                     *     data: {"type":"token","text":"a workflow."}
                     *
                     *     id: 3
                     *     event: message
                     *     data: {"type":"message","message_id":"apm-7","reply":"I drafted a workflow."}
                     *
                     *     id: 4
                     *     event: done
                     *     data: {"type":"done"}
                     */
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    proxyChatGet: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The rest of the path after `/v1/chat/`, forwarded unchanged to the chat service (the seed's `/v1/chat/*`). OpenAPI path parameters cannot span `/`, so the wildcard is modelled as this one parameter: the server accepts any sub-path, with or without further slashes (`sessions`, `sessions/ses-31/messages`); generated clients percent-encode slashes in it.
                 * @example sessions
                 */
                path: components["parameters"]["ChatPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chat service's answer, relayed unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": [
                     *         {
                     *           "id": "ses-31",
                     *           "title": "Weekly digest",
                     *           "updated_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ChatProxyResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    proxyChatPost: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The rest of the path after `/v1/chat/`, forwarded unchanged to the chat service (the seed's `/v1/chat/*`). OpenAPI path parameters cannot span `/`, so the wildcard is modelled as this one parameter: the server accepts any sub-path, with or without further slashes (`sessions`, `sessions/ses-31/messages`); generated clients percent-encode slashes in it.
                 * @example sessions
                 */
                path: components["parameters"]["ChatPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatProxyRequest"];
            };
        };
        responses: {
            /** @description The chat service's answer, relayed unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg-90",
                     *       "session_id": "ses-31",
                     *       "role": "assistant",
                     *       "content": "The last run drafted a digest of 12 items."
                     *     }
                     */
                    "application/json": components["schemas"]["ChatProxyResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getLlmCatalog: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the catalog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "ref": "openai/gpt-4o-mini",
                     *           "provider": "openai",
                     *           "model": "gpt-4o-mini",
                     *           "display_name": "GPT-4o mini",
                     *           "context_window": 128000,
                     *           "available": true,
                     *           "key_source": "tenant"
                     *         },
                     *         {
                     *           "ref": "anthropic/claude-sonnet-4",
                     *           "provider": "anthropic",
                     *           "model": "claude-sonnet-4",
                     *           "display_name": "Claude Sonnet 4",
                     *           "context_window": 200000,
                     *           "available": false,
                     *           "key_source": null
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["LlmCatalog"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    resolveModelRef: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveModelRequest"];
            };
        };
        responses: {
            /** @description What the reference resolves to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ref": "openai/gpt-4o-mini",
                     *       "provider": "openai",
                     *       "model": "gpt-4o-mini",
                     *       "key_source": "tenant"
                     *     }
                     */
                    "application/json": components["schemas"]["ResolveModelResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    searchMemory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemorySearchRequest"];
            };
        };
        responses: {
            /** @description The hits, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "id": "mem-3a1",
                     *           "text": "The user wants the weekly digest on Mondays at 9:00.",
                     *           "score": 0.92,
                     *           "source": "conversation"
                     *         },
                     *         {
                     *           "id": "mem-3a4",
                     *           "text": "Digest format: one line per item, grouped by topic.",
                     *           "score": 0.71,
                     *           "source": "file"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MemorySearchResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MemoryNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    indexConversation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryIndexConversationRequest"];
            };
        };
        responses: {
            /** @description The episode is indexed or queued for indexing. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mem-3a1",
                     *       "status": "queued"
                     *     }
                     */
                    "application/json": components["schemas"]["MemoryIndexResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MemoryNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    indexFile: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryIndexFileRequest"];
            };
        };
        responses: {
            /** @description The file is indexed or queued for indexing. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mem-3a4",
                     *       "status": "queued"
                     *     }
                     */
                    "application/json": components["schemas"]["MemoryIndexResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MemoryNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    startExtractBatch: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryExtractBatchRequest"];
            };
        };
        responses: {
            /** @description The job was created and queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job-44",
                     *       "status": "queued",
                     *       "processed": 0,
                     *       "total": 2,
                     *       "error": null,
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExtractJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MemoryNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExtractJob: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The extract job's id, as returned by `startExtractBatch`. A job of another tenant or project answers 404.
                 * @example job-44
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtractJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MemoryNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    callMemoryTool: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryToolCallRequest"];
            };
        };
        responses: {
            /** @description The tool's result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tool": "recall",
                     *       "result": {
                     *         "facts": [
                     *           {
                     *             "id": "mem-3a1",
                     *             "text": "The user wants the weekly digest on Mondays at 9:00."
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MemoryToolCallResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["MemoryNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBillingSummary: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenant_id": "acme",
                     *       "project_id": "proj-main",
                     *       "plan_code": "team",
                     *       "status": "active",
                     *       "credit_balance_microcredits": 125000000,
                     *       "period_end": "2026-06-01T00:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["BillingSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listBillingPlans: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "product_code": "agentruntime",
                     *           "plan_code": "starter",
                     *           "name": "Starter",
                     *           "price_cents": 2900,
                     *           "currency": "usd",
                     *           "interval": "month",
                     *           "included_microcredits": 50000000,
                     *           "trial_days": null
                     *         },
                     *         {
                     *           "product_code": "agentruntime",
                     *           "plan_code": "team",
                     *           "name": "Team",
                     *           "price_cents": 9900,
                     *           "currency": "usd",
                     *           "interval": "month",
                     *           "included_microcredits": 500000000,
                     *           "trial_days": 14
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BillingPlanList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBillingStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subscription_status": "active",
                     *       "plan_code": "team",
                     *       "cancel_at_period_end": false,
                     *       "current_period_end": "2026-06-01T00:00:00.000Z",
                     *       "trial": {
                     *         "active": false,
                     *         "ends_at": null,
                     *         "eligible": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BillingStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCreditUsage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "balance_microcredits": 125000000,
                     *       "included_microcredits": 500000000,
                     *       "used_microcredits": 375000000,
                     *       "topup_microcredits": 0
                     *     }
                     */
                    "application/json": components["schemas"]["CreditUsage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUsageDimensions: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of dimensions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "key": "workflow_steps",
                     *           "label": "Workflow steps",
                     *           "description": "Metered steps executed by workflow runs."
                     *         },
                     *         {
                     *           "key": "llm_tokens",
                     *           "label": "LLM tokens",
                     *           "description": "Tokens of LLM calls made with the platform's provider keys."
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["UsageDimensionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUsageHistory: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the ledger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "led-901",
                     *           "action": "workflow_step",
                     *           "dimension": "workflow_steps",
                     *           "quantity": 1,
                     *           "microcredits": 2000,
                     *           "project_id": "proj-main",
                     *           "run_id": "run-8c1d",
                     *           "created_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": "bGVkLTkwMQ"
                     *     }
                     */
                    "application/json": components["schemas"]["UsageLedgerEntryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getPaymentHistory: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "pay-77",
                     *           "kind": "topup",
                     *           "amount_cents": 5000,
                     *           "currency": "usd",
                     *           "status": "succeeded",
                     *           "microcredits": 50000000,
                     *           "description": "PAYG top-up",
                     *           "created_at": "2026-05-18T09:30:00.000Z"
                     *         },
                     *         {
                     *           "id": "pay-76",
                     *           "kind": "subscription",
                     *           "amount_cents": 9900,
                     *           "currency": "usd",
                     *           "status": "succeeded",
                     *           "microcredits": null,
                     *           "description": "Team plan, May 2026",
                     *           "created_at": "2026-05-01T00:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getActionPricing: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of prices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "action": "workflow_step",
                     *           "label": "Workflow step",
                     *           "unit": "step",
                     *           "microcredits": 2000,
                     *           "source": "plan"
                     *         },
                     *         {
                     *           "action": "llm_tokens",
                     *           "label": "LLM tokens (platform key)",
                     *           "unit": "1k_tokens",
                     *           "microcredits": 1500,
                     *           "source": "default"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ActionPriceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createPaygTopupIntent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaygIntentRequest"];
            };
        };
        responses: {
            /** @description The PaymentIntent was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "client_secret": "pi_3PqX2aKc9_secret_8fJd2kQ",
                     *       "payment_intent_id": "pi_3PqX2aKc9",
                     *       "amount_cents": 5000,
                     *       "currency": "usd",
                     *       "microcredits": 50000000
                     *     }
                     */
                    "application/json": components["schemas"]["PaygIntentResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    startTrial: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartTrialRequest"];
            };
        };
        responses: {
            /** @description The trial started. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "status": {
                     *         "subscription_status": "trialing",
                     *         "plan_code": "team",
                     *         "cancel_at_period_end": false,
                     *         "current_period_end": "2026-06-03T12:00:00.000Z",
                     *         "trial": {
                     *           "active": true,
                     *           "ends_at": "2026-06-03T12:00:00.000Z",
                     *           "eligible": false
                     *         }
                     *       },
                     *       "message": "Your 14-day trial of Team has started"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionChangeResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["BillingRejected"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    activateSubscription: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivateSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription is active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "status": {
                     *         "subscription_status": "active",
                     *         "plan_code": "team",
                     *         "cancel_at_period_end": false,
                     *         "current_period_end": "2026-06-20T12:00:00.000Z",
                     *         "trial": {
                     *           "active": false,
                     *           "ends_at": null,
                     *           "eligible": false
                     *         }
                     *       },
                     *       "message": "The Team plan is active"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionChangeResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["BillingRejected"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    changePlan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePlanRequest"];
            };
        };
        responses: {
            /** @description The plan changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "status": {
                     *         "subscription_status": "active",
                     *         "plan_code": "business",
                     *         "cancel_at_period_end": false,
                     *         "current_period_end": "2026-06-01T00:00:00.000Z",
                     *         "trial": {
                     *           "active": false,
                     *           "ends_at": null,
                     *           "eligible": false
                     *         }
                     *       },
                     *       "message": "Your plan is now Business"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionChangeResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["BillingRejected"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelSubscription: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelSubscriptionRequest"];
            };
        };
        responses: {
            /** @description The subscription is canceled or set to end. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "status": {
                     *         "subscription_status": "active",
                     *         "plan_code": "team",
                     *         "cancel_at_period_end": true,
                     *         "current_period_end": "2026-06-01T00:00:00.000Z",
                     *         "trial": {
                     *           "active": false,
                     *           "ends_at": null,
                     *           "eligible": false
                     *         }
                     *       },
                     *       "message": "The subscription ends on 2026-06-01"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionChangeResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["BillingRejected"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    convertTrialNow: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trial converted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "status": {
                     *         "subscription_status": "active",
                     *         "plan_code": "team",
                     *         "cancel_at_period_end": false,
                     *         "current_period_end": "2026-06-20T12:00:00.000Z",
                     *         "trial": {
                     *           "active": false,
                     *           "ends_at": null,
                     *           "eligible": false
                     *         }
                     *       },
                     *       "message": "Your trial converted to the Team plan"
                     *     }
                     */
                    "application/json": components["schemas"]["SubscriptionChangeResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["BillingRejected"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    applyBillingCode: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyCodeRequest"];
            };
        };
        responses: {
            /** @description The code was applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "status": {
                     *         "subscription_status": "active",
                     *         "plan_code": "team",
                     *         "cancel_at_period_end": false,
                     *         "current_period_end": "2026-06-01T00:00:00.000Z",
                     *         "trial": {
                     *           "active": false,
                     *           "ends_at": null,
                     *           "eligible": false
                     *         }
                     *       },
                     *       "granted_microcredits": 10000000,
                     *       "message": "10 credits were added to your balance"
                     *     }
                     */
                    "application/json": components["schemas"]["ApplyCodeResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["BillingRejected"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    validateDiscount: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateDiscountRequest"];
            };
        };
        responses: {
            /** @description Whether the code is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "valid": true,
                     *       "percent_off": 20,
                     *       "message": "20% off for 3 months"
                     *     }
                     */
                    "application/json": components["schemas"]["ValidateDiscountResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getStripeConfig: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The publishable configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "publishable_key": "pk_live_51Hx2aKc9EXAMPLE",
                     *       "product_code": "agentruntime"
                     *     }
                     */
                    "application/json": components["schemas"]["StripeConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "agent-12",
                     *           "name": "Support triage",
                     *           "description": "Sorts tickets by urgency",
                     *           "model": "openai/gpt-4o-mini",
                     *           "instructions": "Classify each ticket.",
                     *           "created_at": "2026-05-20T12:00:00.000Z",
                     *           "updated_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Support triage",
                 *       "model": "openai/gpt-4o-mini",
                 *       "instructions": "Classify each ticket."
                 *     }
                 */
                "application/json": components["schemas"]["CreateAgentRequest"];
            };
        };
        responses: {
            /** @description The agent was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agent-12",
                     *       "name": "Support triage",
                     *       "description": "Sorts tickets by urgency",
                     *       "model": "openai/gpt-4o-mini",
                     *       "instructions": "Classify each ticket.",
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The agent's id.
                 * @example agent-12
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agent-12",
                     *       "name": "Support triage",
                     *       "description": "Sorts tickets by urgency",
                     *       "model": "openai/gpt-4o-mini",
                     *       "instructions": "Classify each ticket.",
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The agent's id.
                 * @example agent-12
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent was deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The agent's id.
                 * @example agent-12
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Support triage",
                 *       "model": "openai/gpt-4o-mini",
                 *       "instructions": "Classify each ticket."
                 *     }
                 */
                "application/json": components["schemas"]["UpdateAgentRequest"];
            };
        };
        responses: {
            /** @description The updated agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agent-12",
                     *       "name": "Support triage",
                     *       "description": "Sorts tickets by urgency",
                     *       "model": "openai/gpt-4o-mini",
                     *       "instructions": "Classify each ticket.",
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "updated_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getLiveRuns: {
        parameters: {
            query?: {
                /**
                 * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
                 * @example week
                 */
                window?: components["parameters"]["AnalyticsWindow"];
                /**
                 * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
                 * @example 2026-05-01T00:00:00Z
                 */
                from?: components["parameters"]["AnalyticsFrom"];
                /**
                 * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
                 * @example 2026-06-01T00:00:00Z
                 */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "live-runs",
                     *       "value": 3,
                     *       "unit": "count",
                     *       "window": "month",
                     *       "from": "2026-04-20T12:00:00.000Z",
                     *       "to": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["AnalyticsRangeInvalid"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSuccessRate: {
        parameters: {
            query?: {
                /**
                 * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
                 * @example week
                 */
                window?: components["parameters"]["AnalyticsWindow"];
                /**
                 * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
                 * @example 2026-05-01T00:00:00Z
                 */
                from?: components["parameters"]["AnalyticsFrom"];
                /**
                 * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
                 * @example 2026-06-01T00:00:00Z
                 */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "success-rate",
                     *       "value": 96.4,
                     *       "unit": "percent",
                     *       "window": "month",
                     *       "from": "2026-04-20T12:00:00.000Z",
                     *       "to": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["AnalyticsRangeInvalid"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExecutionDuration: {
        parameters: {
            query?: {
                /**
                 * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
                 * @example week
                 */
                window?: components["parameters"]["AnalyticsWindow"];
                /**
                 * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
                 * @example 2026-05-01T00:00:00Z
                 */
                from?: components["parameters"]["AnalyticsFrom"];
                /**
                 * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
                 * @example 2026-06-01T00:00:00Z
                 */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "execution-duration",
                     *       "value": 42.7,
                     *       "unit": "seconds",
                     *       "window": "month",
                     *       "from": "2026-04-20T12:00:00.000Z",
                     *       "to": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["AnalyticsRangeInvalid"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRunsCount: {
        parameters: {
            query?: {
                /**
                 * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
                 * @example week
                 */
                window?: components["parameters"]["AnalyticsWindow"];
                /**
                 * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
                 * @example 2026-05-01T00:00:00Z
                 */
                from?: components["parameters"]["AnalyticsFrom"];
                /**
                 * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
                 * @example 2026-06-01T00:00:00Z
                 */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "runs-count",
                     *       "value": 1284,
                     *       "unit": "count",
                     *       "window": "month",
                     *       "from": "2026-04-20T12:00:00.000Z",
                     *       "to": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["AnalyticsRangeInvalid"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getStepsExecuted: {
        parameters: {
            query?: {
                /**
                 * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
                 * @example week
                 */
                window?: components["parameters"]["AnalyticsWindow"];
                /**
                 * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
                 * @example 2026-05-01T00:00:00Z
                 */
                from?: components["parameters"]["AnalyticsFrom"];
                /**
                 * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
                 * @example 2026-06-01T00:00:00Z
                 */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "steps-executed",
                     *       "value": 5310,
                     *       "unit": "count",
                     *       "window": null,
                     *       "from": "2026-05-01T00:00:00.000Z",
                     *       "to": "2026-05-20T00:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["AnalyticsRangeInvalid"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCreditsConsumed: {
        parameters: {
            query?: {
                /**
                 * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
                 * @example week
                 */
                window?: components["parameters"]["AnalyticsWindow"];
                /**
                 * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
                 * @example 2026-05-01T00:00:00Z
                 */
                from?: components["parameters"]["AnalyticsFrom"];
                /**
                 * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
                 * @example 2026-06-01T00:00:00Z
                 */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "credits-consumed",
                     *       "value": 10620000,
                     *       "unit": "microcredits",
                     *       "window": "week",
                     *       "from": "2026-05-13T12:00:00.000Z",
                     *       "to": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["AnalyticsRangeInvalid"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getStepsSummary: {
        parameters: {
            query?: {
                /**
                 * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
                 * @example week
                 */
                window?: components["parameters"]["AnalyticsWindow"];
                /**
                 * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
                 * @example 2026-05-01T00:00:00Z
                 */
                from?: components["parameters"]["AnalyticsFrom"];
                /**
                 * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
                 * @example 2026-06-01T00:00:00Z
                 */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "steps": [
                     *         {
                     *           "type": "llm",
                     *           "count": 3120,
                     *           "p50_ms": 850,
                     *           "p95_ms": 2400
                     *         },
                     *         {
                     *           "type": "tool",
                     *           "count": 1980,
                     *           "p50_ms": 120,
                     *           "p95_ms": 610
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["StepsSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["AnalyticsRangeInvalid"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRunsTimeseries: {
        parameters: {
            query?: {
                /**
                 * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
                 * @example week
                 */
                window?: components["parameters"]["AnalyticsWindow"];
                /**
                 * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
                 * @example 2026-05-01T00:00:00Z
                 */
                from?: components["parameters"]["AnalyticsFrom"];
                /**
                 * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
                 * @example 2026-06-01T00:00:00Z
                 */
                to?: components["parameters"]["AnalyticsTo"];
                /**
                 * @description The bucket size of a timeseries (the seed's "optional granularity on timeseries endpoints"): hour, day (the default), week or month.
                 * @example day
                 */
                granularity?: components["parameters"]["AnalyticsGranularity"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "runs-timeseries",
                     *       "granularity": "day",
                     *       "points": [
                     *         {
                     *           "timestamp": "2026-05-18T00:00:00.000Z",
                     *           "value": 41
                     *         },
                     *         {
                     *           "timestamp": "2026-05-19T00:00:00.000Z",
                     *           "value": 47
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsSeries"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["AnalyticsRangeInvalid"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUsageTimeseries: {
        parameters: {
            query?: {
                /**
                 * @description The relative window the metric covers (the seed's `window=month|week|all`): `month` (used when neither `window` nor `from`/`to` is given; this contract's choice, the seed names no default), `week` or `all`. Not together with `from`/`to`: giving both is a 422 (designed). No schema `default`: month applies only when from/to are absent too, and a `default` would say an absent window always means month.
                 * @example week
                 */
                window?: components["parameters"]["AnalyticsWindow"];
                /**
                 * @description Start of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `to`, and not with `window`.
                 * @example 2026-05-01T00:00:00Z
                 */
                from?: components["parameters"]["AnalyticsFrom"];
                /**
                 * @description End of a bounded range (the seed's "bounded from / to"), an ISO 8601 date-time, inclusive. Comes together with `from`, and not with `window`.
                 * @example 2026-06-01T00:00:00Z
                 */
                to?: components["parameters"]["AnalyticsTo"];
                /**
                 * @description The bucket size of a timeseries (the seed's "optional granularity on timeseries endpoints"): hour, day (the default), week or month.
                 * @example day
                 */
                granularity?: components["parameters"]["AnalyticsGranularity"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations; required on scoped routes.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metric. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "usage-timeseries",
                     *       "granularity": "day",
                     *       "points": [
                     *         {
                     *           "timestamp": "2026-05-18T00:00:00.000Z",
                     *           "value": 82000
                     *         },
                     *         {
                     *           "timestamp": "2026-05-19T00:00:00.000Z",
                     *           "value": 94000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsSeries"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["AnalyticsRangeInvalid"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listPats: {
        parameters: {
            query?: {
                /**
                 * @description Page size, 1 to 100 (default 50).
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `next_cursor` of the previous page; leave out for the first page.
                 * @example d2YtN2QyYw
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens (metadata, never values). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "pat-id-3",
                     *           "name": "ci-pipeline",
                     *           "role": "contributor",
                     *           "prefix": "pat_contr",
                     *           "expires_at": null,
                     *           "revealed": false,
                     *           "created_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PatList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createPat: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "ci-pipeline",
                 *       "role": "contributor"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePatRequest"];
            };
        };
        responses: {
            /** @description The token, with its value. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pat-id-3",
                     *       "name": "ci-pipeline",
                     *       "role": "contributor",
                     *       "prefix": "pat_contr",
                     *       "expires_at": null,
                     *       "revealed": true,
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "token": "pat_contributor_acme_5e1f9c2b7d"
                     *     }
                     */
                    "application/json": components["schemas"]["PatWithToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    revealPat: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path: {
                /**
                 * @description The token's id (not its value).
                 * @example pat-id-3
                 */
                id: components["parameters"]["PatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token with its value, this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pat-id-3",
                     *       "name": "ci-pipeline",
                     *       "role": "contributor",
                     *       "prefix": "pat_contr",
                     *       "expires_at": null,
                     *       "revealed": true,
                     *       "created_at": "2026-05-20T12:00:00.000Z",
                     *       "token": "pat_contributor_acme_5e1f9c2b7d"
                     *     }
                     */
                    "application/json": components["schemas"]["PatWithToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    revokePat: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project header, optional on tenant-level routes (billing, the Stripe config, PATs): without it the answer covers the whole tenant; with it, the project's share where the answer has one (the billing summary's "tenant/project").
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path: {
                /**
                 * @description The token's id (not its value).
                 * @example pat-id-3
                 */
                id: components["parameters"]["PatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token was revoked; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
