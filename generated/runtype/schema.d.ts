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
         * @description A page of flows, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
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
         * @description A page of agents, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
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
         * @description The agent's published versions, newest first, cursor-paginated. The reference names this page ("List versions for an agent") without its details; the route follows the resource it lists.
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
         * @description A page of records, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
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
         * @description A page of products, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
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
         * @description A page of tools, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
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
         * @description A page of secrets, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
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
         * @description A page of model configs, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
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
         * @description A page of client tokens, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
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
         * @description A page of conversations, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once.
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
         * @description A page of api keys, newest first. Walk `pagination.nextCursor` until `hasMore` is false to get every item exactly once. The Runtype reference lists only the key endpoints; this route is inferred from the resource it manages.
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
        /** @description A multi-step AI workflow: an ordered list of steps, each a prompt, tool call or other step type. The shape is designed: the reference lists resources, not their fields. */
        Flow: {
            readonly id: string;
            name: string;
            description?: string | null;
            /** @description The flow's steps, run in order. */
            steps: {
                /** @enum {string} */
                type: "prompt" | "tool" | "condition" | "transform";
                name: string;
                config?: {
                    [key: string]: unknown;
                };
            }[];
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description Cursor pagination, shared by every list. Pass `nextCursor` as `cursor` to get the next page; walking until `hasMore` is false yields every item once. */
        Pagination: {
            /** @description The cursor of the next page; null on the last page. */
            nextCursor: string | null;
            hasMore: boolean;
            /** @description The page size applied. */
            limit: number;
        };
        /** @description A page of flows, with the cursor to the next page. */
        FlowList: {
            data: components["schemas"]["Flow"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The 400 body of a request that failed schema validation, exactly as the reference shows it. Branch on each detail's stable `code`, not its message. */
        ValidationError: {
            /** @constant */
            error: "Validation error";
            details: {
                /** @enum {string} */
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
        Error: {
            /** @description A short, stable description of the error class, e.g. "Not found". */
            error: string;
            /** @description Details for a human. */
            message?: string;
        };
        /** @description The fields of a new Flow. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateFlowRequest: {
            name: string;
            description?: string | null;
            /** @description The flow's steps, run in order. */
            steps: {
                /** @enum {string} */
                type: "prompt" | "tool" | "condition" | "transform";
                name: string;
                config?: {
                    [key: string]: unknown;
                };
            }[];
        };
        /** @description A partial update of a Flow: send only the fields to change. */
        UpdateFlowRequest: {
            name?: string;
            description?: string | null;
            /** @description The flow's steps, run in order. */
            steps?: {
                /** @enum {string} */
                type: "prompt" | "tool" | "condition" | "transform";
                name: string;
                config?: {
                    [key: string]: unknown;
                };
            }[];
        };
        /** @description A tool-using AI agent: instructions, a model and the tools it may call. The shape is designed: the reference lists resources, not their fields. */
        Agent: {
            readonly id: string;
            name: string;
            instructions?: string;
            /** @description The model id, e.g. gpt-4o-mini. */
            model: string;
            toolIds?: string[];
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description A page of agents, with the cursor to the next page. */
        AgentList: {
            data: components["schemas"]["Agent"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Agent. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateAgentRequest: {
            name: string;
            instructions?: string;
            /** @description The model id, e.g. gpt-4o-mini. */
            model: string;
            toolIds?: string[];
        };
        /** @description A partial update of a Agent: send only the fields to change. */
        UpdateAgentRequest: {
            name?: string;
            instructions?: string;
            /** @description The model id, e.g. gpt-4o-mini. */
            model?: string;
            toolIds?: string[];
        };
        /** @description A published, immutable snapshot of an agent's configuration. The shape is designed: the reference names "List versions for an agent", not its fields. */
        AgentVersion: {
            id: string;
            agentId: string;
            /** @description 1 for the first published version, then one more each time. */
            version: number;
            instructions?: string;
            model: string;
            toolIds?: string[];
            note?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A page of an agent's versions, newest first. */
        AgentVersionList: {
            data: components["schemas"]["AgentVersion"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description Publishing snapshots the agent's current configuration; only a note may be given. */
        PublishAgentVersionRequest: {
            note?: string;
        };
        /** @description Structured data that agents and flows can use: a typed JSON document with metadata. The shape is designed: the reference lists resources, not their fields. */
        Record: {
            readonly id: string;
            /** @description The record's kind, chosen by the caller (e.g. customer, faq). */
            type: string;
            name: string;
            metadata?: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description A page of records, with the cursor to the next page. */
        RecordList: {
            data: components["schemas"]["Record"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Record. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateRecordRequest: {
            /** @description The record's kind, chosen by the caller (e.g. customer, faq). */
            type: string;
            name: string;
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A partial update of a Record: send only the fields to change. */
        UpdateRecordRequest: {
            /** @description The record's kind, chosen by the caller (e.g. customer, faq). */
            type?: string;
            name?: string;
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A deployable container for capabilities (flows, agents) and surfaces (chat widget, API). The shape is designed: the reference lists resources, not their fields. */
        Product: {
            readonly id: string;
            name: string;
            description?: string | null;
            agentIds?: string[];
            flowIds?: string[];
            surfaces?: ("chat" | "api" | "email")[];
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description A page of products, with the cursor to the next page. */
        ProductList: {
            data: components["schemas"]["Product"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Product. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateProductRequest: {
            name: string;
            description?: string | null;
            agentIds?: string[];
            flowIds?: string[];
            surfaces?: ("chat" | "api" | "email")[];
        };
        /** @description A partial update of a Product: send only the fields to change. */
        UpdateProductRequest: {
            name?: string;
            description?: string | null;
            agentIds?: string[];
            flowIds?: string[];
            surfaces?: ("chat" | "api" | "email")[];
        };
        /** @description A custom or built-in tool: a name, a description the model reads, and JSON Schema parameters. The shape is designed: the reference lists resources, not their fields. */
        Tool: {
            readonly id: string;
            name: string;
            description: string;
            /** @enum {string} */
            kind?: "custom" | "builtin";
            /** @description A JSON Schema object describing the tool's arguments. */
            parameters?: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description A page of tools, with the cursor to the next page. */
        ToolList: {
            data: components["schemas"]["Tool"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Tool. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateToolRequest: {
            name: string;
            description: string;
            /** @enum {string} */
            kind?: "custom" | "builtin";
            /** @description A JSON Schema object describing the tool's arguments. */
            parameters?: {
                [key: string]: unknown;
            };
        };
        /** @description A partial update of a Tool: send only the fields to change. */
        UpdateToolRequest: {
            name?: string;
            description?: string;
            /** @enum {string} */
            kind?: "custom" | "builtin";
            /** @description A JSON Schema object describing the tool's arguments. */
            parameters?: {
                [key: string]: unknown;
            };
        };
        /** @description Managed secret metadata. The value is write-only: it is accepted on create and update and never returned by any response. The shape is designed: the reference lists resources, not their fields. */
        Secret: {
            readonly id: string;
            name: string;
            description?: string | null;
            /** @description What the secret is for, e.g. openai, stripe, custom. */
            provider?: string;
            /** Format: date-time */
            readonly lastUsedAt?: string | null;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description A page of secrets, with the cursor to the next page. */
        SecretList: {
            data: components["schemas"]["Secret"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Secret. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateSecretRequest: {
            name: string;
            description?: string | null;
            /** @description What the secret is for, e.g. openai, stripe, custom. */
            provider?: string;
            /** @description The secret's value. Write-only; no response carries it. */
            value: string;
        };
        /** @description A partial update of a Secret: send only the fields to change. */
        UpdateSecretRequest: {
            name?: string;
            description?: string | null;
            /** @description What the secret is for, e.g. openai, stripe, custom. */
            provider?: string;
            /** @description The secret's value. Write-only; no response carries it. */
            value?: string;
        };
        /** @description A model provider configuration: provider, model and default generation settings. The shape is designed: the reference lists resources, not their fields. */
        ModelConfig: {
            readonly id: string;
            name: string;
            /** @enum {string} */
            provider: "openai" | "anthropic" | "google" | "azure-openai" | "custom";
            model: string;
            temperature?: number;
            maxTokens?: number;
            /** @description The secret holding the provider key. */
            secretId?: string | null;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description A page of model-configs, with the cursor to the next page. */
        ModelConfigList: {
            data: components["schemas"]["ModelConfig"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new ModelConfig. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateModelConfigRequest: {
            name: string;
            /** @enum {string} */
            provider: "openai" | "anthropic" | "google" | "azure-openai" | "custom";
            model: string;
            temperature?: number;
            maxTokens?: number;
            /** @description The secret holding the provider key. */
            secretId?: string | null;
        };
        /** @description A partial update of a ModelConfig: send only the fields to change. */
        UpdateModelConfigRequest: {
            name?: string;
            /** @enum {string} */
            provider?: "openai" | "anthropic" | "google" | "azure-openai" | "custom";
            model?: string;
            temperature?: number;
            maxTokens?: number;
            /** @description The secret holding the provider key. */
            secretId?: string | null;
        };
        /** @description A browser or client access token, limited to some origins and a product, with an expiry. The token value is returned once, on create. The shape is designed: the reference lists resources, not their fields. */
        ClientToken: {
            readonly id: string;
            name: string;
            productId: string;
            allowedOrigins?: string[];
            /** Format: date-time */
            expiresAt?: string | null;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description A page of client-tokens, with the cursor to the next page. */
        ClientTokenList: {
            data: components["schemas"]["ClientToken"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new ClientToken. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateClientTokenRequest: {
            name: string;
            productId: string;
            allowedOrigins?: string[];
            /** Format: date-time */
            expiresAt?: string | null;
        };
        /** @description A new ClientToken with its token: the only response that carries it. */
        CreatedClientToken: components["schemas"]["ClientToken"] & {
            /** @description The token value, shown once. */
            token: string;
        };
        /** @description A partial update of a ClientToken: send only the fields to change. */
        UpdateClientTokenRequest: {
            name?: string;
            productId?: string;
            allowedOrigins?: string[];
            /** Format: date-time */
            expiresAt?: string | null;
        };
        /** @description Conversation state: who is talking to which agent or product, and its messages. The shape is designed: the reference lists resources, not their fields. */
        Conversation: {
            readonly id: string;
            title?: string | null;
            agentId?: string | null;
            productId?: string | null;
            metadata?: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description A page of conversations, with the cursor to the next page. */
        ConversationList: {
            data: components["schemas"]["Conversation"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new Conversation. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateConversationRequest: {
            title?: string | null;
            agentId?: string | null;
            productId?: string | null;
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description A partial update of a Conversation: send only the fields to change. */
        UpdateConversationRequest: {
            title?: string | null;
            agentId?: string | null;
            productId?: string | null;
            metadata?: {
                [key: string]: unknown;
            };
        };
        /** @description One message of a conversation. The shape is designed; the reference names conversations' "state and messages". */
        Message: {
            id: string;
            conversationId: string;
            /** @enum {string} */
            role: "user" | "assistant" | "system" | "tool";
            content: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A page of a conversation's messages, oldest first. */
        MessageList: {
            data: components["schemas"]["Message"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description A message to append to a conversation. */
        CreateMessageRequest: {
            /** @enum {string} */
            role: "user" | "assistant" | "system" | "tool";
            content: string;
        };
        /** @description An API key for the Runtype API. The key value is returned once, on create; lists and reads show its prefix and last four characters. The shape is designed: the reference lists resources, not their fields. */
        ApiKey: {
            readonly id: string;
            name: string;
            readonly prefix?: string;
            readonly last4?: string;
            /** Format: date-time */
            readonly lastUsedAt?: string | null;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** @description A page of api-keys, with the cursor to the next page. */
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The fields of a new ApiKey. Unknown fields are refused (UNRECOGNIZED_KEYS). */
        CreateApiKeyRequest: {
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
                "application/json": components["schemas"]["Error"];
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
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too Many Requests — rate limit exceeded; retry after the given seconds. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After": number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Too many requests",
                 *       "message": "Rate limit exceeded, retry in 30 seconds"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
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
                "application/json": components["schemas"]["Error"];
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
                 *       "message": "No flow with id flow_3Fk9Qz"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Page size, 1 to 100 (default 50). */
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
                /** @description Page size, 1 to 100 (default 50). */
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
            404: components["responses"]["NotFound"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
            404: components["responses"]["NotFound"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listAgentVersions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
                /** @description Page size, 1 to 100 (default 50). */
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
                    "application/json": components["schemas"]["Record"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
                    "application/json": components["schemas"]["Record"];
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
            404: components["responses"]["NotFound"];
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
                    "application/json": components["schemas"]["Record"];
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
    listProducts: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
            404: components["responses"]["NotFound"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listTools: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
            404: components["responses"]["NotFound"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listSecrets: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
            404: components["responses"]["NotFound"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listModelConfigs: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
            404: components["responses"]["NotFound"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listClientTokens: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
            404: components["responses"]["NotFound"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
            404: components["responses"]["NotFound"];
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 50). */
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
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
}
