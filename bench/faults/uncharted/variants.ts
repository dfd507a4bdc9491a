/**
 * Uncharted faithful variants: servers that differ from the mock only where
 * the product documentation is silent (how an average is rounded, the order
 * of a cursor list, the shape of an error body, the
 * success status of a revoke and of run control). Written blind to the
 * suite, like the uncharted faults; it may warn, never fail.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { everyCursorItem, everyOffsetItem, queryOf, requestJson, responseJson, route, succeeded, type Variant, withQuery, withResponseJson } from '../kit.ts';
import { approvalWorkflow } from '../probe-fixtures.ts';

const observability = '/api/v1/runtime/v1/observability';
const reviews = `${observability}/reviews`;

/** This variant's own opaque cursor over an offset; null for a cursor it did not issue. */
const ownCursor = (offset: number) => `asc_${btoa(String(offset)).replace(/=+$/, '')}`;
function offsetOfOwn(cursor: string): number | null {
  if (!cursor.startsWith('asc_')) return null;
  try {
    const offset = Number(atob(cursor.slice(4)));
    return Number.isInteger(offset) && offset >= 0 ? offset : null;
  } catch {
    return null;
  }
}

export const unchartedVariants: Variant[] = [
  {
    id: 'runflow.reviews-stats.average-unrounded',
    api: 'runflow',
    difference: 'GET /reviews/stats answers avgResolutionHours at full precision instead of rounded to two decimals',
    faithful: 'Stats names avgResolutionHours and nothing about its precision; the contract describes it only as the mean hours from creation to resolution',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route('runflow', request, 'GET', `${reviews}/stats`) && response.status === 200 ? responseJson(response) : undefined;
      const agentId = queryOf(request).get('agentId');
      if (typeof answer?.avgResolutionHours !== 'number' || !agentId) return response;
      const listing: MockRequest = { ...request, url: `${reviews}?agentId=${encodeURIComponent(agentId)}&status=resolved`, body: '' };
      const resolved = ((await everyOffsetItem(inner, listing, 'reviews')) ?? []).filter((review) => review.resolvedAt);
      if (resolved.length === 0) return response;
      const hours = resolved.map((review) => (Date.parse(review.resolvedAt) - Date.parse(review.createdAt)) / 3_600_000);
      return withResponseJson(response, { ...answer, avgResolutionHours: hours.reduce((sum, value) => sum + value, 0) / hours.length });
    },
    probe: async (client) => {
      const created = (await client.call('POST', `${observability}/executions/exec-variant-avg/reviews`, { body: { agentId: 'agent-variant', rating: 'bad', comment: 'Answered in the wrong language', priority: 'low' } })).json;
      await client.call('PATCH', `${reviews}/${created.id}`, { body: { status: 'resolved', resolutionNotes: 'Language pinned in the prompt' } });
      return (await client.call('GET', `${reviews}/stats?agentId=agent-variant`)).json.avgResolutionHours;
    },
  },
  {
    id: 'runtype.records.listed-oldest-first',
    api: 'runtype',
    difference: 'GET /records lists the account\'s records oldest first, with cursors of its own form; limit, nextCursor and hasMore page through that order, every record once',
    faithful: 'The reference says only "List endpoints support cursor-based pagination" and shows an opaque nextCursor; the contract marks the order designed ("newest first (the order is designed)")',
    wrap: (inner) => async (request) => {
      if (!route('runtype', request, 'GET', '/records')) return inner(request);
      const cursor = queryOf(request).get('cursor');
      const offset = cursor === null ? 0 : offsetOfOwn(cursor);
      if (offset === null) return inner(request);
      const withoutCursor = withQuery(request, (search) => search.delete('cursor'));
      const first = await inner(withoutCursor);
      if (!succeeded(first)) return first;
      const every = await everyCursorItem(inner, withoutCursor, (page) => page.pagination?.nextCursor ?? null);
      if (!every) return first;
      const limit = responseJson(first)?.pagination?.limit ?? 50;
      const oldestFirst = [...every].reverse();
      const hasMore = offset + limit < oldestFirst.length;
      return withResponseJson(first, { data: oldestFirst.slice(offset, offset + limit), pagination: { nextCursor: hasMore ? ownCursor(offset + limit) : null, hasMore, limit } });
    },
    probe: async (client) => {
      for (const name of ['Acme', 'Globex', 'Initech']) await client.call('POST', '/records', { body: { type: 'customer', name } });
      return (await client.call('GET', '/records')).json.data.map((record: { name: string }) => record.name);
    },
  },
  {
    id: 'intent-runs.errors.nested-error-object',
    api: 'intent-runs',
    difference: 'Every error answers { error: { status, code, message } } (a code such as not_found, the message of the mock) instead of { statusCode, error, message }, with the same statuses',
    faithful: 'The documentation shows no error body for any operation; the contract marks the whole error body designed ("the seed shows no error body")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status >= 400 ? responseJson(response) : undefined;
      if (typeof answer?.statusCode !== 'number') return response;
      const code = String(answer.error ?? 'error').toLowerCase().replace(/\W+/g, '_');
      return withResponseJson(response, { error: { status: answer.statusCode, code, message: answer.message } });
    },
    probe: async (client) => (await client.call('GET', '/v1/runs/00000000-0000-4000-8000-0000000000ff')).json,
  },
  {
    id: 'agentruntime.pats.revoke-answers-200',
    api: 'agentruntime',
    difference: 'DELETE /v1/pats/{id} answers 200 with the revoked token\'s metadata (and revoked: true) instead of 204 without a body',
    faithful: 'The documentation gives "DELETE /v1/pats/{id} contributor+ Revoke token" and no status; the contract marks 204 designed ("The seed gives no success status; 204 is this contract\'s")',
    wrap: (inner) => async (request) => {
      const revoked = route('agentruntime', request, 'DELETE', '/v1/pats/{id}');
      if (!revoked) return inner(request);
      const listed = await everyCursorItem(inner, { ...request, method: 'GET', url: '/v1/pats', body: '' }, (page) => (typeof page.next_cursor === 'string' ? page.next_cursor : null));
      const response = await inner(request);
      const pat = (listed as { id?: string }[] | undefined)?.find((item) => item.id === revoked.id);
      return response.status === 204 && pat ? withResponseJson({ ...response, status: 200 }, { ...pat, revoked: true }) : response;
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/pats', { body: { name: 'Nightly export' } })).json;
      return (await client.call('DELETE', `/v1/pats/${created.id}`)).status;
    },
  },
  {
    id: 'agentruntime.run-control.commands-answer-202',
    api: 'agentruntime',
    difference: 'POST /v1/workflows/{id}/command answers pause, resume and stop with 202 Accepted (the run as it stands) instead of 200',
    faithful: 'The documentation gives the commands and their effects, no status; the contract marks the 200 designed ("The seed gives no success status or body; 200 with the run is this contract\'s")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const body = requestJson(request);
      const controlled = route('agentruntime', request, 'POST', '/v1/workflows/{id}/command') && ['pause', 'resume', 'stop'].includes(body?.command);
      return controlled && response.status === 200 ? { ...response, status: 202 } : response;
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: approvalWorkflow })).json;
      const run = (await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } })).json;
      return (await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'pause', params: { run_id: run.id } } })).status;
    },
  },
];

