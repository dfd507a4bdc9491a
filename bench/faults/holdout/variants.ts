/**
 * Holdout faithful variants: servers that differ from the mock only where the
 * product documentation is silent (the contract marks each of these choices
 * x-designed, or leaves it unconstrained). The suite may warn, never fail.
 */
import { queryOf, responseJson, route, succeeded, type Variant, withQuery, withResponseJson } from '../kit.ts';

const dashboardUpserts = ['/api/v1/runtime/observability/dashboard-tabs', '/api/v1/runtime/observability/dashboard-cards'];

/** Runtype cursors in another opaque form: `pg_` and the hex of the mock's own cursor, both ways. */
const opaqueCursor = (cursor: string) => `pg_${Buffer.from(cursor, 'utf8').toString('hex')}`;
function mockCursor(cursor: string): string | undefined {
  if (!/^pg_(?:[0-9a-f]{2})+$/.test(cursor)) return undefined;
  return Buffer.from(cursor.slice(3), 'hex').toString('utf8');
}

export const holdoutVariants: Variant[] = [
  {
    id: 'runflow.dashboards.upserts-answer-200',
    api: 'runflow',
    difference: 'POST /dashboard-tabs and /dashboard-cards answer 200 whether they created or updated (created: true tells which) instead of 201 for a new one',
    faithful: 'The documentation gives the upserts\' bodies ({ success, created, id, tab }) but no status; the contract marks 201 and 200 designed',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const upsert = dashboardUpserts.some((path) => route('runflow', request, 'POST', path) !== undefined);
      return upsert && response.status === 201 ? { ...response, status: 200 } : response;
    },
    probe: async (client) => (await client.call('POST', dashboardUpserts[0]!, { body: { agentId: 'agent-probe', name: 'Vendas' } })).status,
  },
  {
    id: 'runtype.cursors.other-opaque-form',
    api: 'runtype',
    difference: 'List cursors look like pg_6375725f4d513 (hex) instead of cur_MTI (base64 of a sequence); each page and each cursor still mean the same',
    faithful: 'The documentation shows one example cursor ("rec_abc123") and says nothing of its form; the contract calls it opaque and gives it no pattern',
    wrap: (inner) => async (request) => {
      const sent = request.method === 'GET' ? queryOf(request).get('cursor') : null;
      const translated = sent ? mockCursor(sent) : undefined;
      const response = await inner(translated ? withQuery(request, (query) => query.set('cursor', translated)) : request);
      const answer = succeeded(response) ? responseJson(response) : undefined;
      if (typeof answer?.pagination?.nextCursor !== 'string') return response;
      return withResponseJson(response, { ...answer, pagination: { ...answer.pagination, nextCursor: opaqueCursor(answer.pagination.nextCursor) } });
    },
    probe: async (client) => {
      await client.call('POST', '/tools', { body: { name: 'first', description: 'The first tool' } });
      await client.call('POST', '/tools', { body: { name: 'second', description: 'The second tool' } });
      return (await client.call('GET', '/tools?limit=1')).json.pagination.nextCursor.startsWith('cur_');
    },
  },
  {
    id: 'intent-runs.runs.list-oldest-first',
    api: 'intent-runs',
    difference: 'GET /v1/runs lists the oldest run first instead of the newest',
    faithful: 'The documentation says "a paginated list of runs" and names no order; the contract\'s description says its newest-first order is designed',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route('intent-runs', request, 'GET', '/v1/runs') && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.data) || typeof answer.total !== 'number') return response;
      // Every matching run, newest first as the mock orders them, then the asked-for page of the reverse.
      const all: unknown[] = [];
      for (let page = 1; all.length < answer.total && page <= 1000; page++) {
        const pageOfHundred = (query: URLSearchParams) => {
          query.set('page', String(page));
          query.set('pageSize', '100');
        };
        const chunk = responseJson(await inner(withQuery(request, pageOfHundred)));
        if (!Array.isArray(chunk?.data) || chunk.data.length === 0) break;
        all.push(...chunk.data);
      }
      const first = (answer.page - 1) * answer.pageSize;
      return withResponseJson(response, { ...answer, data: all.reverse().slice(first, first + answer.pageSize) });
    },
    probe: async (client) => {
      await client.call('POST', '/v1/runs', { body: { intent: 'older', selectedCustomerIntegrationIds: ['*'], context: 'probe', userId: 'user-probe' } });
      await client.call('POST', '/v1/runs', { body: { intent: 'newer', selectedCustomerIntegrationIds: ['*'], context: 'probe', userId: 'user-probe' } });
      return (await client.call('GET', '/v1/runs')).json.data.map((run: { intent: string }) => run.intent);
    },
  },
  {
    id: 'agentruntime.errors.problem-json',
    api: 'agentruntime',
    difference: 'Error answers are application/problem+json (RFC 9457) and also carry type, title and status next to code, message and request_id',
    faithful: 'The documentation gives error statuses only, no error body or media type; the contract marks its ErrorBody designed and leaves it open',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status >= 400 ? responseJson(response) : undefined;
      if (typeof answer?.code !== 'string') return response;
      const problem = { type: `https://docs.agentruntime.io/errors/${answer.code}`, title: answer.message, status: response.status, ...answer };
      const headers = { ...response.headers, 'content-type': 'application/problem+json' };
      return { ...response, headers, body: JSON.stringify(problem) };
    },
    probe: async (client) => (await client.call('POST', '/v1/workflows', { body: {} })).headers['content-type'],
  },
];
