/**
 * Faulty Runtype servers. The documentation is /work/shared/seeds/003 (the API
 * reference overview): the key list and create endpoints per category, cursor
 * paging (`limit`, `cursor`, `pagination.nextCursor/hasMore/limit`), the API key
 * on every request (401 for an invalid one), the 400 body's `details`, secrets
 * as managed metadata. Every single-resource route (GET/PATCH/DELETE /x/{id})
 * is the contract's inference (x-designed), so no fault here relies on one.
 */
import type { MockRequest, MockResponse } from '../../mocks/stateful/message.ts';
import { type Fault, jsonResponse, queryOf, requestJson, responseJson, route, succeeded, validatedThenChanged, withHeaders, withQuery, withResponseJson } from './kit.ts';

const api = 'runtype';
const listsWithPages = ['/flows', '/agents', '/records', '/products', '/tools', '/secrets', '/model-configs', '/client-tokens', '/conversations', '/api-keys'];

const bearer = (request: MockRequest) => request.header('authorization') ?? '';

function isList(request: MockRequest): boolean {
  return listsWithPages.some((path) => route(api, request, 'GET', path) !== undefined);
}

/** The cursor of the item after the one a cursor names (the mock's cursors encode an insertion sequence). */
function cursorIncludingLast(cursor: string): string {
  const sequence = Number(atob(cursor.replace(/^cur_/, '')));
  return Number.isInteger(sequence) ? `cur_${btoa(String(sequence + 1)).replace(/=+$/, '')}` : cursor;
}

export const runtypeFaults: Fault[] = [
  {
    id: 'runtype.records.cursor-ignored',
    api,
    family: 'paging',
    bug: 'GET /records ignores cursor: following nextCursor serves the first page again',
    documented: 'Pagination: "List endpoints support cursor-based pagination: GET /v1/records?limit=50&cursor=rec_abc123"',
    caughtBy: 'pages are consistent / the cursor-walk scenario',
    wrap: (inner) => (request) => (route(api, request, 'GET', '/records') ? validatedThenChanged(inner, request, (query) => query.delete('cursor')) : inner(request)),
    probe: async (client) => {
      await client.call('POST', '/records', { body: { name: 'first', type: 'note' } });
      await client.call('POST', '/records', { body: { name: 'second', type: 'note' } });
      const first = (await client.call('GET', '/records?limit=1')).json;
      const next = (await client.call('GET', `/records?limit=1&cursor=${first.pagination.nextCursor}`)).json;
      return [first.data[0].name, next.data[0].name];
    },
  },
  {
    id: 'runtype.tools.page-boundary-repeated',
    api,
    family: 'paging',
    bug: 'GET /tools resumes at the cursor inclusively (>= instead of >): each page starts with the previous page\'s last tool',
    documented: 'Pagination: "List endpoints support cursor-based pagination" with pagination.nextCursor/hasMore',
    caughtBy: 'pages are consistent',
    wrap: (inner) => (request) => {
      const cursor = route(api, request, 'GET', '/tools') ? queryOf(request).get('cursor') : null;
      return inner(cursor ? withQuery(request, (query) => query.set('cursor', cursorIncludingLast(cursor))) : request);
    },
    probe: async (client) => {
      await client.call('POST', '/tools', { body: { name: 'first', description: 'The first tool' } });
      await client.call('POST', '/tools', { body: { name: 'second', description: 'The second tool' } });
      const first = (await client.call('GET', '/tools?limit=1')).json;
      const next = (await client.call('GET', `/tools?limit=1&cursor=${first.pagination.nextCursor}`)).json;
      return [first.data[0].name, next.data[0].name];
    },
  },
  {
    id: 'runtype.flows.limit-ignored',
    api,
    family: 'paging',
    bug: 'GET /flows ignores limit: every page holds up to 50 flows, and pagination.limit still echoes the limit asked for',
    documented: 'Pagination: "GET /v1/records?limit=50&cursor=…", the response\'s "pagination": {"nextCursor", "hasMore", "limit": 50}',
    caughtBy: 'cursor page size (being added to the suite); pages are consistent walks every item once either way',
    wrap: (inner) => async (request) => {
      if (!route(api, request, 'GET', '/flows')) return inner(request);
      const asked = queryOf(request).get('limit');
      const response = await validatedThenChanged(inner, request, (query) => query.delete('limit'));
      const answer = responseJson(response);
      if (!succeeded(response) || !answer?.pagination || asked === null) return response;
      return withResponseJson(response, { ...answer, pagination: { ...answer.pagination, limit: Number(asked) } });
    },
    probe: async (client) => {
      await client.call('POST', '/flows', { body: { name: 'first', steps: [] } });
      await client.call('POST', '/flows', { body: { name: 'second', steps: [] } });
      return (await client.call('GET', '/flows?limit=1')).json.data.length;
    },
  },
  {
    id: 'runtype.auth.invalid-key-403',
    api,
    family: 'authorization',
    bug: 'A request whose Authorization header holds no valid API key gets 403 Forbidden instead of 401',
    documented: 'Error handling: "401 Unauthorized — invalid API key", "403 Forbidden — insufficient permissions"',
    caughtBy: 'missing or invalid credentials rejected (unusable credentials)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (response.status !== 401 || !bearer(request)) return response;
      return jsonResponse(403, { error: 'Forbidden', message: 'The API key is not allowed to do this' });
    },
    probe: async (client) => (await client.call('GET', '/flows', { identity: 'none', headers: { Authorization: 'Bearer not-a-key' } })).status,
  },
  {
    id: 'runtype.conversations.list-without-key',
    api,
    family: 'authorization',
    bug: 'GET /conversations without an Authorization header is served as an anonymous account (200, empty list) instead of 401',
    documented: 'Authentication: "All API requests require an API key: Authorization: Bearer ***"',
    caughtBy: 'missing or invalid credentials rejected',
    wrap: (inner) => (request) => inner(!bearer(request) && route(api, request, 'GET', '/conversations') ? withHeaders(request, { authorization: 'Bearer rt_anonymous_widget' }) : request),
    probe: async (client) => (await client.call('GET', '/conversations', { identity: 'none' })).status,
  },
  {
    id: 'runtype.secrets.value-listed',
    api,
    family: 'data-exposure',
    bug: 'GET /secrets lists each secret with its value (the list serialiser uses the full entity)',
    documented: 'Tools and integrations: "Secrets — Managed secret metadata and intake flows" (metadata, not values)',
    caughtBy: 'no undocumented data (a write-only field returned) / the "secret value never returned" scenario',
    wrap: (inner) => {
      const values = new Map<string, unknown>();
      return async (request) => {
        const body = requestJson(request);
        const response = await inner(request);
        if (route(api, request, 'POST', '/secrets') && response.status === 201 && body?.value !== undefined) values.set(responseJson(response).id, body.value);
        const updated = route(api, request, 'PATCH', '/secrets/{id}');
        if (updated && succeeded(response) && body?.value !== undefined) values.set(updated.id, body.value);
        const answer = route(api, request, 'GET', '/secrets') && succeeded(response) ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.data)) return response;
        return withResponseJson(response, { ...answer, data: answer.data.map((secret: { id: string }) => (values.has(secret.id) ? { ...secret, value: values.get(secret.id) } : secret)) });
      };
    },
    probe: async (client) => {
      await client.call('POST', '/secrets', { body: { name: 'STRIPE_KEY', value: 'sk_test_probe' } });
      return 'value' in (await client.call('GET', '/secrets')).json.data[0];
    },
  },
  {
    id: 'runtype.model-configs.other-accounts-listed',
    api,
    family: 'isolation',
    bug: 'GET /model-configs appends the configs of every other account (a UNION with the shared-configs query that lost its account predicate)',
    documented: 'Authentication: the API key identifies the caller ("All API requests require an API key"); "403 Forbidden — insufficient permissions"',
    caughtBy: 'isolation',
    wrap: (inner) => {
      const keys = new Set<string>();
      return async (request) => {
        if (bearer(request).startsWith('Bearer rt_')) keys.add(bearer(request));
        const response = await inner(request);
        const answer = route(api, request, 'GET', '/model-configs') && succeeded(response) ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.data)) return response;
        const others: unknown[] = [];
        for (const key of keys) {
          if (key === bearer(request)) continue;
          const theirs = responseJson(await inner(withHeaders(request, { authorization: key })));
          if (Array.isArray(theirs?.data)) others.push(...theirs.data);
        }
        return withResponseJson(response, { ...answer, data: [...answer.data, ...others] });
      };
    },
    probe: async (client) => {
      await client.call('POST', '/model-configs', { body: { name: 'default', provider: 'openai', model: 'gpt-4o' } });
      return (await client.call('GET', '/model-configs', { identity: 'b' })).json.data.length;
    },
  },
  {
    id: 'runtype.validation.details-missing',
    api,
    family: 'response-shape',
    bug: 'A request that fails schema validation gets 400 with only {error, message}: the details array is not serialised',
    documented: 'Validation errors (400): "When a request fails schema validation, the body includes a details array. Each item carries a stable, machine-readable code"',
    caughtBy: 'response body valid (on the 400 answers to invalid requests) / the validation-details scenario',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status === 400 ? responseJson(response) : undefined;
      if (!answer?.details) return response;
      const { details, ...rest } = answer;
      return withResponseJson(response, { ...rest, message: details.map((detail: { message: string }) => detail.message).join('; ') });
    },
    probe: async (client) => 'details' in (await client.call('POST', '/records', { body: {} })).json,
  },
  {
    id: 'runtype.pagination.has-more-as-text',
    api,
    family: 'response-shape',
    bug: 'Every list answers pagination.hasMore as the text "true"/"false" instead of a boolean',
    documented: 'Pagination: the response includes "pagination": {"nextCursor": "rec_xyz789", "hasMore": true, "limit": 50}',
    caughtBy: 'response body valid',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = isList(request) && succeeded(response) ? responseJson(response) : undefined;
      if (typeof answer?.pagination?.hasMore !== 'boolean') return response;
      return withResponseJson(response, { ...answer, pagination: { ...answer.pagination, hasMore: String(answer.pagination.hasMore) } });
    },
    probe: async (client) => typeof (await client.call('GET', '/flows')).json.pagination.hasMore,
  },
  {
    id: 'runtype.flows.json-as-text-plain',
    api,
    family: 'status-and-headers',
    bug: 'GET /flows sends its JSON with Content-Type text/plain (the handler writes a string without setting the type)',
    documented: 'Pagination: the list response is the JSON object {"data": […], "pagination": {…}}; "Errors … include a JSON error body"',
    caughtBy: 'content type documented',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!route(api, request, 'GET', '/flows') || response.status !== 200) return response;
      return { ...response, headers: { ...response.headers, 'content-type': 'text/plain; charset=utf-8' } } satisfies MockResponse;
    },
    probe: async (client) => (await client.call('GET', '/flows')).headers['content-type'],
  },
];
