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
         * @description The project's workflows, newest first; archived ones included with status archived. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listWorkflows"];
        put?: never;
        /**
         * Create workflow
         * @description Minimum role: contributor (project_contributor or higher).
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
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * Get workflow
         * @description Minimum role: viewer (project_viewer or higher).
         */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        /**
         * Archive workflow
         * @description DELETE archives: the workflow stays readable with status archived, and answers 200 with it. Minimum role: contributor (project_contributor or higher).
         */
        delete: operations["archiveWorkflow"];
        options?: never;
        head?: never;
        /**
         * Update draft graph or run_setup
         * @description Updates the draft graph, or saves run_setup defaults ("Save defaults" in Studio). Minimum role: contributor (project_contributor or higher).
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
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * List versions
         * @description Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listWorkflowVersions"];
        put?: never;
        /**
         * Publish version
         * @description Publishes the current draft graph as the next immutable version. An invalid graph is a 422. Minimum role: contributor (project_contributor or higher).
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
                 * @description The workflow id.
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
         * @description Validates the draft graph without saving or running anything (a dry run): safe to repeat. Minimum role: contributor (project_contributor or higher).
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
                 * @description The workflow id.
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
                 * @description The workflow id.
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
                 * @description The workflow id.
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
         * @description Run control, one endpoint for four commands: a union on `command` (RunCommand). start (params: trigger_type, trigger_payload, trigger_steps, use_run_setup_defaults) creates a run and answers 201; pause and resume (params: run_id) and stop (params: run_id, mode immediate by default or graceful) answer 200 with the run. An impossible transition (pausing a finished run, resuming a running one) is refused with 409 invalid_state_transition. params become workflow input ({{input.*}}). Minimum role: contributor (project_contributor or higher).
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
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        /**
         * List runs for workflow
         * @description Minimum role: viewer (project_viewer or higher).
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
         * @description The Command Center's data source: every run of the tenant and project, newest first. Minimum role: viewer (project_viewer or higher).
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
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Step event log
         * @description The run's persisted events, oldest first: step_started, step_completed (with data.skipped and data.reason blocked, out_of_scope or step_disabled for synthetic skips), step_failed, step_cancelled (data.cancelled, data.reason run_failed, optional data.caused_by_step_id), state_changed, run_started, run_rejected. Minimum role: viewer (project_viewer or higher).
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
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Run variables and step results
         * @description Minimum role: viewer (project_viewer or higher).
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
         * @description Minimum role: viewer (project_viewer or higher).
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
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        /**
         * Pending tasks for one run
         * @description Minimum role: contributor (project_contributor or higher).
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
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
                /**
                 * @description The human task id.
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
         * @description Completes a pending human task. `result` fields are merged into the step result, which always includes `approved`. A task already completed is a 409. Minimum role: contributor (project_contributor or higher).
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
         * @description Minimum role: contributor (project_contributor or higher).
         */
        get: operations["listInboundWebhooks"];
        put?: never;
        /**
         * Create subscription
         * @description The response includes ingress_url, the signing_secret (in this response only) and the subscription. Minimum role: contributor (project_contributor or higher).
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
                 * @description The subscription id (the seed writes {subscription_id} for the ingress POST; see its description).
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
         * @description The public ingress of a subscription: a valid call starts a run of its workflow and answers 202. The seed writes this route /v1/inbound-webhooks/{subscription_id}; it shares its template with DELETE /v1/inbound-webhooks/{id}, and OpenAPI treats the two as one path, so both use `{id}` here: for this POST it is the subscription id. Authentication is a Bearer PAT (the session cookie is not accepted) plus the X-Agentruntime-Signature header over the raw body; a wrong signature is 401 (invalid_signature). No X-Tenant-Id / X-Project-Id: the subscription carries them. Minimum role: contributor (project_contributor or higher).
         */
        post: operations["ingestInboundWebhook"];
        /**
         * Delete subscription
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List workspace connections
         * @description Minimum role: contributor (project_contributor or higher).
         */
        get: operations["listConnections"];
        put?: never;
        /**
         * Create custom connection
         * @description Credentials in the body are stored and never returned. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The connection id.
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
         * @description Minimum role: contributor (project_contributor or higher).
         */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        /**
         * Update connection
         * @description Minimum role: contributor (project_contributor or higher).
         */
        patch: operations["updateConnection"];
        trace?: never;
    };
    "/v1/connections/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The connection id.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Reveal credential metadata
         * @description Reveals what is stored (field names, masked hints, expiry), never the secret values. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether Google connect is enabled
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start OAuth
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete OAuth callback
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The Google connection id.
                 * @example conn-g1
                 */
                connectionId: components["parameters"]["GoogleConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Account and enabled services
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The Google connection id.
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
         * Enable or disable services
         * @description Minimum role: contributor (project_contributor or higher).
         */
        patch: operations["updateGoogleServices"];
        trace?: never;
    };
    "/v1/connections/whatsapp/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether WhatsApp connect is enabled
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete embedded signup
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Manual WABA credentials
         * @description The access token is stored and never returned. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform adapter catalog
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tool catalog
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tenant MCP servers
         * @description Minimum role: contributor (project_contributor or higher).
         */
        get: operations["listMcpServers"];
        put?: never;
        /**
         * Register tenant server
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The MCP server id.
                 * @example mcp-2b
                 */
                id: components["parameters"]["McpServerId"];
            };
            cookie?: never;
        };
        /**
         * Server detail
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The MCP server id.
                 * @example mcp-2b
                 */
                id: components["parameters"]["McpServerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run validation checks
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The MCP server id.
                 * @example mcp-2b
                 */
                id: components["parameters"]["McpServerId"];
                /**
                 * @description The connection bound to the server.
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
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List connections (legacy)
         * @deprecated
         * @description Legacy: the same connection CRUD as /v1/connections, kept for older clients; use listConnections instead. Minimum role: contributor (project_contributor or higher).
         */
        get: operations["legacyListMcpConnections"];
        put?: never;
        /**
         * Create connection (legacy)
         * @deprecated
         * @description Legacy: the same connection CRUD as /v1/connections, kept for older clients; use createConnection instead. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The connection id.
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
         * @description Legacy: the same connection CRUD as /v1/connections, kept for older clients; use deleteConnection instead. Minimum role: contributor (project_contributor or higher).
         */
        delete: operations["legacyDeleteMcpConnection"];
        options?: never;
        head?: never;
        /**
         * Update connection (legacy)
         * @deprecated
         * @description Legacy: the same connection CRUD as /v1/connections, kept for older clients; use updateConnection instead. Minimum role: contributor (project_contributor or higher).
         */
        patch: operations["legacyUpdateMcpConnection"];
        trace?: never;
    };
    "/v1/mcp/connections/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The connection id.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Credential metadata (legacy)
         * @deprecated
         * @description Legacy: the same connection CRUD as /v1/connections, kept for older clients; use getConnectionCredentials instead. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List instances
         * @description Minimum role: contributor (project_contributor or higher).
         */
        get: operations["listMcpInstances"];
        put?: never;
        /**
         * Create instance
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve instances for workflow
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The instance id.
                 * @example inst-5
                 */
                id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        /**
         * List profiles
         * @description Minimum role: contributor (project_contributor or higher).
         */
        get: operations["listConfigProfiles"];
        put?: never;
        /**
         * Create profile
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The instance id.
                 * @example inst-5
                 */
                id: components["parameters"]["InstanceId"];
                /**
                 * @description The config profile id.
                 * @example prof-1
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
         * @description Minimum role: contributor (project_contributor or higher).
         */
        patch: operations["updateConfigProfile"];
        trace?: never;
    };
    "/v1/mcp/instances/{id}/config-profiles/{profile_id}/set-active": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The instance id.
                 * @example inst-5
                 */
                id: components["parameters"]["InstanceId"];
                /**
                 * @description The config profile id.
                 * @example prof-1
                 */
                profile_id: components["parameters"]["ProfileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set active profile
         * @description Makes the profile the instance's active one; answers the instance with its active_profile_id. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Autopilot message
         * @description Minimum role: viewer (project_viewer or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Streaming response
         * @description Server-Sent Events of autopilot replies, as text/event-stream. Each event has an id, an event name (token, message, done, error) and JSON data typed by AutopilotStreamEvent (the x-sse-event extension). A client that reconnects with Last-Event-ID gets the events after that id. The seed says only "Streaming response"; the event names and payloads are designed. Minimum role: viewer (project_viewer or higher).
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
            header?: never;
            path: {
                /**
                 * @description The rest of the path after /v1/chat/, forwarded to the chat service. OpenAPI path parameters cannot span "/": a multi-segment sub-path is sent with its slashes percent-encoded by generated clients, while the server accepts any sub-path.
                 * @example sessions
                 */
                path: components["parameters"]["ChatPath"];
            };
            cookie?: never;
        };
        /**
         * Chat service proxy (GET)
         * @description The chat service proxy: any request under /v1/chat/ is forwarded to the chat service. OpenAPI cannot express a wildcard path, so the closest valid form is /v1/chat/{path}, `path` standing for the rest of the path (it may contain "/"). Bodies are free-form JSON both ways. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["proxyChatGet"];
        put?: never;
        /**
         * Chat service proxy (POST)
         * @description The chat service proxy: any request under /v1/chat/ is forwarded to the chat service. OpenAPI cannot express a wildcard path, so the closest valid form is /v1/chat/{path}, `path` standing for the rest of the path (it may contain "/"). Bodies are free-form JSON both ways. Minimum role: viewer (project_viewer or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * LLM model catalog
         * @description Minimum role: viewer (project_viewer or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve model ref
         * @description Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Semantic search
         * @description Preview: needs memory kernel configuration; without it the answer is 404 with code feature_disabled (designed). The seed gives no roles for memory: reads are viewer, writes contributor. Minimum role: viewer (project_viewer or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Index chat episode
         * @description Preview: needs memory kernel configuration; without it the answer is 404 with code feature_disabled (designed). The seed gives no roles for memory: reads are viewer, writes contributor. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Index work file
         * @description Preview: needs memory kernel configuration; without it the answer is 404 with code feature_disabled (designed). The seed gives no roles for memory: reads are viewer, writes contributor. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Batch extract jobs
         * @description Preview: needs memory kernel configuration; without it the answer is 404 with code feature_disabled (designed). The seed gives no roles for memory: reads are viewer, writes contributor. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path: {
                /**
                 * @description The extract job id.
                 * @example job-44
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Extract job status
         * @description Preview: needs memory kernel configuration; without it the answer is 404 with code feature_disabled (designed). The seed gives no roles for memory: reads are viewer, writes contributor. Minimum role: viewer (project_viewer or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agent memory tool call
         * @description Preview: needs memory kernel configuration; without it the answer is 404 with code feature_disabled (designed). The seed gives no roles for memory: reads are viewer, writes contributor. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tenant/project summary
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Plan catalog
         * @description The tiers of this deployment's product_code (Stripe-synced), keyed by (product_code, plan_code); the response surfaces plan_code and pricing fields. Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscription and trial status
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Credit balances (microcredits)
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usage breakdown dimensions
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: viewer (project_viewer or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metered usage ledger
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Payments and top-ups
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Resolved per-action prices
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * PAYG top-up Stripe intent
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start trial
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: tenant_admin (workspace billing admin).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate subscription
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: tenant_admin (workspace billing admin).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change plan
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: tenant_admin (workspace billing admin).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel at period end (default)
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: tenant_admin (workspace billing admin).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End trial early
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: tenant_admin (workspace billing admin).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply billing code
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: tenant_admin (workspace billing admin).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate discount
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: tenant_admin (workspace billing admin).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Publishable Stripe config
         * @description Publishable Stripe configuration for Console checkout. The seed gives no role; this contract treats it as viewer. Tenant-level: X-Tenant-Id is required, X-Project-Id is optional. Minimum role: viewer (project_viewer or higher).
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
         * @description Requires enableAgents in the deployment. Minimum role: viewer (project_viewer or higher).
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create agent
         * @description Requires enableAgents in the deployment. Minimum role: contributor (project_contributor or higher).
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
                 * @description The agent id.
                 * @example agent-12
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Get agent
         * @description Minimum role: viewer (project_viewer or higher).
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Delete agent
         * @description Minimum role: contributor (project_contributor or higher).
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update agent
         * @description Minimum role: contributor (project_contributor or higher).
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/analytics/live-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Currently running workflows
         * @description Query window=month|week|all, or a bounded from/to. Giving both window and from/to, or only one of from and to, is a 422 (designed). Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run success percentage
         * @description Query window=month|week|all, or a bounded from/to. Giving both window and from/to, or only one of from and to, is a 422 (designed). Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wall-clock execution time
         * @description Query window=month|week|all, or a bounded from/to. Giving both window and from/to, or only one of from and to, is a 422 (designed). Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Runs in selected window
         * @description Query window=month|week|all, or a bounded from/to. Giving both window and from/to, or only one of from and to, is a 422 (designed). Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metered workflow steps
         * @description Query window=month|week|all, or a bounded from/to. Giving both window and from/to, or only one of from and to, is a 422 (designed). Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Credits used in window
         * @description Query window=month|week|all, or a bounded from/to. Giving both window and from/to, or only one of from and to, is a 422 (designed). Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Step-type breakdown and latency
         * @description Query window=month|week|all, or a bounded from/to. Giving both window and from/to, or only one of from and to, is a 422 (designed). Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run count over time
         * @description Query window=month|week|all, or a bounded from/to with an optional granularity. Giving both window and from/to, or only one of from and to, is a 422 (designed). Minimum role: contributor (project_contributor or higher).
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
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Usage over time
         * @description Query window=month|week|all, or a bounded from/to with an optional granularity. Giving both window and from/to, or only one of from and to, is a 422 (designed). Minimum role: contributor (project_contributor or higher).
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
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is not used. Minimum role: contributor (project_contributor or higher).
         */
        get: operations["listPats"];
        put?: never;
        /**
         * Create token
         * @description The response carries the token value (pat_…). Console Settings → API keys manages the same keys. Tenant-level: X-Tenant-Id is required, X-Project-Id is not used. Minimum role: contributor (project_contributor or higher).
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
                 * @description The token id.
                 * @example pat-id-3
                 */
                id: components["parameters"]["PatId"];
            };
            cookie?: never;
        };
        /**
         * Reveal token (once)
         * @description Reveals the token value. It works once: a second reveal is a 409 (already_revealed). Tenant-level: X-Tenant-Id is required, X-Project-Id is not used. Minimum role: viewer (project_viewer or higher).
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
                 * @description The token id.
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
         * @description Tenant-level: X-Tenant-Id is required, X-Project-Id is not used. Minimum role: contributor (project_contributor or higher).
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
        /** @description The data of one autopilot server-sent event: token (a piece of the reply), message (the complete reply), done (the stream ends), error. */
        AutopilotStreamEvent: {
            /** @constant */
            type: "token";
            text: string;
        } | {
            /** @constant */
            type: "message";
            message_id: string;
            reply: string;
        } | {
            /** @constant */
            type: "done";
        } | {
            /** @constant */
            type: "error";
            message: string;
        };
        /** @description The workflow graph. The seed does not show it; designed as steps (nodes) and edges between them. */
        WorkflowGraph: {
            steps: {
                id: string;
                /** @enum {string} */
                type: "llm" | "tool" | "human_task" | "condition" | "code" | "webhook";
                name: string;
                /** @default false */
                disabled?: boolean;
                config?: {
                    [key: string]: unknown;
                };
            }[];
            edges: {
                from: string;
                to: string;
                condition?: string;
            }[];
        };
        /** @description Saved Studio defaults for starting runs (merged when use_run_setup_defaults is true; request keys win). */
        RunSetup: {
            trigger_payload?: {
                [key: string]: unknown;
            };
            trigger_steps?: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description A workflow: its draft graph, run setup defaults and lifecycle status. DELETE archives it (status archived). */
        Workflow: {
            id: string;
            name: string;
            description?: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            graph: components["schemas"]["WorkflowGraph"];
            run_setup?: components["schemas"]["RunSetup"];
            latest_version?: number | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A page of Workflow items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        WorkflowList: {
            data: components["schemas"]["Workflow"][];
            next_cursor: string | null;
        };
        /** @description The one error body of the whole AgentRuntime API. The seed gives status codes but no body; this shape is designed for it: a stable machine-readable `code`, a human `message`, optional per-field `details` (422), and the `request_id` to quote to support. */
        Error: {
            /**
             * @description Stable, machine-readable error code.
             * @enum {string}
             */
            code: "unauthorized" | "forbidden" | "not_found" | "conflict" | "invalid_state_transition" | "already_revealed" | "validation_failed" | "invalid_signature" | "rate_limited" | "feature_disabled" | "method_not_allowed" | "payload_too_large" | "unsupported_media_type" | "internal_error" | "service_unavailable";
            /** @description What went wrong, for a human. */
            message: string;
            /** @description One entry per invalid field (422) or failed graph check. */
            details?: {
                /** @description Dotted path of the offending field, "" for the body itself. */
                field: string;
                message: string;
            }[];
            /** @description Correlation id of the request, also sent as the `X-Request-Id` header. */
            request_id?: string;
        };
        CreateWorkflowRequest: {
            name: string;
            description?: string;
            graph?: components["schemas"]["WorkflowGraph"];
        };
        /** @description Update the draft graph or run_setup ("Save defaults"). */
        UpdateWorkflowRequest: {
            name?: string;
            description?: string | null;
            graph?: components["schemas"]["WorkflowGraph"];
            run_setup?: components["schemas"]["RunSetup"];
        };
        /** @description A published, immutable version of a workflow's graph. */
        WorkflowVersion: {
            id: string;
            workflow_id: string;
            version: number;
            graph: components["schemas"]["WorkflowGraph"];
            run_setup?: components["schemas"]["RunSetup"];
            notes?: string | null;
            /** Format: date-time */
            published_at: string;
        };
        /** @description A page of WorkflowVersion items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        WorkflowVersionList: {
            data: components["schemas"]["WorkflowVersion"][];
            next_cursor: string | null;
        };
        PublishVersionRequest: {
            notes?: string;
        };
        /** @description The result of a dry-run graph validation; nothing is saved or run. */
        ValidationReport: {
            valid: boolean;
            issues: {
                /** @enum {string} */
                severity: "error" | "warning";
                step_id?: string | null;
                message: string;
            }[];
        };
        /** @description The workflow's connection override map, step id or connection slot to connection id. */
        ConnectionOverrides: {
            overrides: {
                [key: string]: string;
            };
        };
        /** start */
        StartCommand: {
            /** @constant */
            command: "start";
            /** @description The trigger fields; they become workflow input ({{input.*}}). */
            params?: {
                /** @default api */
                trigger_type?: string;
                /** @description Global shared input: {{input.*}}. */
                trigger_payload?: {
                    [key: string]: unknown;
                };
                /** @description Per-step overrides or gated entry grants. */
                trigger_steps?: {
                    [key: string]: {
                        [key: string]: unknown;
                    };
                };
                /**
                 * @description Merge the version's saved defaults; request keys win.
                 * @default false
                 */
                use_run_setup_defaults?: boolean;
            } & {
                [key: string]: unknown;
            };
        };
        /** pause or resume */
        RunIdCommand: {
            /** @enum {string} */
            command: "pause" | "resume";
            params: {
                run_id: string;
            };
        };
        /** stop */
        StopCommand: {
            /** @constant */
            command: "stop";
            params: {
                run_id: string;
                /**
                 * @default immediate
                 * @enum {string}
                 */
                mode?: "immediate" | "graceful";
            };
        };
        /** @description The run control body: a union on `command`. start takes the trigger fields and creates a run; pause and resume take run_id; stop takes run_id and an optional mode, immediate (default) or graceful. */
        RunCommand: components["schemas"]["StartCommand"] | components["schemas"]["RunIdCommand"] | components["schemas"]["StopCommand"];
        /**
         * @description A run's status. The seed names the transitions (start, pause, resume, stop, failure) but not the values; designed.
         * @enum {string}
         */
        RunStatus: "queued" | "running" | "paused" | "stopping" | "stopped" | "completed" | "failed" | "rejected";
        Run: {
            id: string;
            workflow_id: string;
            workflow_version?: number | null;
            status: components["schemas"]["RunStatus"];
            /** @description How the run started: api, webhook, schedule, console. */
            trigger_type: string;
            /** @enum {string|null} */
            stop_mode?: "immediate" | "graceful" | null;
            /** Format: date-time */
            started_at?: string | null;
            /** Format: date-time */
            finished_at?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A page of Run items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        RunList: {
            data: components["schemas"]["Run"][];
            next_cursor: string | null;
        };
        /** skipped step */
        StepSkippedData: {
            /** @constant */
            skipped: true;
            /** @enum {string} */
            reason: "blocked" | "out_of_scope" | "step_disabled";
        };
        /** cancelled step */
        StepCancelledData: {
            /** @constant */
            cancelled: true;
            /** @constant */
            reason: "run_failed";
            caused_by_step_id?: string;
        };
        /** @description One entry of a run's step event log. step_completed with data.skipped true is a synthetic skip with data.reason blocked, out_of_scope or step_disabled; step_cancelled has data.cancelled true, data.reason run_failed and an optional data.caused_by_step_id. */
        RunEvent: {
            id: string;
            run_id: string;
            step_id?: string | null;
            /** @enum {string} */
            event_type: "step_started" | "step_completed" | "step_failed" | "step_cancelled" | "state_changed" | "run_started" | "run_rejected";
            data?: components["schemas"]["StepSkippedData"] | components["schemas"]["StepCancelledData"] | {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
        };
        /** @description A page of RunEvent items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        RunEventList: {
            data: components["schemas"]["RunEvent"][];
            next_cursor: string | null;
        };
        /** @description The run's variables and step results. */
        RunContext: {
            run_id: string;
            input: {
                [key: string]: unknown;
            };
            variables: {
                [key: string]: unknown;
            };
            step_results: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
        };
        HumanTask: {
            id: string;
            run_id: string;
            workflow_id: string;
            step_id: string;
            title?: string;
            /** @enum {string} */
            status: "pending" | "completed";
            /** Format: date-time */
            created_at: string;
        };
        /** @description A page of HumanTask items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        HumanTaskList: {
            data: components["schemas"]["HumanTask"][];
            next_cursor: string | null;
        };
        /** @description The Console's Approve/Reject buttons send only approved; result fields are merged into the step result. */
        CompleteTaskRequest: {
            approved: boolean;
            result?: {
                [key: string]: unknown;
            };
        };
        /** @description The completed task and the step result it produced, which always includes approved. */
        CompletedTask: {
            task: components["schemas"]["HumanTask"];
            step_result: {
                approved: boolean;
            } & {
                [key: string]: unknown;
            };
        };
        /** @description An inbound webhook subscription. The signing secret is never part of it. */
        InboundWebhook: {
            id: string;
            workflow_id: string;
            name: string;
            automation_pat_id?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description A page of InboundWebhook items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        InboundWebhookList: {
            data: components["schemas"]["InboundWebhook"][];
            next_cursor: string | null;
        };
        CreateInboundWebhookRequest: {
            workflow_id: string;
            name: string;
            /** @description An optional stored PAT id. */
            automation_pat_id?: string;
            /** @description The PAT (pat_…) the ingress will expect. */
            automation_bearer?: string;
        };
        /** @description The create response, the only one carrying the signing secret. */
        CreatedInboundWebhook: {
            id: string;
            /** Format: uri */
            ingress_url: string;
            /** @description Shown once. */
            signing_secret: string;
            subscription: components["schemas"]["InboundWebhook"];
        };
        /** @description Any JSON object; the chat proxy forwards it unchanged. */
        FreeformJson: {
            [key: string]: unknown;
        };
        IngressAccepted: {
            run_id: string;
            workflow_id: string;
            status: components["schemas"]["RunStatus"];
        };
        /** @description A workspace connection. Credentials are never part of it (see the credentials route for their metadata). */
        Connection: {
            id: string;
            name: string;
            /** @description e.g. google, whatsapp, custom_http, postgres. */
            provider: string;
            /** @enum {string} */
            status: "active" | "error" | "disconnected";
            /** @description Non-secret settings. */
            config?: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A page of Connection items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        ConnectionList: {
            data: components["schemas"]["Connection"][];
            next_cursor: string | null;
        };
        /** @description The fields of a new resource; name, provider required. */
        CreateConnectionRequest: {
            name: string;
            provider: string;
            config?: {
                [key: string]: unknown;
            };
            credentials?: {
                [key: string]: string;
            };
        };
        /** @description A custom connection. `credentials` are write-only and never returned. */
        ConnectionInput: {
            name?: string;
            provider?: string;
            config?: {
                [key: string]: unknown;
            };
            credentials?: {
                [key: string]: string;
            };
        };
        /** @description What is stored for a connection's credentials, never the secret values themselves. */
        CredentialMetadata: {
            connection_id: string;
            fields: {
                name: string;
                /** @description The last four characters, masked: ••••9f2c. */
                hint: string;
                /** Format: date-time */
                updated_at?: string;
            }[];
            /** Format: date-time */
            expires_at?: string | null;
        };
        /** @description Whether a connect flow is enabled in this deployment. */
        ConnectEnabled: {
            enabled: boolean;
            /** @description The public client or app id the Console needs, when enabled. */
            app_id?: string | null;
        };
        GoogleOAuthUrlRequest: {
            services: ("gmail" | "calendar" | "drive" | "sheets")[];
            /** Format: uri */
            redirect_uri?: string;
        };
        OAuthUrl: {
            /** Format: uri */
            url: string;
            state: string;
        };
        /** @description The OAuth callback parameters. */
        OAuthComplete: {
            code: string;
            state: string;
        };
        GoogleAccount: {
            connection_id: string;
            /** Format: email */
            email: string;
            services: {
                /** @enum {string} */
                service: "gmail" | "calendar" | "drive" | "sheets";
                enabled: boolean;
            }[];
        };
        GoogleServicesUpdate: {
            /** @description Service name to enabled. */
            services: {
                [key: string]: boolean;
            };
        };
        /** @description The embedded signup result. */
        WhatsAppComplete: {
            code: string;
            phone_number_id?: string;
            waba_id?: string;
        };
        /** @description WhatsApp Business Account credentials entered by hand. The access token is write-only. */
        WhatsAppManual: {
            name?: string;
            waba_id: string;
            phone_number_id: string;
            access_token: string;
        };
        McpPlatformAdapter: {
            id: string;
            name: string;
            description?: string;
            /** @enum {string} */
            transport: "stdio" | "http" | "sse";
        };
        /** @description A page of McpPlatformAdapter items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        McpPlatformAdapterList: {
            data: components["schemas"]["McpPlatformAdapter"][];
            next_cursor: string | null;
        };
        McpTool: {
            name: string;
            server_id: string;
            description?: string;
            input_schema?: {
                [key: string]: unknown;
            };
        };
        /** @description A page of McpTool items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        McpToolList: {
            data: components["schemas"]["McpTool"][];
            next_cursor: string | null;
        };
        McpServer: {
            id: string;
            name: string;
            /** Format: uri */
            url: string;
            /** @enum {string} */
            transport: "http" | "sse";
            /** @enum {string} */
            status: "pending" | "healthy" | "failing";
            /** Format: date-time */
            created_at: string;
        };
        /** @description A page of McpServer items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        McpServerList: {
            data: components["schemas"]["McpServer"][];
            next_cursor: string | null;
        };
        RegisterMcpServerRequest: {
            name: string;
            /** Format: uri */
            url: string;
            /**
             * @default http
             * @enum {string}
             */
            transport?: "http" | "sse";
        };
        McpValidationResult: {
            ok: boolean;
            checks: {
                name: string;
                /** @enum {string} */
                status: "passed" | "failed" | "skipped";
                message?: string;
            }[];
        };
        /** @description An MCP instance: a server bound to this project, with its config profiles. */
        Instance: {
            id: string;
            name: string;
            server_id: string;
            active_profile_id?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        /** @description A page of Instance items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        InstanceList: {
            data: components["schemas"]["Instance"][];
            next_cursor: string | null;
        };
        CreateInstanceRequest: {
            name: string;
            server_id: string;
        };
        ResolveInstancesRequest: {
            workflow_id: string;
        };
        /** @description The instance (and active profile) each MCP step of the workflow will use. */
        ResolvedInstances: {
            workflow_id: string;
            bindings: {
                step_id: string;
                instance_id: string;
                profile_id?: string | null;
            }[];
        };
        ConfigProfile: {
            id: string;
            instance_id: string;
            name: string;
            /** @description Config key to connection id or literal. */
            wiring: {
                [key: string]: string;
            };
            /** Format: date-time */
            created_at: string;
        };
        /** @description A page of ConfigProfile items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        ConfigProfileList: {
            data: components["schemas"]["ConfigProfile"][];
            next_cursor: string | null;
        };
        /** @description The fields of a new resource; name required. */
        CreateConfigProfileRequest: {
            name: string;
            wiring?: {
                [key: string]: string;
            };
        };
        ConfigProfileInput: {
            name?: string;
            wiring?: {
                [key: string]: string;
            };
        };
        AutopilotMessageRequest: {
            message: string;
            conversation_id?: string;
            workflow_id?: string;
        };
        AutopilotMessage: {
            conversation_id: string;
            message_id: string;
            reply: string;
            /** @description The stream of this reply, for clients that want tokens as they come. */
            stream_url?: string;
        };
        LlmCatalog: {
            models: {
                /** @description provider/model, e.g. openai/gpt-4o-mini. */
                ref: string;
                provider: string;
                name: string;
                context_window?: number;
                /** @description Whether this tenant has a provider key for it. */
                configured?: boolean;
            }[];
        };
        ResolveModelRequest: {
            ref: string;
        };
        ResolvedModel: {
            ref: string;
            provider: string;
            model: string;
            /** @enum {string} */
            key_source?: "tenant" | "platform";
        };
        MemorySearchRequest: {
            query: string;
            /** @default 10 */
            limit?: number;
        };
        MemorySearchResult: {
            results: {
                id: string;
                text: string;
                score: number;
                source?: string;
            }[];
        };
        /** @description Something to index: a chat episode (conversation_id and messages) or a work file (file_id, name and text). */
        MemoryIndexRequest: {
            conversation_id?: string;
            messages?: {
                role: string;
                content: string;
            }[];
            file_id?: string;
            name?: string;
            text?: string;
        };
        MemoryIndexed: {
            id: string;
            /** @enum {string} */
            status: "queued" | "indexed";
        };
        ExtractBatchRequest: {
            /** @description Conversation or file ids to extract from. */
            items: string[];
        };
        ExtractJob: {
            id: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            processed?: number;
            total?: number;
            /** Format: date-time */
            created_at: string;
        };
        MemoryToolCall: {
            /** @enum {string} */
            tool: "remember" | "recall" | "forget";
            arguments: {
                [key: string]: unknown;
            };
        };
        MemoryToolResult: {
            tool: string;
            result: {
                [key: string]: unknown;
            };
        };
        BillingSummary: {
            tenant_id: string;
            project_id?: string | null;
            plan_code: string | null;
            status: string;
            /** @description Credits in microcredits (1 credit = 1,000,000). */
            credit_balance_microcredits: number;
            /** Format: date-time */
            period_end?: string | null;
        };
        /** @description A plan of this deployment's product_code (catalog rows are keyed by product_code and plan_code). */
        BillingPlan: {
            product_code: string;
            plan_code: string;
            name: string;
            price_cents: number;
            currency: string;
            /** @enum {string} */
            interval: "month" | "year";
            included_microcredits?: number;
        };
        BillingPlans: {
            product_code: string;
            plans: components["schemas"]["BillingPlan"][];
        };
        BillingStatus: {
            /** @enum {string} */
            subscription_status: "none" | "trialing" | "active" | "past_due" | "canceled";
            plan_code?: string | null;
            cancel_at_period_end?: boolean;
            /** Format: date-time */
            current_period_end?: string | null;
            trial: {
                active: boolean;
                /** Format: date-time */
                ends_at?: string | null;
                eligible?: boolean;
            };
        };
        /** @description Credit balances. Every amount is an integer number of microcredits (1 credit = 1,000,000 microcredits). */
        CreditUsage: {
            balance_microcredits: number;
            included_microcredits: number;
            used_microcredits: number;
            topup_microcredits?: number;
        };
        UsageDimensions: {
            dimensions: {
                key: string;
                label: string;
                used_microcredits: number;
            }[];
        };
        UsageLedger: {
            data: {
                id: string;
                action: string;
                microcredits: number;
                run_id?: string | null;
                /** Format: date-time */
                created_at: string;
            }[];
            next_cursor: string | null;
        };
        PaymentHistory: {
            data: {
                id: string;
                /** @enum {string} */
                kind: "subscription" | "topup";
                amount_cents: number;
                currency: string;
                /** @enum {string} */
                status: "succeeded" | "pending" | "failed" | "refunded";
                /** Format: date-time */
                created_at: string;
            }[];
            next_cursor: string | null;
        };
        ActionPricing: {
            prices: {
                action: string;
                microcredits: number;
            }[];
        };
        PaygIntentRequest: {
            amount_cents: number;
            /** @default usd */
            currency?: string;
        };
        PaygIntent: {
            /** @description The Stripe PaymentIntent client secret for Console checkout. */
            client_secret: string;
            amount_cents: number;
            microcredits: number;
        };
        /** @description The body of a billing change: plan_code for trial, subscription and change-plan; at_period_end for cancel (default true); code for codes/apply and discounts/validate. */
        BillingActionRequest: {
            plan_code?: string;
            /** @default true */
            at_period_end?: boolean;
            code?: string;
        };
        BillingActionResult: {
            ok: boolean;
            status: components["schemas"]["BillingStatus"];
            message?: string;
        };
        DiscountValidation: {
            valid: boolean;
            percent_off?: number | null;
            message?: string;
        };
        StripeConfig: {
            publishable_key: string;
        };
        Agent: {
            id: string;
            name: string;
            description?: string | null;
            model?: string | null;
            instructions?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A page of Agent items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        AgentList: {
            data: components["schemas"]["Agent"][];
            next_cursor: string | null;
        };
        /** @description The fields of a new resource; name required. */
        CreateAgentRequest: {
            name: string;
            description?: string | null;
            model?: string | null;
            instructions?: string | null;
        };
        /** @description The fields of an agent, for create (name required) and update (any). */
        AgentInput: {
            name?: string;
            description?: string | null;
            model?: string | null;
            instructions?: string | null;
        };
        /** @description One metric over the requested window or range. */
        AnalyticsMetric: {
            metric: string;
            value: number;
            /** @enum {string} */
            unit?: "count" | "percent" | "seconds" | "microcredits";
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
        };
        StepsSummary: {
            steps: {
                type: string;
                count: number;
                p50_ms: number;
                p95_ms: number;
            }[];
        };
        AnalyticsSeries: {
            metric: string;
            /** @enum {string} */
            granularity: "hour" | "day" | "week" | "month";
            points: {
                /** Format: date-time */
                timestamp: string;
                value: number;
            }[];
        };
        /**
         * @description Project roles, lowest first. `tenant_admin` is the workspace billing admin. The minimum role of every operation is in its `x-min-role` extension.
         * @enum {string}
         */
        Role: "viewer" | "contributor" | "tenant_admin";
        /** @description A personal access token's metadata. Its value appears only in the create response and in the first reveal. */
        Pat: {
            id: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description The first characters, e.g. pat_contr. */
            prefix: string;
            /** Format: date-time */
            expires_at?: string | null;
            /** @description True once the value was revealed. */
            revealed?: boolean;
            /** Format: date-time */
            created_at: string;
        };
        /** @description A page of Pat items. Lists are cursor-paginated: pass next_cursor as cursor; null on the last page. The seed shows no list body; this envelope is designed and used by every list. */
        PatList: {
            data: components["schemas"]["Pat"][];
            next_cursor: string | null;
        };
        CreatePatRequest: {
            name: string;
            role?: components["schemas"]["Role"];
            /** Format: date-time */
            expires_at?: string;
        };
        /** @description A PAT and its value. */
        PatWithToken: components["schemas"]["Pat"] & {
            /** @description The value, pat_…; shown here and never again by reads. */
            token: string;
        };
    };
    responses: {
        /** @description Missing or invalid authentication (no PAT or session, or an unknown PAT). */
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The caller's project role or PAT scope is below the operation's minimum role, or the PAT does not belong to X-Tenant-Id. */
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Validation error (request body, graph, bindings or billing). */
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limited. Wait the number of seconds in `Retry-After` before retrying. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After": number;
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error. Retry idempotent requests with exponential backoff. */
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource in this tenant and project. */
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
                "application/json": components["schemas"]["Error"];
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
                "application/json": components["schemas"]["Error"];
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
         * @description The project scope of workflow and integration operations.
         * @example proj-main
         */
        ProjectId: string;
        /** @description Page size, 1 to 100 (default 50). */
        Limit: number;
        /** @description The next_cursor of the previous page. */
        Cursor: string;
        /**
         * @description The workflow id.
         * @example wf-7d2c
         */
        WorkflowId: string;
        /** @description Only runs with this status. */
        RunStatusFilter: components["schemas"]["RunStatus"];
        /**
         * @description The run id.
         * @example run-8c1d
         */
        RunId: string;
        /**
         * @description The human task id.
         * @example task-51
         */
        TaskId: string;
        /**
         * @description The subscription id (the seed writes {subscription_id} for the ingress POST; see its description).
         * @example iwh-4f1a
         */
        WebhookId: string;
        /**
         * @description The connection id.
         * @example conn-9a
         */
        ConnectionId: string;
        /**
         * @description The Google connection id.
         * @example conn-g1
         */
        GoogleConnectionId: string;
        /**
         * @description The MCP server id.
         * @example mcp-2b
         */
        McpServerId: string;
        /**
         * @description The connection bound to the server.
         * @example conn-9a
         */
        McpConnectionId: string;
        /**
         * @description The instance id.
         * @example inst-5
         */
        InstanceId: string;
        /**
         * @description The config profile id.
         * @example prof-1
         */
        ProfileId: string;
        /**
         * @description The rest of the path after /v1/chat/, forwarded to the chat service. OpenAPI path parameters cannot span "/": a multi-segment sub-path is sent with its slashes percent-encoded by generated clients, while the server accepts any sub-path.
         * @example sessions
         */
        ChatPath: string;
        /**
         * @description The extract job id.
         * @example job-44
         */
        JobId: string;
        /**
         * @description Optional on tenant-level routes: narrows the answer to one project.
         * @example proj-main
         */
        ProjectIdOptional: string;
        /**
         * @description The agent id.
         * @example agent-12
         */
        AgentId: string;
        /** @description The window: month (default), week or all. Not together with from/to (422). */
        AnalyticsWindow: "month" | "week" | "all";
        /** @description Start of a bounded range (ISO 8601); needs `to`. */
        AnalyticsFrom: string;
        /** @description End of a bounded range (ISO 8601); needs `from`. */
        AnalyticsTo: string;
        /** @description Bucket size of the series. */
        AnalyticsGranularity: "hour" | "day" | "week" | "month";
        /**
         * @description The token id.
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Workflow items. */
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
                 * @description The project scope of workflow and integration operations.
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
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
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
            /** @description Success. */
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
    listWorkflowVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of WorkflowVersion items. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
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
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "valid": false,
                     *       "issues": [
                     *         {
                     *           "severity": "error",
                     *           "step_id": "step-approve",
                     *           "message": "Human task has no assignee"
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
            422: components["responses"]["ValidationFailed"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
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
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
                /** @description Must be websocket. */
                Upgrade: "websocket";
                /** @description Must be Upgrade. */
                Connection: "Upgrade";
                /** @description The handshake key. */
                "Sec-WebSocket-Key": string;
                /** @description Must be 13. */
                "Sec-WebSocket-Version": "13";
            };
            path: {
                /**
                 * @description The workflow id.
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
                    "application/json": components["schemas"]["Error"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listWorkflowRuns: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only runs with this status. */
                status?: components["parameters"]["RunStatusFilter"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Run items. */
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only runs with this status. */
                status?: components["parameters"]["RunStatusFilter"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Run items. */
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listRunEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of RunEvent items. */
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
                     *           "step_id": "step-approve",
                     *           "event_type": "step_completed",
                     *           "data": {
                     *             "skipped": true,
                     *             "reason": "step_disabled"
                     *           },
                     *           "created_at": "2026-05-20T12:00:00.000Z"
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of HumanTask items. */
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listRunPendingTasks: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of HumanTask items. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The workflow id.
                 * @example wf-7d2c
                 */
                id: components["parameters"]["WorkflowId"];
                /**
                 * @description The run id.
                 * @example run-8c1d
                 */
                runID: components["parameters"]["RunId"];
                /**
                 * @description The human task id.
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
            /** @description Success. */
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listInboundWebhooks: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of InboundWebhook items. */
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
                 * @description The project scope of workflow and integration operations.
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
            /** @description Success. */
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
                 * @description The subscription id (the seed writes {subscription_id} for the ingress POST; see its description).
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
            /** @description Success. */
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
            404: components["responses"]["NotFound"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The subscription id (the seed writes {subscription_id} for the ingress POST; see its description).
                 * @example iwh-4f1a
                 */
                id: components["parameters"]["WebhookId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Connection items. */
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
                 * @description The project scope of workflow and integration operations.
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
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection id.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection id.
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
                "application/json": components["schemas"]["ConnectionInput"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
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
            404: components["responses"]["NotFound"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection id.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "app_id": "1234567890-abc.apps.googleusercontent.com"
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectEnabled"];
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
                 * @description The project scope of workflow and integration operations.
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
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://accounts.google.com/o/oauth2/v2/auth?client_id=1234567890-abc&state=st_91c",
                     *       "state": "st_91c"
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthUrl"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "code": "4/0AX4XfW",
                 *       "state": "st_91c"
                 *     }
                 */
                "application/json": components["schemas"]["OAuthComplete"];
            };
        };
        responses: {
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The Google connection id.
                 * @example conn-g1
                 */
                connectionId: components["parameters"]["GoogleConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The Google connection id.
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
                 *         "calendar": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["GoogleServicesUpdate"];
            };
        };
        responses: {
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "app_id": "1234567890-abc.apps.googleusercontent.com"
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectEnabled"];
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "code": "AQBx",
                 *       "phone_number_id": "1055",
                 *       "waba_id": "2077"
                 *     }
                 */
                "application/json": components["schemas"]["WhatsAppComplete"];
            };
        };
        responses: {
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "name": "Support line",
                 *       "waba_id": "2077",
                 *       "phone_number_id": "1055",
                 *       "access_token": "EAAG-token"
                 *     }
                 */
                "application/json": components["schemas"]["WhatsAppManual"];
            };
        };
        responses: {
            /** @description Success. */
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
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listMcpPlatformAdapters: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of McpPlatformAdapter items. */
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of McpTool items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "name": "search_issues",
                     *           "server_id": "mcp-2b",
                     *           "description": "Searches issues",
                     *           "input_schema": {
                     *             "type": "object",
                     *             "properties": {
                     *               "q": {
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of McpServer items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "mcp-2b",
                     *           "name": "Internal tools",
                     *           "url": "https://mcp.acme.test/mcp",
                     *           "transport": "http",
                     *           "status": "healthy",
                     *           "created_at": "2026-05-20T12:00:00.000Z"
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "name": "Internal tools",
                 *       "url": "https://mcp.acme.test/mcp",
                 *       "transport": "http"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterMcpServerRequest"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mcp-2b",
                     *       "name": "Internal tools",
                     *       "url": "https://mcp.acme.test/mcp",
                     *       "transport": "http",
                     *       "status": "healthy",
                     *       "created_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["McpServer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP server id.
                 * @example mcp-2b
                 */
                id: components["parameters"]["McpServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mcp-2b",
                     *       "name": "Internal tools",
                     *       "url": "https://mcp.acme.test/mcp",
                     *       "transport": "http",
                     *       "status": "healthy",
                     *       "created_at": "2026-05-20T12:00:00.000Z"
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP server id.
                 * @example mcp-2b
                 */
                id: components["parameters"]["McpServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                     *           "name": "handshake",
                     *           "status": "passed"
                     *         },
                     *         {
                     *           "name": "list_tools",
                     *           "status": "passed",
                     *           "message": "12 tools"
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The MCP server id.
                 * @example mcp-2b
                 */
                id: components["parameters"]["McpServerId"];
                /**
                 * @description The connection bound to the server.
                 * @example conn-9a
                 */
                connection_id: components["parameters"]["McpConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                     *           "name": "handshake",
                     *           "status": "passed"
                     *         },
                     *         {
                     *           "name": "list_tools",
                     *           "status": "passed",
                     *           "message": "12 tools"
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Connection items. */
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
                 * @description The project scope of workflow and integration operations.
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
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection id.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection id.
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
                "application/json": components["schemas"]["ConnectionInput"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
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
            404: components["responses"]["NotFound"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The connection id.
                 * @example conn-9a
                 */
                id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Instance items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "inst-5",
                     *           "name": "GitHub (prod)",
                     *           "server_id": "mcp-2b",
                     *           "active_profile_id": "prof-1",
                     *           "created_at": "2026-05-20T12:00:00.000Z"
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "name": "GitHub (prod)",
                 *       "server_id": "mcp-2b"
                 *     }
                 */
                "application/json": components["schemas"]["CreateInstanceRequest"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inst-5",
                     *       "name": "GitHub (prod)",
                     *       "server_id": "mcp-2b",
                     *       "active_profile_id": "prof-1",
                     *       "created_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Instance"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                 * @description The project scope of workflow and integration operations.
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
            /** @description Success. */
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
                     *           "instance_id": "inst-5",
                     *           "profile_id": "prof-1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ResolvedInstances"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listConfigProfiles: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The instance id.
                 * @example inst-5
                 */
                id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ConfigProfile items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "prof-1",
                     *           "instance_id": "inst-5",
                     *           "name": "production",
                     *           "wiring": {
                     *             "GITHUB_TOKEN": "conn-9a"
                     *           },
                     *           "created_at": "2026-05-20T12:00:00.000Z"
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The instance id.
                 * @example inst-5
                 */
                id: components["parameters"]["InstanceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "production",
                 *       "wiring": {
                 *         "GITHUB_TOKEN": "conn-9a"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateConfigProfileRequest"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prof-1",
                     *       "instance_id": "inst-5",
                     *       "name": "production",
                     *       "wiring": {
                     *         "GITHUB_TOKEN": "conn-9a"
                     *       },
                     *       "created_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ConfigProfile"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The instance id.
                 * @example inst-5
                 */
                id: components["parameters"]["InstanceId"];
                /**
                 * @description The config profile id.
                 * @example prof-1
                 */
                profile_id: components["parameters"]["ProfileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "production",
                 *       "wiring": {
                 *         "GITHUB_TOKEN": "conn-9a"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ConfigProfileInput"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prof-1",
                     *       "instance_id": "inst-5",
                     *       "name": "production",
                     *       "wiring": {
                     *         "GITHUB_TOKEN": "conn-9a"
                     *       },
                     *       "created_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ConfigProfile"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The instance id.
                 * @example inst-5
                 */
                id: components["parameters"]["InstanceId"];
                /**
                 * @description The config profile id.
                 * @example prof-1
                 */
                profile_id: components["parameters"]["ProfileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inst-5",
                     *       "name": "GitHub (prod)",
                     *       "server_id": "mcp-2b",
                     *       "active_profile_id": "prof-1",
                     *       "created_at": "2026-05-20T12:00:00.000Z"
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "message": "Build me a workflow that drafts a weekly digest"
                 *     }
                 */
                "application/json": components["schemas"]["AutopilotMessageRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "conversation_id": "apc-1",
                     *       "message_id": "apm-7",
                     *       "reply": "I drafted a workflow with two steps.",
                     *       "stream_url": "/v1/autopilot/stream?conversation_id=apc-1"
                     *     }
                     */
                    "application/json": components["schemas"]["AutopilotMessage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    streamAutopilot: {
        parameters: {
            query?: {
                /** @description The conversation whose replies to stream; the latest when absent. */
                conversation_id?: string;
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
                /** @description Resume after this event id (the standard SSE reconnection header). */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 1
                     *     event: token
                     *     data: {"type":"token","text":"I drafted"}
                     *
                     *     id: 2
                     *     event: message
                     *     data: {"type":"message","message_id":"apm-7","reply":"I drafted a workflow."}
                     *
                     *     id: 3
                     *     event: done
                     *     data: {"type":"done"}
                     */
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The rest of the path after /v1/chat/, forwarded to the chat service. OpenAPI path parameters cannot span "/": a multi-segment sub-path is sent with its slashes percent-encoded by generated clients, while the server accepts any sub-path.
                 * @example sessions
                 */
                path: components["parameters"]["ChatPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reply": "Hello from the chat service"
                     *     }
                     */
                    "application/json": components["schemas"]["FreeformJson"];
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The rest of the path after /v1/chat/, forwarded to the chat service. OpenAPI path parameters cannot span "/": a multi-segment sub-path is sent with its slashes percent-encoded by generated clients, while the server accepts any sub-path.
                 * @example sessions
                 */
                path: components["parameters"]["ChatPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "Hello"
                 *     }
                 */
                "application/json": components["schemas"]["FreeformJson"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reply": "Hello from the chat service"
                     *     }
                     */
                    "application/json": components["schemas"]["FreeformJson"];
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
    getLlmCatalog: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "models": [
                     *         {
                     *           "ref": "openai/gpt-4o-mini",
                     *           "provider": "openai",
                     *           "name": "GPT-4o mini",
                     *           "context_window": 128000,
                     *           "configured": true
                     *         }
                     *       ]
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "ref": "openai/gpt-4o-mini"
                 *     }
                 */
                "application/json": components["schemas"]["ResolveModelRequest"];
            };
        };
        responses: {
            /** @description Success. */
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
                    "application/json": components["schemas"]["ResolvedModel"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "query": "customer contact preference",
                 *       "limit": 5
                 *     }
                 */
                "application/json": components["schemas"]["MemorySearchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "id": "mem-1",
                     *           "text": "The customer prefers email.",
                     *           "score": 0.91,
                     *           "source": "conversation"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MemorySearchResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such resource, or (code feature_disabled) the memory kernel is not configured in this deployment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "feature_disabled",
                     *       "message": "Memory is not configured in this deployment",
                     *       "request_id": "req_01HZX3V9"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "conversation_id": "apc-1",
                 *       "messages": [
                 *         {
                 *           "role": "user",
                 *           "content": "Please email me."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["MemoryIndexRequest"];
            };
        };
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mem-2",
                     *       "status": "queued"
                     *     }
                     */
                    "application/json": components["schemas"]["MemoryIndexed"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such resource, or (code feature_disabled) the memory kernel is not configured in this deployment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "feature_disabled",
                     *       "message": "Memory is not configured in this deployment",
                     *       "request_id": "req_01HZX3V9"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "conversation_id": "apc-1",
                 *       "messages": [
                 *         {
                 *           "role": "user",
                 *           "content": "Please email me."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["MemoryIndexRequest"];
            };
        };
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "mem-2",
                     *       "status": "queued"
                     *     }
                     */
                    "application/json": components["schemas"]["MemoryIndexed"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such resource, or (code feature_disabled) the memory kernel is not configured in this deployment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "feature_disabled",
                     *       "message": "Memory is not configured in this deployment",
                     *       "request_id": "req_01HZX3V9"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "items": [
                 *         "apc-1",
                 *         "file-9"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ExtractBatchRequest"];
            };
        };
        responses: {
            /** @description Success. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job-44",
                     *       "status": "running",
                     *       "processed": 3,
                     *       "total": 10,
                     *       "created_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExtractJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such resource, or (code feature_disabled) the memory kernel is not configured in this deployment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "feature_disabled",
                     *       "message": "Memory is not configured in this deployment",
                     *       "request_id": "req_01HZX3V9"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The extract job id.
                 * @example job-44
                 */
                jobId: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job-44",
                     *       "status": "running",
                     *       "processed": 3,
                     *       "total": 10,
                     *       "created_at": "2026-05-20T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExtractJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such resource, or (code feature_disabled) the memory kernel is not configured in this deployment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "feature_disabled",
                     *       "message": "Memory is not configured in this deployment",
                     *       "request_id": "req_01HZX3V9"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
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
                 * @description The project scope of workflow and integration operations.
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
                 *       "tool": "recall",
                 *       "arguments": {
                 *         "query": "contact preference"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MemoryToolCall"];
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tool": "recall",
                     *       "result": {
                     *         "items": [
                     *           "The customer prefers email."
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MemoryToolResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such resource, or (code feature_disabled) the memory kernel is not configured in this deployment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "feature_disabled",
                     *       "message": "Memory is not configured in this deployment",
                     *       "request_id": "req_01HZX3V9"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                     *       "period_end": "2026-05-20T12:00:00.000Z"
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
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description Optional on tenant-level routes: narrows the answer to one project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "product_code": "agentruntime",
                     *       "plans": [
                     *         {
                     *           "product_code": "agentruntime",
                     *           "plan_code": "team",
                     *           "name": "Team",
                     *           "price_cents": 9900,
                     *           "currency": "usd",
                     *           "interval": "month",
                     *           "included_microcredits": 500000000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BillingPlans"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                     *       "current_period_end": "2026-05-20T12:00:00.000Z",
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description Optional on tenant-level routes: narrows the answer to one project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dimensions": [
                     *         {
                     *           "key": "workflow_steps",
                     *           "label": "Workflow steps",
                     *           "used_microcredits": 300000000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsageDimensions"];
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description Optional on tenant-level routes: narrows the answer to one project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "led-1",
                     *           "action": "workflow_step",
                     *           "microcredits": 2000,
                     *           "run_id": "run-8c1d",
                     *           "created_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["UsageLedger"];
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description Optional on tenant-level routes: narrows the answer to one project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "pay-1",
                     *           "kind": "subscription",
                     *           "amount_cents": 9900,
                     *           "currency": "usd",
                     *           "status": "succeeded",
                     *           "created_at": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentHistory"];
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
            query?: never;
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description Optional on tenant-level routes: narrows the answer to one project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "prices": [
                     *         {
                     *           "action": "workflow_step",
                     *           "microcredits": 2000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ActionPricing"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
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
                 *       "amount_cents": 2000,
                 *       "currency": "usd"
                 *     }
                 */
                "application/json": components["schemas"]["PaygIntentRequest"];
            };
        };
        responses: {
            /** @description Success. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "client_secret": "pi_3N_secret_7c1",
                     *       "amount_cents": 2000,
                     *       "microcredits": 20000000
                     *     }
                     */
                    "application/json": components["schemas"]["PaygIntent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
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
                 *       "plan_code": "team"
                 *     }
                 */
                "application/json": components["schemas"]["BillingActionRequest"];
            };
        };
        responses: {
            /** @description Success. */
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
                     *         "current_period_end": "2026-05-20T12:00:00.000Z",
                     *         "trial": {
                     *           "active": true,
                     *           "ends_at": "2026-05-20T12:00:00.000Z",
                     *           "eligible": false
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BillingActionResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
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
                 *       "plan_code": "team"
                 *     }
                 */
                "application/json": components["schemas"]["BillingActionRequest"];
            };
        };
        responses: {
            /** @description Success. */
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
                     *         "current_period_end": "2026-05-20T12:00:00.000Z",
                     *         "trial": {
                     *           "active": true,
                     *           "ends_at": "2026-05-20T12:00:00.000Z",
                     *           "eligible": false
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BillingActionResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
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
                 *       "plan_code": "team"
                 *     }
                 */
                "application/json": components["schemas"]["BillingActionRequest"];
            };
        };
        responses: {
            /** @description Success. */
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
                     *         "current_period_end": "2026-05-20T12:00:00.000Z",
                     *         "trial": {
                     *           "active": true,
                     *           "ends_at": "2026-05-20T12:00:00.000Z",
                     *           "eligible": false
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BillingActionResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
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
                 *       "plan_code": "team"
                 *     }
                 */
                "application/json": components["schemas"]["BillingActionRequest"];
            };
        };
        responses: {
            /** @description Success. */
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
                     *         "current_period_end": "2026-05-20T12:00:00.000Z",
                     *         "trial": {
                     *           "active": true,
                     *           "ends_at": "2026-05-20T12:00:00.000Z",
                     *           "eligible": false
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BillingActionResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
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
                 *       "plan_code": "team"
                 *     }
                 */
                "application/json": components["schemas"]["BillingActionRequest"];
            };
        };
        responses: {
            /** @description Success. */
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
                     *         "current_period_end": "2026-05-20T12:00:00.000Z",
                     *         "trial": {
                     *           "active": true,
                     *           "ends_at": "2026-05-20T12:00:00.000Z",
                     *           "eligible": false
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BillingActionResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
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
                 *       "plan_code": "team"
                 *     }
                 */
                "application/json": components["schemas"]["BillingActionRequest"];
            };
        };
        responses: {
            /** @description Success. */
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
                     *         "current_period_end": "2026-05-20T12:00:00.000Z",
                     *         "trial": {
                     *           "active": true,
                     *           "ends_at": "2026-05-20T12:00:00.000Z",
                     *           "eligible": false
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BillingActionResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationFailed"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
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
                 *       "plan_code": "team"
                 *     }
                 */
                "application/json": components["schemas"]["BillingActionRequest"];
            };
        };
        responses: {
            /** @description Success. */
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
                    "application/json": components["schemas"]["DiscountValidation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                 * @description Optional on tenant-level routes: narrows the answer to one project.
                 * @example proj-main
                 */
                "X-Project-Id"?: components["parameters"]["ProjectIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "publishable_key": "pk_live_51Hx"
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
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Agent items. */
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
                 * @description The project scope of workflow and integration operations.
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
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The agent id.
                 * @example agent-12
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The agent id.
                 * @example agent-12
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
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
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path: {
                /**
                 * @description The agent id.
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
                "application/json": components["schemas"]["AgentInput"];
            };
        };
        responses: {
            /** @description Success. */
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
    getLiveRuns: {
        parameters: {
            query?: {
                /** @description The window: month (default), week or all. Not together with from/to (422). */
                window?: components["parameters"]["AnalyticsWindow"];
                /** @description Start of a bounded range (ISO 8601); needs `to`. */
                from?: components["parameters"]["AnalyticsFrom"];
                /** @description End of a bounded range (ISO 8601); needs `from`. */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "success-rate",
                     *       "value": 96.5,
                     *       "unit": "percent",
                     *       "from": "2026-05-01T00:00:00.000Z",
                     *       "to": "2026-05-31T23:59:59.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSuccessRate: {
        parameters: {
            query?: {
                /** @description The window: month (default), week or all. Not together with from/to (422). */
                window?: components["parameters"]["AnalyticsWindow"];
                /** @description Start of a bounded range (ISO 8601); needs `to`. */
                from?: components["parameters"]["AnalyticsFrom"];
                /** @description End of a bounded range (ISO 8601); needs `from`. */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "success-rate",
                     *       "value": 96.5,
                     *       "unit": "percent",
                     *       "from": "2026-05-01T00:00:00.000Z",
                     *       "to": "2026-05-31T23:59:59.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getExecutionDuration: {
        parameters: {
            query?: {
                /** @description The window: month (default), week or all. Not together with from/to (422). */
                window?: components["parameters"]["AnalyticsWindow"];
                /** @description Start of a bounded range (ISO 8601); needs `to`. */
                from?: components["parameters"]["AnalyticsFrom"];
                /** @description End of a bounded range (ISO 8601); needs `from`. */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "success-rate",
                     *       "value": 96.5,
                     *       "unit": "percent",
                     *       "from": "2026-05-01T00:00:00.000Z",
                     *       "to": "2026-05-31T23:59:59.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRunsCount: {
        parameters: {
            query?: {
                /** @description The window: month (default), week or all. Not together with from/to (422). */
                window?: components["parameters"]["AnalyticsWindow"];
                /** @description Start of a bounded range (ISO 8601); needs `to`. */
                from?: components["parameters"]["AnalyticsFrom"];
                /** @description End of a bounded range (ISO 8601); needs `from`. */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "success-rate",
                     *       "value": 96.5,
                     *       "unit": "percent",
                     *       "from": "2026-05-01T00:00:00.000Z",
                     *       "to": "2026-05-31T23:59:59.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getStepsExecuted: {
        parameters: {
            query?: {
                /** @description The window: month (default), week or all. Not together with from/to (422). */
                window?: components["parameters"]["AnalyticsWindow"];
                /** @description Start of a bounded range (ISO 8601); needs `to`. */
                from?: components["parameters"]["AnalyticsFrom"];
                /** @description End of a bounded range (ISO 8601); needs `from`. */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "success-rate",
                     *       "value": 96.5,
                     *       "unit": "percent",
                     *       "from": "2026-05-01T00:00:00.000Z",
                     *       "to": "2026-05-31T23:59:59.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCreditsConsumed: {
        parameters: {
            query?: {
                /** @description The window: month (default), week or all. Not together with from/to (422). */
                window?: components["parameters"]["AnalyticsWindow"];
                /** @description Start of a bounded range (ISO 8601); needs `to`. */
                from?: components["parameters"]["AnalyticsFrom"];
                /** @description End of a bounded range (ISO 8601); needs `from`. */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metric": "success-rate",
                     *       "value": 96.5,
                     *       "unit": "percent",
                     *       "from": "2026-05-01T00:00:00.000Z",
                     *       "to": "2026-05-31T23:59:59.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsMetric"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getStepsSummary: {
        parameters: {
            query?: {
                /** @description The window: month (default), week or all. Not together with from/to (422). */
                window?: components["parameters"]["AnalyticsWindow"];
                /** @description Start of a bounded range (ISO 8601); needs `to`. */
                from?: components["parameters"]["AnalyticsFrom"];
                /** @description End of a bounded range (ISO 8601); needs `from`. */
                to?: components["parameters"]["AnalyticsTo"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                     *           "count": 120,
                     *           "p50_ms": 850,
                     *           "p95_ms": 2400
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["StepsSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRunsTimeseries: {
        parameters: {
            query?: {
                /** @description The window: month (default), week or all. Not together with from/to (422). */
                window?: components["parameters"]["AnalyticsWindow"];
                /** @description Start of a bounded range (ISO 8601); needs `to`. */
                from?: components["parameters"]["AnalyticsFrom"];
                /** @description End of a bounded range (ISO 8601); needs `from`. */
                to?: components["parameters"]["AnalyticsTo"];
                /** @description Bucket size of the series. */
                granularity?: components["parameters"]["AnalyticsGranularity"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                     *           "timestamp": "2026-05-01T00:00:00.000Z",
                     *           "value": 42
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsSeries"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUsageTimeseries: {
        parameters: {
            query?: {
                /** @description The window: month (default), week or all. Not together with from/to (422). */
                window?: components["parameters"]["AnalyticsWindow"];
                /** @description Start of a bounded range (ISO 8601); needs `to`. */
                from?: components["parameters"]["AnalyticsFrom"];
                /** @description End of a bounded range (ISO 8601); needs `from`. */
                to?: components["parameters"]["AnalyticsTo"];
                /** @description Bucket size of the series. */
                granularity?: components["parameters"]["AnalyticsGranularity"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
                /**
                 * @description The project scope of workflow and integration operations.
                 * @example proj-main
                 */
                "X-Project-Id": components["parameters"]["ProjectId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
                     *           "timestamp": "2026-05-01T00:00:00.000Z",
                     *           "value": 42
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AnalyticsSeries"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listPats: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
                limit?: components["parameters"]["Limit"];
                /** @description The next_cursor of the previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header: {
                /**
                 * @description The workspace (tenant) slug. Scoped routes refuse a request without it.
                 * @example acme
                 */
                "X-Tenant-Id": components["parameters"]["TenantId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Pat items. */
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
            /** @description Success. */
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
            };
            path: {
                /**
                 * @description The token id.
                 * @example pat-id-3
                 */
                id: components["parameters"]["PatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            };
            path: {
                /**
                 * @description The token id.
                 * @example pat-id-3
                 */
                id: components["parameters"]["PatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
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
