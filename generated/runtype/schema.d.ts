/**
 * Generated from spec/runtype/ by `npm run build` (openapi-typescript): do not edit.
 */

export interface paths {
    "/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List flows
         * @description A page of flows, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
         */
        get: operations["listFlows"];
        put?: never;
        /**
         * Create a flow
         * @description Creates a flow.
         */
        post: operations["createFlow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/flows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a flow.
                 * @example flow_3Fk9Qz
                 */
                id: components["parameters"]["FlowId"];
            };
            cookie?: never;
        };
        /**
         * Get a flow
         * @description One flow by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getFlow"];
        put?: never;
        post?: never;
        /**
         * Delete a flow
         * @description Deletes a flow; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteFlow"];
        options?: never;
        head?: never;
        /**
         * Update a flow
         * @description Changes the given fields of a flow. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        patch: operations["updateFlow"];
        trace?: never;
    };
    "/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description A page of agents, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
         */
        get: operations["listAgents"];
        put?: never;
        /**
         * Create an agent
         * @description Creates an agent.
         */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an agent.
                 * @example agt_3Fk9Qz
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * Get an agent
         * @description One agent by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /**
         * Delete an agent
         * @description Deletes an agent; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /**
         * Update an agent
         * @description Changes the given fields of an agent. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/agents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an agent.
                 * @example agt_3Fk9Qz
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        /**
         * List versions for an agent
         * @description The agent's published versions, newest first (the order is designed), cursor-paginated. The reference names this page ("List versions for an agent") without its details; the route follows the resource it lists.
         */
        get: operations["listAgentVersions"];
        put?: never;
        /**
         * Publish a version of an agent
         * @description Snapshots the agent's current configuration as its next version. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        post: operations["publishAgentVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an agent.
                 * @example agt_3Fk9Qz
                 */
                id: components["parameters"]["AgentId"];
                /**
                 * @description The id of an agent version.
                 * @example ver_8Lx2Pd
                 */
                versionId: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        /**
         * Get a version of an agent
         * @description One published version. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getAgentVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List records
         * @description A page of records, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
         */
        get: operations["listRecords"];
        put?: never;
        /**
         * Create a record
         * @description Creates a record.
         */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a record.
                 * @example rec_3Fk9Qz
                 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        /**
         * Get a record
         * @description One record by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        /**
         * Delete a record
         * @description Deletes a record; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        /**
         * Update a record
         * @description Changes the given fields of a record. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        patch: operations["updateRecord"];
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description A page of products, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description Creates a product.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a product.
                 * @example prod_3Fk9Qz
                 */
                id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        /**
         * Get a product
         * @description One product by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /**
         * Delete a product
         * @description Deletes a product; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /**
         * Update a product
         * @description Changes the given fields of a product. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tools
         * @description A page of tools, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
         */
        get: operations["listTools"];
        put?: never;
        /**
         * Create a tool
         * @description Creates a tool.
         */
        post: operations["createTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a tool.
                 * @example tool_3Fk9Qz
                 */
                id: components["parameters"]["ToolId"];
            };
            cookie?: never;
        };
        /**
         * Get a tool
         * @description One tool by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getTool"];
        put?: never;
        post?: never;
        /**
         * Delete a tool
         * @description Deletes a tool; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteTool"];
        options?: never;
        head?: never;
        /**
         * Update a tool
         * @description Changes the given fields of a tool. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        patch: operations["updateTool"];
        trace?: never;
    };
    "/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List secrets
         * @description A page of secrets, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
         */
        get: operations["listSecrets"];
        put?: never;
        /**
         * Create a secret
         * @description Creates a secret. Its value is write-only: no response returns it.
         */
        post: operations["createSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/secrets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a secret.
                 * @example sec_3Fk9Qz
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        /**
         * Get a secret
         * @description One secret by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getSecret"];
        put?: never;
        post?: never;
        /**
         * Delete a secret
         * @description Deletes a secret; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteSecret"];
        options?: never;
        head?: never;
        /**
         * Update a secret
         * @description Changes the given fields of a secret. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        patch: operations["updateSecret"];
        trace?: never;
    };
    "/model-configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List model configs
         * @description A page of model configs, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
         */
        get: operations["listModelConfigs"];
        put?: never;
        /**
         * Create a model config
         * @description Creates a model config.
         */
        post: operations["createModelConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/model-configs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a model config.
                 * @example mc_3Fk9Qz
                 */
                id: components["parameters"]["ModelConfigId"];
            };
            cookie?: never;
        };
        /**
         * Get a model config
         * @description One model config by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getModelConfig"];
        put?: never;
        post?: never;
        /**
         * Delete a model config
         * @description Deletes a model config; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteModelConfig"];
        options?: never;
        head?: never;
        /**
         * Update a model config
         * @description Changes the given fields of a model config. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        patch: operations["updateModelConfig"];
        trace?: never;
    };
    "/client-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List client tokens
         * @description A page of client tokens, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
         */
        get: operations["listClientTokens"];
        put?: never;
        /**
         * Create a client token
         * @description Creates a client token. The response is the only one that carries its token.
         */
        post: operations["createClientToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/client-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a client token.
                 * @example ct_3Fk9Qz
                 */
                id: components["parameters"]["ClientTokenId"];
            };
            cookie?: never;
        };
        /**
         * Get a client token
         * @description One client token by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getClientToken"];
        put?: never;
        post?: never;
        /**
         * Delete a client token
         * @description Deletes a client token; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteClientToken"];
        options?: never;
        head?: never;
        /**
         * Update a client token
         * @description Changes the given fields of a client token. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        patch: operations["updateClientToken"];
        trace?: never;
    };
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description A page of conversations, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Create a conversation
         * @description Creates a conversation.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a conversation.
                 * @example conv_3Fk9Qz
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description One conversation by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        /**
         * Delete a conversation
         * @description Deletes a conversation; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        /**
         * Update a conversation
         * @description Changes the given fields of a conversation. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        patch: operations["updateConversation"];
        trace?: never;
    };
    "/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a conversation.
                 * @example conv_3Fk9Qz
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * List a conversation's messages
         * @description The conversation's messages, oldest first, cursor-paginated. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages ("conversation state and messages").
         */
        get: operations["listConversationMessages"];
        put?: never;
        /**
         * Add a message to a conversation
         * @description Appends a message. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        post: operations["addConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description A page of api keys, newest first (the order is designed). Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key. The response is the only one that carries its key. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an API key.
                 * @example key_3Fk9Qz
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description One API key by id. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Delete an API key
         * @description Deletes an API key; a later get answers 404. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One step of a flow. */
        FlowStep: {
            /**
             * @description The step's kind.
             * @enum {string}
             */
            type: "prompt" | "tool" | "condition" | "transform";
            /** @description The step's name. */
            name: string;
            /** @description The step's settings, specific to its kind. */
            config?: {
                [key: string]: unknown;
            };
        };
        /** @description A multi-step AI workflow: an ordered list of steps, each a prompt, tool call or other step type. */
        Flow: {
            /** @description The flow's id, assigned by the server. */
            readonly id: string;
            /** @description The flow's name. */
            name: string;
            /** @description What the flow is for. */
            description?: string | null;
            /** @description The flow's steps, run in order. */
            steps: components["schemas"]["FlowStep"][];
            /**
             * Format: date-time
             * @description When the flow was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the flow was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description Cursor pagination, shared by every list. Pass `nextCursor` as `cursor` to get the next page; walking until `hasMore` is false yields every item once. */
        Pagination: {
            /** @description The cursor of the next page; null on the last page. */
            nextCursor: string | null;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description The page size applied. */
            limit: number;
        };
        /** @description A page of flows, with the cursor to the next page. */
        FlowList: {
            /** @description The items of this page. */
            data: components["schemas"]["Flow"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The 400 body of a request that failed schema validation, exactly as the reference shows it. Branch on each detail's stable `code`, not its message. */
        ValidationError: {
            /**
             * @description Always `Validation error`.
             * @constant
             */
            error: "Validation error";
            /** @description One entry per problem. */
            details: {
                /**
                 * @description A stable code to branch on instead of the message.
                 * @enum {string}
                 */
                code: "MISSING_REQUIRED_FIELD" | "INVALID_TYPE" | "INVALID_ENUM" | "OUT_OF_RANGE" | "INVALID_FORMAT" | "UNRECOGNIZED_KEYS" | "INVALID_UNION" | "CUSTOM_VALIDATION" | "VALIDATION_ERROR";
                /** @description Human-readable description of the problem. */
                message: string;
                /** @description Dotted path to the offending field; empty for the request root. */
                path: string;
                /** @description An optional actionable hint, such as the allowed values or accepted range. */
                suggestion?: string;
            }[];
        };
        /** @description The JSON body of every error but 400. The reference says only that errors carry "a JSON error body"; this shape is designed for it. */
        ErrorBody: {
            /** @description A short, stable description of the error class, e.g. "Not found". */
            error: string;
            /** @description Details for a human. */
            message?: string;
        };
        /** @description The fields of a new Flow. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateFlowRequest: {
            /** @description The flow's name. */
            name: string;
            /** @description What the flow is for. */
            description?: string | null;
            /** @description The flow's steps, run in order. */
            steps: components["schemas"]["FlowStep"][];
        };
        /** @description A partial update of a Flow: send only the fields to change. */
        UpdateFlowRequest: {
            /** @description The flow's name. */
            name?: string;
            /** @description What the flow is for. */
            description?: string | null;
            /** @description The flow's steps, run in order. */
            steps?: components["schemas"]["FlowStep"][];
        };
        /** @description A tool-using AI agent: instructions, a model and the tools it may call. */
        Agent: {
            /** @description The agent's id, assigned by the server. */
            readonly id: string;
            /** @description The agent's name. */
            name: string;
            /** @description The instructions the agent follows. */
            instructions?: string;
            /** @description The model id, e.g. gpt-4o-mini. */
            model: string;
            /** @description The ids of the tools the agent may call. */
            toolIds?: string[];
            /**
             * Format: date-time
             * @description When the agent was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the agent was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description A page of agents, with the cursor to the next page. */
        AgentList: {
            /** @description The items of this page. */
            data: components["schemas"]["Agent"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Agent. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateAgentRequest: {
            /** @description The agent's name. */
            name: string;
            /** @description The instructions the agent follows. */
            instructions?: string;
            /** @description The model id, e.g. gpt-4o-mini. */
            model: string;
            /** @description The ids of the tools the agent may call. */
            toolIds?: string[];
        };
        /** @description A partial update of a Agent: send only the fields to change. */
        UpdateAgentRequest: {
            /** @description The agent's name. */
            name?: string;
            /** @description The instructions the agent follows. */
            instructions?: string;
            /** @description The model id, e.g. gpt-4o-mini. */
            model?: string;
            /** @description The ids of the tools the agent may call. */
            toolIds?: string[];
        };
        /** @description A published, immutable snapshot of an agent's configuration. */
        AgentVersion: {
            /** @description The version's id, assigned by the server. */
            id: string;
            /** @description The agent this version belongs to. */
            agentId: string;
            /** @description 1 for the first published version, then one more each time. */
            version: number;
            /** @description The instructions the agent follows. */
            instructions?: string;
            /** @description The model id, e.g. gpt-4o-mini. */
            model: string;
            /** @description The ids of the tools the agent may call. */
            toolIds?: string[];
            /** @description What changed in this version. */
            note?: string | null;
            /**
             * Format: date-time
             * @description When the version was created.
             */
            createdAt: string;
        };
        /** @description A page of an agent's versions, newest first. */
        AgentVersionList: {
            /** @description The items of this page. */
            data: components["schemas"]["AgentVersion"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description Publishing snapshots the agent's current configuration; only a note may be given. */
        PublishAgentVersionRequest: {
            /** @description What changed in this version. */
            note?: string;
        };
        /** @description Structured data that agents and flows can use: a typed JSON document with metadata. */
        RecordItem: {
            /** @description The record's id, assigned by the server. */
            readonly id: string;
            /** @description The record's kind, chosen by the caller (e.g. customer, faq). */
            type: string;
            /** @description The record's name. */
            name: string;
            /** @description Free-form key-value metadata. */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the record was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the record was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description A page of records, with the cursor to the next page. */
        RecordList: {
            /** @description The items of this page. */
            data: components["schemas"]["RecordItem"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Record. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateRecordRequest: {
            /** @description The record's kind, chosen by the caller (e.g. customer, faq). */
            type: string;
            /** @description The item's name. */
            name: string;
            /** @description Free-form key-value metadata. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A partial update of a Record: send only the fields to change. */
        UpdateRecordRequest: {
            /** @description The record's kind, chosen by the caller (e.g. customer, faq). */
            type?: string;
            /** @description The item's name. */
            name?: string;
            /** @description Free-form key-value metadata. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A deployable container for capabilities (flows, agents) and surfaces (chat widget, API). */
        Product: {
            /** @description The product's id, assigned by the server. */
            readonly id: string;
            /** @description The product's name. */
            name: string;
            /** @description What the product is for. */
            description?: string | null;
            /** @description The agents the product exposes. */
            agentIds?: string[];
            /** @description The flows the product exposes. */
            flowIds?: string[];
            /** @description Where the product is offered: chat widget, API, email. */
            surfaces?: ("chat" | "api" | "email")[];
            /**
             * Format: date-time
             * @description When the product was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the product was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description A page of products, with the cursor to the next page. */
        ProductList: {
            /** @description The items of this page. */
            data: components["schemas"]["Product"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Product. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateProductRequest: {
            /** @description The product's name. */
            name: string;
            /** @description What the product is for. */
            description?: string | null;
            /** @description The agents the product exposes. */
            agentIds?: string[];
            /** @description The flows the product exposes. */
            flowIds?: string[];
            /** @description Where the product is offered: chat widget, API, email. */
            surfaces?: ("chat" | "api" | "email")[];
        };
        /** @description A partial update of a Product: send only the fields to change. */
        UpdateProductRequest: {
            /** @description The product's name. */
            name?: string;
            /** @description What the product is for. */
            description?: string | null;
            /** @description The agents the product exposes. */
            agentIds?: string[];
            /** @description The flows the product exposes. */
            flowIds?: string[];
            /** @description Where the product is offered: chat widget, API, email. */
            surfaces?: ("chat" | "api" | "email")[];
        };
        /** @description A custom or built-in tool: a name, a description the model reads, and JSON Schema parameters. */
        Tool: {
            /** @description The tool's id, assigned by the server. */
            readonly id: string;
            /** @description The tool's name. */
            name: string;
            /** @description What the tool is for. */
            description: string;
            /**
             * @description Whether the tool is custom or built in.
             * @enum {string}
             */
            kind?: "custom" | "builtin";
            /** @description A JSON Schema object describing the tool's arguments. */
            parameters?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the tool was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the tool was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description A page of tools, with the cursor to the next page. */
        ToolList: {
            /** @description The items of this page. */
            data: components["schemas"]["Tool"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Tool. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateToolRequest: {
            /** @description The tool's name. */
            name: string;
            /** @description What the tool is for. */
            description: string;
            /**
             * @description Whether the tool is custom or built in.
             * @enum {string}
             */
            kind?: "custom" | "builtin";
            /** @description A JSON Schema object describing the tool's arguments. */
            parameters?: {
                [key: string]: unknown;
            };
        };
        /** @description A partial update of a Tool: send only the fields to change. */
        UpdateToolRequest: {
            /** @description The tool's name. */
            name?: string;
            /** @description What the tool is for. */
            description?: string;
            /**
             * @description Whether the tool is custom or built in.
             * @enum {string}
             */
            kind?: "custom" | "builtin";
            /** @description A JSON Schema object describing the tool's arguments. */
            parameters?: {
                [key: string]: unknown;
            };
        };
        /** @description Managed secret metadata. The value is write-only: it is accepted on create and update and never returned by any response. */
        Secret: {
            /** @description The secret's id, assigned by the server. */
            readonly id: string;
            /** @description The secret's name. */
            name: string;
            /** @description What the secret is for. */
            description?: string | null;
            /** @description What the secret is for, e.g. openai, stripe, custom. */
            provider?: string;
            /**
             * Format: date-time
             * @description When the secret was last used; null if never.
             */
            readonly lastUsedAt?: string | null;
            /**
             * Format: date-time
             * @description When the secret was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the secret was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description A page of secrets, with the cursor to the next page. */
        SecretList: {
            /** @description The items of this page. */
            data: components["schemas"]["Secret"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Secret. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateSecretRequest: {
            /** @description The secret's name. */
            name: string;
            /** @description What the secret is for. */
            description?: string | null;
            /** @description What the secret is for, e.g. openai, stripe, custom. */
            provider?: string;
            /** @description The secret's value. Write-only; no response carries it. */
            value: string;
        };
        /** @description A partial update of a Secret: send only the fields to change. */
        UpdateSecretRequest: {
            /** @description The secret's name. */
            name?: string;
            /** @description What the secret is for. */
            description?: string | null;
            /** @description What the secret is for, e.g. openai, stripe, custom. */
            provider?: string;
            /** @description The secret's value. Write-only; no response carries it. */
            value?: string;
        };
        /** @description A model provider configuration: provider, model and default generation settings. */
        ModelConfig: {
            /** @description The model config's id, assigned by the server. */
            readonly id: string;
            /** @description The model config's name. */
            name: string;
            /**
             * @description The model provider.
             * @enum {string}
             */
            provider: "openai" | "anthropic" | "google" | "azure-openai" | "custom";
            /** @description The model id, e.g. gpt-4o-mini. */
            model: string;
            /** @description Default sampling temperature, 0 to 2. */
            temperature?: number;
            /** @description Default maximum number of tokens to generate. */
            maxTokens?: number;
            /** @description The secret holding the provider key. */
            secretId?: string | null;
            /**
             * Format: date-time
             * @description When the model config was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the model config was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description A page of model-configs, with the cursor to the next page. */
        ModelConfigList: {
            /** @description The items of this page. */
            data: components["schemas"]["ModelConfig"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new ModelConfig. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateModelConfigRequest: {
            /** @description The model config's name. */
            name: string;
            /**
             * @description The model provider.
             * @enum {string}
             */
            provider: "openai" | "anthropic" | "google" | "azure-openai" | "custom";
            /** @description The model id, e.g. gpt-4o-mini. */
            model: string;
            /** @description Default sampling temperature, 0 to 2. */
            temperature?: number;
            /** @description Default maximum number of tokens to generate. */
            maxTokens?: number;
            /** @description The secret holding the provider key. */
            secretId?: string | null;
        };
        /** @description A partial update of a ModelConfig: send only the fields to change. */
        UpdateModelConfigRequest: {
            /** @description The model config's name. */
            name?: string;
            /**
             * @description The model provider.
             * @enum {string}
             */
            provider?: "openai" | "anthropic" | "google" | "azure-openai" | "custom";
            /** @description The model id, e.g. gpt-4o-mini. */
            model?: string;
            /** @description Default sampling temperature, 0 to 2. */
            temperature?: number;
            /** @description Default maximum number of tokens to generate. */
            maxTokens?: number;
            /** @description The secret holding the provider key. */
            secretId?: string | null;
        };
        /** @description A browser or client access token, limited to some origins and a product, with an expiry. The token value is returned once, on create. */
        ClientToken: {
            /** @description The client token's id, assigned by the server. */
            readonly id: string;
            /** @description The client token's name. */
            name: string;
            /** @description The product the token gives access to. */
            productId: string;
            /** @description The browser origins allowed to use the token. */
            allowedOrigins?: string[];
            /**
             * Format: date-time
             * @description When the token expires; null for never.
             */
            expiresAt?: string | null;
            /**
             * Format: date-time
             * @description When the client token was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the client token was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description A page of client-tokens, with the cursor to the next page. */
        ClientTokenList: {
            /** @description The items of this page. */
            data: components["schemas"]["ClientToken"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new ClientToken. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateClientTokenRequest: {
            /** @description The client token's name. */
            name: string;
            /** @description The product the token gives access to. */
            productId: string;
            /** @description The browser origins allowed to use the token. */
            allowedOrigins?: string[];
            /**
             * Format: date-time
             * @description When the token expires; null for never.
             */
            expiresAt?: string | null;
        };
        /** @description A new ClientToken with its token: the only response that carries it. */
        CreatedClientToken: components["schemas"]["ClientToken"] & {
            /** @description The token value, shown once. */
            token: string;
        };
        /** @description A partial update of a ClientToken: send only the fields to change. */
        UpdateClientTokenRequest: {
            /** @description The client token's name. */
            name?: string;
            /** @description The product the token gives access to. */
            productId?: string;
            /** @description The browser origins allowed to use the token. */
            allowedOrigins?: string[];
            /**
             * Format: date-time
             * @description When the token expires; null for never.
             */
            expiresAt?: string | null;
        };
        /** @description Conversation state: who is talking to which agent or product, and its messages. */
        Conversation: {
            /** @description The conversation's id, assigned by the server. */
            readonly id: string;
            /** @description The conversation's title. */
            title?: string | null;
            /** @description The agent the conversation talks to, if any. */
            agentId?: string | null;
            /** @description The product the conversation belongs to, if any. */
            productId?: string | null;
            /** @description Free-form key-value metadata. */
            metadata?: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the conversation was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the conversation was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description A page of conversations, with the cursor to the next page. */
        ConversationList: {
            /** @description The items of this page. */
            data: components["schemas"]["Conversation"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Conversation. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateConversationRequest: {
            /** @description The conversation's title. */
            title?: string | null;
            /** @description The agent the conversation talks to, if any. */
            agentId?: string | null;
            /** @description The product the conversation belongs to, if any. */
            productId?: string | null;
            /** @description Free-form key-value metadata. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A partial update of a Conversation: send only the fields to change. */
        UpdateConversationRequest: {
            /** @description The conversation's title. */
            title?: string | null;
            /** @description The agent the conversation talks to, if any. */
            agentId?: string | null;
            /** @description The product the conversation belongs to, if any. */
            productId?: string | null;
            /** @description Free-form key-value metadata. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description One message of a conversation. */
        Message: {
            /** @description The message's id, assigned by the server. */
            id: string;
            /** @description The conversation the message belongs to. */
            conversationId: string;
            /**
             * @description Who wrote the message.
             * @enum {string}
             */
            role: "user" | "assistant" | "system" | "tool";
            /** @description The message text. */
            content: string;
            /**
             * Format: date-time
             * @description When the message was created.
             */
            createdAt: string;
        };
        /** @description A page of a conversation's messages, oldest first. */
        MessageList: {
            /** @description The items of this page. */
            data: components["schemas"]["Message"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description A message to append to a conversation. */
        CreateMessageRequest: {
            /**
             * @description Who wrote the message.
             * @enum {string}
             */
            role: "user" | "assistant" | "system" | "tool";
            /** @description The message text. */
            content: string;
        };
        /** @description An API key for the Runtype API. The key value is returned once, on create; lists and reads show its prefix and last four characters. */
        ApiKey: {
            /** @description The API key's id, assigned by the server. */
            readonly id: string;
            /** @description The API key's name. */
            name: string;
            /** @description The first characters of the key, to recognise it by. */
            readonly prefix?: string;
            /** @description The key's last four characters. */
            readonly last4?: string;
            /**
             * Format: date-time
             * @description When the API key was last used; null if never.
             */
            readonly lastUsedAt?: string | null;
            /**
             * Format: date-time
             * @description When the API key was created.
             */
            readonly createdAt: string;
            /**
             * Format: date-time
             * @description When the API key was last changed.
             */
            readonly updatedAt: string;
        };
        /** @description A page of api-keys, with the cursor to the next page. */
        ApiKeyList: {
            /** @description The items of this page. */
            data: components["schemas"]["ApiKey"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new ApiKey. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateApiKeyRequest: {
            /** @description The API key's name. */
            name: string;
        };
        /** @description A new ApiKey with its key: the only response that carries it. */
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /** @description The key value, shown once. */
            key: string;
        };
    };
    responses: {
        /** @description Bad Request — the request failed validation; each detail names a problem. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Validation error",
                 *       "details": [
                 *         {
                 *           "code": "MISSING_REQUIRED_FIELD",
                 *           "message": "Invalid input: expected string, received undefined",
                 *           "path": "name"
                 *         },
                 *         {
                 *           "code": "INVALID_ENUM",
                 *           "message": "Invalid option",
                 *           "path": "kind",
                 *           "suggestion": "Expected one of: custom, builtin."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /** @description Unauthorized — the API key is missing or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unauthorized",
                 *       "message": "Invalid API key"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Forbidden — the key lacks the permission this operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Forbidden",
                 *       "message": "This API key cannot manage secrets"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Too Many Requests — rate limit exceeded; retry after the time `Retry-After` gives, when sent. */
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
                 *       "error": "Too many requests",
                 *       "message": "Rate limit exceeded, retry in 30 seconds"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Internal Server Error. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Payload Too Large — the request body is larger than the server accepts. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Payload too large",
                 *       "message": "Request body is larger than 1048576 bytes"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unsupported Media Type — the request body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unsupported media type",
                 *       "message": "Content-Type must be application/json"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Not Found — no such resource for this account. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Not found",
                 *       "message": "No resource with this id for this account"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
         * @example 50
         */
        Limit: number;
        /**
         * @description The opaque `pagination.nextCursor` of the previous page.
         * @example rec_abc123
         */
        Cursor: string;
        /**
         * @description The id of a flow.
         * @example flow_3Fk9Qz
         */
        FlowId: string;
        /**
         * @description The id of an agent.
         * @example agt_3Fk9Qz
         */
        AgentId: string;
        /**
         * @description The id of an agent version.
         * @example ver_8Lx2Pd
         */
        VersionId: string;
        /**
         * @description The id of a record.
         * @example rec_3Fk9Qz
         */
        RecordId: string;
        /**
         * @description The id of a product.
         * @example prod_3Fk9Qz
         */
        ProductId: string;
        /**
         * @description The id of a tool.
         * @example tool_3Fk9Qz
         */
        ToolId: string;
        /**
         * @description The id of a secret.
         * @example sec_3Fk9Qz
         */
        SecretId: string;
        /**
         * @description The id of a model config.
         * @example mc_3Fk9Qz
         */
        ModelConfigId: string;
        /**
         * @description The id of a client token.
         * @example ct_3Fk9Qz
         */
        ClientTokenId: string;
        /**
         * @description The id of a conversation.
         * @example conv_3Fk9Qz
         */
        ConversationId: string;
        /**
         * @description The id of an API key.
         * @example key_3Fk9Qz
         */
        ApiKeyId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listFlows: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of flows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "flow_3Fk9Qz",
                     *           "name": "Summarise support ticket",
                     *           "description": "Reads a ticket and writes a summary",
                     *           "steps": [
                     *             {
                     *               "type": "prompt",
                     *               "name": "summarise",
                     *               "config": {
                     *                 "prompt": "Summarise: {{ticket}}"
                     *               }
                     *             }
                     *           ],
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FlowList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createFlow: {
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
                 *       "name": "Summarise support ticket",
                 *       "description": "Reads a ticket and writes a summary",
                 *       "steps": [
                 *         {
                 *           "type": "prompt",
                 *           "name": "summarise",
                 *           "config": {
                 *             "prompt": "Summarise: {{ticket}}"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateFlowRequest"];
            };
        };
        responses: {
            /** @description The flow was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a flow.
                 * @example flow_3Fk9Qz
                 */
                id: components["parameters"]["FlowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a flow.
                 * @example flow_3Fk9Qz
                 */
                id: components["parameters"]["FlowId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flow was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no flow with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No flow with id flow_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a flow.
                 * @example flow_3Fk9Qz
                 */
                id: components["parameters"]["FlowId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Summarise support ticket"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateFlowRequest"];
            };
        };
        responses: {
            /** @description The updated flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Flow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
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
                     *           "id": "agt_3Fk9Qz",
                     *           "name": "Support triage",
                     *           "instructions": "Classify incoming tickets by urgency.",
                     *           "model": "gpt-4o-mini",
                     *           "toolIds": [
                     *             "tool_7Hq2Lm"
                     *           ],
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createAgent: {
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
                 *       "name": "Support triage",
                 *       "instructions": "Classify incoming tickets by urgency.",
                 *       "model": "gpt-4o-mini",
                 *       "toolIds": [
                 *         "tool_7Hq2Lm"
                 *       ]
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
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an agent.
                 * @example agt_3Fk9Qz
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
                    "application/json": components["schemas"]["Agent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an agent.
                 * @example agt_3Fk9Qz
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no agent with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No agent with id agt_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an agent.
                 * @example agt_3Fk9Qz
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Support triage"
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
                    "application/json": components["schemas"]["Agent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listAgentVersions: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of an agent.
                 * @example agt_3Fk9Qz
                 */
                id: components["parameters"]["AgentId"];
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
                     *           "id": "ver_8Lx2Pd",
                     *           "agentId": "agt_3Fk9Qz",
                     *           "version": 3,
                     *           "instructions": "Classify incoming tickets by urgency.",
                     *           "model": "gpt-4o-mini",
                     *           "toolIds": [
                     *             "tool_7Hq2Lm"
                     *           ],
                     *           "note": "Tighter urgency rules",
                     *           "createdAt": "2026-05-21T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    publishAgentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an agent.
                 * @example agt_3Fk9Qz
                 */
                id: components["parameters"]["AgentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "note": "Tighter urgency rules"
                 *     }
                 */
                "application/json": components["schemas"]["PublishAgentVersionRequest"];
            };
        };
        responses: {
            /** @description The version was published. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getAgentVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an agent.
                 * @example agt_3Fk9Qz
                 */
                id: components["parameters"]["AgentId"];
                /**
                 * @description The id of an agent version.
                 * @example ver_8Lx2Pd
                 */
                versionId: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentVersion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listRecords: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "rec_3Fk9Qz",
                     *           "type": "customer",
                     *           "name": "Acme Corp",
                     *           "metadata": {
                     *             "plan": "enterprise",
                     *             "seats": 120
                     *           },
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createRecord: {
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
                 *       "type": "customer",
                 *       "name": "Acme Corp",
                 *       "metadata": {
                 *         "plan": "enterprise",
                 *         "seats": 120
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateRecordRequest"];
            };
        };
        responses: {
            /** @description The record was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a record.
                 * @example rec_3Fk9Qz
                 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a record.
                 * @example rec_3Fk9Qz
                 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no record with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No record with id rec_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a record.
                 * @example rec_3Fk9Qz
                 */
                id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "type": "customer"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRecordRequest"];
            };
        };
        responses: {
            /** @description The updated record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "prod_3Fk9Qz",
                     *           "name": "Help center assistant",
                     *           "description": "Answers customer questions",
                     *           "agentIds": [
                     *             "agt_3Fk9Qz"
                     *           ],
                     *           "flowIds": [],
                     *           "surfaces": [
                     *             "chat"
                     *           ],
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createProduct: {
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
                 *       "name": "Help center assistant",
                 *       "description": "Answers customer questions",
                 *       "agentIds": [
                 *         "agt_3Fk9Qz"
                 *       ],
                 *       "flowIds": [],
                 *       "surfaces": [
                 *         "chat"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            /** @description The product was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a product.
                 * @example prod_3Fk9Qz
                 */
                id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a product.
                 * @example prod_3Fk9Qz
                 */
                id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no product with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No product with id prod_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a product.
                 * @example prod_3Fk9Qz
                 */
                id: components["parameters"]["ProductId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Help center assistant"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProductRequest"];
            };
        };
        responses: {
            /** @description The updated product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listTools: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "tool_3Fk9Qz",
                     *           "name": "lookup_order",
                     *           "description": "Finds an order by its number",
                     *           "kind": "custom",
                     *           "parameters": {
                     *             "type": "object",
                     *             "properties": {
                     *               "orderNumber": {
                     *                 "type": "string"
                     *               }
                     *             },
                     *             "required": [
                     *               "orderNumber"
                     *             ]
                     *           },
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ToolList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createTool: {
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
                 *       "name": "lookup_order",
                 *       "description": "Finds an order by its number",
                 *       "kind": "custom",
                 *       "parameters": {
                 *         "type": "object",
                 *         "properties": {
                 *           "orderNumber": {
                 *             "type": "string"
                 *           }
                 *         },
                 *         "required": [
                 *           "orderNumber"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateToolRequest"];
            };
        };
        responses: {
            /** @description The tool was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a tool.
                 * @example tool_3Fk9Qz
                 */
                id: components["parameters"]["ToolId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a tool.
                 * @example tool_3Fk9Qz
                 */
                id: components["parameters"]["ToolId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tool was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no tool with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No tool with id tool_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a tool.
                 * @example tool_3Fk9Qz
                 */
                id: components["parameters"]["ToolId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "lookup_order"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateToolRequest"];
            };
        };
        responses: {
            /** @description The updated tool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listSecrets: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of secrets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "sec_3Fk9Qz",
                     *           "name": "OPENAI_API_KEY",
                     *           "description": "Key for the support agent",
                     *           "provider": "openai",
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SecretList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createSecret: {
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
                 *       "name": "OPENAI_API_KEY",
                 *       "description": "Key for the support agent",
                 *       "provider": "openai",
                 *       "value": "sk-live-value-never-returned"
                 *     }
                 */
                "application/json": components["schemas"]["CreateSecretRequest"];
            };
        };
        responses: {
            /** @description The secret was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Secret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a secret.
                 * @example sec_3Fk9Qz
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Secret"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a secret.
                 * @example sec_3Fk9Qz
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no secret with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No secret with id sec_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a secret.
                 * @example sec_3Fk9Qz
                 */
                id: components["parameters"]["SecretId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "OPENAI_API_KEY"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateSecretRequest"];
            };
        };
        responses: {
            /** @description The updated secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Secret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listModelConfigs: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of model configs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "mc_3Fk9Qz",
                     *           "name": "Default GPT-4o mini",
                     *           "provider": "openai",
                     *           "model": "gpt-4o-mini",
                     *           "temperature": 0.2,
                     *           "maxTokens": 1024,
                     *           "secretId": "sec_9Pq4Tn",
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ModelConfigList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createModelConfig: {
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
                 *       "name": "Default GPT-4o mini",
                 *       "provider": "openai",
                 *       "model": "gpt-4o-mini",
                 *       "temperature": 0.2,
                 *       "maxTokens": 1024,
                 *       "secretId": "sec_9Pq4Tn"
                 *     }
                 */
                "application/json": components["schemas"]["CreateModelConfigRequest"];
            };
        };
        responses: {
            /** @description The model config was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getModelConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a model config.
                 * @example mc_3Fk9Qz
                 */
                id: components["parameters"]["ModelConfigId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model config. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteModelConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a model config.
                 * @example mc_3Fk9Qz
                 */
                id: components["parameters"]["ModelConfigId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model config was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no model config with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No model config with id mc_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateModelConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a model config.
                 * @example mc_3Fk9Qz
                 */
                id: components["parameters"]["ModelConfigId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Default GPT-4o mini"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateModelConfigRequest"];
            };
        };
        responses: {
            /** @description The updated model config. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listClientTokens: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of client tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ct_3Fk9Qz",
                     *           "name": "Help center widget",
                     *           "productId": "prod_2Wn8Rb",
                     *           "allowedOrigins": [
                     *             "https://help.example.org"
                     *           ],
                     *           "expiresAt": "2027-01-01T00:00:00.000Z",
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ClientTokenList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createClientToken: {
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
                 *       "name": "Help center widget",
                 *       "productId": "prod_2Wn8Rb",
                 *       "allowedOrigins": [
                 *         "https://help.example.org"
                 *       ],
                 *       "expiresAt": "2027-01-01T00:00:00.000Z"
                 *     }
                 */
                "application/json": components["schemas"]["CreateClientTokenRequest"];
            };
        };
        responses: {
            /** @description The client token was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedClientToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getClientToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a client token.
                 * @example ct_3Fk9Qz
                 */
                id: components["parameters"]["ClientTokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientToken"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteClientToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a client token.
                 * @example ct_3Fk9Qz
                 */
                id: components["parameters"]["ClientTokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client token was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no client token with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No client token with id ct_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateClientToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a client token.
                 * @example ct_3Fk9Qz
                 */
                id: components["parameters"]["ClientTokenId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Help center widget"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateClientTokenRequest"];
            };
        };
        responses: {
            /** @description The updated client token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "conv_3Fk9Qz",
                     *           "title": "Order 1042 delivery",
                     *           "agentId": "agt_3Fk9Qz",
                     *           "productId": null,
                     *           "metadata": {
                     *             "channel": "chat"
                     *           },
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createConversation: {
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
                 *       "title": "Order 1042 delivery",
                 *       "agentId": "agt_3Fk9Qz",
                 *       "productId": null,
                 *       "metadata": {
                 *         "channel": "chat"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateConversationRequest"];
            };
        };
        responses: {
            /** @description The conversation was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a conversation.
                 * @example conv_3Fk9Qz
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a conversation.
                 * @example conv_3Fk9Qz
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no conversation with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No conversation with id conv_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a conversation.
                 * @example conv_3Fk9Qz
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Order 1042 delivery"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateConversationRequest"];
            };
        };
        responses: {
            /** @description The updated conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description The id of a conversation.
                 * @example conv_3Fk9Qz
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "msg_5Tz1Wc",
                     *           "conversationId": "conv_3Fk9Qz",
                     *           "role": "user",
                     *           "content": "Where is my order 1042?",
                     *           "createdAt": "2026-05-20T12:01:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MessageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    addConversationMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a conversation.
                 * @example conv_3Fk9Qz
                 */
                id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "user",
                 *       "content": "Where is my order 1042?"
                 *     }
                 */
                "application/json": components["schemas"]["CreateMessageRequest"];
            };
        };
        responses: {
            /** @description The message was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /**
                 * @description Page size. The reference's example asks for 50; the range 1 to 100 and the default 50 are this contract's.
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The opaque `pagination.nextCursor` of the previous page.
                 * @example rec_abc123
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of api keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "key_3Fk9Qz",
                     *           "name": "CI pipeline",
                     *           "prefix": "rt_live",
                     *           "last4": "9f2c",
                     *           "lastUsedAt": null,
                     *           "createdAt": "2026-05-20T12:00:00.000Z",
                     *           "updatedAt": "2026-05-20T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "pagination": {
                     *         "nextCursor": null,
                     *         "hasMore": false,
                     *         "limit": 50
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createApiKey: {
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
                 *       "name": "CI pipeline"
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The API key was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an API key.
                 * @example key_3Fk9Qz
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an API key.
                 * @example key_3Fk9Qz
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description Not Found — no API key with this id for this account, e.g. one already deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Not found",
                     *       "message": "No API key with id key_3Fk9Qz"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
