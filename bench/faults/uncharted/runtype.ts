/**
 * Uncharted faults for Runtype (documentation: /work/shared/seeds/003).
 * Written blind to the suite: a cursor that starts over once its item is
 * deleted, error paths cut to their last segment, a missing key answered as
 * a validation error, deleted agents still listed, another account's secret
 * updatable by id, and an empty list without its pagination.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { splitUrl } from '../../../mocks/stateful/message.ts';
import { type Fault, jsonResponse, queryOf, responseJson, route, withHeaders, withQuery, withResponseJson } from '../kit.ts';

const api = 'runtype';

const authorizationOf = (request: MockRequest) => request.header('authorization') ?? '';

/** A GET of one item under the list a request addressed (`/records` → `/records/{id}`), with the request's own credentials. */
const readOf = (request: MockRequest, id: string): MockRequest => ({ ...request, method: 'GET', url: `${splitUrl(request.url).pathname}/${encodeURIComponent(id)}`, body: '' });

export const runtypeUnchartedFaults: Fault[] = [
  {
    id: 'runtype.records.cursor-of-deleted-item-restarts',
    api,
    family: 'paging',
    bug: 'GET /records resolves its cursor by looking up the record it names (the last one of the previous page) to find where to continue; when that record was deleted between two pages the lookup misses and the handler falls back to the first page, so a sync job that deletes as it walks sees the same records again and loops',
    documented: 'Pagination: "List endpoints support cursor-based pagination: GET /v1/records?limit=50&cursor=rec_abc123"; "Response includes pagination metadata: { "data": [], "pagination": { "nextCursor": "rec_xyz789", "hasMore": true, "limit": 50 } }"',
    caughtBy: 'a cursor walk that deletes items as it goes: the page after a deleted item continues after it, never from the first page again',
    wrap: (inner) => {
      const lastItemOfCursor = new Map<string, string>();
      return async (request) => {
        if (!route(api, request, 'GET', '/records')) return inner(request);
        const cursor = queryOf(request).get('cursor');
        const last = cursor === null ? undefined : lastItemOfCursor.get(`${authorizationOf(request)}\n${cursor}`);
        const restarts = last !== undefined && (await inner(readOf(request, last))).status === 404;
        const response = await inner(restarts ? withQuery(request, (search) => search.delete('cursor')) : request);
        const answer = response.status === 200 ? responseJson(response) : undefined;
        const next = answer?.pagination?.nextCursor;
        if (typeof next === 'string' && Array.isArray(answer.data) && answer.data.length > 0) lastItemOfCursor.set(`${authorizationOf(request)}\n${next}`, answer.data.at(-1).id);
        return response;
      };
    },
    probe: async (client) => {
      for (const name of ['Acme', 'Globex', 'Initech']) await client.call('POST', '/records', { body: { type: 'customer', name } });
      const first = (await client.call('GET', '/records?limit=2')).json;
      await client.call('DELETE', `/records/${first.data.at(-1).id}`);
      const second = (await client.call('GET', `/records?limit=2&cursor=${encodeURIComponent(first.pagination.nextCursor)}`)).json;
      return second.data.map((record: { name: string }) => record.name);
    },
  },
  {
    id: 'runtype.validation.path-cut-to-last-segment',
    api,
    family: 'response-shape',
    bug: 'The error formatter was rewritten to map each Zod issue as { path: issue.path.at(-1) ?? "" }, to drop array indexes from messages: a bad field inside a list or object is reported by its last key only, so "steps.0.type" becomes "type" and a form cannot tell which step to highlight',
    documented: 'Validation errors (400): "path — Dotted path to the offending field (empty string for the request root)"',
    caughtBy: 'a validation check on a nested field: send a body with a bad field inside an array item and find its full dotted path',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status === 400 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.details)) return response;
      const details = answer.details.map((detail: { path?: unknown }) => (typeof detail.path === 'string' ? { ...detail, path: detail.path.split('.').at(-1) ?? '' } : detail));
      return withResponseJson(response, { ...answer, details });
    },
    probe: async (client) => {
      const answer = await client.call('POST', '/flows', { body: { name: 'Lead triage', steps: [{ type: 'prompt', name: 'Classify' }, { type: 'teleport', name: 'Route' }] } });
      return answer.json?.details?.map((detail: { path: string }) => detail.path);
    },
  },
  {
    id: 'runtype.auth.missing-key-answers-400',
    api,
    family: 'status-and-headers',
    bug: 'The OpenAPI request validator now runs before the auth middleware and treats the Authorization header as a required parameter: a request without it gets 400 "Validation error" (MISSING_REQUIRED_FIELD, path "authorization") instead of 401, and clients that refresh credentials on 401 never do',
    documented: 'Authentication: "All API requests require an API key: Authorization: Bearer ***"; Error handling: "401 Unauthorized — invalid API key"; "400 Bad Request — invalid parameters"',
    caughtBy: 'an authorization check: every operation called without credentials answers 401',
    wrap: (inner) => async (request) => {
      if (request.header('authorization') !== null) return inner(request);
      const response = await inner(request);
      if (response.status !== 401) return response;
      return jsonResponse(400, { error: 'Validation error', details: [{ code: 'MISSING_REQUIRED_FIELD', message: 'Invalid input: expected string, received undefined', path: 'authorization' }] });
    },
    probe: async (client) => (await client.call('GET', '/flows', { identity: 'none' })).status,
  },
  {
    id: 'runtype.agents.deleted-still-listed',
    api,
    family: 'deletion',
    bug: 'DELETE /agents/{id} became a soft delete (deleted_at) so that agent versions keep their parent; GET /agents/{id} filters deleted rows, but the list query was not updated: a deleted agent answers 404 by id and keeps appearing in GET /agents',
    documented: 'Endpoints by category: "Agents — Tool-using AI agents — GET /agents, POST /agents"; Error handling: "404 Not Found — resource does not exist"',
    caughtBy: 'a deletion check: after a delete, the item is gone from its reads and from its list',
    wrap: (inner) => {
      const deleted: { caller: string; agent: unknown }[] = [];
      return async (request) => {
        const removed = route(api, request, 'DELETE', '/agents/{id}');
        if (removed) {
          const before = await inner({ ...request, method: 'GET', body: '' });
          const response = await inner(request);
          if (response.status === 204 && before.status === 200) deleted.push({ caller: authorizationOf(request), agent: responseJson(before) });
          return response;
        }
        const response = await inner(request);
        const answer = route(api, request, 'GET', '/agents') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.data) || answer.pagination?.hasMore !== false) return response;
        const ghosts = deleted.filter((entry) => entry.caller === authorizationOf(request)).map((entry) => entry.agent);
        return ghosts.length > 0 ? withResponseJson(response, { ...answer, data: [...answer.data, ...ghosts] }) : response;
      };
    },
    probe: async (client) => {
      const kept = (await client.call('POST', '/agents', { body: { name: 'Support triage', model: 'gpt-4o-mini' } })).json;
      const gone = (await client.call('POST', '/agents', { body: { name: 'Old returns bot', model: 'gpt-4o-mini' } })).json;
      await client.call('DELETE', `/agents/${gone.id}`);
      const listed = (await client.call('GET', '/agents')).json.data.map((agent: { id: string }) => agent.id);
      return [listed.includes(kept.id), listed.includes(gone.id)];
    },
  },
  {
    id: 'runtype.secrets.update-of-another-account',
    api,
    family: 'isolation',
    bug: 'PATCH /secrets/{id} runs UPDATE secrets SET … WHERE id = :id and returns the row: the account condition is applied by the read path only, so a key of another account that learns a secret id (from a log line, a support ticket) can rename it or replace its value',
    documented: 'Authentication: "All API requests require an API key"; Error handling: "403 Forbidden — insufficient permissions"; "404 Not Found — resource does not exist"',
    caughtBy: 'isolation on writes: account B patches account A\'s secret and is refused (404 or 403), and A reads it unchanged',
    wrap: (inner) => {
      const ownerOfSecret = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/secrets') && response.status === 201) ownerOfSecret.set(responseJson(response)?.id, authorizationOf(request));
        const target = route(api, request, 'PATCH', '/secrets/{id}');
        const owner = target && response.status === 404 ? ownerOfSecret.get(target.id) : undefined;
        return owner && owner !== authorizationOf(request) ? inner(withHeaders(request, { authorization: owner })) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/secrets', { body: { name: 'STRIPE_KEY', value: 'sk_test_uncharted' } })).json;
      const patched = await client.call('PATCH', `/secrets/${created.id}`, { identity: 'b', body: { description: 'rotated by someone else' } });
      const read = (await client.call('GET', `/secrets/${created.id}`)).json;
      return [patched.status, read.description ?? null];
    },
  },
  {
    id: 'runtype.lists.empty-page-without-pagination',
    api,
    family: 'response-shape',
    bug: 'The list handlers return early with { data: [] } when the query finds nothing (if (!rows.length) return { data: [] }): an account with no flows, tools or records gets no pagination object, and SDKs that read pagination.hasMore throw on a new account',
    documented: 'Pagination: "Response includes pagination metadata: { "data": [], "pagination": { "nextCursor": "rec_xyz789", "hasMore": true, "limit": 50 } }"',
    caughtBy: 'a response-shape check of every list on an empty account (and past the last item): data and pagination are both present',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = request.method === 'GET' && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.data) || answer.data.length > 0 || !answer.pagination) return response;
      return withResponseJson(response, { data: [] });
    },
    probe: async (client) => (await client.call('GET', '/tools')).json,
  },
];
