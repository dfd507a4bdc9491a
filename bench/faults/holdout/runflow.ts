/**
 * Holdout faults for Runflow (documentation: /work/shared/seeds/000). Written
 * after the suite was tuned on the main set, and never tuned against: each
 * breaks a promise the main set's Runflow faults leave alone (another filter,
 * another route to a deleted review, the resolve stamps, the tab upsert, the
 * dashboards' tenant scope, updatedBy, the feed's total).
 */
import type { MockRequest, MockResponse } from '../../../mocks/stateful/message.ts';
import { type Fault, objectsIn, requestJson, responseJson, route, succeeded, validatedThenChanged, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runflow';
const observability = '/api/v1/runtime/v1/observability';
const reviews = `${observability}/reviews` as const;
const review = `${reviews}/{reviewId}` as const;
const stats = `${reviews}/stats` as const;
const createReview = `${observability}/executions/{executionId}/reviews` as const;
const reviewExists = `${observability}/executions/{executionId}/reviews/exists` as const;
const feed = `${observability}/events/feed` as const;
const ingest = `${observability}/events` as const;
const cards = '/api/v1/runtime/observability/dashboard-cards';
const tabs = '/api/v1/runtime/observability/dashboard-tabs';

let executions = 0;
const executionPath = (template: string) => template.replace('{executionId}', `exec-holdout-${++executions}`);
const reviewBody = { agentId: 'agent-probe', rating: 'bad', comment: 'Gave the wrong business hours', priority: 'high', tags: ['hours_wrong'] };
/** The API key a request carries, from x-api-key or Authorization: Bearer. */
const keyOf = (request: MockRequest) => request.header('x-api-key') ?? /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';
const asKey = (request: MockRequest, key: string) => withHeaders(request, { 'x-api-key': key, authorization: null });

/** A review as a response shows it (a stats body or an exists answer is not one). */
const isReview = (object: Record<string, unknown>) => typeof object.id === 'string' && 'rating' in object && 'resolvedBy' in object;

export const runflowHoldoutFaults: Fault[] = [
  {
    id: 'runflow.events.event-name-filter-ignored',
    api,
    family: 'filter',
    bug: 'GET /events/feed drops the eventName filter: events of every name come back',
    documented: 'Recent events feed: "eventName string Optional filter."',
    caughtBy: 'lists honour their filters',
    wrap: (inner) => (request) => (route(api, request, 'GET', feed) ? validatedThenChanged(inner, request, (query) => query.delete('eventName')) : inner(request)),
    probe: async (client) => {
      await client.call('POST', ingest, { body: { events: [{ eventName: 'alert_received' }, { eventName: 'ticket_resolved' }] } });
      return (await client.call('GET', `${feed}?eventName=alert_received`)).json.events.length;
    },
  },
  {
    id: 'runflow.reviews.resolve-not-stamped',
    api,
    family: 'write-read',
    bug: 'PATCH /reviews/{id} with status "resolved" never stamps resolvedBy / resolvedAt (the service compares the status with "RESOLVED"), so they stay null everywhere and avgResolutionHours stays null',
    documented: 'Update a review: "Setting status: "resolved" auto-stamps resolvedBy and resolvedAt."',
    caughtBy: 'write then read / a scenario on resolving a review',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = succeeded(response) ? responseJson(response) : undefined;
      if (!answer || typeof answer !== 'object') return response;
      let changed = false;
      for (const object of objectsIn(answer)) {
        if (isReview(object)) {
          object.resolvedBy = null;
          object.resolvedAt = null;
          changed = true;
        }
      }
      if (route(api, request, 'GET', stats) && 'avgResolutionHours' in answer) {
        answer.avgResolutionHours = null;
        changed = true;
      }
      return changed ? withResponseJson(response, answer) : response;
    },
    probe: async (client) => {
      const created = (await client.call('POST', executionPath(createReview), { body: reviewBody })).json;
      return (await client.call('PATCH', `${reviews}/${created.id}`, { body: { status: 'resolved' } })).json.resolvedBy;
    },
  },
  {
    id: 'runflow.dashboard-tabs.upsert-resets-sort-order',
    api,
    family: 'partial-update',
    bug: 'POST /dashboard-tabs for a tab that exists, sent without sortOrder, resets its sortOrder to 0 (the DTO defaults the field before the upsert)',
    documented: 'Upsert a dashboard tab: "created is false on subsequent calls with the same name; if sortOrder is provided and differs, it gets updated" (not provided: left alone)',
    caughtBy: 'partial update leaves unsent fields unchanged / a dashboard-tab scenario',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      const defaulted = route(api, request, 'POST', tabs) && body && typeof body === 'object' && !Array.isArray(body) && body.sortOrder === undefined;
      return inner(defaulted ? withRequestJson(request, { ...body, sortOrder: 0 }) : request);
    },
    probe: async (client) => {
      await client.call('POST', tabs, { body: { agentId: 'agent-probe', name: 'Vendas', sortOrder: 3 } });
      await client.call('POST', tabs, { body: { agentId: 'agent-probe', name: 'Vendas' } });
      return (await client.call('GET', `${tabs}?agentId=agent-probe`)).json.tabs.map((tab: { sortOrder: number }) => tab.sortOrder);
    },
  },
  {
    id: 'runflow.dashboard-cards.listed-across-tenants',
    api,
    family: 'isolation',
    bug: 'GET /dashboard-cards selects cards by agentId alone: another tenant\'s cards for an agent id of the same name come back too',
    documented: 'Authentication: "Each key is tenant-scoped; the platform derives tenantId from the key and applies it to every query"',
    caughtBy: 'isolation',
    wrap: (inner) => {
      const keys = new Set<string>();
      return async (request) => {
        const own = keyOf(request);
        if (own.startsWith('rf_')) keys.add(own);
        const response = await inner(request);
        const listed = route(api, request, 'GET', cards) && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(listed?.cards)) return response;
        const others: unknown[] = [];
        for (const other of keys) {
          if (other === own) continue;
          const theirs = responseJson(await inner(asKey(request, other)));
          if (Array.isArray(theirs?.cards)) others.push(...theirs.cards);
        }
        const merged = [...listed.cards, ...others];
        return withResponseJson(response, { ...listed, total: merged.length, cards: merged });
      };
    },
    probe: async (client) => {
      await client.call('POST', cards, { body: { agentId: 'agent-probe', title: 'Total alerts', cardType: 'number', config: { eventName: 'alert_received', aggregation: 'count' } } });
      return (await client.call('GET', `${cards}?agentId=agent-probe`, { identity: 'b' })).json.cards.length;
    },
  },
  {
    id: 'runflow.reviews.exists-after-delete',
    api,
    family: 'deletion',
    bug: 'GET …/executions/{id}/reviews/exists is answered from a per-execution cache that DELETE /reviews/{id} does not evict: a deleted review still "exists", with its summary',
    documented: 'Delete a review: "Hard delete."; Check if an execution already has a review: "Response: { "exists": true, "review": {…} }"',
    caughtBy: 'gone means gone (through another route than the read by id)',
    wrap: (inner) => {
      const stale = new Map<string, unknown>();
      return async (request) => {
        const removed = route(api, request, 'DELETE', review);
        if (removed) {
          const before = await inner({ ...request, method: 'GET', body: '' });
          const response = await inner(request);
          const gone = before.status === 200 ? responseJson(before) : undefined;
          if (response.status === 204 && gone?.executionId) {
            const { id, rating, status, comment, createdAt } = gone;
            stale.set(`${keyOf(request)} ${gone.executionId}`, { id, rating, status, comment, createdAt });
          }
          return response;
        }
        const created = route(api, request, 'POST', createReview);
        const asked = route(api, request, 'GET', reviewExists);
        const found = created ?? asked;
        const cacheKey = found ? `${keyOf(request)} ${found.executionId}` : '';
        const response = await inner(request);
        if (created && response.status === 201) stale.delete(cacheKey);
        if (!asked || response.status !== 200 || responseJson(response)?.exists !== false || !stale.has(cacheKey)) return response;
        return withResponseJson(response, { exists: true, review: stale.get(cacheKey) });
      };
    },
    probe: async (client) => {
      const path = executionPath(createReview);
      const created = (await client.call('POST', path, { body: reviewBody })).json;
      await client.call('DELETE', `${reviews}/${created.id}`);
      return (await client.call('GET', `${path}/exists`)).json.exists;
    },
  },
  {
    id: 'runflow.reviews.updated-by-forgeable',
    api,
    family: 'mass-assignment',
    bug: 'PATCH /reviews/{id} copies updatedBy from the body when present, so a caller can forge the audit stamp of the last change',
    documented: 'Authentication: "The reviewedBy / updatedBy audit fields on execution reviews are auto-populated from the API key label"',
    caughtBy: 'no mass assignment',
    wrap: (inner) => {
      const forged = new Map<string, unknown>();
      const stamp = (response: MockResponse) => {
        const answer = responseJson(response);
        if (!answer || forged.size === 0) return response;
        for (const object of objectsIn(answer)) if (isReview(object) && forged.has(object.id as string)) object.updatedBy = forged.get(object.id as string);
        return withResponseJson(response, answer);
      };
      return async (request) => {
        const body = requestJson(request);
        const patched = route(api, request, 'PATCH', review);
        if (!patched || !body || typeof body !== 'object' || Array.isArray(body) || body.updatedBy === undefined) {
          const response = await inner(request);
          // Any other change stamps the real label again.
          if (patched && succeeded(response)) forged.delete(patched.reviewId);
          return stamp(response);
        }
        const { updatedBy, ...rest } = body;
        const response = await inner(Object.keys(rest).length > 0 ? withRequestJson(request, rest) : { ...request, method: 'GET', body: '' });
        if (succeeded(response)) forged.set(patched.reviewId, updatedBy);
        return stamp(response);
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', executionPath(createReview), { body: reviewBody })).json;
      return (await client.call('PATCH', `${reviews}/${created.id}`, { body: { priority: 'low', updatedBy: 'someone-else' } })).json.updatedBy;
    },
  },
  {
    id: 'runflow.events.feed-total-as-text',
    api,
    family: 'response-shape',
    bug: 'GET /events/feed answers total as text ("142"): the driver returns COUNT(*) as a bigint string and nobody converts it',
    documented: 'Recent events feed: the response shows "total": 142, a number',
    caughtBy: 'response body valid',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', feed) && response.status === 200 ? responseJson(response) : undefined;
      return typeof answer?.total === 'number' ? withResponseJson(response, { ...answer, total: String(answer.total) }) : response;
    },
    probe: async (client) => typeof (await client.call('GET', feed)).json.total,
  },
];
