/**
 * Holdout faults for intent-runs (documentation: /work/shared/seeds/004).
 * Never tuned against: the repeated customerIntegrationIds filter, the
 * pageSize maximum, abort's effect, the SSE route's key and media type.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { type Fault, jsonResponse, queryIntegerAbove, queryOf, type Respond, responseJson, route, validatedThenChanged, withHeaders, withQuery } from '../kit.ts';
import { runBody } from '../probe-fixtures.ts';

const api = 'intent-runs';
const runs = '/v1/runs';
const run = '/v1/runs/{runId}';
const stream = '/v1/runs/{runId}/sse';


/** Statuses the documentation's "Aborts a running or queued run" covers, as the mock names them. */
const abortable = new Set(['QUEUED', 'PLANNING', 'AWAITING_APPROVAL', 'RUNNING']);

/** One page of 100 of the caller's runs, with the request's filters, from the plain handler. */
async function pageOfHundred(inner: Respond, request: MockRequest, page: number): Promise<{ data: unknown[]; total: number } | undefined> {
  const answer = await inner(
    withQuery(request, (query) => {
      query.set('page', String(page));
      query.set('pageSize', '100');
    }),
  );
  return answer.status === 200 ? responseJson(answer) : undefined;
}

export const intentRunsHoldoutFaults: Fault[] = [
  {
    id: 'intent-runs.runs.integration-filter-first-only',
    api,
    family: 'filter',
    bug: 'GET /v1/runs reads customerIntegrationIds as a single value: of repeated parameters only the first is applied',
    documented: 'List Runs: "customerIntegrationIds string[] Optional — Filter runs by customer integration IDs. Use repeated query params, for example: ?customerIntegrationIds=salesforce_abcd1234&customerIntegrationIds=hubspot_efgh5678"',
    caughtBy: 'lists honour their filters (needs the item to show its integrations; a run does not)',
    wrap: (inner) => (request) => {
      if (!route(api, request, 'GET', runs) || queryOf(request).getAll('customerIntegrationIds').length < 2) return inner(request);
      return validatedThenChanged(inner, request, (query) => query.set('customerIntegrationIds', query.getAll('customerIntegrationIds')[0]!));
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ selectedCustomerIntegrationIds: ['hubspot_efgh5678'] }) });
      return (await client.call('GET', `${runs}?customerIntegrationIds=salesforce_abcd1234&customerIntegrationIds=hubspot_efgh5678`)).json.data.length;
    },
  },
  {
    id: 'intent-runs.runs.page-size-over-100-served',
    api,
    family: 'validation',
    bug: 'GET /v1/runs checks pageSize against 1000 instead of 100: pageSize=101…1000 is accepted and served in full',
    documented: 'List Runs: "pageSize number · min: 1 · max: 100 Optional Default: 10"',
    caughtBy: 'invalid input rejected (maximum + 1)',
    wrap: (inner) => async (request) => {
      const pageSize = queryIntegerAbove(api, request, runs, 'pageSize', 100);
      if (pageSize === undefined || pageSize > 1000) return inner(request);
      const page = Number(queryOf(request).get('page') ?? '1');
      // The rest of the request must still be valid: checked as if it asked for 100.
      const checked = await inner(withQuery(request, (query) => query.set('pageSize', '100')));
      if (checked.status !== 200) return checked;
      const first = (page - 1) * pageSize;
      const data: unknown[] = [];
      let total = responseJson(checked).total as number;
      for (let underlying = Math.floor(first / 100) + 1; data.length < pageSize && (underlying - 1) * 100 < total && underlying <= 1000; underlying++) {
        const answer = await pageOfHundred(inner, request, underlying);
        if (!answer) break;
        total = answer.total;
        const start = Math.max(0, first - (underlying - 1) * 100);
        data.push(...answer.data.slice(start, start + pageSize - data.length));
      }
      return jsonResponse(200, { data, page, pageSize, total });
    },
    probe: async (client) => (await client.call('GET', `${runs}?pageSize=101`)).status,
  },
  {
    id: 'intent-runs.runs.abort-not-persisted',
    api,
    family: 'write-read',
    bug: 'DELETE /v1/runs/{runId} answers 200 but only publishes an abort message nobody consumes: the run stays RUNNING',
    documented: 'Abort a Run: "Aborts a running or queued run by its ID"; "200 Run successfully aborted"',
    caughtBy: 'write then read (the run\'s status after DELETE) / an abort scenario',
    wrap: (inner) => async (request) => {
      if (!route(api, request, 'DELETE', run)) return inner(request);
      const before = await inner({ ...request, method: 'GET', body: '' });
      const status = before.status === 200 ? responseJson(before)?.status : undefined;
      return abortable.has(status) ? { status: 200, headers: {}, body: null } : inner(request);
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      await client.call('DELETE', `${runs}/${created.runId}`);
      return (await client.call('GET', `${runs}/${created.runId}`)).json.status;
    },
  },
  {
    id: 'intent-runs.runs.stream-without-key',
    api,
    family: 'authorization',
    bug: 'GET /v1/runs/{runId}/sse skips the key check (EventSource cannot send headers, so the check was switched off) and finds the run by id alone',
    documented: 'Server-Sent Events stream for a Run: "Authorizations x-api-key string Required"',
    caughtBy: 'missing or invalid credentials rejected',
    wrap: (inner) => {
      const owners = new Map<string, string>();
      return async (request) => {
        const watched = route(api, request, 'GET', stream);
        const owner = watched && !request.header('x-api-key') ? owners.get(watched.runId) : undefined;
        const response = await inner(owner ? withHeaders(request, { 'x-api-key': owner }) : request);
        if (route(api, request, 'POST', runs) && response.status === 201) owners.set(responseJson(response).runId, request.header('x-api-key') ?? '');
        return response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      return (await client.call('GET', `${runs}/${created.runId}/sse`, { identity: 'none' })).status;
    },
  },
  {
    id: 'intent-runs.runs.stream-as-text-plain',
    api,
    family: 'status-and-headers',
    bug: 'GET /v1/runs/{runId}/sse streams its events with Content-Type text/plain (the proxy in front rewrites an unknown type), so EventSource refuses the stream',
    documented: 'Server-Sent Events stream for a Run: "200 SSE stream established successfully — text/event-stream"',
    caughtBy: 'content type documented',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!route(api, request, 'GET', stream) || response.status !== 200) return response;
      return { ...response, headers: { ...response.headers, 'content-type': 'text/plain; charset=utf-8' } };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      return (await client.call('GET', `${runs}/${created.runId}/sse`)).headers['content-type'];
    },
  },
];
