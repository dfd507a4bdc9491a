/**
 * Unseen faults for Runflow (documentation: /work/shared/seeds/000). Written
 * blind to the suite: the event query's operators and its limit, the card
 * types, the tab upsert's `created`, the review statistics after a hard
 * delete, the agent an ingested event belongs to.
 */
import { agentIdForKey } from '../../../mocks/runflow/store.ts';
import type { MockRequest, MockResponse } from '../../../mocks/stateful/message.ts';
import { type Fault, objectsIn, queryOf, readCache, type Respond, requestJson, responseJson, route, succeeded, withHeaders, withQuery, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runflow';
const observability = '/api/v1/runtime/v1/observability';
const ingest = `${observability}/events` as const;
const feed = `${observability}/events/feed` as const;
const query = `${observability}/events/query` as const;
const reviews = `${observability}/reviews` as const;
const review = `${reviews}/{reviewId}` as const;
const stats = `${reviews}/stats` as const;
const createReview = `${observability}/executions/{executionId}/reviews` as const;
const cards = '/api/v1/runtime/observability/dashboard-cards';
const tabs = '/api/v1/runtime/observability/dashboard-tabs';

const documentedCardTypes = ['number', 'rate', 'line', 'bar', 'pie', 'table', 'funnel', 'gauge'];

/** The key a request presents, whichever of the two documented headers carries it. */
function keyOf(request: MockRequest): string {
  return request.header('x-api-key') ?? /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';
}

interface FeedEvent {
  id: string;
  eventName: string;
  properties: Record<string, unknown>;
  threadId: string | null;
  executionId: string | null;
  timestamp: string;
}

/** Every event of the feed the request asks for (its agent and event name), walked 100 at a time. */
async function wholeFeed(inner: Respond, request: MockRequest): Promise<FeedEvent[] | undefined> {
  const events: FeedEvent[] = [];
  for (let offset = 0; offset < 100_000; offset += 100) {
    const page = await inner(
      withQuery(request, (search) => {
        search.set('limit', '100');
        search.set('offset', String(offset));
      }),
    );
    const answer = page.status === 200 ? responseJson(page) : undefined;
    if (!Array.isArray(answer?.events)) return undefined;
    events.push(...answer.events);
    if (answer.events.length < 100 || events.length >= answer.total) break;
  }
  return events;
}

/**
 * Ingestion that stores an event's own `agentId` instead of the key's agent. The
 * mock ignores that field, so the middleware keeps such events itself (after the
 * mock has checked the key and the whole batch) and serves them in their agent's feed.
 */
function agentTakenFromBody(): (inner: Respond) => Respond {
  return (inner) => {
    const elsewhere: (FeedEvent & { key: string; agentId: string })[] = [];
    const ingestWithForgedAgents = async (request: MockRequest, events: unknown[]): Promise<MockResponse> => {
      const key = keyOf(request);
      const authenticated = await inner({ ...request, method: 'GET', url: `${feed}?limit=1`, body: '' });
      if (authenticated.status !== 200) return authenticated;
      // The batch checked as a whole, under a key whose tenant nobody reads.
      const checked = await inner(withHeaders(request, { 'x-api-key': 'rf_unseen_ingest_check', authorization: null }));
      if (!succeeded(checked)) return checked;
      const ownAgent = agentIdForKey(key);
      const forged = (event: any) => typeof event.agentId === 'string' && event.agentId !== ownAgent;
      const kept = events.filter((event) => !forged(event));
      if (kept.length > 0) await inner(withRequestJson(request, { ...requestJson(request), events: kept }));
      for (const event of events.filter(forged) as any[]) {
        elsewhere.push({
          key,
          agentId: event.agentId,
          id: `ev-elsewhere-${elsewhere.length + 1}`,
          eventName: event.eventName,
          properties: event.properties ?? {},
          threadId: event.threadId ?? null,
          executionId: event.executionId ?? null,
          timestamp: event.timestamp ?? new Date().toISOString(),
        });
      }
      return checked;
    };
    return async (request) => {
      const body = requestJson(request);
      if (route(api, request, 'POST', ingest) && Array.isArray(body?.events) && body.events.some((event: any) => typeof event?.agentId === 'string')) {
        return ingestWithForgedAgents(request, body.events);
      }
      const response = await inner(request);
      if (!route(api, request, 'GET', feed) || response.status !== 200) return response;
      const search = queryOf(request);
      const agent = search.get('agentId') ?? agentIdForKey(keyOf(request));
      const eventName = search.get('eventName');
      const theirs = elsewhere.filter((event) => event.key === keyOf(request) && event.agentId === agent && (!eventName || event.eventName === eventName));
      if (theirs.length === 0) return response;
      const stored = await wholeFeed(inner, request);
      if (!stored) return response;
      const merged = [...stored, ...theirs.map(({ key, agentId, ...event }) => (void key, void agentId, event))].sort((a, b) => b.timestamp.localeCompare(a.timestamp));
      const limit = Math.min(Number(search.get('limit') ?? 50), 100);
      const offset = Number(search.get('offset') ?? 0);
      return withResponseJson(response, { events: merged.slice(offset, offset + limit), total: merged.length });
    };
  };
}

export const runflowUnseenFaults: Fault[] = [
  {
    id: 'runflow.events.query-gte-as-gt',
    api,
    family: 'filter',
    bug: 'POST /events/query maps the operators gte and lte to > and < (a typo in the operator table): a row equal to the bound is left out',
    documented: 'Query events: "filters Array<{ propertyKey, operator, value }> Operators: eq, neq, gt, lt, gte, lte, contains, in"',
    caughtBy: 'lists honour their filters (the query\'s filters, on a boundary value)',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', query) || !Array.isArray(body?.filters)) return inner(request);
      const strict: Record<string, string> = { gte: 'gt', lte: 'lt' };
      const filters = body.filters.map((filter: any) => (filter && typeof filter === 'object' && strict[filter.operator] ? { ...filter, operator: strict[filter.operator] } : filter));
      return inner(withRequestJson(request, { ...body, filters }));
    },
    probe: async (client) => {
      await client.call('POST', ingest, { body: { events: [{ eventName: 'sale', properties: { amount: 10 } }, { eventName: 'sale', properties: { amount: 20 } }] } });
      const answer = await client.call('POST', query, { body: { eventName: 'sale', columns: ['amount'], filters: [{ propertyKey: 'amount', operator: 'gte', value: 20 }] } });
      return answer.json.rows.length;
    },
  },
  {
    id: 'runflow.events.query-limit-plus-one',
    api,
    family: 'paging',
    bug: 'POST /events/query fetches limit + 1 rows to tell whether another page exists, then forgets to cut the extra row: every full page is one row too long',
    documented: 'Query events: "limit / offset number Pagination."; the raw-mode example asks for "limit": 500',
    caughtBy: 'pages are consistent (the page size of the event query)',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', query) || !Number.isInteger(body?.limit) || body.limit >= 1000) return inner(request);
      const checked = await inner(request);
      return succeeded(checked) ? inner(withRequestJson(request, { ...body, limit: body.limit + 1 })) : checked;
    },
    probe: async (client) => {
      await client.call('POST', ingest, { body: { events: [{ eventName: 'tick' }, { eventName: 'tick' }, { eventName: 'tick' }] } });
      return (await client.call('POST', query, { body: { eventName: 'tick', limit: 2 } })).json.rows.length;
    },
  },
  {
    id: 'runflow.dashboard-cards.any-card-type',
    api,
    family: 'validation',
    bug: 'POST /dashboard-cards stores any cardType ("donut", "sparkline"): the column is free text and the DTO checks only the config',
    documented: 'Upsert a dashboard card: "cardType must be one of number, rate, line, bar, pie, table, funnel, gauge"',
    caughtBy: 'invalid input rejected (a value outside the enum)',
    wrap: (inner) => {
      const sent = new Map<unknown, string>();
      const stamp = (response: MockResponse) => {
        const answer = responseJson(response);
        if (!answer || sent.size === 0) return response;
        for (const object of objectsIn(answer)) if (typeof object.cardType === 'string' && sent.has(object.id)) object.cardType = sent.get(object.id);
        return withResponseJson(response, answer);
      };
      return async (request) => {
        const body = requestJson(request);
        const undocumented = route(api, request, 'POST', cards) && typeof body?.cardType === 'string' && !documentedCardTypes.includes(body.cardType);
        if (!undocumented) return stamp(await inner(request));
        const response = await inner(withRequestJson(request, { ...body, cardType: 'table' }));
        if (succeeded(response)) sent.set(responseJson(response)?.id, body.cardType);
        return stamp(response);
      };
    },
    probe: async (client) => (await client.call('POST', cards, { body: { agentId: 'agent-probe', title: 'Orders', cardType: 'donut', config: { eventName: 'order_placed', aggregation: 'count' } } })).status,
  },
  {
    id: 'runflow.dashboard-tabs.created-always-true',
    api,
    family: 'response-shape',
    bug: 'POST /dashboard-tabs sets created from the upsert\'s affected-row count, which is 1 for an update too: every call answers created: true',
    documented: 'Upsert a dashboard tab: "Response: { "success": true, "created": true, "id": "tab-uuid", "tab": { ... } }. created is false on subsequent calls with the same name"',
    caughtBy: 'an upsert scenario (the second call with the same name)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'POST', tabs) && succeeded(response) ? responseJson(response) : undefined;
      return answer?.created === false ? withResponseJson(response, { ...answer, created: true }) : response;
    },
    probe: async (client) => {
      await client.call('POST', tabs, { body: { agentId: 'agent-probe', name: 'Vendas' } });
      return (await client.call('POST', tabs, { body: { agentId: 'agent-probe', name: 'Vendas' } })).json.created;
    },
  },
  {
    id: 'runflow.reviews.stats-count-deleted',
    api,
    family: 'deletion',
    bug: 'GET /reviews/stats is cached per agent; creating or updating a review evicts the cache, deleting one does not: a deleted review is still counted',
    documented: 'Delete a review: "Hard delete."; Stats: "Response: { total, pending, inProgress, resolved, badReviews, … }"',
    caughtBy: 'gone means gone (through the statistics)',
    wrap: readCache(
      (request) => (route(api, request, 'GET', stats) ? `${keyOf(request)}\n${queryOf(request).get('agentId')}` : undefined),
      (request) => {
        const changed = route(api, request, 'POST', createReview) || route(api, request, 'PATCH', review);
        return changed ? (entry) => entry.startsWith(`${keyOf(request)}\n`) : undefined;
      },
    ),
    probe: async (client) => {
      const created = (await client.call('POST', createReview.replace('{executionId}', 'exec-probe-stats'), { body: { agentId: 'agent-probe', rating: 'bad', comment: 'Gave the wrong business hours' } })).json;
      await client.call('GET', `${stats}?agentId=agent-probe`);
      await client.call('DELETE', `${reviews}/${created.id}`);
      return (await client.call('GET', `${stats}?agentId=agent-probe`)).json.total;
    },
  },
  {
    id: 'runflow.events.agent-taken-from-body',
    api,
    family: 'mass-assignment',
    bug: 'POST /events spreads each event over the key\'s context ({ tenantId, agentId, ...event }): an event that names an agentId is filed under that agent, not the key\'s',
    documented: 'Ingest events: "tenantId and agentId are derived from the API key — you don\'t need to pass them."; Recent events feed: "agentId … Defaults to the agent bound to the API key"',
    caughtBy: 'no mass assignment (an ingested event then read through the feed)',
    wrap: agentTakenFromBody(),
    probe: async (client) => {
      await client.call('POST', ingest, { body: { events: [{ eventName: 'alert_received', agentId: 'agent-someone-else' }] } });
      const own = (await client.call('GET', feed)).json.events.length;
      const elsewhere = (await client.call('GET', `${feed}?agentId=agent-someone-else`)).json.events.length;
      return [own, elsewhere];
    },
  },
];
