/**
 * Faithful variants: servers that differ from the mock only where the product
 * documentation is silent, most of them where the contract marks its own choice
 * `x-designed`. The suite may warn about them, but must not fail them: a
 * failure here is a false failure.
 */
import { acceptedAsSent, getsWithQuery, queryOf, requestJson, responseJson, route, succeeded, type Variant, withPath, withQuery, withRequestJson, withResponseJson } from './kit.ts';
import { splitUrl } from '../../mocks/stateful/message.ts';

const runtypeItems = ['/flows', '/agents', '/records', '/products', '/tools', '/secrets', '/model-configs', '/client-tokens', '/conversations', '/api-keys'].map((path) => `${path}/{id}`);
const reviewPath = '/api/v1/runtime/v1/observability/reviews/{reviewId}';
const createReviewPath = '/api/v1/runtime/v1/observability/executions/{executionId}/reviews';
const reviewBody = { agentId: 'agent-probe', rating: 'bad', comment: 'Gave the wrong business hours', priority: 'high' };

/** A JSON value with every string in it passed through `change`. */
function mapStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, mapStrings(child, change)]));
  return value;
}

/** Rewrites every ISO 8601 instant `…T12:00:00.000Z` in a JSON value to the equal `…T12:00:00+00:00`. */
function offsetForm(value: unknown): unknown {
  return mapStrings(value, (text) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text) ? `${text.slice(0, 19)}+00:00` : text));
}

export const variants: Variant[] = [
  {
    id: 'runflow.reviews.uuid-ids',
    api: 'runflow',
    difference: 'Review ids are UUIDs (8f0c…-…) instead of the mock\'s rev-… ids',
    faithful: 'The documentation shows ids only as placeholders ("id", :reviewId); the contract gives an id no format',
    wrap: (inner) => {
      const outward = new Map<string, string>();
      const inward = new Map<string, string>();
      let counter = 0;
      const alias = (id: string) => {
        if (!outward.has(id)) {
          const alternative = `8f0c${String(++counter).padStart(4, '0')}-5e2a-4c1b-9d7e-${String(counter).padStart(12, '0')}`;
          outward.set(id, alternative);
          inward.set(alternative, id);
        }
        return outward.get(id)!;
      };
      return async (request) => {
        const { pathname } = splitUrl(request.url);
        const translated = pathname.split('/').map((segment) => inward.get(decodeURIComponent(segment)) ?? segment).join('/');
        const response = await inner(translated === pathname ? request : withPath(request, translated));
        const answer = responseJson(response);
        if (!answer) return response;
        // Wherever a review id appears: `id`, the exists answer's review, the export's metadata.review_id.
        return withResponseJson(response, mapStrings(answer, (text) => (/^rev-[0-9a-z]+$/.test(text) ? alias(text) : text)));
      };
    },
    probe: async (client) => (await client.call('POST', createReviewPath.replace('{executionId}', 'exec-probe'), { body: reviewBody })).json.id.startsWith('rev-'),
  },
  {
    id: 'runflow.reviews.patch-ignores-unknown-fields',
    api: 'runflow',
    difference: 'PATCH /reviews/{id} ignores fields outside the allowed list (200) instead of refusing them with 400',
    faithful: 'The documentation lists the allowed fields without saying others are refused; the contract marks the 400 designed ("a server may ignore it instead")',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route('runflow', request, 'PATCH', reviewPath) || !body || typeof body !== 'object' || Array.isArray(body)) return inner(request);
      const allowed = ['status', 'actionTaken', 'resolutionNotes', 'correctedOutput', 'comment', 'priority', 'tags'];
      const kept = Object.fromEntries(Object.entries(body).filter(([name]) => allowed.includes(name)));
      if (Object.keys(kept).length === Object.keys(body).length) return inner(request);
      return Object.keys(kept).length > 0 ? inner(withRequestJson(request, kept)) : inner({ ...request, method: 'GET', body: '' });
    },
    probe: async (client) => {
      const created = (await client.call('POST', createReviewPath.replace('{executionId}', 'exec-probe'), { body: reviewBody })).json;
      return (await client.call('PATCH', reviewPath.replace('{reviewId}', created.id), { body: { priority: 'low', reviewer: 'qa-bot' } })).status;
    },
  },
  {
    id: 'runflow.timestamps.offset-form',
    api: 'runflow',
    difference: 'Instants are written 2026-05-20T12:00:00+00:00 (no milliseconds, numeric offset) instead of 2026-05-20T12:00:00.000Z',
    faithful: 'The documentation says "ISO 8601"; both forms are ISO 8601 / RFC 3339 date-times',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = responseJson(response);
      return answer === undefined ? response : withResponseJson(response, offsetForm(answer));
    },
    probe: async (client) => (await client.call('POST', createReviewPath.replace('{executionId}', 'exec-probe'), { body: reviewBody })).json.createdAt.endsWith('Z'),
  },
  {
    id: 'runtype.lists.default-limit-20',
    api: 'runtype',
    difference: 'A list without limit serves 20 items per page instead of 50',
    faithful: 'The reference\'s example uses limit=50 but states no default; the contract marks its default 50 designed',
    wrap: (inner) => (request) => {
      const list = getsWithQuery('runtype', request, 'limit') && !queryOf(request).has('limit');
      return inner(list ? withQuery(request, (query) => query.set('limit', '20')) : request);
    },
    probe: async (client) => {
      for (let index = 0; index < 21; index++) await client.call('POST', '/tools', { body: { name: `tool_${index}`, description: 'A probe tool' } });
      return (await client.call('GET', '/tools')).json.data.length;
    },
  },
  {
    id: 'runtype.deletes.answer-200-with-body',
    api: 'runtype',
    difference: 'DELETE /x/{id} answers 200 {"id", "deleted": true} instead of 204',
    faithful: 'The reference documents no single-resource route at all; the contract infers the deletes (x-designed) and their 204',
    wrap: (inner) => async (request) => {
      const removed = runtypeItems.map((path) => route('runtype', request, 'DELETE', path)).find(Boolean);
      const response = await inner(request);
      return removed && response.status === 204 ? { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: removed.id, deleted: true }) } : response;
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/tools', { body: { name: 'probe', description: 'A probe tool' } })).json;
      return (await client.call('DELETE', `/tools/${created.id}`)).status;
    },
  },
  {
    id: 'runtype.creates.answer-200',
    api: 'runtype',
    difference: 'Every create (POST /flows, /records, …) answers 200 instead of 201',
    faithful: 'The reference gives neither the status nor the body of a create; the contract marks its 201 designed',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return request.method === 'POST' && response.status === 201 ? { ...response, status: 200 } : response;
    },
    probe: async (client) => (await client.call('POST', '/tools', { body: { name: 'probe', description: 'A probe tool' } })).status,
  },
  {
    id: 'agentruntime.errors.extra-details',
    api: 'agentruntime',
    difference: 'Error bodies also carry trace_id and docs_url (not secrets)',
    faithful: 'The documentation gives error statuses but no error body; the contract designs ErrorBody and leaves it open',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status >= 400 ? responseJson(response) : undefined;
      if (typeof answer?.code !== 'string') return response;
      return withResponseJson(response, { ...answer, trace_id: `trace-${answer.request_id ?? 'none'}`, docs_url: `https://docs.agentruntime.io/errors/${answer.code}` });
    },
    probe: async (client) => 'docs_url' in (await client.call('POST', '/v1/workflows', { body: {} })).json,
  },
  {
    id: 'agentruntime.workflows.longer-names',
    api: 'agentruntime',
    difference: 'Workflow names up to 500 characters are accepted (the contract caps them at 200)',
    faithful: 'The documentation shows no workflow body; the contract marks CreateWorkflowRequest and UpdateWorkflowRequest designed, bounds included',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      const writes = route('agentruntime', request, 'POST', '/v1/workflows') || route('agentruntime', request, 'PATCH', '/v1/workflows/{id}');
      if (!writes || typeof body?.name !== 'string' || body.name.length <= 200 || body.name.length > 500) return inner(request);
      return acceptedAsSent(inner, request, body, 'name', body.name.slice(0, 200));
    },
    probe: async (client) => (await client.call('POST', '/v1/workflows', { body: { name: 'w'.repeat(250) } })).status,
  },
  {
    id: 'agentruntime.lists.default-limit-25',
    api: 'agentruntime',
    difference: 'A list without limit serves 25 items per page instead of 50',
    faithful: 'The documentation shows no paging; the contract marks limit, its bounds and its default designed',
    wrap: (inner) => (request) => {
      const list = getsWithQuery('agentruntime', request, 'limit') && !queryOf(request).has('limit');
      return inner(list ? withQuery(request, (query) => query.set('limit', '25')) : request);
    },
    probe: async (client) => {
      for (let index = 0; index < 26; index++) await client.call('POST', '/v1/agents', { body: { name: `agent-${index}` } });
      return (await client.call('GET', '/v1/agents')).json.data.length;
    },
  },
  {
    id: 'intent-runs.validation.422-for-invalid-body',
    api: 'intent-runs',
    difference: 'An invalid request is refused with 422 instead of 400',
    faithful: 'The documentation gives only success responses; the contract marks its 400 (BadRequest) designed',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (response.status !== 400) return response;
      const answer = responseJson(response);
      return answer ? withResponseJson({ ...response, status: 422 }, { ...answer, statusCode: 422, error: 'Unprocessable Entity' }) : { ...response, status: 422 };
    },
    probe: async (client) => (await client.call('POST', '/v1/runs', { body: {} })).status,
  },
  {
    id: 'intent-runs.runs.list-as-bare-array',
    api: 'intent-runs',
    difference: 'GET /v1/runs answers a bare array of runs, without the {data, page, pageSize, total} envelope',
    faithful: 'The documentation shows a run\'s fields, not the list\'s envelope; the contract\'s RunList says a bare array "follows the seed as well"',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route('intent-runs', request, 'GET', '/v1/runs') && succeeded(response) ? responseJson(response) : undefined;
      return Array.isArray(answer?.data) ? withResponseJson(response, answer.data) : response;
    },
    probe: async (client) => Array.isArray((await client.call('GET', '/v1/runs')).json),
  },
];

/** The unmodified mock of each API: a run that fails one of these makes every other figure meaningless. */
export const controls: Variant[] = ['runflow', 'intent-runs', 'runtype', 'agentruntime'].map((api) => ({
  id: `${api}.control.unmodified-mock`,
  api,
  difference: 'none: the project\'s stateful mock as it is',
  faithful: 'the mock is the contract\'s reference server',
  wrap: (inner) => inner,
  probe: async () => undefined,
}));

