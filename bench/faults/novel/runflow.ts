/**
 * Novel faults for Runflow (documentation: /work/shared/seeds/000). Written
 * blind to the suite: another tenant's review answered 403, a comment search
 * that became case-sensitive, a stats counter that counts too much, an event
 * query's sort order turned around, a card list that drops the layout, and
 * the dashboard routes that accept only one of the two key headers.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { everyOffsetItem, type Fault, jsonResponse, queryOf, requestJson, responseJson, route, withHeaders, withQuery, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runflow';
const observability = '/api/v1/runtime/v1/observability';
const createReview = `${observability}/executions/{executionId}/reviews` as const;
const reviews = `${observability}/reviews` as const;
const review = `${reviews}/{reviewId}` as const;
const stats = `${reviews}/stats` as const;
const events = `${observability}/events` as const;
const eventQuery = `${observability}/events/query` as const;
const cards = '/api/v1/runtime/observability/dashboard-cards';
const tabs = '/api/v1/runtime/observability/dashboard-tabs';

/** The key a request presents, whichever of the two documented headers carries it. */
function keyOf(request: MockRequest): string {
  return request.header('x-api-key') ?? /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';
}

const reviewBody = (overrides: Record<string, unknown> = {}) => ({ agentId: 'agent-novel', rating: 'bad', comment: 'Bot quoted last year\'s delivery fees', priority: 'high', tags: ['fees_wrong'], ...overrides });

export const runflowNovelFaults: Fault[] = [
  {
    id: 'runflow.reviews.other-tenant-answers-403',
    api,
    family: 'status-and-headers',
    bug: 'GET, PATCH and DELETE /reviews/{reviewId} load the review by id and then compare its tenant with the key\'s, throwing ForbiddenException on a mismatch: another tenant gets 403 "Forbidden resource" and so learns that the id exists',
    documented: 'Errors: "404 Resource not found. For reviews, this also fires when the ID belongs to another tenant."; "403 API key is valid but lacks access to the requested resource (wrong tenant, disabled scope)"',
    caughtBy: 'another tenant\'s review id, read, updated and deleted as tenant B, must look exactly like an id that does not exist (404)',
    wrap: (inner) => {
      const ownerOfReview = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', createReview) && response.status === 201) {
          const created = responseJson(response);
          if (typeof created?.id === 'string') ownerOfReview.set(created.id, keyOf(request));
        }
        const addressed = route(api, request, '*', review);
        if (!addressed) return response;
        if (request.method === 'DELETE' && response.status === 204) ownerOfReview.delete(addressed.reviewId);
        const owner = response.status === 404 ? ownerOfReview.get(addressed.reviewId) : undefined;
        return owner !== undefined && owner !== keyOf(request) ? jsonResponse(403, { statusCode: 403, message: 'Forbidden resource', error: 'Forbidden' }) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', `${observability}/executions/exec-novel-1/reviews`, { body: reviewBody() })).json;
      const read = await client.call('GET', `${reviews}/${created.id}`, { identity: 'b' });
      const removed = await client.call('DELETE', `${reviews}/${created.id}`, { identity: 'b' });
      return [read.status, removed.status];
    },
  },
  {
    id: 'runflow.reviews.search-case-sensitive',
    api,
    family: 'filter',
    bug: 'GET /reviews?search= was moved from the Portuguese full-text index to comment LIKE \'%term%\' so that partial words match; LIKE is case- and accent-sensitive, so "horario" or "Entrega" no longer find "Horário" or "entrega"',
    documented: 'List reviews: "search string Portuguese full-text search across comments."',
    caughtBy: 'a search filter that finds a stored comment when the term differs from it only in case or accents',
    wrap: (inner) => async (request) => {
      const term = route(api, request, 'GET', reviews) ? queryOf(request).get('search') : null;
      if (!term) return inner(request);
      const first = await inner(request);
      const answer = first.status === 200 ? responseJson(first) : undefined;
      if (!Array.isArray(answer?.reviews)) return first;
      const unfiltered = await everyOffsetItem(inner, withQuery(request, (query) => query.delete('search')), 'reviews');
      if (!unfiltered) return first;
      const matching = unfiltered.filter((item: { comment?: unknown }) => typeof item.comment === 'string' && item.comment.includes(term));
      const offset = typeof answer.offset === 'number' ? answer.offset : 0;
      const limit = typeof answer.limit === 'number' ? answer.limit : 50;
      return withResponseJson(first, { ...answer, reviews: matching.slice(offset, offset + limit), total: matching.length });
    },
    probe: async (client) => {
      await client.call('POST', `${observability}/executions/exec-novel-2/reviews`, { body: reviewBody({ comment: 'Horário de atendimento errado no chat' }) });
      const lower = (await client.call('GET', `${reviews}?search=${encodeURIComponent('horário')}`)).json.total;
      const plain = (await client.call('GET', `${reviews}?search=horario`)).json.total;
      return [lower, plain];
    },
  },
  {
    id: 'runflow.reviews-stats.pending-counts-unresolved',
    api,
    family: 'write-read',
    bug: 'GET /reviews/stats computes pending as total - resolved (someone read "pending" as "not yet resolved"): reviews in progress or marked wont_fix are counted as pending too, so pending + inProgress + resolved exceeds total',
    documented: 'Stats: "Response: { total, pending, inProgress, resolved, badReviews, needsImprovement, critical, highPriority, avgResolutionHours }"; List reviews: "status enum pending_review, in_progress, resolved, wont_fix"',
    caughtBy: 'stats that follow writes: move a review to in_progress and check that it leaves pending and enters inProgress',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', stats) && response.status === 200 ? responseJson(response) : undefined;
      if (typeof answer?.total !== 'number' || typeof answer.resolved !== 'number') return response;
      return withResponseJson(response, { ...answer, pending: answer.total - answer.resolved });
    },
    probe: async (client) => {
      await client.call('POST', `${observability}/executions/exec-novel-3/reviews`, { body: reviewBody() });
      const started = (await client.call('POST', `${observability}/executions/exec-novel-4/reviews`, { body: reviewBody({ rating: 'needs_improvement' }) })).json;
      await client.call('PATCH', `${reviews}/${started.id}`, { body: { status: 'in_progress' } });
      const counted = (await client.call('GET', `${stats}?agentId=agent-novel`)).json;
      return [counted.total, counted.pending, counted.inProgress];
    },
  },
  {
    id: 'runflow.events.query-sort-order-inverted',
    api,
    family: 'paging',
    bug: 'POST /events/query builds its ORDER BY from a lookup table whose entries were swapped in a refactor ({ asc: \'DESC\', desc: \'ASC\' }): sortOrder desc returns the smallest values first and asc the largest',
    documented: 'Query events: "sortBy / sortOrder string / asc | desc Result ordering."',
    caughtBy: 'a query sorted by a property, asked desc and asc, with the rows checked to be in that order',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      const flipped = body?.sortOrder === 'asc' ? 'desc' : body?.sortOrder === 'desc' ? 'asc' : undefined;
      return route(api, request, 'POST', eventQuery) && flipped ? inner(withRequestJson(request, { ...body, sortOrder: flipped })) : inner(request);
    },
    probe: async (client) => {
      await client.call('POST', events, { body: { events: [10, 30, 20].map((amount) => ({ eventName: 'sale', properties: { amount, category: 'books' } })) } });
      const sorted = (await client.call('POST', eventQuery, { body: { eventName: 'sale', mode: 'raw', columns: ['amount'], sortBy: 'amount', sortOrder: 'desc' } })).json;
      return sorted.rows.map((row: { amount: number }) => row.amount);
    },
  },
  {
    id: 'runflow.dashboard-cards.grid-layout-not-listed',
    api,
    family: 'write-read',
    bug: 'GET /dashboard-cards selects its columns by name for speed and the list was never updated when gridLayout got its own column: the upsert stores the layout, the list leaves it out, and a dashboard snapshotted from the list loses every card\'s position',
    documented: 'List dashboard cards: "Returns every card configured for the agent, with its cardType, config, and gridLayout. Useful for … snapshotting a dashboard into version control."; Upsert a dashboard card: "gridLayout": { "x": 0, "y": 0, "w": 4, "h": 3 }',
    caughtBy: 'write then read: upsert a card with a gridLayout and find the same layout on it in the list',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', cards) && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.cards)) return response;
      const withoutLayout = answer.cards.map(({ gridLayout, ...card }: { gridLayout?: unknown }) => {
        void gridLayout;
        return card;
      });
      return withResponseJson(response, { ...answer, cards: withoutLayout });
    },
    probe: async (client) => {
      const card = { agentId: 'agent-novel', title: 'Orders today', cardType: 'number', config: { eventName: 'order_placed', aggregation: 'count' }, gridLayout: { x: 4, y: 0, w: 4, h: 3 } };
      await client.call('POST', cards, { body: card });
      return (await client.call('GET', `${cards}?agentId=agent-novel`)).json.cards.map((listed: { gridLayout?: unknown }) => listed.gridLayout ?? null);
    },
  },
  {
    id: 'runflow.dashboards.bearer-key-refused',
    api,
    family: 'authorization',
    bug: 'The dashboard routes (/api/v1/runtime/observability/dashboard-*) sit in their own controller whose guard reads only x-api-key: a key sent as Authorization: Bearer, which every other runtime route accepts, gets 401 there, so metrics.sync() from a client configured for Bearer fails',
    documented: 'Authentication: "All runtime endpoints accept an API key in the x-api-key header (or as a Bearer token in Authorization)"; Upsert a dashboard tab: "This is the endpoint metrics.defineTab(...) → metrics.sync() (SDK) and rf metrics sync (CLI) call."',
    caughtBy: 'each operation called with the key as Authorization: Bearer instead of x-api-key, expecting the same answer',
    wrap: (inner) => (request) => {
      const dashboard = route(api, request, '*', cards) ?? route(api, request, '*', tabs);
      return dashboard && !request.header('x-api-key') ? inner(withHeaders(request, { authorization: null })) : inner(request);
    },
    probe: async (client) => {
      const bearer = { Authorization: 'Bearer rf_conformance_a' };
      const upserted = await client.call('POST', tabs, { identity: 'none', headers: bearer, body: { agentId: 'agent-novel', name: 'Vendas', sortOrder: 1 } });
      const listed = await client.call('GET', `${tabs}?agentId=agent-novel`, { identity: 'none', headers: bearer });
      return [upserted.status, listed.status];
    },
  },
];
