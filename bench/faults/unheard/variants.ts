/**
 * Unheard faithful variants: servers that differ from the mock only where the
 * product documentation is silent (the wording of an error message, extra
 * response headers a gateway adds). Written blind to the suite, like the
 * unheard faults; they may warn, never fail.
 */
import type { MockResponse } from '../../../mocks/stateful/message.ts';
import { responseJson, route, type Variant, withResponseJson } from '../kit.ts';
import { runBody } from '../probe-fixtures.ts';

/** The answer with `message` reworded when it has the given status and a string message. */
function reworded(response: MockResponse, status: number, message: (old: string) => string): MockResponse {
  const answer = response.status === status ? responseJson(response) : undefined;
  return typeof answer?.message === 'string' ? withResponseJson(response, { ...answer, message: message(answer.message) }) : response;
}

export const unheardVariants: Variant[] = [
  {
    id: 'runflow.errors.not-found-reworded',
    api: 'runflow',
    difference: 'A 404 says "No review with that id exists for this API key\'s tenant" (or names what was looked up) instead of the mock\'s "Review not found"; statusCode and error stay as they are',
    faithful: 'The documentation fixes the error body\'s shape ({ statusCode, message, error }) and gives one message only as an example of a 409; what a 404\'s message says is left open',
    wrap: (inner) => async (request) => reworded(await inner(request), 404, (old) => (old === 'Review not found' ? 'No review with that id exists for this API key\'s tenant' : `Not found: ${old}`)),
    probe: async (client) => (await client.call('GET', '/api/v1/runtime/v1/observability/reviews/rev-missing')).json,
  },
  {
    id: 'agentruntime.responses.gateway-request-id-header',
    api: 'agentruntime',
    difference: 'Every answer carries an X-Request-Id header, as the BFF\'s gateway adds one for tracing: the error body\'s request_id when there is one, a per-server counter otherwise',
    faithful: 'The documentation names no response header at all; an extra tracing header changes no status, body or documented header',
    wrap: (inner) => {
      let served = 0;
      return async (request) => {
        const response = await inner(request);
        // An error body already names its request: the header repeats that id, so the two never disagree.
        const named = responseJson(response)?.request_id;
        const id = typeof named === 'string' ? named : `gw-${String(++served).padStart(8, '0')}`;
        return { ...response, headers: { ...response.headers, 'x-request-id': id } };
      };
    },
    probe: async (client) => (await client.call('GET', '/v1/workflows')).headers,
  },
  {
    id: 'agentruntime.errors.not-found-reworded',
    api: 'agentruntime',
    difference: 'A 404 message reads "<what> does not exist in this project" instead of the mock\'s "<what> not found"; the code and request_id stay',
    faithful: 'The documentation gives 404 only as "Resource not found" in the status table, with no body; the wording of a message is not fixed anywhere',
    wrap: (inner) => async (request) => reworded(await inner(request), 404, (old) => old.replace(/ not found$/, ' does not exist in this project')),
    probe: async (client) => (await client.call('GET', '/v1/agents/agent-missing')).json,
  },
  {
    id: 'runtype.responses.no-store-cache-header',
    api: 'runtype',
    difference: 'Every answer carries Cache-Control: no-store, so that no proxy keeps an account\'s data',
    faithful: 'The reference documents no response header and says nothing about caching; the header changes no status or body',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return { ...response, headers: { ...response.headers, 'cache-control': 'no-store' } };
    },
    probe: async (client) => (await client.call('GET', '/records')).headers,
  },
  {
    id: 'intent-runs.runs.stream-unbuffered-header',
    api: 'intent-runs',
    difference: 'The run\'s event stream carries X-Accel-Buffering: no (so that an nginx in front flushes each event at once); the events are the same',
    faithful: 'The documentation says only "text/event-stream — Server-sent events stream with run updates"; extra headers on the stream are left open',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route('intent-runs', request, 'GET', '/v1/runs/{runId}/sse') && response.status === 200 ? { ...response, headers: { ...response.headers, 'x-accel-buffering': 'no' } } : response;
    },
    probe: async (client) => {
      const run = (await client.call('POST', '/v1/runs', { body: runBody() })).json;
      return (await client.call('GET', `/v1/runs/${run.runId}/sse`, { readStream: true })).headers;
    },
  },
];
