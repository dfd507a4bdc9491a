/**
 * Unseen faithful variants: servers that differ from the mock only where the
 * product documentation is silent (another order, a documented-optional field
 * left out, another designed status, another form of a generated key). Written
 * blind to the suite, like the unseen faults; it may warn, never fail.
 */
import { objectsIn, requestJson, responseJson, route, succeeded, type Variant, withQuery, withRequestJson, withResponseJson } from '../kit.ts';
import { runBody } from '../probe-fixtures.ts';

const reviews = '/api/v1/runtime/v1/observability/reviews';
const createReview = '/api/v1/runtime/v1/observability/executions/{executionId}/reviews';
const reviewBody = { agentId: 'agent-probe', rating: 'bad', comment: 'Gave the wrong business hours', priority: 'high' };

/** The mock's generated repeat keys: `rk-` and a uuid. */
const generatedKey = /^rk-([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/;

export const unseenVariants: Variant[] = [
  {
    id: 'runflow.reviews.list-oldest-first',
    api: 'runflow',
    difference: 'GET /reviews lists the oldest review first instead of the newest; limit, offset, total and every filter mean the same',
    faithful: 'List reviews gives query params and no order; the contract\'s description says its order, newest first, is designed',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route('runflow', request, 'GET', reviews) && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.reviews) || typeof answer.total !== 'number') return response;
      // Every matching review, newest first as the mock orders them, then the asked-for page of the reverse.
      const all: unknown[] = [];
      for (let offset = 0; all.length < answer.total && offset < 100_000; offset += 100) {
        const chunk = responseJson(
          await inner(
            withQuery(request, (query) => {
              query.set('limit', '100');
              query.set('offset', String(offset));
            }),
          ),
        );
        if (!Array.isArray(chunk?.reviews) || chunk.reviews.length === 0) break;
        all.push(...chunk.reviews);
      }
      return withResponseJson(response, { ...answer, reviews: all.reverse().slice(answer.offset, answer.offset + answer.limit) });
    },
    probe: async (client) => {
      await client.call('POST', createReview.replace('{executionId}', 'exec-probe-older'), { body: reviewBody });
      await client.call('POST', createReview.replace('{executionId}', 'exec-probe-newer'), { body: reviewBody });
      return (await client.call('GET', reviews)).json.reviews.map((review: { executionId: string }) => review.executionId);
    },
  },
  {
    id: 'runtype.validation.no-suggestions',
    api: 'runtype',
    difference: 'The details of a 400 carry code, message and path, never a suggestion',
    faithful: 'Validation errors (400): "suggestion — Optional actionable hint, such as the allowed values or accepted range"',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status === 400 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.details)) return response;
      const details = answer.details.map(({ suggestion, ...detail }: { suggestion?: string }) => (void suggestion, detail));
      return withResponseJson(response, { ...answer, details });
    },
    probe: async (client) => (await client.call('GET', '/tools?limit=0')).json.details.some((detail: object) => 'suggestion' in detail),
  },
  {
    id: 'intent-runs.approval.answers-200',
    api: 'intent-runs',
    difference: 'GET /v1/runs/approval answers 200 with no content instead of 204',
    faithful: 'The documentation says only "No content" for the approval; the contract marks both 200 and 204 x-designed ("the seed says \'No content\' without a status")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route('intent-runs', request, 'GET', '/v1/runs/approval') && response.status === 204 ? { status: 200, headers: {}, body: null } : response;
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/runs', { body: runBody({ approvalStrategy: 'PLAN' }) })).json;
      const events = (await client.call('GET', `/v1/runs/${created.runId}?includeEvents=true`)).json.events as { text?: string }[];
      const token = events.map((event) => /apr_[A-Za-z0-9]+/.exec(event.text ?? '')?.[0]).find(Boolean);
      return (await client.call('GET', `/v1/runs/approval?token=${token}`)).status;
    },
  },
  {
    id: 'intent-runs.runs.repeat-keys-other-form',
    api: 'intent-runs',
    difference: 'A generated repeatKey reads rpt_<32 hex digits> instead of rk-<uuid>; a key the client chose is shown as sent, and either repeats its run',
    faithful: 'The documentation says only "Key passed or generated during creation to repeat the run later"; the contract gives a generated key no form (its only bound, minLength, is x-designed)',
    wrap: (inner) => {
      const issued = new Map<string, string>();
      const outward = (key: string) => {
        const parts = generatedKey.exec(key);
        if (!parts) return key;
        const shown = `rpt_${parts.slice(1).join('')}`;
        issued.set(shown, key);
        return shown;
      };
      return async (request) => {
        const body = requestJson(request);
        const repeats = route('intent-runs', request, 'POST', '/v1/runs') && typeof body?.repeatKey === 'string' && issued.has(body.repeatKey);
        const response = await inner(repeats ? withRequestJson(request, { ...body, repeatKey: issued.get(body.repeatKey) }) : request);
        const answer = succeeded(response) ? responseJson(response) : undefined;
        if (!answer) return response;
        const chosen = typeof body?.repeatKey === 'string' && !repeats ? body.repeatKey : undefined;
        for (const object of objectsIn(answer)) if (typeof object.runId === 'string' && typeof object.repeatKey === 'string' && object.repeatKey !== chosen) object.repeatKey = outward(object.repeatKey);
        return withResponseJson(response, answer);
      };
    },
    probe: async (client) => (await client.call('POST', '/v1/runs', { body: runBody() })).json.repeatKey.startsWith('rk-'),
  },
  {
    id: 'agentruntime.agents.delete-answers-200',
    api: 'agentruntime',
    difference: 'DELETE /v1/agents/{id} answers 200 with the agent as it was instead of 204 without a body',
    faithful: 'The documentation names "DELETE /v1/agents/{id} Delete agent" without a status or body; the contract marks its 204 x-designed ("The seed gives no success status")',
    wrap: (inner) => async (request) => {
      if (!route('agentruntime', request, 'DELETE', '/v1/agents/{id}')) return inner(request);
      const before = await inner({ ...request, method: 'GET', body: '' });
      const response = await inner(request);
      return response.status === 204 && before.status === 200 ? { status: 200, headers: { 'content-type': 'application/json' }, body: before.body } : response;
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/agents', { body: { name: 'Support triage' } })).json;
      return (await client.call('DELETE', `/v1/agents/${created.id}`)).status;
    },
  },
];
