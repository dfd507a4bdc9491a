/**
 * Fresh faults for Runflow (documentation: /work/shared/seeds/000). Written
 * blind to the suite: the feed's order, the tab list's agent, the training
 * export after a correction, a delete from another tenant, the stats without
 * their required agent, a PATCH of tags.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { everyOffsetItem, type Fault, jsonResponse, type Respond, queryOf, readCache, requestJson, responseJson, route, succeeded, withHeaders, withQuery, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runflow';
const observability = '/api/v1/runtime/v1/observability';
const ingest = `${observability}/events`;
const feed = `${observability}/events/feed`;
const reviews = `${observability}/reviews`;
const review = `${reviews}/{reviewId}` as const;
const stats = `${reviews}/stats`;
const trainingExport = `${reviews}/export/training-data`;
const createReview = `${observability}/executions/{executionId}/reviews` as const;
const tabs = '/api/v1/runtime/observability/dashboard-tabs';

const reviewBody = (overrides: Record<string, unknown> = {}) => ({ agentId: 'agent-probe', rating: 'bad', comment: 'Gave the wrong business hours', priority: 'high', ...overrides });
const reviewOf = (executionId: string) => createReview.replace('{executionId}', executionId);

/** The key a request presents, whichever of the two documented headers carries it. */
function keyOf(request: MockRequest): string {
  return request.header('x-api-key') ?? /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';
}

/** The request as another key would send it. */
const asKey = (request: MockRequest, key: string) => withHeaders(request, { 'x-api-key': key, authorization: null });

const counters = ['total', 'pending', 'inProgress', 'resolved', 'badReviews', 'needsImprovement', 'critical', 'highPriority'] as const;

/** The tenant's statistics as the sum of each agent's (the mean resolution time weighted by resolved reviews). */
async function tenantWideStats(inner: Respond, request: MockRequest): Promise<Record<string, number | null> | undefined> {
  const all = await everyOffsetItem(inner, { ...request, url: reviews }, 'reviews');
  if (!all) return undefined;
  const sums: Record<string, number> = Object.fromEntries(counters.map((name) => [name, 0]));
  let weightedHours = 0;
  for (const agentId of new Set(all.map((found: { agentId: string }) => found.agentId))) {
    const answer = responseJson(await inner(withQuery(request, (query) => query.set('agentId', agentId))));
    if (!answer) return undefined;
    for (const name of counters) sums[name]! += answer[name] ?? 0;
    if (typeof answer.avgResolutionHours === 'number') weightedHours += answer.avgResolutionHours * answer.resolved;
  }
  return { ...sums, avgResolutionHours: sums.resolved ? Math.round((100 * weightedHours) / sums.resolved!) / 100 : null };
}

export const runflowFreshFaults: Fault[] = [
  {
    id: 'runflow.events-feed.oldest-first',
    api,
    family: 'paging',
    bug: 'GET /events/feed orders by timestamp ASC (the repository method was shared with the backfill export): the first page holds the oldest events, and a widget reading the first page never sees new ones',
    documented: 'Recent events feed: "Most-recent-first list of events for an agent. Useful for debugging emissions, building external “live event” widgets"',
    caughtBy: 'a documented list order (the feed, most recent first)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', feed) && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.events)) return response;
      const all = await everyOffsetItem(inner, request, 'events');
      if (!all) return response;
      const limit = Math.min(Number(queryOf(request).get('limit') ?? 50), 100);
      const offset = Number(queryOf(request).get('offset') ?? 0);
      return withResponseJson(response, { ...answer, events: all.reverse().slice(offset, offset + limit) });
    },
    probe: async (client) => {
      await client.call('POST', ingest, { body: { events: [{ eventName: 'alert_received' }, { eventName: 'alert_acknowledged' }, { eventName: 'ticket_resolved' }] } });
      return (await client.call('GET', feed)).json.events.map((event: { eventName: string }) => event.eventName);
    },
  },
  {
    id: 'runflow.dashboard-tabs.every-agent-listed',
    api,
    family: 'filter',
    bug: 'GET /dashboard-tabs builds its where clause from { agentID: query.agentId } (a misspelt column the ORM drops): every tab of the tenant comes back, of every agent, still ordered by sortOrder',
    documented: 'List dashboard tabs: "GET …/dashboard-tabs?agentId=... Returns the tabs configured for the agent, ordered by sortOrder ASC."',
    caughtBy: 'lists honour their filters (agentId)',
    wrap: (inner) => {
      const agentsOfKey = new Map<string, Set<string>>();
      return async (request) => {
        const response = await inner(request);
        const body = requestJson(request);
        if (route(api, request, 'POST', tabs) && succeeded(response) && typeof body?.agentId === 'string') {
          const agents = agentsOfKey.get(keyOf(request)) ?? new Set<string>();
          agents.add(body.agentId);
          agentsOfKey.set(keyOf(request), agents);
        }
        const answer = route(api, request, 'GET', tabs) && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.tabs)) return response;
        const asked = queryOf(request).get('agentId');
        const found = [...answer.tabs];
        for (const agentId of agentsOfKey.get(keyOf(request)) ?? []) {
          if (agentId === asked) continue;
          const theirs = responseJson(await inner(withQuery(request, (query) => query.set('agentId', agentId))));
          if (Array.isArray(theirs?.tabs)) found.push(...theirs.tabs);
        }
        found.sort((a: { sortOrder: number }, b: { sortOrder: number }) => a.sortOrder - b.sortOrder);
        return withResponseJson(response, { ...answer, total: found.length, tabs: found });
      };
    },
    probe: async (client) => {
      await client.call('POST', tabs, { body: { agentId: 'agent-sales', name: 'Vendas' } });
      await client.call('POST', tabs, { body: { agentId: 'agent-support', name: 'Overview' } });
      return (await client.call('GET', `${tabs}?agentId=agent-sales`)).json.tabs.map((tab: { name: string }) => tab.name);
    },
  },
  {
    id: 'runflow.training-export.cached-past-correction',
    api,
    family: 'write-read',
    bug: 'GET /reviews/export/training-data is cached per key and query; creating or deleting a review evicts the cache, PATCH does not: a correctedOutput (or a resolve) is missing from the export until the cache expires',
    documented: 'Export for training: "Returns an array of OpenAI conversational fine-tuning examples — one per matching review, with the correctedOutput substituted into the assistant turn when present."',
    caughtBy: 'write then read (the export after an update)',
    wrap: readCache(
      (request) => (route(api, request, 'GET', trainingExport) ? `${keyOf(request)}\n${request.url}` : undefined),
      (request) => {
        const changesSet = route(api, request, 'POST', createReview) || route(api, request, 'DELETE', review);
        return changesSet ? (entry) => entry.startsWith(`${keyOf(request)}\n`) : undefined;
      },
    ),
    probe: async (client) => {
      const created = (await client.call('POST', reviewOf('exec-probe-hours'), { body: reviewBody() })).json;
      await client.call('GET', `${trainingExport}?agentId=agent-probe`);
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { correctedOutput: 'We open at 9:00 and close at 18:00 on weekdays.' } });
      const examples = (await client.call('GET', `${trainingExport}?agentId=agent-probe`)).json.training_examples;
      return examples.map((example: { metadata: { was_corrected: boolean } }) => example.metadata.was_corrected);
    },
  },
  {
    id: 'runflow.reviews.delete-across-tenants',
    api,
    family: 'isolation',
    bug: 'DELETE /reviews/{id} runs DELETE … WHERE id = $1 without the tenant predicate the reads have: another tenant\'s key deletes the review (204)',
    documented: 'Authentication: "Each key is tenant-scoped; the platform derives tenantId from the key and applies it to every query."; Errors: "404 Resource not found. For reviews, this also fires when the ID belongs to another tenant."',
    caughtBy: 'isolation (a delete as identity B)',
    wrap: (inner) => {
      const owners = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', createReview) && response.status === 201) owners.set(responseJson(response)?.id, keyOf(request));
        const removed = route(api, request, 'DELETE', review);
        const owner = removed && response.status === 404 ? owners.get(removed.reviewId) : undefined;
        return owner && owner !== keyOf(request) ? inner(asKey(request, owner)) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', reviewOf('exec-probe-tenant'), { body: reviewBody() })).json;
      const deleted = (await client.call('DELETE', `${reviews}/${created.id}`, { identity: 'b' })).status;
      return [deleted, (await client.call('GET', `${reviews}/${created.id}`)).status];
    },
  },
  {
    id: 'runflow.reviews-stats.agent-id-optional',
    api,
    family: 'validation',
    bug: 'GET /reviews/stats passes agentId to a query builder that skips undefined filters: without agentId it answers 200 with the whole tenant\'s counters instead of refusing the request',
    documented: 'Stats: "GET …/reviews/stats?agentId=... agentId is required."; Errors: "400 Invalid input — usually a Zod/DTO validation failure."',
    caughtBy: 'invalid input rejected (a required query parameter left out)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!route(api, request, 'GET', stats) || queryOf(request).get('agentId') || response.status !== 400) return response;
      const totals = await tenantWideStats(inner, request);
      return totals ? jsonResponse(200, totals) : response;
    },
    probe: async (client) => {
      await client.call('POST', reviewOf('exec-probe-stats'), { body: reviewBody() });
      return (await client.call('GET', stats)).status;
    },
  },
  {
    id: 'runflow.reviews.patch-merges-tags-by-index',
    api,
    family: 'partial-update',
    bug: 'PATCH /reviews/{id} applies the body with a deep merge (lodash merge), which merges arrays index by index: sending tags ["pricing"] to a review tagged ["hours_wrong", "tone"] stores ["pricing", "tone"]',
    documented: 'Update a review: "Partial update — send only the fields you want to change. Allowed fields: status, actionTaken, resolutionNotes, correctedOutput, comment, priority, tags."',
    caughtBy: 'a partial update changes what it sends (the stored tags)',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'PATCH', review) || !Array.isArray(body?.tags)) return inner(request);
      const before = responseJson(await inner({ ...request, method: 'GET', body: '' }));
      if (!Array.isArray(before?.tags)) return inner(request);
      return inner(withRequestJson(request, { ...body, tags: [...body.tags, ...before.tags.slice(body.tags.length)] }));
    },
    probe: async (client) => {
      const created = (await client.call('POST', reviewOf('exec-probe-tags'), { body: reviewBody({ tags: ['hours_wrong', 'tone', 'escalation'] }) })).json;
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { tags: ['pricing'] } });
      return (await client.call('GET', `${reviews}/${created.id}`)).json.tags;
    },
  },
];
