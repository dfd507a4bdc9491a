/**
 * Uncharted faults for Runflow (documentation: /work/shared/seeds/000).
 * Written blind to the suite: an aggregate query that drops its filters, an
 * exists check that names the review by id only, a card upsert keyed without its
 * property, a review update that reaches another tenant, a short comment
 * refused as a 400, and a feed whose limit has no cap.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { everyOffsetItem, type Fault, jsonResponse, queryIntegerAbove, queryOf, requestJson, responseJson, route, withHeaders, withResponseJson } from '../kit.ts';

const api = 'runflow';
const observability = '/api/v1/runtime/v1/observability';
const createReview = `${observability}/executions/{executionId}/reviews` as const;
const reviews = `${observability}/reviews` as const;
const review = `${reviews}/{reviewId}` as const;
const events = `${observability}/events` as const;
const feed = `${events}/feed` as const;
const query = `${events}/query` as const;
const cards = '/api/v1/runtime/observability/dashboard-cards';

/** The key a request presents, whichever of the two documented headers carries it. */
function keyOf(request: MockRequest): string {
  return request.header('x-api-key') ?? /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';
}

const reviewBody = (overrides: Record<string, unknown> = {}) => ({ agentId: 'agent-uncharted', rating: 'bad', comment: 'Quoted a delivery date the carrier never gave', priority: 'medium', tags: ['delivery_wrong'], ...overrides });

/** The card identity the seed gives, with propertyKey left out: the bug of the card upsert below. */
function identityWithoutProperty(body: any): string {
  return JSON.stringify([body.agentId, body.config?.eventName, body.cardType, body.config?.aggregation ?? null]);
}

export const runflowUnchartedFaults: Fault[] = [
  {
    id: 'runflow.events-query.aggregate-drops-filters',
    api,
    family: 'filter',
    bug: 'POST /events/query has two SQL builders; the aggregate one (GROUP BY a property) was written for the portal\'s charts, which never filter, and does not add the filters to its WHERE: a "sales by category where amount > 100" table counts and sums every sale',
    documented: 'Query events: "mode: \'aggregate\' — groups rows by a single property key and applies one or more metrics (count, sum, avg, min, max)."; "filters Array<{ propertyKey, operator, value }> Operators: eq, neq, gt, lt, gte, lte, contains, in."; "Or use the REST events/query endpoint with mode: \'aggregate\' + groupBy — the same numbers come back as rows."',
    caughtBy: 'a filter check in aggregate mode: ingest events on both sides of a filter, group them, and find counts and sums over the matching events only (the same numbers as the raw rows)',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', query) || body?.mode !== 'aggregate' || !Array.isArray(body.filters) || body.filters.length === 0) return inner(request);
      const { filters, ...rest } = body;
      void filters;
      return inner({ ...request, body: JSON.stringify(rest) });
    },
    probe: async (client) => {
      const sale = (amount: number, category: string) => ({ eventName: 'sale', properties: { amount, category } });
      await client.call('POST', events, { body: { events: [sale(40, 'books'), sale(250, 'books'), sale(900, 'electronics'), sale(15, 'electronics')] } });
      const body = { eventName: 'sale', mode: 'aggregate', groupBy: 'category', metrics: [{ aggregation: 'count', alias: 'orders' }, { aggregation: 'sum', propertyKey: 'amount', alias: 'revenue' }], filters: [{ propertyKey: 'amount', operator: 'gt', value: 100 }] };
      const answer = (await client.call('POST', query, { body })).json;
      return answer.rows.map((row: Record<string, unknown>) => [row.category, row.orders, row.revenue]).sort();
    },
  },
  {
    id: 'runflow.review-exists.summary-trimmed',
    api,
    family: 'response-shape',
    bug: 'GET /executions/:executionId/reviews/exists was made cheaper for the widget that polls it: the repository now selects only the review\'s id, so the answer is { exists: true, review: { id } } without its rating, status, comment or createdAt, and the SDK\'s Reviews.exists() returns a review whose status is undefined',
    documented: 'Check if an execution already has a review: "Response: { "exists": true, "review": { "id", "rating", "status", "comment", "createdAt" } }."',
    caughtBy: 'a response-shape check of the exists answer after a create: the review it names carries id, rating, status, comment and createdAt, equal to the review read by id',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', `${createReview}/exists`) && response.status === 200 ? responseJson(response) : undefined;
      return answer?.exists === true && answer.review ? withResponseJson(response, { exists: true, review: { id: answer.review.id } }) : response;
    },
    probe: async (client) => {
      await client.call('POST', `${observability}/executions/exec-unch-e1/reviews`, { body: reviewBody() });
      return (await client.call('GET', `${observability}/executions/exec-unch-e1/reviews/exists`)).json;
    },
  },
  {
    id: 'runflow.dashboard-cards.upsert-key-without-property',
    api,
    family: 'write-read',
    bug: 'POST /dashboard-cards looks up the existing card by a unique index on (agent_id, event_name, card_type, aggregation) — propertyKey was left out of the migration: a "sum of amount" card and a "sum of duration" card of one event are one card, and syncing the second overwrites the first',
    documented: 'Upsert a dashboard card: "Idempotent on (agentId, eventName, cardType, aggregation, propertyKey)."; List dashboard cards: "Returns every card configured for the agent"',
    caughtBy: 'write then read on an upsert: upsert two cards that differ only in propertyKey, and find both listed (the second answered as created)',
    wrap: (inner) => {
      /** The first card stored under each (caller, identity without propertyKey), and the card that now stands in its place. */
      const firstOfKey = new Map<string, string>();
      const standsFor = new Map<string, string>();
      const latest = new Map<string, string>();
      const shown = (card: any) => (standsFor.has(card.id) ? { ...card, id: standsFor.get(card.id) } : card);
      return async (request) => {
        const response = await inner(request);
        const answer = response.status === 200 || response.status === 201 ? responseJson(response) : undefined;
        if (route(api, request, 'GET', cards) && Array.isArray(answer?.cards) && standsFor.size > 0) {
          const kept = answer.cards.filter((card: { id: string }) => !latest.has(card.id) && (!standsFor.has(card.id) || latest.get(standsFor.get(card.id)!) === card.id));
          return withResponseJson(response, { ...answer, cards: kept.map(shown), total: kept.length });
        }
        const body = requestJson(request);
        if (!route(api, request, 'POST', cards) || typeof answer?.id !== 'string') return response;
        const key = `${keyOf(request)}\n${identityWithoutProperty(body)}`;
        const first = firstOfKey.get(key);
        if (first === undefined) firstOfKey.set(key, answer.id);
        else if (answer.id !== first && !standsFor.has(answer.id)) standsFor.set(answer.id, first);
        if (!standsFor.has(answer.id)) return response;
        latest.set(standsFor.get(answer.id)!, answer.id);
        // The card takes the first one's place: same id, answered as an update.
        return { ...withResponseJson(response, { ...answer, created: false, id: standsFor.get(answer.id), card: shown(answer.card) }), status: 200 };
      };
    },
    probe: async (client) => {
      const card = (alias: string, propertyKey: string) => ({ agentId: 'agent-uncharted', title: alias, cardType: 'number', config: { eventName: 'ticket_resolved', aggregation: 'sum', propertyKey } });
      const first = await client.call('POST', cards, { body: card('Total amount', 'amount') });
      const second = await client.call('POST', cards, { body: card('Total duration', 'duration') });
      const listed = (await client.call('GET', `${cards}?agentId=agent-uncharted`)).json;
      return [first.status, second.status, second.json?.created, listed.cards.map((item: { title: string }) => item.title)];
    },
  },
  {
    id: 'runflow.reviews.update-across-tenants',
    api,
    family: 'isolation',
    bug: 'PATCH /reviews/:reviewId runs UPDATE execution_reviews SET … WHERE id = :id and reads the row back: the tenant condition lives only in the read repository, so a key of another tenant that knows a review id rewrites its status, notes and corrected output',
    documented: 'Authentication: "Each key is tenant-scoped; the platform derives tenantId from the key and applies it to every query."; Errors: "404 Resource not found. For reviews, this also fires when the ID belongs to another tenant."',
    caughtBy: 'isolation on writes: tenant B patches tenant A\'s review and gets 404, and A reads its review unchanged',
    wrap: (inner) => {
      const ownerOfReview = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', createReview) && response.status === 201) ownerOfReview.set(responseJson(response)?.id, keyOf(request));
        const target = route(api, request, 'PATCH', review);
        const owner = target && response.status === 404 ? ownerOfReview.get(target.reviewId) : undefined;
        return owner && owner !== keyOf(request) ? inner(withHeaders(request, { 'x-api-key': owner, authorization: null })) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', `${observability}/executions/exec-unch-i1/reviews`, { body: reviewBody() })).json;
      const patched = await client.call('PATCH', `${reviews}/${created.id}`, { identity: 'b', body: { status: 'wont_fix', resolutionNotes: 'Closed by another tenant' } });
      const read = (await client.call('GET', `${reviews}/${created.id}`)).json;
      return [patched.status, read.status];
    },
  },
  {
    id: 'runflow.reviews.short-comment-answers-400',
    api,
    family: 'status-and-headers',
    bug: 'The review DTOs gained @MinLength(10) on comment, so the global ValidationPipe refuses a short comment with 400 and a message array before the service\'s own check (422) is reached: clients that branch on 422 for "comment too short" never see it',
    documented: 'Errors: "422 Semantic validation error (e.g. comment shorter than 10 chars)."; "400 Invalid input — usually a Zod/DTO validation failure. The body has a message array."',
    caughtBy: 'a create (and an update) with a comment of nine characters must answer 422, not 400',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (response.status !== 422 || !(route(api, request, 'POST', createReview) || route(api, request, 'PATCH', review))) return response;
      return jsonResponse(400, { statusCode: 400, message: ['comment must be longer than or equal to 10 characters'], error: 'Bad Request' });
    },
    probe: async (client) => {
      const created = await client.call('POST', `${observability}/executions/exec-unch-c1/reviews`, { body: reviewBody({ comment: 'Too short' }) });
      return [created.status, Array.isArray(created.json?.message)];
    },
  },
  {
    id: 'runflow.events-feed.limit-not-capped',
    api,
    family: 'paging',
    bug: 'GET /events/feed passes limit straight to the query (LIMIT :limit) since the cap was moved into a DTO that only the reviews controller uses: ?limit=500 returns 500 events in one page, and a widget asking for 1000 takes the read replica down',
    documented: 'Recent events feed: "limit number Default 50, capped at 100."',
    caughtBy: 'a paging check on the feed: ingest more than 100 events, ask for limit=150, and find at most 100',
    wrap: (inner) => async (request) => {
      const asked = queryIntegerAbove(api, request, feed, 'limit', 100);
      if (asked === undefined) return inner(request);
      const first = await inner(request);
      const answer = first.status === 200 ? responseJson(first) : undefined;
      if (!Array.isArray(answer?.events)) return first;
      const offset = Number(queryOf(request).get('offset') ?? 0) || 0;
      const every = await everyOffsetItem(inner, request, 'events');
      return every ? withResponseJson(first, { ...answer, events: every.slice(offset, offset + asked) }) : first;
    },
    probe: async (client) => {
      const batch = Array.from({ length: 130 }, (_unused, index) => ({ eventName: 'alert_received', properties: { index } }));
      await client.call('POST', events, { body: { events: batch } });
      const page = (await client.call('GET', `${feed}?eventName=alert_received&limit=150`)).json;
      return [page.events.length, page.total];
    },
  },
];
