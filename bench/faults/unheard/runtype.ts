/**
 * Unheard faults for Runtype (documentation: /work/shared/seeds/003). Written
 * blind to the suite, after the seven earlier sets. The reference documents
 * the key endpoints, the pagination envelope and the error bodies; every
 * fault here rests on those and not on an operation the contract inferred.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { type Fault, forgedOnCreate, jsonResponse, queryOf, requestJson, responseJson, route, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'runtype';

const accountOf = (request: MockRequest) => request.header('authorization') ?? '';

/** Nested objects turned into dotted keys, the way a key-value metadata table stores them. */
function flattened(value: Record<string, unknown>, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, child] of Object.entries(value)) {
    if (child && typeof child === 'object' && !Array.isArray(child)) flattened(child as Record<string, unknown>, `${prefix}${key}.`, into);
    else into[`${prefix}${key}`] = child;
  }
  return into;
}

/** Whether a JSON value holds a character outside the Basic Multilingual Plane (an emoji, say): four bytes in UTF-8. */
function hasFourByteCharacter(value: unknown): boolean {
  return JSON.stringify(value ?? null)
    .split('')
    .some((unit) => unit.charCodeAt(0) >= 0xd800 && unit.charCodeAt(0) <= 0xdbff);
}

export const runtypeUnheardFaults: Fault[] = [
  {
    id: 'runtype.validation.nested-path-leaf-only',
    api,
    family: 'validation',
    bug: 'The validation error mapper builds path from issue.path.at(-1) instead of joining the whole issue.path: a problem in the second step of a flow reports path "name", which points at the flow\'s own name',
    documented: 'Validation errors (400): "path Dotted path to the offending field (empty string for the request root)"',
    caughtBy: 'a body with a nested mistake (a flow step without its name): details[].path is the dotted path to it (steps.0.name)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status === 400 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.details)) return response;
      const details = answer.details.map((detail: { path?: unknown }) => (typeof detail.path === 'string' ? { ...detail, path: detail.path.split('.').at(-1) } : detail));
      return withResponseJson(response, { ...answer, details });
    },
    probe: async (client) => (await client.call('POST', '/flows', { body: { name: 'Triage inbound mail', steps: [{ type: 'prompt' }] } })).json?.details?.map((detail: { path: string }) => detail.path),
  },
  {
    id: 'runtype.records.emoji-name-500',
    api,
    family: 'status-and-headers',
    bug: 'The records table was created with a three-byte utf8 charset: a record whose name or metadata holds an emoji fails on insert and the unhandled driver error answers 500, though the body is valid',
    documented: 'Core resources: "Records Structured data that agents and flows can use GET /records, POST /records"; Error handling: "400 Bad Request — invalid parameters", "500 Internal Server Error" (a server failure, not an answer to valid data)',
    caughtBy: 'a create whose text holds characters outside the BMP (emoji, some CJK): 201 and read back unchanged in the list',
    wrap: (inner) => (request) =>
      route(api, request, 'POST', '/records') && hasFourByteCharacter(requestJson(request)) ? Promise.resolve(jsonResponse(500, { error: 'Internal server error', message: 'Incorrect string value for column name' })) : inner(request),
    probe: async (client) => (await client.call('POST', '/records', { body: { type: 'faq', name: 'Opening hours 🕘', metadata: { locale: 'pt-BR' } } })).status,
  },
  {
    id: 'runtype.records.nested-metadata-flattened',
    api,
    family: 'write-read',
    bug: 'Record metadata moved to a key-value side table whose writer flattens nested objects into dotted keys and whose reader never rebuilds them: { "address": { "city": "Lisbon" } } reads back as { "address.city": "Lisbon" }',
    documented: 'Core resources: "Records Structured data that agents and flows can use"',
    caughtBy: 'write then read: create a record with nested metadata and find it unchanged in the list',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      const metadata = body?.metadata;
      const nested = route(api, request, 'POST', '/records') && metadata && typeof metadata === 'object' && !Array.isArray(metadata);
      return inner(nested ? withRequestJson(request, { ...body, metadata: flattened(metadata) }) : request);
    },
    probe: async (client) => {
      await client.call('POST', '/records', { body: { type: 'customer', name: 'Northwind', metadata: { tier: 'gold', address: { city: 'Lisbon', country: 'PT' } } } });
      return (await client.call('GET', '/records')).json.data.map((record: { metadata?: unknown }) => record.metadata);
    },
  },
  {
    id: 'runtype.records.later-pages-cross-accounts',
    api,
    family: 'isolation',
    bug: 'GET /records builds the first page with WHERE account_id = ? but the "after cursor" query was written separately as WHERE sequence < ? ORDER BY sequence DESC, without the account: from the second page on, other accounts\' records join the list',
    documented: 'Authentication: "All API requests require an API key"; Pagination: "List endpoints support cursor-based pagination: GET /v1/records?limit=50&cursor=rec_abc123"; Error handling: "403 Forbidden — insufficient permissions"',
    caughtBy: 'isolation over every page: walk another account\'s whole list with a small limit and find none of the first account\'s items',
    wrap: (inner) => {
      const created: { account: string; record: Record<string, unknown> }[] = [];
      const lastIdOfCursor = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/records') && response.status === 201) created.push({ account: accountOf(request), record: responseJson(response) });
        const answer = route(api, request, 'GET', '/records') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.data)) return response;
        const cursor = queryOf(request).get('cursor');
        const after = cursor ? lastIdOfCursor.get(cursor) : undefined;
        const position = created.findIndex((entry) => entry.record.id === after);
        let data = answer.data;
        if (position >= 0) {
          const foreign = created.slice(0, position).filter((entry) => entry.account !== accountOf(request));
          const ranked = [...answer.data.map((record: Record<string, unknown>) => ({ record, at: created.findIndex((entry) => entry.record.id === record.id) })), ...foreign.map((entry) => ({ record: entry.record, at: created.indexOf(entry) }))];
          data = ranked
            .sort((a, b) => b.at - a.at)
            .slice(0, answer.pagination?.limit ?? ranked.length)
            .map((entry) => entry.record);
        }
        const next = answer.pagination?.nextCursor;
        if (typeof next === 'string' && data.length > 0) lastIdOfCursor.set(next, data.at(-1).id);
        return data === answer.data ? response : withResponseJson(response, { ...answer, data });
      };
    },
    probe: async (client) => {
      await client.call('POST', '/records', { body: { type: 'customer', name: 'Account A customer' } });
      await client.call('POST', '/records', { body: { type: 'customer', name: 'Account B first' }, identity: 'b' });
      await client.call('POST', '/records', { body: { type: 'customer', name: 'Account B second' }, identity: 'b' });
      const first = (await client.call('GET', '/records?limit=1', { identity: 'b' })).json;
      const second = (await client.call('GET', `/records?limit=5&cursor=${encodeURIComponent(first.pagination.nextCursor)}`, { identity: 'b' })).json;
      return [...first.data, ...second.data].map((record: { name: string }) => record.name);
    },
  },
  {
    id: 'runtype.lists.data-null-when-empty',
    api,
    family: 'response-shape',
    bug: 'The list serializer returns `rows.length ? rows : null` (meant to save bytes): a list with nothing in it answers data: null, and clients that iterate data throw',
    documented: 'Pagination: "Response includes pagination metadata: { "data": [], "pagination": { "nextCursor": …, "hasMore": …, "limit": 50 } }"',
    caughtBy: 'the body of an empty list: data is an array (empty), never null',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = request.method === 'GET' && response.status === 200 ? responseJson(response) : undefined;
      return Array.isArray(answer?.data) && answer.data.length === 0 && answer.pagination ? withResponseJson(response, { ...answer, data: null }) : response;
    },
    probe: async (client) => (await client.call('GET', '/client-tokens', { identity: 'b' })).json,
  },
  {
    id: 'runtype.tools.created-at-forgeable',
    api,
    family: 'mass-assignment',
    bug: 'POST /tools spreads the request body into the ORM entity after the strict schema was relaxed for the SDK\'s extra fields: a createdAt sent by the client is stored (no UNRECOGNIZED_KEYS refusal) and the tool claims any creation date',
    documented: 'Validation errors (400): "code Stable code: MISSING_REQUIRED_FIELD, INVALID_TYPE, INVALID_ENUM, OUT_OF_RANGE, INVALID_FORMAT, UNRECOGNIZED_KEYS, …"; Tools and integrations: "Tools Custom and built-in tools GET /tools, POST /tools"',
    caughtBy: 'mass assignment: a create that sends a server-owned field is refused, or at least does not store it',
    wrap: forgedOnCreate(api, '/tools', 'createdAt', 'id'),
    probe: async (client) => {
      const created = await client.call('POST', '/tools', { body: { name: 'lookup_order', description: 'Looks an order up by number', parameters: { type: 'object' }, createdAt: '2019-01-01T00:00:00.000Z' } });
      return [created.status, (await client.call('GET', '/tools')).json.data.map((tool: { createdAt: string }) => tool.createdAt)];
    },
  },
];
