/**
 * Untried faithful variants: servers that differ from the mock only where the
 * product documentation is silent (a mean over no reviews, a keep-alive
 * comment in a run's stream, a last page without a cursor, another designed
 * status for a replace, a confirmation that a cancel is pending). Written
 * blind to the suite, like the untried faults; it may warn, never fail.
 */
import { responseJson, route, type Variant, withResponseJson } from '../kit.ts';

const stats = '/api/v1/runtime/v1/observability/reviews/stats';
const keepAlive = new TextEncoder().encode(': keep-alive\n\n');

/** A stream that sends `first` and then everything `rest` sends. */
function prefixed(first: Uint8Array, rest: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = rest.getReader();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(first);
        return;
      }
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

export const untriedVariants: Variant[] = [
  {
    id: 'runflow.reviews-stats.zero-average-when-none-resolved',
    api: 'runflow',
    difference: 'GET /reviews/stats answers avgResolutionHours: 0 instead of null while none of the agent\'s reviews is resolved (an AVG wrapped in COALESCE)',
    faithful: 'Stats gives only the field list ("{ total, …, avgResolutionHours }"); what the average is over no resolved review is left open, and the contract marks its null x-designed ("null while no review is resolved is designed")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route('runflow', request, 'GET', stats) && response.status === 200 ? responseJson(response) : undefined;
      return answer && answer.avgResolutionHours === null ? withResponseJson(response, { ...answer, avgResolutionHours: 0 }) : response;
    },
    probe: async (client) => {
      await client.call('POST', '/api/v1/runtime/v1/observability/executions/exec-variant-1/reviews', { body: { agentId: 'agent-variant', rating: 'bad', comment: 'Bot gave the wrong opening hours' } });
      return (await client.call('GET', `${stats}?agentId=agent-variant`)).json.avgResolutionHours;
    },
  },
  {
    id: 'intent-runs.runs.stream-keep-alive-comment',
    api: 'intent-runs',
    difference: 'GET /v1/runs/{runId}/sse starts with an SSE comment line (": keep-alive"), the way proxies-friendly servers open a stream, before the run\'s events',
    faithful: 'The documentation says only "text/event-stream — Server-sent events stream with run updates"; a comment line is part of the SSE format and carries no event, and the stream\'s events are x-designed ("event names and payloads are designed")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!route('intent-runs', request, 'GET', '/v1/runs/{runId}/sse') || response.status !== 200 || !response.stream) return response;
      return { ...response, stream: prefixed(keepAlive, response.stream) };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/runs', { body: { intent: 'Summarise the latest sales data', selectedCustomerIntegrationIds: ['*'], context: 'Q4 only', userId: 'user-variant' } })).json;
      await client.call('DELETE', `/v1/runs/${created.runId}`);
      return (await client.call('GET', `/v1/runs/${created.runId}/sse`, { readStream: true })).text.split('\n')[0];
    },
  },
  {
    id: 'runtype.pagination.last-page-without-next-cursor',
    api: 'runtype',
    difference: 'The last page of a list leaves nextCursor out of pagination (hasMore: false, limit) instead of sending nextCursor: null',
    faithful: 'Pagination shows nextCursor only on a page that has more ("nextCursor": "rec_xyz789", "hasMore": true); the contract marks null on the last page and requiring the field on every page x-designed ("null on the last page is designed", "requiring them on every page is designed")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = request.method === 'GET' && response.status === 200 ? responseJson(response) : undefined;
      if (!answer?.pagination || answer.pagination.nextCursor !== null) return response;
      const { nextCursor, ...rest } = answer.pagination;
      void nextCursor;
      return withResponseJson(response, { ...answer, pagination: rest });
    },
    probe: async (client) => {
      await client.call('POST', '/records', { body: { type: 'faq', name: 'Opening hours' } });
      return Object.keys((await client.call('GET', '/records')).json.pagination);
    },
  },
  {
    id: 'agentruntime.connection-overrides.replace-answers-204',
    api: 'agentruntime',
    difference: 'PUT /v1/workflows/{id}/connection-overrides answers 204 without a body instead of 200 with the stored map; a GET shows the same map either way',
    faithful: 'The documentation says only "Replace override map", with no status or body; the contract marks its 200 x-designed ("The seed gives no success status for this call; 200 with this body is this contract\'s")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route('agentruntime', request, 'PUT', '/v1/workflows/{id}/connection-overrides') && response.status === 200 ? { status: 204, headers: {}, body: null } : response;
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Lead intake' } })).json;
      return (await client.call('PUT', `/v1/workflows/${workflow.id}/connection-overrides`, { body: { overrides: { 'step-draft': 'conn-openai-eu' } } })).status;
    },
  },
  {
    id: 'agentruntime.billing.cancel-answers-202',
    api: 'agentruntime',
    difference: 'POST /v1/billing/subscription/cancel answers 202 Accepted (the cancellation is scheduled for the period end) instead of 200, with the same body',
    faithful: 'The documentation says only "Cancel at period end (default)", with no status; the contract marks its 200 x-designed ("The seed gives no success status for this call; 200 with this body is this contract\'s")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route('agentruntime', request, 'POST', '/v1/billing/subscription/cancel') && response.status === 200 ? { ...response, status: 202 } : response;
    },
    probe: async (client) => {
      await client.call('POST', '/v1/billing/subscription', { body: { plan_code: 'team' } });
      return (await client.call('POST', '/v1/billing/subscription/cancel', { body: { at_period_end: true } })).status;
    },
  },
];
