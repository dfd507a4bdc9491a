/**
 * Unmet faults for Runflow (documentation: /work/shared/seeds/000). Written
 * blind to the suite: a priority filter that reads "this priority and above",
 * a resolution average in seconds, an ingest that drops the event's own
 * timestamp, a tab upsert that never moves a tab, a one-review rule kept per
 * agent, and a training export that reaches across tenants.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { everyOffsetItem, type Fault, objectsIn, queryOf, requestJson, responseJson, route, withHeaders, withPath, withQuery, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runflow';
const observability = '/api/v1/runtime/v1/observability';
const createReview = `${observability}/executions/{executionId}/reviews` as const;
const reviews = `${observability}/reviews` as const;
const stats = `${reviews}/stats` as const;
const trainingExport = `${reviews}/export/training-data` as const;
const events = `${observability}/events` as const;
const feed = `${observability}/events/feed` as const;
const tabs = '/api/v1/runtime/observability/dashboard-tabs';

/** The key a request presents, whichever of the two documented headers carries it. */
function keyOf(request: MockRequest): string {
  return request.header('x-api-key') ?? /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';
}

const reviewBody = (overrides: Record<string, unknown> = {}) => ({ agentId: 'agent-unmet', rating: 'bad', comment: 'Bot promised a refund it cannot give', priority: 'medium', tags: ['refund_wrong'], ...overrides });

const priorityRank: Record<string, number> = { low: 0, medium: 1, high: 2, critical: 3 };

export const runflowUnmetFaults: Fault[] = [
  {
    id: 'runflow.reviews.priority-filter-at-or-above',
    api,
    family: 'filter',
    bug: 'GET /reviews?priority= reuses the Console\'s triage query, priority_rank >= :rank ("high and above"): ?priority=high also returns the critical reviews, and ?priority=low every review',
    documented: 'List reviews: "priority enum low, medium, high, critical." among the query params, each a filter ("agentId string Filter by agent.")',
    caughtBy: 'a filter check on priority: create reviews of several priorities, ask for one, and find only reviews of exactly that priority (and a total that counts only them)',
    wrap: (inner) => async (request) => {
      const asked = route(api, request, 'GET', reviews) ? queryOf(request).get('priority') : null;
      if (!asked || priorityRank[asked] === undefined) return inner(request);
      const first = await inner(request);
      const answer = first.status === 200 ? responseJson(first) : undefined;
      if (!Array.isArray(answer?.reviews)) return first;
      const unfiltered = await everyOffsetItem(inner, withQuery(request, (query) => query.delete('priority')), 'reviews');
      if (!unfiltered) return first;
      const matching = unfiltered.filter((item: { priority?: string }) => (priorityRank[item.priority ?? ''] ?? -1) >= priorityRank[asked]!);
      const offset = typeof answer.offset === 'number' ? answer.offset : 0;
      const limit = typeof answer.limit === 'number' ? answer.limit : 50;
      return withResponseJson(first, { ...answer, reviews: matching.slice(offset, offset + limit), total: matching.length });
    },
    probe: async (client) => {
      for (const [index, priority] of ['low', 'high', 'critical'].entries()) {
        await client.call('POST', `${observability}/executions/exec-unmet-p${index}/reviews`, { body: reviewBody({ priority }) });
      }
      const high = (await client.call('GET', `${reviews}?priority=high`)).json;
      return [high.total, high.reviews.map((item: { priority: string }) => item.priority)];
    },
  },
  {
    id: 'runflow.reviews-stats.resolution-average-in-seconds',
    api,
    family: 'response-shape',
    bug: 'GET /reviews/stats averages EXTRACT(EPOCH FROM resolved_at - created_at) and forgets to divide by 3600: avgResolutionHours carries seconds, so a review resolved in half an hour reports 1800 hours',
    documented: 'Stats: "Response: { total, pending, inProgress, resolved, badReviews, needsImprovement, critical, highPriority, avgResolutionHours }"; Update a review: "Setting status: "resolved" auto-stamps resolvedBy and resolvedAt."',
    caughtBy: 'stats that follow writes: resolve a review and check avgResolutionHours against its createdAt and resolvedAt (it cannot exceed the hours that passed)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', stats) && response.status === 200 ? responseJson(response) : undefined;
      if (typeof answer?.avgResolutionHours !== 'number') return response;
      const listing = withQuery(withPath({ ...request, body: '' }, reviews), (query) => query.set('status', 'resolved'));
      const resolved = await everyOffsetItem(inner, listing, 'reviews');
      const seconds = (resolved ?? []).filter((item) => item.resolvedAt).map((item) => (Date.parse(item.resolvedAt) - Date.parse(item.createdAt)) / 1000);
      if (seconds.length === 0) return response;
      const average = seconds.reduce((sum, value) => sum + value, 0) / seconds.length;
      return withResponseJson(response, { ...answer, avgResolutionHours: Math.round(average * 100) / 100 });
    },
    probe: async (client) => {
      const created = (await client.call('POST', `${observability}/executions/exec-unmet-r1/reviews`, { body: reviewBody() })).json;
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { status: 'in_progress' } });
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { status: 'resolved', resolutionNotes: 'Refund policy added to the prompt' } });
      return (await client.call('GET', `${stats}?agentId=agent-unmet`)).json.avgResolutionHours;
    },
  },
  {
    id: 'runflow.events.ingest-timestamp-replaced',
    api,
    family: 'write-read',
    bug: 'POST /events validates each event with a DTO that declares eventName and properties only; the global whitelist strips timestamp, and the column\'s DEFAULT now() stamps every event with the time it arrived: a backfill of last month lands on today',
    documented: 'Ingest events: the body\'s events carry "timestamp": "2026-05-20T12:00:00.000Z" (one of the two examples leaves it out); Recent events feed: each event answers its "timestamp"; Query events: "dateFrom / dateTo ISO 8601 Date range."',
    caughtBy: 'write then read: ingest an event with a timestamp in the past and find that same timestamp on it in the feed (and the event inside a date range around it)',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', events) || !Array.isArray(body?.events)) return inner(request);
      const stripped = body.events.map((event: unknown) => {
        if (!event || typeof event !== 'object') return event;
        const { timestamp, ...rest } = event as Record<string, unknown>;
        void timestamp;
        return rest;
      });
      return inner(withRequestJson(request, { ...body, events: stripped }));
    },
    probe: async (client) => {
      await client.call('POST', events, { body: { events: [{ eventName: 'order_backfilled', properties: { amount: 120 }, timestamp: '2025-11-03T09:30:00.000Z' }] } });
      return (await client.call('GET', `${feed}?eventName=order_backfilled`)).json.events.map((event: { timestamp: string }) => event.timestamp);
    },
  },
  {
    id: 'runflow.dashboard-tabs.sort-order-change-ignored',
    api,
    family: 'partial-update',
    bug: 'POST /dashboard-tabs upserts with INSERT … ON CONFLICT (agent_id, name) DO NOTHING and then reads the row back: a tab that exists keeps its old sortOrder whatever is sent, so reordering tabs in rf.json and syncing changes nothing',
    documented: 'Upsert a dashboard tab: "Idempotent on (agentId, name)." "created is false on subsequent calls with the same name; if sortOrder is provided and differs, it gets updated."; List dashboard tabs: "ordered by sortOrder ASC"',
    caughtBy: 'write then read on an upsert: send an existing tab again with another sortOrder, and find the new sortOrder in the answer and the tab moved in the list',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', tabs) || body?.sortOrder === undefined || typeof body.agentId !== 'string') return inner(request);
      const listed = responseJson(await inner({ ...request, method: 'GET', url: `${tabs}?agentId=${encodeURIComponent(body.agentId)}`, body: '' }));
      const exists = Array.isArray(listed?.tabs) && listed.tabs.some((tab: { name?: unknown }) => tab.name === body.name);
      if (!exists) return inner(request);
      const { sortOrder, ...unchanged } = body;
      void sortOrder;
      return inner(withRequestJson(request, unchanged));
    },
    probe: async (client) => {
      await client.call('POST', tabs, { body: { agentId: 'agent-unmet', name: 'Vendas', sortOrder: 0 } });
      await client.call('POST', tabs, { body: { agentId: 'agent-unmet', name: 'Overview', sortOrder: 1 } });
      const moved = (await client.call('POST', tabs, { body: { agentId: 'agent-unmet', name: 'Vendas', sortOrder: 2 } })).json;
      const listed = (await client.call('GET', `${tabs}?agentId=agent-unmet`)).json;
      return [moved.tab?.sortOrder, listed.tabs.map((tab: { name: string }) => tab.name)];
    },
  },
  {
    id: 'runflow.reviews.one-review-per-agent-and-execution',
    api,
    family: 'validation',
    bug: 'The unique index behind "one review per execution" was created on (execution_id, agent_id), for multi-agent threads: a second review of the same execution under another agentId is stored (201) instead of refused with 409, and the execution then has two reviews',
    documented: 'Create a review: "Each execution can only have one review. A second POST returns 409 Conflict."; Errors: "409 Conflict — for execution reviews, the execution already has one."',
    caughtBy: 'a second POST for an execution that already has a review, varying the other fields of the body (agentId among them), must answer 409 every time',
    wrap: (inner) => {
      const agentsOfExecution = new Map<string, Set<string>>();
      const executionOfAlias = new Map<string, string>();
      /** The execution a review stored under an alias really belongs to, put back wherever the review shows. */
      const restore = (answer: unknown) => {
        for (const object of objectsIn(answer)) {
          const real = executionOfAlias.get(String(object.id ?? object.review_id ?? ''));
          if (real === undefined) continue;
          if ('executionId' in object) object.executionId = real;
          if ('execution_id' in object) object.execution_id = real;
        }
        return answer;
      };
      return async (request) => {
        const target = route(api, request, 'POST', createReview);
        const body = requestJson(request);
        if (!target || typeof body?.agentId !== 'string') {
          const response = await inner(request);
          const answer = executionOfAlias.size > 0 ? responseJson(response) : undefined;
          return answer ? withResponseJson(response, restore(answer)) : response;
        }
        const key = `${keyOf(request)}\n${target.executionId}`;
        const agents = agentsOfExecution.get(key) ?? new Set<string>();
        const aliased = agents.size > 0 && !agents.has(body.agentId);
        const path = aliased ? `${observability}/executions/${encodeURIComponent(`${target.executionId}~${body.agentId}`)}/reviews` : `${observability}/executions/${encodeURIComponent(target.executionId)}/reviews`;
        const response = await inner(withPath(request, path));
        const created = response.status === 201 ? responseJson(response) : undefined;
        if (!created) return response;
        agents.add(body.agentId);
        agentsOfExecution.set(key, agents);
        if (aliased) executionOfAlias.set(created.id, target.executionId);
        return withResponseJson(response, restore(created));
      };
    },
    probe: async (client) => {
      const first = await client.call('POST', `${observability}/executions/exec-unmet-d1/reviews`, { body: reviewBody({ agentId: 'agent-checkout' }) });
      const second = await client.call('POST', `${observability}/executions/exec-unmet-d1/reviews`, { body: reviewBody({ agentId: 'agent-support' }) });
      return [first.status, second.status, second.json?.executionId ?? null];
    },
  },
  {
    id: 'runflow.training-export.other-tenants-examples',
    api,
    family: 'isolation',
    bug: 'GET /reviews/export/training-data was moved to the analytics replica, where it reads a reporting view keyed by agent_id that has no tenant_id column: an export for an agent id another tenant also uses (agent ids are chosen in rf.json) holds that tenant\'s conversations and corrections too',
    documented: 'Authentication: "Each key is tenant-scoped; the platform derives tenantId from the key and applies it to every query."; Export for training: "Returns an array of OpenAI conversational fine-tuning examples — one per matching review"',
    caughtBy: 'isolation on the export: tenant A reviews an execution of an agent id, tenant B exports that agent id and must get none of A\'s examples',
    wrap: (inner) => {
      const keysOfAgent = new Map<string, Set<string>>();
      return async (request) => {
        const response = await inner(request);
        const body = requestJson(request);
        if (route(api, request, 'POST', createReview) && response.status === 201 && typeof body?.agentId === 'string') {
          keysOfAgent.set(body.agentId, (keysOfAgent.get(body.agentId) ?? new Set<string>()).add(keyOf(request)));
        }
        const agentId = route(api, request, 'GET', trainingExport) ? queryOf(request).get('agentId') : null;
        const answer = agentId && response.status === 200 ? responseJson(response) : undefined;
        if (!agentId || !Array.isArray(answer?.training_examples)) return response;
        const examples = [...answer.training_examples];
        for (const other of keysOfAgent.get(agentId) ?? []) {
          if (other === keyOf(request)) continue;
          const theirs = responseJson(await inner(withHeaders(request, { 'x-api-key': other, authorization: null })));
          if (Array.isArray(theirs?.training_examples)) examples.push(...theirs.training_examples);
        }
        return withResponseJson(response, { ...answer, training_examples: examples, total: examples.length });
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', `${observability}/executions/exec-unmet-x1/reviews`, { body: reviewBody({ agentId: 'agent-shared-name' }) })).json;
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { status: 'resolved', correctedOutput: 'Refunds take 5 business days.' } });
      const exported = (await client.call('GET', `${trainingExport}?agentId=agent-shared-name&status=resolved`, { identity: 'b' })).json;
      return [exported.total, exported.training_examples.length];
    },
  },
];
