/**
 * Unmet faults for Runtype (documentation: /work/shared/seeds/003). Written
 * blind to the suite: a validator that stops at the first issue, a body that
 * is not an object answered 500, cursors that are offsets in disguise, a
 * record create that upserts across accounts, tool parameters read back as
 * text, and conversations that carry their creator's API key.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { everyCursorItem, type Fault, jsonResponse, objectsIn, queryOf, requestJson, responseJson, route, withHeaders, withQuery, withResponseJson } from '../kit.ts';

const api = 'runtype';

/** The bearer key of a request: in this API, the account. */
const keyOf = (request: MockRequest) => /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1] ?? '';

const offsetCursor = (offset: number) => `cur_${btoa(String(offset)).replace(/=+$/, '')}`;

function offsetOf(cursor: string | null): number {
  if (cursor === null) return 0;
  try {
    const offset = Number(atob(cursor.replace(/^cur_/, '')));
    return Number.isInteger(offset) && offset >= 0 ? offset : 0;
  } catch {
    return 0;
  }
}

const isPlainObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

export const runtypeUnmetFaults: Fault[] = [
  {
    id: 'runtype.validation.first-issue-only',
    api,
    family: 'response-shape',
    bug: 'The shared validation pipe was switched to the schema library\'s abort-early mode to save time on large bodies: a body with several problems gets a details array holding only the first, so a client fixes them one round trip at a time',
    documented: 'Validation errors (400): "When a request fails schema validation, the body includes a details array. Each item carries a stable, machine-readable code"; the example answers one request with two details (MISSING_REQUIRED_FIELD at name and INVALID_ENUM at kind)',
    caughtBy: 'a body with two independent problems (a wrong type in one field, an empty required string in another) must get one detail for each, at each field\'s path',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status === 400 ? responseJson(response) : undefined;
      return Array.isArray(answer?.details) && answer.details.length > 1 ? withResponseJson(response, { ...answer, details: answer.details.slice(0, 1) }) : response;
    },
    probe: async (client) => (await client.call('POST', '/records', { body: { type: 5, name: '' } })).json.details.map((detail: { path: string }) => detail.path),
  },
  {
    id: 'runtype.validation.non-object-body-500',
    api,
    family: 'status-and-headers',
    bug: 'A sanitising middleware placed before validation asserts that the parsed body is a plain object with a bare assert() meant as an internal invariant: a JSON body that is an array, null, a string or a number throws, and the client gets 500 instead of a 400 whose detail points at the request root',
    documented: 'Error handling: "400 Bad Request — invalid parameters", "500 Internal Server Error"; Validation errors (400): "path Dotted path to the offending field (empty string for the request root)"',
    caughtBy: 'malformed bodies beyond broken JSON: a JSON array, null and a bare string sent to each create must each get 400 with a detail at path ""',
    wrap: (inner) => (request) => {
      if ((request.method !== 'POST' && request.method !== 'PATCH') || !request.body) return inner(request);
      let parsed: unknown;
      try {
        parsed = JSON.parse(request.body);
      } catch {
        return inner(request);
      }
      return isPlainObject(parsed) ? inner(request) : Promise.resolve(jsonResponse(500, { error: 'Internal server error', message: 'AssertionError: The expression evaluated to a falsy value' }));
    },
    probe: async (client) => {
      const array = await client.call('POST', '/flows', { rawBody: '[]' });
      const empty = await client.call('POST', '/records', { rawBody: 'null' });
      return [array.status, empty.status];
    },
  },
  {
    id: 'runtype.flows.cursor-is-an-offset',
    api,
    family: 'paging',
    bug: 'GET /flows hands out cursors that are offsets in disguise (base64 of the OFFSET of the next page): a flow created while a client walks the pages pushes the newest-first list down one place, and the next page starts again with the flow the previous page ended with',
    documented: 'Pagination: "List endpoints support cursor-based pagination: GET /v1/records?limit=50&cursor=rec_abc123"; "Response includes pagination metadata: { "data": [], "pagination": { "nextCursor": "rec_xyz789", "hasMore": true, "limit": 50 } }" (the cursor names the item the next page follows)',
    caughtBy: 'a cursor walk with a write in the middle: read page one, create an item, follow nextCursor, and find no item of page one again',
    wrap: (inner) => async (request) => {
      if (!route(api, request, 'GET', '/flows')) return inner(request);
      const cursor = queryOf(request).get('cursor');
      const first = await inner(withQuery(request, (query) => query.delete('cursor')));
      const answer = first.status === 200 ? responseJson(first) : undefined;
      const every = answer ? await everyCursorItem(inner, request, (page) => (page.pagination?.hasMore && typeof page.pagination.nextCursor === 'string' ? page.pagination.nextCursor : null)) : undefined;
      if (!answer?.pagination || !every) return first;
      const limit = Number(answer.pagination.limit);
      const offset = offsetOf(cursor);
      const hasMore = offset + limit < every.length;
      return withResponseJson(first, { data: every.slice(offset, offset + limit), pagination: { nextCursor: hasMore ? offsetCursor(offset + limit) : null, hasMore, limit } });
    },
    probe: async (client) => {
      for (const name of ['Triage ticket', 'Summarise ticket', 'Route ticket']) await client.call('POST', '/flows', { body: { name, steps: [{ type: 'prompt', name: 'first' }] } });
      const first = (await client.call('GET', '/flows?limit=2')).json;
      await client.call('POST', '/flows', { body: { name: 'Close ticket', steps: [{ type: 'prompt', name: 'first' }] } });
      const second = (await client.call('GET', `/flows?limit=2&cursor=${encodeURIComponent(first.pagination.nextCursor)}`)).json;
      return [first.data.map((flow: { name: string }) => flow.name), second.data.map((flow: { name: string }) => flow.name)];
    },
  },
  {
    id: 'runtype.records.create-upserts-across-accounts',
    api,
    family: 'isolation',
    bug: 'POST /records upserts on (type, name) so that the bulk import can be re-run (INSERT … ON CONFLICT (type, name) DO UPDATE), and the unique index was created without account_id: creating a record another account already has under the same type and name overwrites that account\'s record with the caller\'s fields, and hands the caller its id',
    documented: 'Records: "Structured data that agents and flows can use" (GET /records, POST /records); Authentication: "All API requests require an API key"',
    caughtBy: 'isolation on writes: account B creates a record named like one of account A\'s, and A\'s record must be unchanged afterwards (and B\'s new record another one)',
    wrap: (inner) => {
      const ownerOfName = new Map<string, { key: string; id: string }>();
      return async (request) => {
        const body = requestJson(request);
        if (!route(api, request, 'POST', '/records') || !isPlainObject(body)) return inner(request);
        const name = JSON.stringify([body.type, body.name]);
        const owner = ownerOfName.get(name);
        if (owner && owner.key !== keyOf(request)) {
          const overwritten = await inner({ ...withHeaders(request, { authorization: `Bearer ${owner.key}` }), method: 'PATCH', url: `/records/${encodeURIComponent(owner.id)}` });
          if (overwritten.status === 200) return { ...overwritten, status: 201 };
        }
        const response = await inner(request);
        const created = response.status === 201 ? responseJson(response) : undefined;
        if (typeof created?.id === 'string' && !owner) ownerOfName.set(name, { key: keyOf(request), id: created.id });
        return response;
      };
    },
    probe: async (client) => {
      const mine = (await client.call('POST', '/records', { body: { type: 'customer', name: 'Acme Corp', metadata: { tier: 'gold' } } })).json;
      const theirs = (await client.call('POST', '/records', { identity: 'b', body: { type: 'customer', name: 'Acme Corp', metadata: { tier: 'trial' } } })).json;
      const listed = (await client.call('GET', '/records')).json;
      return [theirs.id === mine.id, listed.data.map((record: { metadata?: { tier?: string } }) => record.metadata?.tier ?? null)];
    },
  },
  {
    id: 'runtype.tools.parameters-read-back-as-text',
    api,
    family: 'write-read',
    bug: 'A migration moved tool parameters (a JSON Schema) to a TEXT column; the insert stringifies them and the read path never parses them back: the create answer (built from the request) shows an object, every list and read shows a JSON string',
    documented: 'Tools and integrations: "Tools Custom and built-in tools GET /tools, POST /tools"; Overview: the API is used to "manage core resources such as Flows, Agents, Tools"',
    caughtBy: 'write then read: create a tool and find it in the list exactly as it was sent, nested objects included',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const read = request.method === 'GET' && (route(api, request, 'GET', '/tools') ?? route(api, request, 'GET', '/tools/{id}'));
      const answer = read && response.status === 200 ? responseJson(response) : undefined;
      if (!answer) return response;
      for (const tool of Array.isArray(answer.data) ? answer.data : [answer]) {
        if (isPlainObject(tool?.parameters)) tool.parameters = JSON.stringify(tool.parameters);
      }
      return withResponseJson(response, answer);
    },
    probe: async (client) => {
      const parameters = { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] };
      await client.call('POST', '/tools', { body: { name: 'lookup_order', description: 'Finds an order by id', kind: 'custom', parameters } });
      return (await client.call('GET', '/tools')).json.data.map((tool: { parameters?: unknown }) => typeof tool.parameters);
    },
  },
  {
    id: 'runtype.conversations.creator-key-listed',
    api,
    family: 'data-exposure',
    bug: 'The auth middleware puts the raw API key (not its id) on the request, the conversations table stores it in created_by, and the serialiser returns the row whole: every conversation carries, as createdBy, the full live key that created it, in lists that end up in browser widgets and logs',
    documented: 'Authentication: "All API requests require an API key: Authorization: Bearer ***" (the reference never shows a key); Access and product delivery: "Client Tokens Browser/client access tokens", "Conversations Conversation state and messages"',
    caughtBy: 'a scan of every answer for the credentials the suite sent: no body may contain the API key in use',
    wrap: (inner) => {
      const creatorOf = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/conversations') && response.status === 201) {
          const created = responseJson(response);
          if (typeof created?.id === 'string') creatorOf.set(created.id, keyOf(request));
        }
        const shown = route(api, request, '*', '/conversations') ?? route(api, request, '*', '/conversations/{id}');
        const answer = shown && creatorOf.size > 0 ? responseJson(response) : undefined;
        if (!answer) return response;
        for (const object of objectsIn(answer)) {
          const creator = typeof object.id === 'string' ? creatorOf.get(object.id) : undefined;
          if (creator !== undefined) object.createdBy = creator;
        }
        return withResponseJson(response, answer);
      };
    },
    probe: async (client) => {
      await client.call('POST', '/conversations', { body: { title: 'Order 1042 delayed' } });
      return (await client.call('GET', '/conversations')).json.data.map((conversation: { createdBy?: string }) => conversation.createdBy ?? null);
    },
  },
];
