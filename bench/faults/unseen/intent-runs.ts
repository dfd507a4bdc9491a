/**
 * Unseen faults for intent-runs (documentation: /work/shared/seeds/004).
 * Written blind to the suite: abort by another account, abort's documented
 * 200, the minimum of pageSize, a long context, includeEvents on the read of
 * one run, the stream's default of no tool calls.
 */
import { type Fault, queryOf, requestJson, responseJson, route, succeeded, withHeaders, withQuery, withRequestJson, withResponseJson } from '../kit.ts';
import { runBody } from '../probe-fixtures.ts';

const api = 'intent-runs';
const runs = '/v1/runs';
const run = '/v1/runs/{runId}';
const stream = '/v1/runs/{runId}/sse';

/** The width of the column the context is stored in. */
const contextColumn = 255;


export const intentRunsUnseenFaults: Fault[] = [
  {
    id: 'intent-runs.runs.abort-any-account',
    api,
    family: 'isolation',
    bug: 'DELETE /v1/runs/{runId} publishes the abort by run id alone (the queue consumer has no account): another account\'s key aborts the run',
    documented: 'Abort a Run: "Aborts a running or queued run by its ID", "Authorizations x-api-key string Required"; List Runs: "runs for the authenticated user"',
    caughtBy: 'isolation (a write as identity B)',
    wrap: (inner) => {
      const owners = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', runs) && response.status === 201) owners.set(responseJson(response).runId, request.header('x-api-key') ?? '');
        const aborted = route(api, request, 'DELETE', run);
        const owner = aborted && response.status === 404 ? owners.get(aborted.runId) : undefined;
        return owner ? inner(withHeaders(request, { 'x-api-key': owner })) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      await client.call('DELETE', `${runs}/${created.runId}`, { identity: 'b' });
      return (await client.call('GET', `${runs}/${created.runId}`)).json.status;
    },
  },
  {
    id: 'intent-runs.runs.abort-answers-204',
    api,
    family: 'status-and-headers',
    bug: 'DELETE /v1/runs/{runId} answers 204 (the framework\'s status for a handler that returns nothing) where the documentation says 200',
    documented: 'Abort a Run: "200 Run successfully aborted — No content"',
    caughtBy: 'status code documented',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route(api, request, 'DELETE', run) && response.status === 200 ? { status: 204, headers: {}, body: null } : response;
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      return (await client.call('DELETE', `${runs}/${created.runId}`)).status;
    },
  },
  {
    id: 'intent-runs.runs.page-size-zero-defaulted',
    api,
    family: 'validation',
    bug: 'GET /v1/runs reads page and pageSize as Number(value) || default: pageSize=0 (or page=0) is served as the default instead of refused',
    documented: 'List Runs: "page number · min: 1 · max: 1000 Optional Default: 1", "pageSize number · min: 1 · max: 100 Optional Default: 10"',
    caughtBy: 'invalid input rejected (minimum - 1)',
    wrap: (inner) => (request) => {
      if (!route(api, request, 'GET', runs)) return inner(request);
      const search = queryOf(request);
      const zero = (name: string) => search.has(name) && Number(search.get(name)) === 0;
      if (!zero('page') && !zero('pageSize')) return inner(request);
      return inner(
        withQuery(request, (query) => {
          if (zero('page')) query.delete('page');
          if (zero('pageSize')) query.delete('pageSize');
        }),
      );
    },
    probe: async (client) => (await client.call('GET', `${runs}?pageSize=0`)).status,
  },
  {
    id: 'intent-runs.runs.context-cut-at-255',
    api,
    family: 'write-read',
    bug: 'POST /v1/runs stores context in a VARCHAR(255): the create answer echoes the whole context (built from the request), every later read shows it cut at 255 characters',
    documented: 'Create a new Run: "context string Required — Additional context for the run execution"; Run: "context — Additional context that was provided during run creation"',
    caughtBy: 'write then read (a longer text field)',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', runs) || typeof body?.context !== 'string' || body.context.length <= contextColumn) return inner(request);
      const response = await inner(withRequestJson(request, { ...body, context: body.context.slice(0, contextColumn) }));
      const answer = responseJson(response);
      return succeeded(response) && answer ? withResponseJson(response, { ...answer, context: body.context }) : response;
    },
    probe: async (client) => {
      const context = `Focus on Q4 2023 data with a regional breakdown. ${'Include every region, every channel and every product line. '.repeat(6)}`;
      const created = (await client.call('POST', runs, { body: runBody({ context }) })).json;
      return (await client.call('GET', `${runs}/${created.runId}`)).json.context.length;
    },
  },
  {
    id: 'intent-runs.runs.include-events-ignored-on-read',
    api,
    family: 'response-shape',
    bug: 'GET /v1/runs/{runId}?includeEvents=true answers events: [] — the handler compares the query string "true" with the boolean true',
    documented: 'Get Run details: "includeEvents string Optional — Include run events in the response (e.g., "true" or "false")"; Run: "events object[] Required — Array of events in the run"',
    caughtBy: 'a scenario on includeEvents (the read of one run)',
    wrap: (inner) => (request) => inner(route(api, request, 'GET', run) ? withQuery(request, (query) => query.delete('includeEvents')) : request),
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      return (await client.call('GET', `${runs}/${created.runId}?includeEvents=true`)).json.events.length;
    },
  },
  {
    id: 'intent-runs.runs.stream-tool-calls-by-default',
    api,
    family: 'data-exposure',
    bug: 'GET /v1/runs/{runId}/sse sends tool calls (their names and arguments) unless includeToolCalls=false is sent: the default was inverted',
    documented: 'Server-Sent Events stream for a Run: "includeToolCalls … By default, tool calls are not included and for step events, only text (description of the step) is included."',
    caughtBy: 'a stream scenario (the stream without includeToolCalls)',
    wrap: (inner) => (request) => {
      const watched = route(api, request, 'GET', stream) && !queryOf(request).has('includeToolCalls');
      return inner(watched ? withQuery(request, (query) => query.set('includeToolCalls', 'true')) : request);
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      return (await client.call('GET', `${runs}/${created.runId}/sse`, { readStream: true })).text.includes('tool_call');
    },
  },
];
