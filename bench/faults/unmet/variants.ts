/**
 * Unmet faithful variants: servers that differ from the mock only where the
 * product documentation is silent (how tabs of equal sortOrder are ordered,
 * extra response headers, SSE frames without ids, the order of a workflow
 * list, an extract job that starts queued). Written blind to the suite, like
 * the unmet faults; it may warn, never fail.
 */
import { everyCursorItem, queryOf, responseJson, route, succeeded, type Variant, withResponseJson } from '../kit.ts';

const tabs = '/api/v1/runtime/observability/dashboard-tabs';

/** A finite stream of the given text. */
function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

function offsetOf(cursor: string | null): number {
  if (cursor === null) return 0;
  try {
    const offset = Number(atob(cursor));
    return Number.isInteger(offset) && offset >= 0 ? offset : 0;
  } catch {
    return 0;
  }
}

export const unmetVariants: Variant[] = [
  {
    id: 'runflow.dashboard-tabs.equal-sort-order-by-creation',
    api: 'runflow',
    difference: 'GET /dashboard-tabs lists tabs that share a sortOrder in the order they were created instead of by name',
    faithful: 'List dashboard tabs says only "ordered by sortOrder ASC"; nothing orders tabs whose sortOrder is equal',
    wrap: (inner) => {
      const createdOrder: string[] = [];
      return async (request) => {
        const response = await inner(request);
        if (route('runflow', request, 'POST', tabs) && response.status === 201) {
          const created = responseJson(response);
          if (typeof created?.id === 'string') createdOrder.push(created.id);
        }
        const answer = route('runflow', request, 'GET', tabs) && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.tabs)) return response;
        const position = (id: string) => {
          const index = createdOrder.indexOf(id);
          return index === -1 ? Number.MAX_SAFE_INTEGER : index;
        };
        const ordered = [...answer.tabs].sort((a, b) => a.sortOrder - b.sortOrder || position(a.id) - position(b.id));
        return withResponseJson(response, { ...answer, tabs: ordered });
      };
    },
    probe: async (client) => {
      await client.call('POST', tabs, { body: { agentId: 'agent-variant', name: 'Vendas', sortOrder: 0 } });
      await client.call('POST', tabs, { body: { agentId: 'agent-variant', name: 'Alertas', sortOrder: 0 } });
      return (await client.call('GET', `${tabs}?agentId=agent-variant`)).json.tabs.map((tab: { name: string }) => tab.name);
    },
  },
  {
    id: 'runtype.responses.request-id-and-rate-limit-headers',
    api: 'runtype',
    difference: 'Every answer also carries X-Request-Id, X-RateLimit-Limit and X-RateLimit-Remaining headers',
    faithful: 'The reference documents statuses and JSON bodies, no response header; "429 Too Many Requests — rate limit exceeded" names a limit without saying how it is announced',
    wrap: (inner) => {
      let served = 0;
      return async (request) => {
        const response = await inner(request);
        served++;
        const extra = { 'x-request-id': `rq_${String(served).padStart(8, '0')}`, 'x-ratelimit-limit': '600', 'x-ratelimit-remaining': String(Math.max(0, 600 - served)) };
        return { ...response, headers: { ...response.headers, ...extra } };
      };
    },
    probe: async (client) => {
      const answer = await client.call('GET', '/flows');
      return [answer.headers['x-request-id'] ?? null, answer.headers['x-ratelimit-remaining'] ?? null];
    },
  },
  {
    id: 'intent-runs.runs.stream-frames-without-ids',
    api: 'intent-runs',
    difference: 'GET /v1/runs/{runId}/sse sends its frames without id: lines (event and data only), so a reconnecting client gets no Last-Event-ID to resume from',
    faithful: 'The documentation says only "text/event-stream — Server-sent events stream with run updates"; event ids are optional in the SSE format, and the stream\'s events are x-designed ("event names and payloads are designed")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!route('intent-runs', request, 'GET', '/v1/runs/{runId}/sse') || response.status !== 200 || !response.stream) return response;
      const text = await new Response(response.stream).text();
      return { ...response, stream: streamOf(text.replace(/^id: [^\n]*\n/gm, '')) };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/runs', { body: { intent: 'Summarise the latest sales data', selectedCustomerIntegrationIds: ['*'], context: 'Q4 only', userId: 'user-variant' } })).json;
      return (await client.call('GET', `/v1/runs/${created.runId}/sse`, { readStream: true })).text.split('\n').filter((line) => line.startsWith('id:')).length;
    },
  },
  {
    id: 'agentruntime.workflows.listed-by-name',
    api: 'agentruntime',
    difference: 'GET /v1/workflows lists the project\'s workflows by name (A to Z) instead of newest first; limit and cursor page through that order, every workflow once',
    faithful: 'The documentation says only "GET /v1/workflows viewer+ List workflows"; the contract marks the order designed ("The order (newest first) and the inclusion of archived … are designed")',
    wrap: (inner) => async (request) => {
      if (!route('agentruntime', request, 'GET', '/v1/workflows')) return inner(request);
      const first = await inner(request);
      if (!succeeded(first)) return first;
      const every = await everyCursorItem(inner, request, (page) => (typeof page.next_cursor === 'string' ? page.next_cursor : null));
      if (!every) return first;
      const byName = [...(every as { name?: string }[])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
      const limit = Number(queryOf(request).get('limit') ?? 50);
      const offset = offsetOf(queryOf(request).get('cursor'));
      const next = offset + limit < byName.length ? btoa(String(offset + limit)) : null;
      return withResponseJson(first, { data: byName.slice(offset, offset + limit), next_cursor: next });
    },
    probe: async (client) => {
      for (const name of ['Weekly digest', 'Churn alert', 'Lead summary']) await client.call('POST', '/v1/workflows', { body: { name } });
      return (await client.call('GET', '/v1/workflows')).json.data.map((workflow: { name: string }) => workflow.name);
    },
  },
  {
    id: 'agentruntime.memory-jobs.queued-when-started',
    api: 'agentruntime',
    difference: 'POST /v1/memory/extract/batch answers the job as queued with nothing processed yet; GET /v1/memory/extract/{jobId} then shows it completed, as the mock does at once',
    faithful: 'The documentation names only "Batch extract jobs" and "Extract job status"; the contract marks the job\'s shape and status values designed ("queued → running → completed or failed")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const job = route('agentruntime', request, 'POST', '/v1/memory/extract/batch') && succeeded(response) ? responseJson(response) : undefined;
      return job?.status === 'completed' ? withResponseJson(response, { ...job, status: 'queued', processed: 0 }) : response;
    },
    probe: async (client) => {
      const job = (await client.call('POST', '/v1/memory/extract/batch', { body: { items: ['mem-3a1', 'mem-3a4'] } })).json;
      const later = (await client.call('GET', `/v1/memory/extract/${job.id}`)).json;
      return [job.status, later.status];
    },
  },
];
