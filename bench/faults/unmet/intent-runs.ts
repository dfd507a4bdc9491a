/**
 * Unmet faults for intent-runs (documentation: /work/shared/seeds/004).
 * Written blind to the suite: an abort that takes finished runs, a malformed
 * run id answered 500, an approval that ignores its token, a user filter that
 * matches prefixes, a client's repeat key thrown away, and a page size quietly
 * capped below the documented maximum.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { everyPageItem, type Fault, jsonResponse, objectsIn, queryOf, requestJson, responseJson, route, succeeded, withQuery, withRequestJson, withResponseJson } from '../kit.ts';
import { approvalTokensIn, runBody } from '../probe-fixtures.ts';

const api = 'intent-runs';
const runs = '/v1/runs';
const run = '/v1/runs/{runId}';
const stream = '/v1/runs/{runId}/sse';
const approval = '/v1/runs/approval';

const keyOf = (request: MockRequest) => request.header('x-api-key') ?? '';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The run id a request addresses under /v1/runs/{runId} (its stream included), never the approval route. */
function addressedRun(request: MockRequest): string | undefined {
  const found = route(api, request, '*', run) ?? route(api, request, '*', stream);
  return found && found.runId !== 'approval' ? found.runId : undefined;
}

export const intentRunsUnmetFaults: Fault[] = [
  {
    id: 'intent-runs.runs.abort-finished-run',
    api,
    family: 'validation',
    bug: 'DELETE /v1/runs/{runId} guards with status !== \'ABORTED\' (written to make a second abort harmless, the finished states forgotten): a COMPLETED or FAILED run is "aborted" with 200 and its status rewritten to ABORTED, so a finished report now reads as cancelled',
    documented: 'Abort a Run: "Aborts a running or queued run by its ID"; "200 Run successfully aborted"',
    caughtBy: 'a state-machine check: abort a run that has already completed, expect a refusal, and find the run still COMPLETED afterwards',
    wrap: (inner) => {
      const aborted = new Set<string>();
      const restamp = (answer: unknown) => {
        for (const object of objectsIn(answer)) if (typeof object.runId === 'string' && aborted.has(object.runId) && 'status' in object) object.status = 'ABORTED';
        return answer;
      };
      return async (request) => {
        const target = route(api, request, 'DELETE', run);
        const response = await inner(request);
        if (target && response.status === 409) {
          const current = responseJson(await inner({ ...request, method: 'GET', body: '' }));
          if (current?.status === 'COMPLETED' || current?.status === 'FAILED') {
            aborted.add(target.runId);
            return { status: 200, headers: {}, body: null };
          }
        }
        const answer = aborted.size > 0 && !response.stream ? responseJson(response) : undefined;
        return answer ? withResponseJson(response, restamp(answer)) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      await client.call('GET', `${runs}/${created.runId}/sse`, { readStream: true });
      const aborted = await client.call('DELETE', `${runs}/${created.runId}`);
      const read = (await client.call('GET', `${runs}/${created.runId}`)).json;
      return [aborted.status, read.status];
    },
  },
  {
    id: 'intent-runs.runs.malformed-id-500',
    api,
    family: 'status-and-headers',
    bug: 'The run routes pass the path\'s runId straight to a uuid column: an id that is not a uuid makes Postgres raise "invalid input syntax for type uuid", which reaches the client as 500 Internal Server Error for what is the client\'s own mistake',
    documented: 'Get Run details / Abort a Run / Server-Sent Events stream: "Path parameters runId string · uuid Required"',
    caughtBy: 'negative path parameters: a runId that is not a uuid, sent to each run route, must be refused as the client\'s error (4xx), never 5xx',
    wrap: (inner) => async (request) => {
      const runId = addressedRun(request);
      const response = await inner(request);
      if (runId === undefined || uuid.test(runId) || response.status !== 400) return response;
      return jsonResponse(500, { statusCode: 500, error: 'Internal Server Error', message: `invalid input syntax for type uuid: "${runId}"` });
    },
    probe: async (client) => {
      const read = await client.call('GET', `${runs}/run-1042`);
      const aborted = await client.call('DELETE', `${runs}/run-1042`);
      return [read.status, aborted.status];
    },
  },
  {
    id: 'intent-runs.approval.token-approves-oldest-waiting-run',
    api,
    family: 'authorization',
    bug: 'GET /v1/runs/approval looks the run up with findOne({ where: { approvalToken: token, accountId } }) while the entity property is named approval_token; the ORM drops the unknown key, and the account\'s oldest run awaiting approval is approved whatever token is sent',
    documented: 'Approve or deny a run or its individual steps: "GET /v1/runs/approval", "Query parameters token string Required"',
    caughtBy: 'two runs awaiting approval: approve the second with its own token, and find the second approved and the first still waiting',
    wrap: (inner) => {
      const waiting: { key: string; runId: string; token: string }[] = [];
      return async (request) => {
        if (route(api, request, 'GET', approval)) {
          const pending = waiting.filter((entry) => entry.key === keyOf(request));
          for (const oldest of pending) {
            const response = await inner(withQuery(request, (query) => query.set('token', oldest.token)));
            waiting.splice(waiting.indexOf(oldest), 1);
            if (succeeded(response)) return response;
          }
          return inner(request);
        }
        const response = await inner(request);
        const created = route(api, request, 'POST', runs) && response.status === 201 ? responseJson(response) : undefined;
        const [token] = approvalTokensIn(created);
        if (created && token) waiting.push({ key: keyOf(request), runId: created.runId, token });
        return response;
      };
    },
    probe: async (client) => {
      const first = (await client.call('POST', runs, { body: runBody({ approvalStrategy: 'PLAN' }) })).json;
      const second = (await client.call('POST', runs, { body: runBody({ approvalStrategy: 'PLAN', intent: 'Draft the churn report' }) })).json;
      await client.call('GET', `${approval}?token=${approvalTokensIn(second)[0]}`);
      const statuses = [];
      for (const created of [first, second]) statuses.push((await client.call('GET', `${runs}/${created.runId}`)).json.status);
      return statuses;
    },
  },
  {
    id: 'intent-runs.runs.user-filter-matches-prefix',
    api,
    family: 'filter',
    bug: 'GET /v1/runs filters userId with LIKE :userId || \'%\' because the Console\'s user picker searches as you type through the same repository method: ?userId=user-1 also returns the runs of user-12 and user-1042',
    documented: 'List Runs: "userId string Optional Filter runs by user ID"; Create a new Run: "userId string Required The ID of the user who is initiating the run"',
    caughtBy: 'a filter check with ids that share a prefix: runs of user-1 and user-12, listed for user-1, must be user-1\'s only',
    wrap: (inner) => {
      const userOfRun = new Map<string, string>();
      return async (request) => {
        const body = requestJson(request);
        const response = await inner(request);
        if (route(api, request, 'POST', runs) && response.status === 201 && typeof body?.userId === 'string') userOfRun.set(responseJson(response).runId, body.userId);
        const user = route(api, request, 'GET', runs) ? queryOf(request).get('userId') : null;
        const answer = user && response.status === 200 ? responseJson(response) : undefined;
        if (!user || !Array.isArray(answer?.data)) return response;
        const every = await everyPageItem(inner, withQuery(request, (query) => query.delete('userId')));
        if (!every) return response;
        const matching = every.filter((listed) => (userOfRun.get(listed.runId) ?? '').startsWith(user));
        const start = (Number(answer.page) - 1) * Number(answer.pageSize);
        return withResponseJson(response, { ...answer, data: matching.slice(start, start + Number(answer.pageSize)), total: matching.length });
      };
    },
    probe: async (client) => {
      for (const userId of ['user-1', 'user-12', 'user-2']) await client.call('POST', runs, { body: runBody({ userId }) });
      const listed = (await client.call('GET', `${runs}?userId=user-1`)).json;
      return [listed.total, listed.data.length];
    },
  },
  {
    id: 'intent-runs.runs.client-repeat-key-dropped',
    api,
    family: 'write-read',
    bug: 'The create DTO declares repeat_key, as the column is named, while clients send repeatKey; the validation whitelist strips the unknown property without a word, so a key the client chose is replaced by a generated one and a later run with that key is a new run, never a repeat',
    documented: 'Create a new Run: "repeatKey string Optional The key of the run to repeat"; the run: "repeatKey Key passed or generated during creation to repeat the run later", "repeatRunId The UUID of the run that was repeated"',
    caughtBy: 'write then read: create a run with a chosen repeatKey and find that key on it; create another with the same key and find repeatRunId naming the first',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', runs) || !body || typeof body !== 'object' || body.repeatKey === undefined) return inner(request);
      const { repeatKey, ...rest } = body;
      void repeatKey;
      return inner(withRequestJson(request, rest));
    },
    probe: async (client) => {
      const first = (await client.call('POST', runs, { body: runBody({ repeatKey: 'weekly-sales-summary' }) })).json;
      const again = (await client.call('POST', runs, { body: runBody({ repeatKey: 'weekly-sales-summary' }) })).json;
      return [first.repeatKey, again.repeatRunId === first.runId];
    },
  },
  {
    id: 'intent-runs.runs.page-size-capped-at-50',
    api,
    family: 'paging',
    bug: 'The repository clamps take to a shared MAX_PAGE_SIZE of 50 while skip is still computed from the pageSize asked for: pageSize=100 serves 50 runs a page, still echoes 100, and runs 51 to 100 of every page are never served',
    documented: 'List Runs: "pageSize number · min: 1 · max: 100 Optional Default: 10"; "page number · min: 1 · max: 1000 Optional Default: 1"',
    caughtBy: 'paging at the documented maximum: with more than 50 runs, pageSize=100 must serve them all on one page, and walking pages of 100 must see every run',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', runs) && response.status === 200 ? responseJson(response) : undefined;
      return Array.isArray(answer?.data) && answer.data.length > 50 ? withResponseJson(response, { ...answer, data: answer.data.slice(0, 50) }) : response;
    },
    probe: async (client) => {
      for (let index = 1; index <= 55; index++) await client.call('POST', runs, { body: runBody({ intent: `Summarise region ${index}` }) });
      const listed = (await client.call('GET', `${runs}?pageSize=100`)).json;
      return [listed.data.length, listed.total];
    },
  },
];
