/**
 * Faulty intent-runs servers. The documentation is /work/shared/seeds/004 (the
 * Run reference): the list's userId/status filters and page/pageSize paging
 * (default 10), the required create fields, the run's fields and formats,
 * "runs for the authenticated user", the x-api-key requirement, abort's
 * 200 with no content.
 */
import type { MockRequest, MockResponse } from '../../mocks/stateful/message.ts';
import { type Fault, forgedOnCreate, objectsIn, queryOf, requestJson, responseJson, route, succeeded, validatedThenChanged, withHeaders, withQuery, withRequestJson, withResponseJson } from './kit.ts';
import { runBody } from './probe-fixtures.ts';

const api = 'intent-runs';
const runs = '/v1/runs';
const run = '/v1/runs/{runId}';


/** GET /v1/runs/{runId}, not the approval route that shares its shape. */
function runRead(request: MockRequest): { runId: string } | undefined {
  const found = route(api, request, 'GET', run);
  return found && found.runId !== 'approval' ? found : undefined;
}

/** A SQL-style timestamp: what a driver returns when nobody formats the column. */
function sqlTime(value: unknown): unknown {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value.slice(0, 19).replace('T', ' ') : value;
}

export const intentRunsFaults: Fault[] = [
  {
    id: 'intent-runs.runs.status-filter-ignored',
    api,
    family: 'filter',
    bug: 'GET /v1/runs ignores status: runs of every status come back',
    documented: 'List Runs: "status string · enum Optional — Filter runs by a single status value"',
    caughtBy: 'lists honour their filters',
    wrap: (inner) => (request) => (route(api, request, 'GET', runs) ? validatedThenChanged(inner, request, (query) => query.delete('status')) : inner(request)),
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody() });
      return (await client.call('GET', `${runs}?status=COMPLETED`)).json.data.length;
    },
  },
  {
    id: 'intent-runs.runs.user-filter-ignored',
    api,
    family: 'filter',
    bug: 'GET /v1/runs ignores userId: every user\'s runs come back',
    documented: 'List Runs: "userId string Optional — Filter runs by user ID"',
    caughtBy: 'lists honour their filters (needs the item to show userId; a run does not)',
    wrap: (inner) => (request) => (route(api, request, 'GET', runs) ? validatedThenChanged(inner, request, (query) => query.delete('userId')) : inner(request)),
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ userId: 'user-one' }) });
      return (await client.call('GET', `${runs}?userId=user-two`)).json.data.length;
    },
  },
  {
    id: 'intent-runs.runs.first-page-skipped',
    api,
    family: 'paging',
    bug: 'GET /v1/runs reads page as a zero-based index (offset = page × pageSize), so page 1 is the second page and the first one is never served',
    documented: 'List Runs: "page number · min: 1 · max: 1000 Optional Default: 1"',
    caughtBy: 'pages are consistent',
    wrap: (inner) => (request) => {
      if (!route(api, request, 'GET', runs)) return inner(request);
      const page = Number(queryOf(request).get('page') ?? '1');
      return Number.isInteger(page) && page < 1000 ? validatedThenChanged(inner, request, (query) => query.set('page', String(page + 1))) : inner(request);
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ intent: 'older' }) });
      await client.call('POST', runs, { body: runBody({ intent: 'newer' }) });
      return (await client.call('GET', `${runs}?pageSize=1&page=1`)).json.data.map((item: { intent: string }) => item.intent);
    },
  },
  {
    id: 'intent-runs.runs.default-page-size-20',
    api,
    family: 'paging',
    bug: 'GET /v1/runs without pageSize serves 20 runs per page',
    documented: 'List Runs: "pageSize number · min: 1 · max: 100 Optional Default: 10"',
    caughtBy: 'pages are consistent (default page size)',
    wrap: (inner) => (request) => inner(route(api, request, 'GET', runs) && !queryOf(request).has('pageSize') ? withQuery(request, (query) => query.set('pageSize', '20')) : request),
    probe: async (client) => {
      for (let index = 0; index < 11; index++) await client.call('POST', runs, { body: runBody() });
      return (await client.call('GET', runs)).json.data.length;
    },
  },
  {
    id: 'intent-runs.runs.list-of-first-caller',
    api,
    family: 'isolation',
    bug: 'GET /v1/runs memoises the account of the first caller (a request-scoped value cached in a singleton): every later caller lists that account\'s runs',
    documented: 'List Runs: "Retrieves a paginated list of runs for the authenticated user"',
    caughtBy: 'isolation',
    wrap: (inner) => {
      let firstKey: string | undefined;
      return (request) => {
        if (!route(api, request, 'GET', runs) || !request.header('x-api-key')) return inner(request);
        firstKey ??= request.header('x-api-key')!;
        return inner(withHeaders(request, { 'x-api-key': firstKey }));
      };
    },
    probe: async (client) => {
      await client.call('GET', runs);
      await client.call('POST', runs, { body: runBody() });
      return (await client.call('GET', runs, { identity: 'b' })).json.data.length;
    },
  },
  {
    id: 'intent-runs.runs.read-without-key',
    api,
    family: 'authorization',
    bug: 'GET /v1/runs/{runId} skips the key check when no key is sent, and finds the run by id alone',
    documented: 'Get Run details: "Authorizations x-api-key string Required"',
    caughtBy: 'missing or invalid credentials rejected',
    wrap: (inner) => {
      const owners = new Map<string, string>();
      return async (request) => {
        const read = runRead(request);
        const owner = read && !request.header('x-api-key') ? owners.get(read.runId) : undefined;
        const response = await inner(owner ? withHeaders(request, { 'x-api-key': owner }) : request);
        if (route(api, request, 'POST', runs) && response.status === 201) owners.set(responseJson(response).runId, request.header('x-api-key') ?? '');
        return response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      return (await client.call('GET', `${runs}/${created.runId}`, { identity: 'none' })).status;
    },
  },
  {
    id: 'intent-runs.runs.user-id-optional',
    api,
    family: 'validation',
    bug: 'POST /v1/runs without userId creates the run for "anonymous" instead of refusing it',
    documented: 'Create a new Run: "userId string Required — The ID of the user who is initiating the run"',
    caughtBy: 'invalid input rejected (required field left out)',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      const missing = route(api, request, 'POST', runs) && body && typeof body === 'object' && !Array.isArray(body) && body.userId === undefined;
      return inner(missing ? withRequestJson(request, { ...body, userId: 'anonymous' }) : request);
    },
    probe: async (client) => {
      const { userId: _left, ...body } = runBody();
      return (await client.call('POST', runs, { body })).status;
    },
  },
  {
    id: 'intent-runs.runs.integration-ids-as-text',
    api,
    family: 'validation',
    bug: 'POST /v1/runs accepts selectedCustomerIntegrationIds as one comma-separated string (and splits it) instead of refusing a non-array',
    documented: 'Create a new Run: "selectedCustomerIntegrationIds string[] Required"',
    caughtBy: 'invalid input rejected (wrong type)',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', runs) || typeof body?.selectedCustomerIntegrationIds !== 'string') return inner(request);
      const ids = body.selectedCustomerIntegrationIds.split(',').filter(Boolean);
      return inner(withRequestJson(request, { ...body, selectedCustomerIntegrationIds: ids.length > 0 ? ids : ['*'] }));
    },
    probe: async (client) => (await client.call('POST', runs, { body: runBody({ selectedCustomerIntegrationIds: 'salesforce_abcd1234' }) })).status,
  },
  {
    id: 'intent-runs.runs.abort-answers-a-body',
    api,
    family: 'status-and-headers',
    bug: 'DELETE /v1/runs/{runId} answers 200 with a JSON body ({"aborted": true, …}) where the documentation says no content',
    documented: 'Abort a Run: "200 Run successfully aborted — No content"',
    caughtBy: 'content type documented (a body where none is documented)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const found = route(api, request, 'DELETE', run);
      return found && response.status === 200 ? withResponseJson(response, { aborted: true, runId: found.runId }) : response;
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      return (await client.call('DELETE', `${runs}/${created.runId}`)).text.length > 0;
    },
  },
  {
    id: 'intent-runs.runs.timestamps-not-iso',
    api,
    family: 'response-shape',
    bug: 'Runs carry createdAt/updatedAt as "2026-05-20 12:00:00" (the database\'s own text), not as ISO 8601 date-times',
    documented: 'Run fields: "createdAt string · date-time Required", "updatedAt string · date-time Required"',
    caughtBy: 'response body valid (format date-time)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = responseJson(response);
      if (!succeeded(response) || !answer) return response;
      for (const object of objectsIn(answer)) {
        if (typeof object.runId !== 'string') continue;
        object.createdAt = sqlTime(object.createdAt);
        object.updatedAt = sqlTime(object.updatedAt);
      }
      return withResponseJson(response, answer);
    },
    probe: async (client) => (await client.call('POST', runs, { body: runBody() })).json.createdAt.includes('T'),
  },
  {
    id: 'intent-runs.runs.status-forgeable',
    api,
    family: 'mass-assignment',
    bug: 'POST /v1/runs copies status from the body onto the new run (the DTO spreads the whole body into the entity)',
    documented: 'Run: "status — Current status of the run" is an answer field; the create body lists intent, selectedCustomerIntegrationIds, context, userId, approvalStrategy, repeatKey, outputSchema',
    caughtBy: 'no mass assignment',
    wrap: forgedOnCreate(api, runs, 'status', 'runId'),
    probe: async (client) => (await client.call('POST', runs, { body: { ...runBody(), status: 'COMPLETED' } })).json.status,
  },
];
