/**
 * Faulty Runflow servers. The documentation is /work/shared/seeds/000 (the
 * runtime API page): the review list's filters and paging, partial updates,
 * hard deletes, tenant-scoped keys, the 10-character comment, 409 on a second
 * review, audit stamps taken from the key.
 */
import type { MockRequest, MockResponse } from '../../mocks/stateful/message.ts';
import {
  acceptedAsSent,
  type Fault,
  forgedOnCreate,
  jsonResponse,
  objectsIn,
  queryOf,
  requestJson,
  responseJson,
  route,
  shiftDays,
  succeeded,
  updateThatLoses,
  validatedThenChanged,
  withHeaders,
  withQuery,
  withRequestJson,
  withResponseJson,
} from './kit.ts';

const api = 'runflow';
const reviews = '/api/v1/runtime/v1/observability/reviews' as const;
const review = `${reviews}/{reviewId}` as const;
const createReview = '/api/v1/runtime/v1/observability/executions/{executionId}/reviews';
const stats = `${reviews}/stats` as const;
const feed = '/api/v1/runtime/v1/observability/events/feed';
const ingest = '/api/v1/runtime/v1/observability/events';

let executions = 0;
const at = (path: string) => path.replace('{executionId}', `exec-probe-${++executions}`);
const reviewBody = (overrides: Record<string, unknown> = {}) => ({ agentId: 'agent-probe', rating: 'bad', comment: 'Gave the wrong business hours', priority: 'high', tags: ['hours_wrong'], ...overrides });
const keyOf = (request: MockRequest) => request.header('x-api-key') ?? request.header('authorization') ?? '';

export const runflowFaults: Fault[] = [
  {
    id: 'runflow.reviews.status-filter-ignored',
    api,
    family: 'filter',
    bug: 'GET /reviews drops the status filter: every review comes back whatever status was asked for',
    documented: 'List reviews: "status enum pending_review, in_progress, resolved, wont_fix" among the query params',
    caughtBy: 'lists honour their filters',
    wrap: (inner) => (request) => (route(api, request, 'GET', reviews) ? validatedThenChanged(inner, request, (query) => query.delete('status')) : inner(request)),
    probe: async (client) => {
      await client.call('POST', at(createReview), { body: reviewBody() });
      return (await client.call('GET', `${reviews}?status=resolved`)).json.reviews.length;
    },
  },
  {
    id: 'runflow.reviews.date-to-one-day-early',
    api,
    family: 'filter',
    bug: 'GET /reviews applies dateTo one day early (a time-zone shift of 24 h), so the last day of the range is missing',
    documented: 'List reviews: "dateFrom / dateTo ISO 8601 Date range"',
    caughtBy: 'lists honour their filters',
    wrap: (inner) => (request) => {
      const dateTo = route(api, request, 'GET', reviews) ? queryOf(request).get('dateTo') : null;
      return dateTo ? validatedThenChanged(inner, request, (query) => query.set('dateTo', shiftDays(dateTo, -1))) : inner(request);
    },
    probe: async (client) => {
      const created = (await client.call('POST', at(createReview), { body: reviewBody() })).json;
      return (await client.call('GET', `${reviews}?dateTo=${encodeURIComponent(shiftDays(created.createdAt, 0.5))}`)).json.reviews.length;
    },
  },
  {
    id: 'runflow.events.offset-ignored',
    api,
    family: 'paging',
    bug: 'GET /events/feed ignores offset: every page is the first page',
    documented: 'Recent events feed: "offset number Pagination offset"',
    caughtBy: 'pages are consistent',
    wrap: (inner) => (request) => (route(api, request, 'GET', feed) ? validatedThenChanged(inner, request, (query) => query.delete('offset')) : inner(request)),
    probe: async (client) => {
      await client.call('POST', ingest, { body: { events: [{ eventName: 'first' }, { eventName: 'second' }, { eventName: 'third' }] } });
      return (await client.call('GET', `${feed}?limit=1&offset=1`)).json.events.map((event: { eventName: string }) => event.eventName);
    },
  },
  {
    id: 'runflow.reviews.limit-ignored',
    api,
    family: 'paging',
    bug: 'GET /reviews ignores limit: every page holds the default 50 reviews',
    documented: 'List reviews: "limit number Default 50, capped at 100"',
    caughtBy: 'pages are consistent',
    wrap: (inner) => (request) => (route(api, request, 'GET', reviews) ? validatedThenChanged(inner, request, (query) => query.delete('limit')) : inner(request)),
    probe: async (client) => {
      for (let index = 0; index < 3; index++) await client.call('POST', at(createReview), { body: reviewBody() });
      return (await client.call('GET', `${reviews}?limit=1`)).json.reviews.length;
    },
  },
  {
    id: 'runflow.reviews.default-limit-20',
    api,
    family: 'paging',
    bug: 'GET /reviews without limit serves pages of 20 (a stale default in the controller)',
    documented: 'List reviews: "limit number Default 50, capped at 100"',
    caughtBy: 'pages are consistent (default page size)',
    wrap: (inner) => (request) => inner(route(api, request, 'GET', reviews) && !queryOf(request).has('limit') ? withQuery(request, (query) => query.set('limit', '20')) : request),
    probe: async (client) => {
      for (let index = 0; index < 21; index++) await client.call('POST', at(createReview), { body: reviewBody() });
      return (await client.call('GET', reviews)).json.reviews.length;
    },
  },
  {
    id: 'runflow.reviews.update-loses-priority',
    api,
    family: 'write-read',
    bug: 'PATCH /reviews/{id} answers with the new priority but never stores it (left out of the update statement)',
    documented: 'Update a review: "Partial update — send only the fields you want to change. Allowed fields: status, actionTaken, resolutionNotes, correctedOutput, comment, priority, tags"',
    caughtBy: 'write then read',
    wrap: (inner) => (request) => (route(api, request, 'PATCH', review) && requestJson(request)?.priority !== undefined ? updateThatLoses(inner, request, 'priority') : inner(request)),
    probe: async (client) => {
      const created = (await client.call('POST', at(createReview), { body: reviewBody({ priority: 'high' }) })).json;
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { priority: 'low' } });
      return (await client.call('GET', `${reviews}/${created.id}`)).json.priority;
    },
  },
  {
    id: 'runflow.reviews.patch-resets-unsent-fields',
    api,
    family: 'partial-update',
    bug: 'PATCH /reviews/{id} treats the body as a whole review: priority and tags not sent are reset to their create defaults (medium, [])',
    documented: 'Update a review: "Partial update — send only the fields you want to change"',
    caughtBy: 'partial update leaves unsent fields unchanged (being added to the suite); write then read compares only the fields sent',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'PATCH', review) || !body || typeof body !== 'object' || Array.isArray(body)) return inner(request);
      return inner(withRequestJson(request, { priority: 'medium', tags: [], ...body }));
    },
    probe: async (client) => {
      const created = (await client.call('POST', at(createReview), { body: reviewBody({ priority: 'high', tags: ['hours_wrong'] }) })).json;
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { status: 'in_progress' } });
      const read = (await client.call('GET', `${reviews}/${created.id}`)).json;
      return [read.priority, read.tags];
    },
  },
  {
    id: 'runflow.reviews.stats-without-key',
    api,
    family: 'authorization',
    bug: 'GET /reviews/stats is routed before the API-key guard: a request without a key gets 200 (an empty tenant\'s figures)',
    documented: 'Authentication: "All runtime endpoints accept an API key in the x-api-key header"; Errors: "401 Missing / invalid API key"',
    caughtBy: 'missing or invalid credentials rejected',
    wrap: (inner) => (request) => {
      const anonymous = !request.header('x-api-key') && !request.header('authorization');
      return inner(anonymous && route(api, request, 'GET', stats) ? withHeaders(request, { 'x-api-key': 'rf_anonymous_dashboard' }) : request);
    },
    probe: async (client) => (await client.call('GET', `${stats}?agentId=agent-probe`, { identity: 'none' })).status,
  },
  {
    id: 'runflow.reviews.read-any-tenant',
    api,
    family: 'isolation',
    bug: 'GET /reviews/{id} looks the review up by id alone: another tenant\'s key reads it',
    documented: 'Authentication: "Each key is tenant-scoped; the platform derives tenantId from the key and applies it to every query"; Errors: "404 … For reviews, this also fires when the ID belongs to another tenant"',
    caughtBy: 'isolation',
    wrap: (inner) => {
      const owners = new Map<string, string>();
      return async (request) => {
        const found = route(api, request, 'GET', review);
        const owner = found ? owners.get(found.reviewId) : undefined;
        const response = await inner(owner ? withHeaders(request, { 'x-api-key': owner, authorization: null }) : request);
        if (route(api, request, 'POST', createReview) && response.status === 201) owners.set(responseJson(response).id, keyOf(request));
        return response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', at(createReview), { body: reviewBody() })).json;
      return (await client.call('GET', `${reviews}/${created.id}`, { identity: 'b' })).status;
    },
  },
  {
    id: 'runflow.reviews.nine-character-comment',
    api,
    family: 'validation',
    bug: 'The comment length check is off by one: a 9-character comment is accepted (and stored) instead of refused with 422',
    documented: 'Create a review: "comment … (≥ 10 chars required)"; Errors: "422 Semantic validation error (e.g. comment shorter than 10 chars)"',
    caughtBy: 'invalid input rejected',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      const writes = route(api, request, 'POST', createReview) || route(api, request, 'PATCH', review);
      if (!writes || typeof body?.comment !== 'string' || body.comment.length !== 9) return inner(request);
      return acceptedAsSent(inner, request, body, 'comment', `${body.comment} `);
    },
    probe: async (client) => (await client.call('POST', at(createReview), { body: reviewBody({ comment: 'Too short' }) })).status,
  },
  {
    id: 'runflow.reviews.unknown-rating-accepted',
    api,
    family: 'validation',
    bug: 'POST …/reviews stores any rating string: the enum is checked on the client only',
    documented: 'List reviews: "rating enum good, bad, needs_improvement"',
    caughtBy: 'invalid input rejected',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', createReview) || body?.rating === undefined || ['good', 'bad', 'needs_improvement'].includes(body.rating)) return inner(request);
      return acceptedAsSent(inner, request, body, 'rating', 'needs_improvement');
    },
    probe: async (client) => (await client.call('POST', at(createReview), { body: reviewBody({ rating: 'neutral' }) })).status,
  },
  {
    id: 'runflow.reviews.delete-keeps-review',
    api,
    family: 'deletion',
    bug: 'DELETE /reviews/{id} answers 204 but only flags the review; reads and lists do not filter the flag',
    documented: 'Delete a review: "Hard delete."',
    caughtBy: 'gone means gone',
    wrap: (inner) => async (request) => {
      if (!route(api, request, 'DELETE', review)) return inner(request);
      const existing = await inner({ ...request, method: 'GET', body: '' });
      return existing.status === 200 ? { status: 204, headers: {}, body: null } : existing;
    },
    probe: async (client) => {
      const created = (await client.call('POST', at(createReview), { body: reviewBody() })).json;
      await client.call('DELETE', `${reviews}/${created.id}`);
      return (await client.call('GET', `${reviews}/${created.id}`)).status;
    },
  },
  {
    id: 'runflow.reviews.read-cache-outlives-delete',
    api,
    family: 'deletion',
    bug: 'GET /reviews/{id} is served from a cache that updates refresh but deletes never evict: a review read once stays readable after its delete',
    documented: 'Delete a review: "Hard delete."',
    caughtBy: 'gone means gone (reads before the delete, then twice after)',
    wrap: (inner) => {
      const cache = new Map<string, MockResponse>();
      return async (request) => {
        const found = route(api, request, 'GET', review) ?? route(api, request, 'PATCH', review);
        // GET /reviews/stats has the shape of a review's read; it is not one.
        const read = found?.reviewId === 'stats' ? undefined : found;
        const key = read ? `${keyOf(request)} ${read.reviewId}` : '';
        if (read && request.method === 'GET' && cache.has(key)) return cache.get(key)!;
        const response = await inner(request);
        if (read && response.status === 200) cache.set(key, response);
        return response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', at(createReview), { body: reviewBody() })).json;
      await client.call('GET', `${reviews}/${created.id}`);
      await client.call('DELETE', `${reviews}/${created.id}`);
      return (await client.call('GET', `${reviews}/${created.id}`)).status;
    },
  },
  {
    id: 'runflow.reviews.reviewed-by-forgeable',
    api,
    family: 'mass-assignment',
    bug: 'POST …/reviews copies reviewedBy from the body when present, so a caller can forge the audit stamp',
    documented: 'Authentication: "The reviewedBy / updatedBy audit fields on execution reviews are auto-populated from the API key label"',
    caughtBy: 'no mass assignment',
    wrap: forgedOnCreate(api, createReview, 'reviewedBy', 'id'),
    probe: async (client) => (await client.call('POST', at(createReview), { body: { ...reviewBody(), reviewedBy: 'someone-else' } })).json.reviewedBy,
  },
  {
    id: 'runflow.reviews.api-key-in-review',
    api,
    family: 'data-exposure',
    bug: 'Reviews carry the raw API key of their author (apiKey) next to its label',
    documented: 'Authentication: reviewedBy is "auto-populated from the API key label" (the label, not the key); keys are credentials ("Get an API key from the portal")',
    caughtBy: 'no undocumented data (an undocumented secret-looking field)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = responseJson(response);
      if (!succeeded(response) || !answer) return response;
      let changed = false;
      for (const object of objectsIn(answer)) {
        if (typeof object.reviewedBy === 'string' && typeof object.id === 'string') {
          object.apiKey = object.reviewedBy;
          changed = true;
        }
      }
      return changed ? withResponseJson(response, answer) : response;
    },
    probe: async (client) => 'apiKey' in (await client.call('POST', at(createReview), { body: reviewBody() })).json,
  },
  {
    id: 'runflow.reviews.second-review-500',
    api,
    family: 'status-and-headers',
    bug: 'A second review of the same execution hits the unique index and answers 500 instead of 409',
    documented: 'Create a review: "Each execution can only have one review. A second POST returns 409 Conflict"',
    caughtBy: 'not a server error / the "second review conflicts" scenario',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!route(api, request, 'POST', createReview) || response.status !== 409) return response;
      return jsonResponse(500, { statusCode: 500, message: 'duplicate key value violates unique constraint "reviews_execution_id_key"', error: 'Internal Server Error' });
    },
    probe: async (client) => {
      const path = at(createReview);
      await client.call('POST', path, { body: reviewBody() });
      return (await client.call('POST', path, { body: reviewBody() })).status;
    },
  },
  {
    id: 'runflow.http.405-without-allow',
    api,
    family: 'status-and-headers',
    bug: 'A method a path does not serve gets 405 without the Allow header (the router\'s fallback drops it)',
    documented: '"The runtime API uses standard HTTP status codes": a 405 must name the allowed methods (RFC 9110 §15.5.6)',
    caughtBy: 'HTTP semantics',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (response.status !== 405) return response;
      const headers = Object.fromEntries(Object.entries(response.headers).filter(([name]) => name.toLowerCase() !== 'allow'));
      return { ...response, headers };
    },
    probe: async (client) => Object.keys((await client.call('PUT', stats)).headers).some((name) => name.toLowerCase() === 'allow'),
  },
];
