/**
 * Fresh faults for Runtype (documentation: /work/shared/seeds/003). Written
 * blind to the suite: the page after a secrets cursor, the status of a
 * refused client token, a flows list cache shared by accounts, a record's
 * structured data, the conversations list's envelope, a secret's value
 * joined into the model configs.
 */
import type { MockRequest, MockResponse } from '../../../mocks/stateful/message.ts';
import { type Fault, queryOf, requestJson, responseJson, route, succeeded, withQuery, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runtype';

const bearer = (request: MockRequest) => request.header('authorization') ?? '';

export const runtypeFreshFaults: Fault[] = [
  {
    id: 'runtype.secrets.page-after-cursor-skips-one',
    api,
    family: 'paging',
    bug: 'GET /secrets resumes after a cursor with OFFSET 1 left over from an older offset-based implementation: the first secret of every page after the first is never listed',
    documented: 'Pagination: "List endpoints support cursor-based pagination: GET /v1/records?limit=50&cursor=rec_abc123", "Response includes pagination metadata: nextCursor, hasMore, limit"; Secrets: "GET /secrets"',
    caughtBy: 'pages are consistent (a cursor walk sees every item once)',
    wrap: (inner) => async (request) => {
      if (!route(api, request, 'GET', '/secrets') || !queryOf(request).has('cursor')) return inner(request);
      const checked = await inner(request);
      if (checked.status !== 200) return checked;
      const limit = Number(queryOf(request).get('limit') ?? 50);
      const widened = await inner(withQuery(request, (query) => query.set('limit', String(Math.min(limit + 1, 100)))));
      const answer = responseJson(widened);
      if (widened.status !== 200 || !Array.isArray(answer?.data)) return checked;
      return withResponseJson(widened, { ...answer, data: answer.data.slice(1, limit + 1), pagination: { ...answer.pagination, limit } });
    },
    probe: async (client) => {
      for (const name of ['stripe-live', 'openai-prod', 'slack-bot']) await client.call('POST', '/secrets', { body: { name, value: `value-of-${name}` } });
      const names: string[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 10; page++) {
        const answer: any = (await client.call('GET', `/secrets?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).json;
        names.push(...answer.data.map((secret: { name: string }) => secret.name));
        cursor = answer.pagination.nextCursor;
        if (!answer.pagination.hasMore || !cursor) break;
      }
      return names;
    },
  },
  {
    id: 'runtype.client-tokens.validation-answers-422',
    api,
    family: 'status-and-headers',
    bug: 'POST /client-tokens was moved to a newer validation pipe whose default status is 422 Unprocessable Entity: a body that fails schema validation gets 422 (with the details) instead of 400',
    documented: 'Error handling: "400 Bad Request — invalid parameters"; Validation errors (400): "When a request fails schema validation, the body includes a details array"',
    caughtBy: 'status code documented (an invalid body)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route(api, request, 'POST', '/client-tokens') && response.status === 400 ? { ...response, status: 422 } : response;
    },
    probe: async (client) => (await client.call('POST', '/client-tokens', { body: { name: 'Widget (staging)' } })).status,
  },
  {
    id: 'runtype.flows.list-cache-ignores-account',
    api,
    family: 'isolation',
    bug: 'GET /flows answers are cached by URL after the key check, and the cache key leaves out the account: a second account asking the same URL gets the first account\'s flows until a POST /flows evicts the entry',
    documented: 'Authentication: "All API requests require an API key: Authorization: Bearer ***"; Error handling: "403 Forbidden — insufficient permissions"; Flows: "GET /flows, POST /flows"',
    caughtBy: 'isolation (a list as identity B)',
    wrap: (inner) => {
      const cached = new Map<string, MockResponse>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/flows') && succeeded(response)) cached.clear();
        if (!route(api, request, 'GET', '/flows') || response.status !== 200) return response;
        const hit = cached.get(request.url);
        if (hit) return hit;
        cached.set(request.url, response);
        return response;
      };
    },
    probe: async (client) => {
      await client.call('POST', '/flows', { body: { name: 'Lead enrichment', steps: [{ type: 'prompt', name: 'Summarise the lead' }] } });
      await client.call('GET', '/flows');
      return (await client.call('GET', '/flows', { identity: 'b' })).json.data.map((flow: { name: string }) => flow.name);
    },
  },
  {
    id: 'runtype.records.metadata-not-stored',
    api,
    family: 'write-read',
    bug: 'POST /records inserts the named columns (type, name) and forgets metadata; the answer is built from the request, so it shows the metadata, but every later read has none',
    documented: 'Core resources: "Records — Structured data that agents and flows can use — GET /records, POST /records"',
    caughtBy: 'write then read (the created item in its list)',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', '/records') || body?.metadata === undefined) return inner(request);
      const { metadata, ...columns } = body;
      const response = await inner(withRequestJson(request, columns));
      const answer = succeeded(response) ? responseJson(response) : undefined;
      return answer ? withResponseJson(response, { ...answer, metadata }) : response;
    },
    probe: async (client) => {
      await client.call('POST', '/records', { body: { type: 'faq', name: 'Opening hours', metadata: { answer: 'Weekdays 9:00 to 18:00', locale: 'en' } } });
      return (await client.call('GET', '/records')).json.data.map((record: { metadata?: unknown }) => record.metadata ?? null);
    },
  },
  {
    id: 'runtype.conversations.items-under-resource-name',
    api,
    family: 'response-shape',
    bug: 'GET /conversations, written by another team, answers its items under "conversations" instead of "data" (the pagination object is right): a generic list client finds no items',
    documented: 'Pagination: "Response includes pagination metadata: { "data": [], "pagination": { "nextCursor": …, "hasMore": true, "limit": 50 } }"; Conversations: "GET /conversations"',
    caughtBy: 'response body valid (the list envelope)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', '/conversations') && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.data)) return response;
      const { data, ...rest } = answer;
      return withResponseJson(response, { conversations: data, ...rest });
    },
    probe: async (client) => {
      await client.call('POST', '/conversations', { body: { title: 'Order 1042 delayed' } });
      return Object.keys((await client.call('GET', '/conversations')).json);
    },
  },
  {
    id: 'runtype.model-configs.secret-value-joined',
    api,
    family: 'data-exposure',
    bug: 'GET /model-configs joins each config\'s secret to show its name and serialises the joined row whole: next to the name comes the secret\'s value (the provider key)',
    documented: 'Tools and integrations: "Secrets — Managed secret metadata and intake flows"; "Model Configs — Model provider configuration — GET /model-configs"',
    caughtBy: 'no undocumented data (a secret-looking field)',
    wrap: (inner) => {
      const secrets = new Map<string, { id: string; name: string; value: string }>();
      return async (request) => {
        const response = await inner(request);
        const body = requestJson(request);
        if (route(api, request, 'POST', '/secrets') && response.status === 201) {
          const id = responseJson(response)?.id;
          if (typeof id === 'string') secrets.set(`${bearer(request)}\n${id}`, { id, name: body.name, value: body.value });
        }
        const answer = route(api, request, 'GET', '/model-configs') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.data)) return response;
        const data = answer.data.map((config: { secretId?: string | null }) => {
          const secret = config.secretId ? secrets.get(`${bearer(request)}\n${config.secretId}`) : undefined;
          return secret ? { ...config, secret } : config;
        });
        return withResponseJson(response, { ...answer, data });
      };
    },
    probe: async (client) => {
      const secret = (await client.call('POST', '/secrets', { body: { name: 'openai-prod', provider: 'openai', value: 'sk-proj-4f0c2b7e91d3a8' } })).json;
      await client.call('POST', '/model-configs', { body: { name: 'Default GPT-4o mini', provider: 'openai', model: 'gpt-4o-mini', secretId: secret.id } });
      return (await client.call('GET', '/model-configs')).json.data.map((config: { secret?: { value?: string } }) => config.secret?.value ?? null);
    },
  },
];
