/**
 * Novel faithful variants: servers that differ from the mock only where the
 * product documentation is silent (a status the seed never gives, the order
 * of unsorted query rows, what an execution without a review carries, the
 * wording of a validation message). Written blind to the suite, like the
 * novel faults; it may warn, never fail.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { requestJson, responseJson, type Respond, route, type Variant, withRequestJson, withResponseJson } from '../kit.ts';
import { runBody } from '../probe-fixtures.ts';

const observability = '/api/v1/runtime/v1/observability';
const eventQuery = `${observability}/events/query`;

/** Every row a raw query selects, in the server's order, read 1000 at a time; undefined when the query is refused. */
async function everyRow(inner: Respond, request: MockRequest, body: Record<string, unknown>): Promise<unknown[] | undefined> {
  const rows: unknown[] = [];
  for (let offset = 0; offset < 1_000_000; offset += 1000) {
    const answer = responseJson(await inner(withRequestJson(request, { ...body, offset, limit: 1000 })));
    if (!Array.isArray(answer?.rows)) return undefined;
    rows.push(...answer.rows);
    if (answer.rows.length < 1000 || rows.length >= answer.total) break;
  }
  return rows;
}

/** A plain wording per stable code, as a hand-written validation layer would put it. */
const wordingOfCode: Record<string, string> = {
  MISSING_REQUIRED_FIELD: 'is required',
  INVALID_TYPE: 'has the wrong type',
  INVALID_ENUM: 'is not one of the allowed values',
  OUT_OF_RANGE: 'is out of range',
  INVALID_FORMAT: 'is not in the expected format',
  UNRECOGNIZED_KEYS: 'is not a field this request takes',
};

export const novelVariants: Variant[] = [
  {
    id: 'intent-runs.runs.create-answers-200',
    api: 'intent-runs',
    difference: 'POST /v1/runs answers 200 with the new run instead of 201',
    faithful: 'Create a new Run lists the body and "Responses" without a status; the contract marks its 201 x-designed ("the seed gives neither the status nor the body of this answer")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route('intent-runs', request, 'POST', '/v1/runs') && response.status === 201 ? { ...response, status: 200 } : response;
    },
    probe: async (client) => (await client.call('POST', '/v1/runs', { body: runBody() })).status,
  },
  {
    id: 'agentruntime.workflows.archive-answers-204',
    api: 'agentruntime',
    difference: 'DELETE /v1/workflows/{id} answers 204 without a body instead of 200 with the archived workflow; a GET shows it archived either way',
    faithful: 'The documentation says only "DELETE /v1/workflows/{id} contributor+ Archive workflow"; the contract marks its 200 x-designed ("The seed gives no success status for archiving; 200 with the archived workflow is this contract\'s")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route('agentruntime', request, 'DELETE', '/v1/workflows/{id}') && response.status === 200 ? { status: 204, headers: {}, body: null } : response;
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Quarterly report' } })).json;
      return (await client.call('DELETE', `/v1/workflows/${workflow.id}`)).status;
    },
  },
  {
    id: 'runflow.events.query-raw-oldest-first',
    api: 'runflow',
    difference: 'POST /events/query in raw mode without sortBy returns rows oldest first (the event store\'s natural order) instead of most recent first; with sortBy the order is the same',
    faithful: 'Query events documents "sortBy / sortOrder … Result ordering" and nothing about the order of a query that names no sortBy; the feed, not the query, is documented "Most-recent-first"',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      const unsorted = route('runflow', request, 'POST', eventQuery) && body && typeof body === 'object' && (body.mode ?? 'raw') === 'raw' && body.sortBy === undefined;
      if (!unsorted) return inner(request);
      const asked = await inner(request);
      const answer = asked.status === 200 || asked.status === 201 ? responseJson(asked) : undefined;
      if (!Array.isArray(answer?.rows)) return asked;
      const rows = await everyRow(inner, request, body);
      if (!rows) return asked;
      const offset = typeof body.offset === 'number' ? body.offset : 0;
      const limit = typeof body.limit === 'number' ? body.limit : 100;
      return withResponseJson(asked, { ...answer, rows: rows.reverse().slice(offset, offset + limit) });
    },
    probe: async (client) => {
      await client.call('POST', `${observability}/events`, { body: { events: [10, 30, 20].map((amount) => ({ eventName: 'sale', properties: { amount } })) } });
      return (await client.call('POST', eventQuery, { body: { eventName: 'sale', columns: ['amount'] } })).json.rows.map((row: { amount: number }) => row.amount);
    },
  },
  {
    id: 'runflow.reviews-exists.null-review-when-absent',
    api: 'runflow',
    difference: 'GET …/executions/{executionId}/reviews/exists answers { "exists": false, "review": null } for an execution without a review, instead of { "exists": false }',
    faithful: 'The documentation shows only the answer for an execution that has a review ({ "exists": true, "review": {…} }); the contract marks the closed { exists: false } shape x-designed ("the seed shows only the true case")',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route('runflow', request, 'GET', `${observability}/executions/{executionId}/reviews/exists`) && response.status === 200 ? responseJson(response) : undefined;
      return answer?.exists === false ? withResponseJson(response, { exists: false, review: null }) : response;
    },
    probe: async (client) => (await client.call('GET', `${observability}/executions/exec-variant-none/reviews/exists`)).json,
  },
  {
    id: 'runtype.validation.other-detail-messages',
    api: 'runtype',
    difference: 'The details of a 400 word their message as "<path> is required", "<path> has the wrong type", … instead of the mock\'s "Invalid input: expected …, received …"; code, path and suggestion stay',
    faithful: 'Validation errors (400) make the code the stable part ("so you can branch on the failure type without string-matching the message") and describe message only as "Human-readable description of the problem"',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = response.status === 400 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.details)) return response;
      const details = answer.details.map((detail: { code?: string; path?: string }) => ({ ...detail, message: `${detail.path || 'The request body'} ${wordingOfCode[detail.code ?? ''] ?? 'is invalid'}` }));
      return withResponseJson(response, { ...answer, details });
    },
    probe: async (client) => (await client.call('POST', '/records', { body: { type: 'faq' } })).json.details.map((detail: { message: string }) => detail.message),
  },
];
