/**
 * Untried faults for Runtype (documentation: /work/shared/seeds/003). Written
 * blind to the suite: the detail codes of a refused product, a malformed
 * model-configs cursor, the page size after a client-tokens cursor, tools of
 * other accounts, a secrets limit that is not a number, conversations
 * without messages.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { type Fault, jsonResponse, queryOf, responseJson, route, validatedThenChanged, withQuery, withResponseJson } from '../kit.ts';

const api = 'runtype';

const bearer = (request: MockRequest) => request.header('authorization') ?? '';

/** Another path of the API, under the same `/v1` prefix as the request, if it had one. */
const beside = (request: MockRequest, path: string) => (request.url.startsWith('/v1/') ? `/v1${path}` : path);

/** What an unmapped Zod issue code reads like, for each of the documented stable codes. */
const zodIssueCode: Record<string, string> = {
  MISSING_REQUIRED_FIELD: 'invalid_type',
  INVALID_TYPE: 'invalid_type',
  INVALID_ENUM: 'invalid_enum_value',
  OUT_OF_RANGE: 'too_big',
  INVALID_FORMAT: 'invalid_string',
  UNRECOGNIZED_KEYS: 'unrecognized_keys',
  INVALID_UNION: 'invalid_union',
  CUSTOM_VALIDATION: 'custom',
  VALIDATION_ERROR: 'custom',
};

export const runtypeUntriedFaults: Fault[] = [
  {
    id: 'runtype.products.raw-zod-codes',
    api,
    family: 'response-shape',
    bug: 'POST /products, written on the newer validation helper, passes Zod\'s own issue codes through (invalid_type, unrecognized_keys, …) instead of mapping them to the stable codes every other route uses',
    documented: 'Validation errors (400): "Each item carries a stable, machine-readable code so you can branch on the failure type", "code — Stable code: MISSING_REQUIRED_FIELD, INVALID_TYPE, INVALID_ENUM, OUT_OF_RANGE, INVALID_FORMAT, UNRECOGNIZED_KEYS, INVALID_UNION, CUSTOM_VALIDATION, or VALIDATION_ERROR"; Products: "POST /products"',
    caughtBy: 'response body valid (the details of a 400)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'POST', '/products') && response.status === 400 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.details)) return response;
      const details = answer.details.map((detail: { code: string }) => ({ ...detail, code: zodIssueCode[detail.code] ?? 'custom' }));
      return withResponseJson(response, { ...answer, details });
    },
    probe: async (client) => (await client.call('POST', '/products', { body: { description: 'Support widget', surfaces: ['chat'] } })).json.details.map((detail: { code: string }) => detail.code),
  },
  {
    id: 'runtype.model-configs.malformed-cursor-500',
    api,
    family: 'status-and-headers',
    bug: 'GET /model-configs decodes the cursor with JSON.parse(atob(cursor)) outside the validation layer: a cursor it did not issue throws, and the client gets 500 for its own mistake',
    documented: 'Error handling: "400 Bad Request — invalid parameters", "500 Internal Server Error"; Pagination: "List endpoints support cursor-based pagination"; Model Configs: "GET /model-configs"',
    caughtBy: 'status code documented (an invalid parameter)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const malformed = route(api, request, 'GET', '/model-configs') && queryOf(request).has('cursor') && response.status === 400;
      return malformed ? jsonResponse(500, { error: 'Internal server error', message: 'Unexpected token \'\\x9e\', "\\x9eé" is not valid JSON' }) : response;
    },
    probe: async (client) => (await client.call('GET', '/model-configs?cursor=not-a-cursor-we-issued')).status,
  },
  {
    id: 'runtype.client-tokens.limit-lost-after-cursor',
    api,
    family: 'paging',
    bug: 'GET /client-tokens rebuilds its query from the decoded cursor when one is sent and forgets the limit: every page after the first has the default size, while pagination.limit still echoes the limit asked for',
    documented: 'Pagination: "GET /v1/records?limit=50&cursor=rec_abc123", "Response includes pagination metadata: { "data": [], "pagination": { "nextCursor", "hasMore": true, "limit": 50 } }"; Client Tokens: "GET /client-tokens"',
    caughtBy: 'pages are consistent (the page size after a cursor)',
    wrap: (inner) => async (request) => {
      const asked = queryOf(request).get('limit');
      if (!route(api, request, 'GET', '/client-tokens') || !queryOf(request).has('cursor') || asked === null) return inner(request);
      const response = await validatedThenChanged(inner, request, (query) => query.delete('limit'));
      const answer = response.status === 200 ? responseJson(response) : undefined;
      if (!answer?.pagination) return response;
      return withResponseJson(response, { ...answer, pagination: { ...answer.pagination, limit: Number(asked) } });
    },
    probe: async (client) => {
      const product = (await client.call('POST', '/products', { body: { name: 'Support widget', surfaces: ['chat'] } })).json;
      for (const name of ['Widget (staging)', 'Widget (production)', 'Widget (preview)']) await client.call('POST', '/client-tokens', { body: { name, productId: product.id } });
      const first = (await client.call('GET', '/client-tokens?limit=1')).json;
      const second = (await client.call('GET', `/client-tokens?limit=1&cursor=${encodeURIComponent(first.pagination.nextCursor)}`)).json;
      return second.data.length;
    },
  },
  {
    id: 'runtype.tools.builtin-of-every-account',
    api,
    family: 'isolation',
    bug: 'GET /tools selects WHERE account_id = $1 OR kind = \'builtin\' so that platform tools show up for everyone, but tools an account creates with kind builtin are stored under that account: every account lists them, with their descriptions and parameters',
    documented: 'Authentication: "All API requests require an API key"; Error handling: "403 Forbidden — insufficient permissions"; Tools: "Custom and built-in tools — GET /tools, POST /tools"',
    caughtBy: 'isolation (a list as identity B)',
    wrap: (inner) => {
      const accounts = new Set<string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/tools') && response.status >= 200 && response.status < 300) accounts.add(bearer(request));
        const listed = route(api, request, 'GET', '/tools') && !queryOf(request).has('cursor') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(listed?.data)) return response;
        const foreign: unknown[] = [];
        for (const account of accounts) {
          if (account === bearer(request)) continue;
          const theirs = await inner({ ...request, url: beside(request, '/tools?limit=100'), header: (name) => (name.toLowerCase() === 'authorization' ? account : request.header(name)) });
          for (const tool of responseJson(theirs)?.data ?? []) if (tool.kind === 'builtin') foreign.push(tool);
        }
        return foreign.length ? withResponseJson(response, { ...listed, data: [...listed.data, ...foreign] }) : response;
      };
    },
    probe: async (client) => {
      await client.call('POST', '/tools', { body: { name: 'crm_lookup', description: 'Looks a customer up in the Acme CRM', kind: 'builtin', parameters: { type: 'object' } } });
      return (await client.call('GET', '/tools', { identity: 'b' })).json.data.map((tool: { name: string }) => tool.name);
    },
  },
  {
    id: 'runtype.secrets.non-numeric-limit-defaulted',
    api,
    family: 'validation',
    bug: 'GET /secrets reads the page size as parseInt(limit) || 50: a limit that is not a number (limit=ten, limit=abc) is served as the default page instead of being refused',
    documented: 'Error handling: "400 Bad Request — invalid parameters"; Pagination: "GET /v1/records?limit=50&cursor=rec_abc123"; Secrets: "GET /secrets"',
    caughtBy: 'invalid parameters refused with 400',
    wrap: (inner) => async (request) => {
      const limit = queryOf(request).get('limit');
      if (!route(api, request, 'GET', '/secrets') || limit === null || Number.parseInt(limit, 10)) return inner(request);
      return inner(withQuery(request, (query) => query.delete('limit')));
    },
    probe: async (client) => {
      await client.call('POST', '/secrets', { body: { name: 'openai-prod', value: 'sk-untried-0001' } });
      const listed = await client.call('GET', '/secrets?limit=ten');
      return [listed.status, listed.json?.pagination?.limit ?? null];
    },
  },
  {
    id: 'runtype.conversations.empty-ones-unlisted',
    api,
    family: 'write-read',
    bug: 'GET /conversations joins the messages table to show each conversation\'s last message, with an INNER JOIN: a conversation that has no message yet is created (201) but never listed',
    documented: 'Conversations: "Conversation state and messages — GET /conversations, POST /conversations"',
    caughtBy: 'write then read (the created item in its list)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const listed = route(api, request, 'GET', '/conversations') && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(listed?.data)) return response;
      const withMessages: unknown[] = [];
      for (const conversation of listed.data) {
        const messages = await inner({ ...request, url: beside(request, `/conversations/${encodeURIComponent(conversation.id)}/messages?limit=1`), body: '' });
        if ((responseJson(messages)?.data ?? []).length > 0) withMessages.push(conversation);
      }
      return withResponseJson(response, { ...listed, data: withMessages });
    },
    probe: async (client) => {
      const talked = (await client.call('POST', '/conversations', { body: { title: 'Order 1042 delayed' } })).json;
      await client.call('POST', `/conversations/${talked.id}/messages`, { body: { role: 'user', content: 'Where is my order?' } });
      await client.call('POST', '/conversations', { body: { title: 'Refund for order 977' } });
      return (await client.call('GET', '/conversations')).json.data.map((conversation: { title: string }) => conversation.title);
    },
  },
];
