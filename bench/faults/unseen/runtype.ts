/**
 * Unseen faults for Runtype (documentation: /work/shared/seeds/003). Written
 * blind to the suite: hasMore on a page that ends the list, a list cache that
 * a create does not clear, a create route that takes any bearer, a malformed
 * body, the JSON error body of a 401, a cursor that names its account. Like
 * the other sets, none relies on a single-resource route (the contract's inference).
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { type Fault, jsonResponse, queryOf, readCache, responseJson, route, withHeaders, withResponseJson } from '../kit.ts';

const api = 'runtype';
const bearer = (request: MockRequest) => request.header('authorization') ?? '';
const keyIn = (request: MockRequest) => /^Bearer\s+(.+)$/i.exec(bearer(request))?.[1];

/** A cursor this API issues that points past the oldest item: following it gives an empty last page. */
const pastTheEnd = `cur_${btoa('0').replace(/=+$/, '')}`;

export const runtypeUnseenFaults: Fault[] = [
  {
    id: 'runtype.conversations.has-more-on-full-last-page',
    api,
    family: 'paging',
    bug: 'GET /conversations computes hasMore as rows >= limit instead of rows > limit: a last page that is exactly full says hasMore: true and hands out a cursor to an empty page',
    documented: 'Pagination: "List endpoints support cursor-based pagination", "pagination": {"nextCursor": "rec_xyz789", "hasMore": true, "limit": 50}',
    caughtBy: 'pages are consistent (hasMore on the last page)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', '/conversations') && response.status === 200 ? responseJson(response) : undefined;
      const { data, pagination } = answer ?? {};
      if (!Array.isArray(data) || pagination?.hasMore !== false || data.length === 0 || data.length < pagination.limit) return response;
      return withResponseJson(response, { ...answer, pagination: { ...pagination, hasMore: true, nextCursor: pastTheEnd } });
    },
    probe: async (client) => {
      await client.call('POST', '/conversations', { body: { title: 'First' } });
      await client.call('POST', '/conversations', { body: { title: 'Second' } });
      return (await client.call('GET', '/conversations?limit=2')).json.pagination.hasMore;
    },
  },
  {
    id: 'runtype.tools.list-cache-not-cleared',
    api,
    family: 'write-read',
    bug: 'GET /tools answers are cached by full URL; POST /tools clears only the entry of the bare /tools URL, so a list asked with ?limit= (or a cursor) does not show the new tool',
    documented: 'Tools and integrations: "Tools — Custom and built-in tools — GET /tools, POST /tools"; Pagination: "GET /v1/records?limit=50&cursor=…"',
    caughtBy: 'write then read (the created item in its list)',
    wrap: readCache(
      (request) => (route(api, request, 'GET', '/tools') ? `${bearer(request)}\n${request.url}` : undefined),
      (request) => (route(api, request, 'POST', '/tools') ? (entry) => entry.startsWith(`${bearer(request)}\n`) && !entry.includes('?') : undefined),
    ),
    probe: async (client) => {
      await client.call('GET', '/tools?limit=10');
      await client.call('POST', '/tools', { body: { name: 'lookup_order', description: 'Finds an order by its number' } });
      return (await client.call('GET', '/tools?limit=10')).json.data.length;
    },
  },
  {
    id: 'runtype.records.create-with-any-bearer',
    api,
    family: 'authorization',
    bug: 'POST /records checks that an Authorization header is there but never verifies the key (the verification sits behind a flag left off for the import job): any bearer creates records',
    documented: 'Authentication: "All API requests require an API key: Authorization: Bearer ***"; Error handling: "401 Unauthorized — invalid API key"',
    caughtBy: 'missing or invalid credentials rejected (unusable credentials on a write)',
    wrap: (inner) => (request) => {
      const key = keyIn(request);
      const unverified = route(api, request, 'POST', '/records') && key !== undefined && !key.startsWith('rt_');
      return inner(unverified ? withHeaders(request, { authorization: `Bearer rt_unverified_${key}` }) : request);
    },
    probe: async (client) => (await client.call('POST', '/records', { identity: 'none', headers: { Authorization: 'Bearer not-a-key' }, body: { type: 'faq', name: 'Opening hours' } })).status,
  },
  {
    id: 'runtype.agents.malformed-json-500',
    api,
    family: 'status-and-headers',
    bug: 'POST /agents parses its raw body with JSON.parse outside the error handler: a body that is not JSON gets 500 Internal Server Error instead of 400',
    documented: 'Error handling: "400 Bad Request — invalid parameters", "500 Internal Server Error"',
    caughtBy: 'not a server error (a malformed body)',
    wrap: (inner) => (request) => {
      if (!route(api, request, 'POST', '/agents') || !request.body) return inner(request);
      try {
        JSON.parse(request.body);
        return inner(request);
      } catch (error) {
        return Promise.resolve(jsonResponse(500, { error: 'Internal Server Error', message: (error as Error).message }));
      }
    },
    probe: async (client) => (await client.call('POST', '/agents', { rawBody: '{"name": "Support triage", "model": ' })).status,
  },
  {
    id: 'runtype.auth.401-as-plain-text',
    api,
    family: 'response-shape',
    bug: 'A missing or invalid API key is refused by the gateway in front of the API with 401 and a plain-text body "Unauthorized", not the API\'s JSON error body',
    documented: 'Error handling: "Errors use standard HTTP status codes and include a JSON error body."; "401 Unauthorized — invalid API key"',
    caughtBy: 'response body valid / content type documented (on the 401 answers)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return response.status === 401 ? { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' }, body: 'Unauthorized' } : response;
    },
    probe: async (client) => (await client.call('GET', '/records', { identity: 'none' })).headers['content-type'],
  },
  {
    id: 'runtype.client-tokens.cursor-names-account',
    api,
    family: 'isolation',
    bug: 'GET /client-tokens encodes the account in its cursor and reads the next page for the cursor\'s account, not the caller\'s: a cursor that reaches another account pages through the first account\'s tokens',
    documented: 'Access and product delivery: "Client Tokens — Browser/client access tokens — GET /client-tokens"; Authentication: "All API requests require an API key"; "403 Forbidden — insufficient permissions"',
    caughtBy: 'isolation (identity B following identity A\'s cursor)',
    wrap: (inner) => {
      const issuedTo = new Map<string, string>();
      return async (request) => {
        if (!route(api, request, 'GET', '/client-tokens')) return inner(request);
        let response = await inner(request);
        const cursor = queryOf(request).get('cursor');
        const issuer = cursor ? issuedTo.get(cursor) : undefined;
        if (response.status === 200 && issuer && issuer !== bearer(request)) response = await inner(withHeaders(request, { authorization: issuer }));
        const next = response.status === 200 ? responseJson(response)?.pagination?.nextCursor : undefined;
        if (typeof next === 'string') issuedTo.set(next, issuer ?? bearer(request));
        return response;
      };
    },
    probe: async (client) => {
      await client.call('POST', '/client-tokens', { body: { name: 'Widget (staging)', productId: 'prod-probe' } });
      await client.call('POST', '/client-tokens', { body: { name: 'Widget (production)', productId: 'prod-probe' } });
      const first = (await client.call('GET', '/client-tokens?limit=1')).json;
      return (await client.call('GET', `/client-tokens?limit=1&cursor=${first.pagination.nextCursor}`, { identity: 'b' })).json.data.length;
    },
  },
];
