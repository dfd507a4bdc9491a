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
         * @description Reviews one execution. Each execution can have only one review: a second POST answers 409 "Execution already has a review" (use `checkReviewExists` for an idempotent check). New reviews start as `pending_review`; `reviewedBy` is the label of the calling API key. A comment shorter than 10 characters is a 422. The seed shows neither the status nor the body of the answer: 201 with the review is designed.
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
         * @description The tenant's reviews, filtered by every given parameter. `search` is a Portuguese full-text search over comments. `limit` defaults to 50 and is capped at 100. The seed does not show the response body; it is designed as `{reviews, total, limit, offset}` after the events feed, and so is the order, newest first.
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
         * @description One review by id. A review of another tenant answers 404; a key without access (e.g. a disabled scope) answers 403.
         */
        get: operations["getReview"];
        put?: never;
        post?: never;
        /**
         * Delete a review
         * @description Hard delete: a later get answers 404. The seed does not give the success status; 204 with no body is designed.
         */
        delete: operations["deleteReview"];
        options?: never;
        head?: never;
        /**
         * Update a review
         * @description Partial update: send only the fields to change. Only status, actionTaken, resolutionNotes, correctedOutput, comment, priority and tags are allowed; any other field is a 400 (designed: a server may ignore it instead). Setting `status: resolved` stamps `resolvedBy` and `resolvedAt`; every update stamps `updatedBy`. The seed shows neither the status nor the body of the answer: 200 with the updated review is designed.
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
         * @description Pushes raw events (the SDK's `track()`). Writing is asynchronous (fire-and-forget): the events become queryable through the feed and the query endpoint shortly after. tenantId and agentId are derived from the API key: a caller need not pass them, and when it does they are ignored. The seed gives neither the status nor the body of the answer: 202 with the number of events accepted is designed, and 201 (a NestJS POST's default) is accepted as well.
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
         * @description A table-style query of the event store. `mode: raw` (default) returns individual events projected on `columns`; `mode: aggregate` groups rows by `groupBy` and computes each of `metrics` (count, sum, avg, min, max) under its `alias`. Filters combine with AND. The answer is `{rows, total, columns}`, each column with its key and type. The seed gives the body but not the status: 200 is designed (the POST only reads), and 201 (a NestJS POST's default) is accepted as well.
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
         * @description Creates or updates a card, idempotent on (agentId, eventName, cardType, aggregation, propertyKey): the SDK's `metrics.sync()` and `rf metrics sync` call it. cardType is one of number, rate, line, bar, pie, table, funnel, gauge; the per-type config is validated server-side. The seed does not show the answer: 201 with `created: true` when the card is new and 200 with `created: false` when an existing card was updated are designed.
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
         * @description Idempotent on (agentId, name): `created` is true the first time and false on later calls with the same name; a given `sortOrder` that differs from the stored one is updated. The SDK's `metrics.defineTab()` then `metrics.sync()` call it. The seed gives the body but not the status: 201 when the tab is new and 200 otherwise are designed.
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
        /** @description An agent's id, e.g. `agent-uuid`. */
        AgentId: string;
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
            agentId: components["schemas"]["AgentId"];
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
        /** @description A human review of one agent execution. The seed names the fields a client sends, the fields PATCH may change and the audit stamps; the rest of the body (executionId, updatedAt, which fields are always present, null for unset fields) is designed to match them. */
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
            /** @description What was done about the problem; null until set. */
            actionTaken?: string | null;
            /** @description Notes written when resolving; null until set. */
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
            /**
             * Format: date-time
             * @description When the review was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the review was last changed.
             */
            updatedAt: string;
        };
        /** @description The 400 body: a request that failed DTO validation. Unlike other errors, `message` is an array ("The body has a message array"). */
        ValidationError: {
            /**
             * @description Always 400.
             * @constant
             */
            statusCode: 400;
            /** @description One entry per violated constraint, naming the field. */
            message: string[];
            /**
             * @description The HTTP reason phrase.
             * @constant
             */
            error: "Bad Request";
        };
        /** @description The error body shared by every Runflow error response but 400 (the seed's `{ statusCode, message, error }`). */
        ErrorBody: {
            /** @description The HTTP status code, repeated in the body. */
            statusCode: number;
            /** @description What went wrong, for a human. */
            message: string;
            /** @description The HTTP reason phrase, e.g. `Conflict`. */
            error: string;
        };
        /** @description The short form of a review returned by the exists check. */
        ReviewSummary: {
            /** @description The review's id. */
            id: string;
            rating: components["schemas"]["ReviewRating"];
            status: components["schemas"]["ReviewStatus"];
            /** @description The reviewer's comment. */
            comment: string;
            /**
             * Format: date-time
             * @description When the review was created.
             */
            createdAt: string;
        };
        /** @description `{exists: false}`, or `{exists: true, review}` with the short form of the review. */
        ReviewExists: {
            /**
             * @description False.
             * @constant
             */
            exists: false;
        } | {
            /**
             * @description True.
             * @constant
             */
            exists: true;
            review: components["schemas"]["ReviewSummary"];
        };
        /**
         * Format: date-time
         * @description An instant, ISO 8601 (bounds of a date range).
         */
        Instant: string;
        /** @description A page of reviews, with the paging applied. The seed does not show this body; it is designed after the events feed (`{events, total}`). */
        ReviewList: {
            /** @description The reviews of this page. */
            reviews: components["schemas"]["Review"][];
            /** @description How many reviews match the filters, over all pages. */
            total: number;
            /** @description The page size applied (after the cap of 100). */
            limit: number;
            /** @description How many reviews were skipped. */
            offset: number;
        };
        /** @description Counters over one agent's reviews. */
        ReviewStats: {
            /** @description All of the agent's reviews. */
            total: number;
            /** @description Reviews with status `pending_review`. The seed counts `pending`, `inProgress` and `resolved` side by side, one status each: an open review in progress is counted by `inProgress`, not here. */
            pending: number;
            /** @description Reviews with status `in_progress`. */
            inProgress: number;
            /** @description Reviews with status `resolved`. */
            resolved: number;
            /** @description Reviews rated `bad`. */
            badReviews: number;
            /** @description Reviews rated `needs_improvement`. */
            needsImprovement: number;
            /** @description Reviews with priority `critical`. */
            critical: number;
            /** @description Reviews with priority `high`. */
            highPriority: number;
            /** @description Mean hours from creation to resolution over resolved reviews; null when none is resolved. */
            avgResolutionHours: number | null;
        };
        /** @description One turn of an OpenAI conversational fine-tuning example. */
        TrainingMessage: {
            /**
             * @description Who speaks this turn.
             * @enum {string}
             */
            role: "system" | "user" | "assistant";
            /** @description What was said. */
            content: string;
        };
        /** @description Where a training example comes from. */
        TrainingMetadata: {
            /** @description The review the example was built from. */
            review_id: string;
            /** @description The execution that review judges. */
            execution_id: string;
            rating: components["schemas"]["ReviewRating"];
            /** @description True when `correctedOutput` was substituted into the assistant turn. */
            was_corrected: boolean;
        };
        /** @description One fine-tuning example per matching review. When the review has a `correctedOutput`, it replaces the agent's answer in the assistant turn. */
        TrainingExample: {
            /** @description The conversation, user turn then assistant turn. */
            messages: components["schemas"]["TrainingMessage"][];
            metadata: components["schemas"]["TrainingMetadata"];
        };
        /** @description Reviews exported as OpenAI conversational fine-tuning examples. */
        TrainingDataExport: {
            /** @description One example per matching review. */
            training_examples: components["schemas"]["TrainingExample"][];
            /** @description How many examples were exported. */
            total: number;
            /**
             * @description The export format.
             * @constant
             */
            format: "openai-conversational";
            /**
             * Format: date-time
             * @description When the export was generated.
             */
            generated_at: string;
        };
        /** @description A partial update: only the seed's allowed fields (status, actionTaken, resolutionNotes, correctedOutput, comment, priority, tags). */
        UpdateReviewRequest: {
            status?: components["schemas"]["ReviewStatus"];
            /** @description What was done about the problem. */
            actionTaken?: string | null;
            /** @description Notes written when resolving. */
            resolutionNotes?: string | null;
            /** @description The answer the agent should have given; used as the assistant turn in training exports. */
            correctedOutput?: string | null;
            comment?: components["schemas"]["ReviewComment"];
            priority?: components["schemas"]["ReviewPriority"];
            tags?: components["schemas"]["ReviewTags"];
        };
        /** @description Free-form event properties, e.g. `{ "severity": "high", "duration": 45 }`. */
        EventProperties: {
            [key: string]: string | number | boolean | null;
        };
        /** @description One raw event as sent by `track()`. tenantId and agentId are derived from the API key; a caller need not send them, and when it does they are accepted and ignored. */
        IngestEvent: {
            /** @description The event's name, e.g. `alert_received`. */
            eventName: string;
            properties?: components["schemas"]["EventProperties"];
            /**
             * Format: date-time
             * @description When the event happened; the server's clock when absent.
             */
            timestamp?: string;
            /** @description The conversation thread the event belongs to, as the feed shows it. */
            threadId?: string;
            /** @description The agent execution the event belongs to, as the feed shows it. */
            executionId?: string;
            /** @description Ignored; the tenant is derived from the API key ("you don't need to pass them"). */
            tenantId?: string;
            /** @description Ignored; the agent is derived from the API key ("you don't need to pass them"). */
            agentId?: string;
        };
        /** @description A batch of raw events. tenantId and agentId are derived from the API key; a caller need not send them, and when it does they are accepted and ignored. */
        IngestEventsRequest: {
            /** @description The events to write. */
            events: components["schemas"]["IngestEvent"][];
            /** @description Ignored; the tenant is derived from the API key ("you don't need to pass them"). */
            tenantId?: string;
            /** @description Ignored; the agent is derived from the API key ("you don't need to pass them"). */
            agentId?: string;
        };
        /** @description Acknowledgement of a fire-and-forget ingest: how many events were accepted for writing. */
        IngestEventsAccepted: {
            /** @description How many events were queued for writing. */
            accepted: number;
        };
        /** @description A stored event, as the recent-events feed returns it. */
        FeedEvent: {
            /** @description The event's id. */
            id: string;
            /** @description The name the event was tracked under. */
            eventName: string;
            properties: components["schemas"]["EventProperties"];
            /** @description The conversation thread the event was tracked in, if any. */
            threadId?: string | null;
            /** @description The agent execution the event was tracked in, if any. */
            executionId?: string | null;
            /**
             * Format: date-time
             * @description When the event happened.
             */
            timestamp: string;
        };
        /** @description A page of events, most recent first. */
        EventFeed: {
            /** @description The events of this page, most recent first. */
            events: components["schemas"]["FeedEvent"][];
            /** @description How many events match, over all pages. */
            total: number;
        };
        /** @description An event property key, e.g. `category` (group-by key, sort key). */
        EventPropertyKey: string;
        /** @description (raw mode) Property keys to project; all when omitted. */
        EventPropertyKeyList: components["schemas"]["EventPropertyKey"][];
        /** @description One output column of an aggregate query. `propertyKey` is needed by every aggregation but `count`. */
        QueryMetric: {
            /**
             * @description The aggregation computed over each group.
             * @enum {string}
             */
            aggregation: "count" | "sum" | "avg" | "min" | "max";
            propertyKey?: components["schemas"]["EventPropertyKey"];
            /** @description The output column's name. */
            alias: string;
        };
        /** @description One condition on a property. */
        QueryFilter: {
            propertyKey: components["schemas"]["EventPropertyKey"];
            /**
             * @description How `value` is compared with the property.
             * @enum {string}
             */
            operator: "eq" | "neq" | "gt" | "lt" | "gte" | "lte" | "contains" | "in";
            /** @description A scalar; an array of scalars for `in`. */
            value: string | number | boolean | (string | number | boolean)[];
        };
        /** @description A table-style query. `mode: raw` (default) projects `columns`; `mode: aggregate` groups by `groupBy` and computes `metrics`. */
        EventQueryRequest: {
            /** @description Defaults to the agent bound to the API key. */
            agentId?: string;
            /** @description The events to query (required). */
            eventName: string;
            /**
             * @description `raw` returns individual events; `aggregate` groups them.
             * @default raw
             * @enum {string}
             */
            mode?: "raw" | "aggregate";
            columns?: components["schemas"]["EventPropertyKeyList"];
            groupBy?: components["schemas"]["EventPropertyKey"];
            /** @description (aggregate mode) One per output column. */
            metrics?: components["schemas"]["QueryMetric"][];
            /** @description Conditions every returned row meets (combined with AND). */
            filters?: components["schemas"]["QueryFilter"][];
            dateFrom?: components["schemas"]["Instant"];
            dateTo?: components["schemas"]["Instant"];
            sortBy?: components["schemas"]["EventPropertyKey"];
            /**
             * @description Result ordering.
             * @enum {string}
             */
            sortOrder?: "asc" | "desc";
            /**
             * @description Page size. The seed names no default or cap here (its example asks for 500).
             * @default 100
             */
            limit?: number;
            /**
             * @description How many rows to skip.
             * @default 0
             */
            offset?: number;
        };
        /** @description The rows of a query, with their columns. */
        EventQueryResult: {
            /** @description One object per row, keyed by column. */
            rows: {
                [key: string]: unknown;
            }[];
            /** @description How many rows match, over all pages. */
            total: number;
            /** @description The columns of the rows, in order. */
            columns: {
                /** @description The column's key in each row. */
                key: string;
                /**
                 * @description The column's value type.
                 * @enum {string}
                 */
                type: "string" | "number" | "boolean" | "date";
            }[];
        };
        /**
         * @description The card's visualisation.
         * @enum {string}
         */
        CardType: "number" | "rate" | "line" | "bar" | "pie" | "table" | "funnel" | "gauge";
        /** @description Card-type-specific configuration, validated server-side per `cardType` (the seed does not give the per-type shapes). `eventName`, `aggregation` and `propertyKey`, when present, take part in the upsert's idempotency key. */
        CardConfig: {
            /** @description The event the card reads, e.g. `alert_received`. */
            eventName?: string;
            /** @description How the card aggregates, e.g. count, sum, avg, min, max, rate. */
            aggregation?: string;
            /** @description The property the aggregation reads. */
            propertyKey?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A position or size in grid units (x, y column and row; w, h width and height). */
        GridUnits: number;
        /** @description The card's place on the dashboard grid. */
        GridLayout: {
            x: components["schemas"]["GridUnits"];
            y: components["schemas"]["GridUnits"];
            w: components["schemas"]["GridUnits"];
            h: components["schemas"]["GridUnits"];
        };
        /** @description A dashboard card as the list returns it. */
        DashboardCard: {
            /** @description The card's id. */
            id: string;
            /** @description The agent whose dashboard shows the card. */
            agentId: string;
            /** @description The card's title. */
            title: string;
            cardType: components["schemas"]["CardType"];
            config: components["schemas"]["CardConfig"];
            /** @description The card's position among the tab's cards. */
            sortOrder: number;
            /** @description The tab the card is on; null when on no tab. */
            tabId?: string | null;
            gridLayout?: components["schemas"]["GridLayout"];
        };
        /** @description Every card configured for the agent. */
        DashboardCardList: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description How many cards the agent has. */
            total: number;
            /** @description The cards. */
            cards: components["schemas"]["DashboardCard"][];
        };
        /** @description A card to create, or to update when its idempotency key matches an existing one. */
        UpsertDashboardCardRequest: {
            /** @description The agent whose dashboard this is. */
            agentId: string;
            /** @description The card's title. */
            title: string;
            cardType: components["schemas"]["CardType"];
            config: components["schemas"]["CardConfig"];
            /** @description The tab to put the card on. */
            tabId?: string;
            gridLayout?: components["schemas"]["GridLayout"];
            /** @description The card's position among the tab's cards. */
            sortOrder?: number;
            /** @description A client label for the card (the SDK sends `cardType:title:tab`); the server's idempotency is on (agentId, eventName, cardType, aggregation, propertyKey). */
            idempotencyKey?: string;
        };
        /** @description The upserted card, designed after the tab upsert's `{success, created, id, tab}`. */
        UpsertDashboardCardResult: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description True when the card was created, false when an existing card was updated. */
            created: boolean;
            /** @description The card's id. */
            id: string;
            card: components["schemas"]["DashboardCard"];
        };
        /** @description A dashboard tab. */
        DashboardTab: {
            /** @description The tab's id. */
            id: string;
            /** @description The tab's name, unique per agent. */
            name: string;
            /** @description The tab's position; tabs are listed by sortOrder ascending. */
            sortOrder: number;
        };
        /** @description The agent's tabs, ordered by sortOrder ascending. */
        DashboardTabList: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description How many tabs the agent has. */
            total: number;
            /** @description The tabs, by sortOrder ascending. */
            tabs: components["schemas"]["DashboardTab"][];
        };
        /** @description A tab to create, or whose sortOrder to update when the agent already has one of this name. */
        UpsertDashboardTabRequest: {
            /** @description The agent whose dashboard this is. */
            agentId: string;
            /** @description The tab's name; the upsert is idempotent on (agentId, name). */
            name: string;
            /** @description The tab's position; updated when given and different from the stored one. */
            sortOrder?: number;
        };
        /** @description The upserted tab. */
        UpsertDashboardTabResult: {
            /**
             * @description Always true.
             * @constant
             */
            success: true;
            /** @description True the first time a name is upserted for the agent, false after. */
            created: boolean;
            /** @description The tab's id. */
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
                "application/json": components["schemas"]["ErrorBody"];
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
                "application/json": components["schemas"]["ErrorBody"];
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
                 *       "message": "Request body is larger than 1048576 bytes",
                 *       "error": "Payload Too Large"
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
                 *       "message": "Content-Type must be application/json",
                 *       "error": "Unsupported Media Type"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
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
                 *       "message": "Too many requests, retry in 30 seconds",
                 *       "error": "Too Many Requests"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorBody"];
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
                "application/json": components["schemas"]["ErrorBody"];
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
                "application/json": components["schemas"]["ErrorBody"];
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
        AgentIdFilter: components["schemas"]["AgentId"];
        /**
         * @description Only reviews with this status.
         * @example resolved
         */
        StatusFilter: components["schemas"]["ReviewStatus"];
        /**
         * @description Only reviews with this rating.
         * @example bad
         */
        RatingFilter: components["schemas"]["ReviewRating"];
        /**
         * @description Only reviews with this priority.
         * @example high
         */
        PriorityFilter: components["schemas"]["ReviewPriority"];
        /**
         * @description Only items at or after this instant (ISO 8601).
         * @example 2026-05-01T00:00:00Z
         */
        DateFrom: components["schemas"]["Instant"];
        /**
         * @description Only items at or before this instant (ISO 8601).
         * @example 2026-05-31T23:59:59Z
         */
        DateTo: components["schemas"]["Instant"];
        /**
         * @description Full-text search across comments; the real service uses Portuguese full-text search.
         * @example horário
         */
        Search: string;
        /**
         * @description Page size: default 50, capped at 100. A larger value is accepted and served as 100 (the seed says "capped", not "refused").
         * @example 50
         */
        Limit: number;
        /**
         * @description Pagination offset, how many items to skip.
         * @example 0
         */
        Offset: number;
        /**
         * @description The agent whose items to return (required).
         * @example agent-42
         */
        AgentIdRequired: components["schemas"]["AgentId"];
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
        /**
         * @description The agent whose dashboard to read.
         * @example agent-42
         */
        AgentIdOfDashboard: components["schemas"]["AgentId"];
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
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
                /**
                 * @description Only reviews with this status.
                 * @example resolved
                 */
                status?: components["parameters"]["StatusFilter"];
                /**
                 * @description Only reviews with this rating.
                 * @example bad
                 */
                rating?: components["parameters"]["RatingFilter"];
                /**
                 * @description Only reviews with this priority.
                 * @example high
                 */
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
                 * @description Full-text search across comments; the real service uses Portuguese full-text search.
                 * @example horário
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Page size: default 50, capped at 100. A larger value is accepted and served as 100 (the seed says "capped", not "refused").
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination offset, how many items to skip.
                 * @example 0
                 */
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
            429: components["responses"]["TooManyRequests"];
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
            429: components["responses"]["TooManyRequests"];
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
                /**
                 * @description Only reviews with this status.
                 * @example resolved
                 */
                status?: components["parameters"]["StatusFilter"];
                /**
                 * @description Only reviews with this rating.
                 * @example bad
                 */
                rating?: components["schemas"]["ReviewRating"];
                /**
                 * @description Only reviews created at or after this instant (ISO 8601).
                 * @example 2026-05-01T00:00:00Z
                 */
                dateFrom?: components["schemas"]["Instant"];
                /**
                 * @description Only reviews created at or before this instant (ISO 8601).
                 * @example 2026-05-31T23:59:59Z
                 */
                dateTo?: components["schemas"]["Instant"];
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
            429: components["responses"]["TooManyRequests"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description No such review for this key's tenant, e.g. one already deleted. */
            404: {
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
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            429: components["responses"]["TooManyRequests"];
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
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
            /** @description The events were accepted for writing (a NestJS POST's default status). */
            201: {
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
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
                /**
                 * @description Page size: default 50, capped at 100. A larger value is accepted and served as 100 (the seed says "capped", not "refused").
                 * @example 50
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Pagination offset, how many items to skip.
                 * @example 0
                 */
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
            429: components["responses"]["TooManyRequests"];
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
            /** @description The rows (a NestJS POST's default status). */
            201: {
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listDashboardCards: {
        parameters: {
            query: {
                /**
                 * @description The agent whose dashboard to read.
                 * @example agent-42
                 */
                agentId: components["parameters"]["AgentIdOfDashboard"];
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
            429: components["responses"]["TooManyRequests"];
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listDashboardTabs: {
        parameters: {
            query: {
                /**
                 * @description The agent whose dashboard to read.
                 * @example agent-42
                 */
                agentId: components["parameters"]["AgentIdOfDashboard"];
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
            429: components["responses"]["TooManyRequests"];
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
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
