/**
 * Uncharted faults for intent-runs (documentation: /work/shared/seeds/004).
 * Written blind to the suite: a create that needs no key, a page number
 * without its upper bound, an execution plan a client can choose, an
 * approval strategy dropped on the way in, a list without repeat keys, and a
 * status filter applied after the page is cut.
 */
import { type Fault, forgedOnCreate, queryIntegerAbove, queryOf, requestJson, responseJson, route, withHeaders, withQuery, withRequestJson, withResponseJson } from '../kit.ts';
import { runBody } from '../probe-fixtures.ts';

const api = 'intent-runs';
const runs = '/v1/runs';

export const intentRunsUnchartedFaults: Fault[] = [
  {
    id: 'intent-runs.runs.create-without-key',
    api,
    family: 'authorization',
    bug: 'POST /v1/runs was marked @Public() when the website\'s "try an intent" widget started posting to it; the controller falls back to a shared demo account when no x-api-key is sent, so anyone can start runs (and spend integrations) without a key',
    documented: 'Create a new Run: "Authorizations x-api-key string Required"',
    caughtBy: 'an authorization check on every operation: a create without x-api-key must answer 401 and create nothing',
    wrap: (inner) => async (request) => {
      if (!route(api, request, 'POST', runs) || request.header('x-api-key')) return inner(request);
      return inner(withHeaders(request, { 'x-api-key': 'ir_public_widget' }));
    },
    probe: async (client) => {
      const created = await client.call('POST', runs, { identity: 'none', body: runBody() });
      return [created.status, typeof created.json?.runId];
    },
  },
  {
    id: 'intent-runs.runs.page-above-1000-served',
    api,
    family: 'validation',
    bug: 'The list DTO declares page with @Min(1) only — the @Max(1000) was lost when the pagination DTO was shared with the admin console: ?page=5000 is answered 200 with an empty page (and a deep OFFSET on the database) instead of a 400',
    documented: 'List Runs: "page number · min: 1 · max: 1000 Optional Default: 1"',
    caughtBy: 'a bound check on the query: page=1001 must be refused with 400, like page=0',
    wrap: (inner) => async (request) => {
      const page = queryIntegerAbove(api, request, runs, 'page', 1000);
      if (page === undefined) return inner(request);
      const response = await inner(withQuery(request, (search) => search.set('page', '1000')));
      const answer = response.status === 200 ? responseJson(response) : undefined;
      return answer ? withResponseJson(response, { ...answer, data: [], page }) : response;
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody() });
      const answer = await client.call('GET', `${runs}?page=1001`);
      return answer.status;
    },
  },
  {
    id: 'intent-runs.runs.execution-plan-id-from-body',
    api,
    family: 'mass-assignment',
    bug: 'POST /v1/runs shares its service with the internal replay job, which passes a precomputed plan: the service takes body.executionPlanId ?? planner.plan(…), so a public client that sends executionPlanId has its run recorded under a plan it chose (another account\'s plan id, or any uuid)',
    documented: 'Create a new Run: the body\'s fields are intent, selectedCustomerIntegrationIds, context, userId, approvalStrategy, repeatKey, outputSchema; Get Run details: "executionPlanId string · uuid Required — The UUID of the execution plan that was used for the run"',
    caughtBy: 'a mass-assignment check: a create that also sends executionPlanId must not find it on the run',
    wrap: forgedOnCreate(api, runs, 'executionPlanId', 'runId'),
    probe: async (client) => {
      const created = await client.call('POST', runs, { body: { ...runBody(), executionPlanId: '11111111-2222-4333-8444-555555555555' } });
      const read = created.json?.runId ? (await client.call('GET', `${runs}/${created.json.runId}`)).json : undefined;
      return [created.status, read?.executionPlanId ?? null];
    },
  },
  {
    id: 'intent-runs.runs.approval-strategy-dropped',
    api,
    family: 'write-read',
    bug: 'CreateRunDto lost the @IsOptional() @IsEnum() decorators on approvalStrategy in a refactor, and the global whitelist strips undecorated fields: every run is created with the NONE default and starts at once, even when the caller asked for a human to approve its plan',
    documented: 'Create a new Run: "approvalStrategy string · enum Optional — Approval strategy for the run"; "Approve or deny a run or its individual steps"',
    caughtBy: 'write then read: create a run with an approval strategy other than NONE and find it waiting for approval (with a token announced), not running',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', runs) || body?.approvalStrategy === undefined) return inner(request);
      const { approvalStrategy, ...rest } = body;
      void approvalStrategy;
      return inner(withRequestJson(request, rest));
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody({ approvalStrategy: 'PLAN' }) })).json;
      return (await client.call('GET', `${runs}/${created.runId}`)).json.status;
    },
  },
  {
    id: 'intent-runs.runs.list-without-repeat-key',
    api,
    family: 'response-shape',
    bug: 'GET /v1/runs selects from the runs_summary view, which predates repeat keys: listed runs carry no repeatKey (or repeatRunId), so a client that lists runs to offer "run again" has nothing to send back',
    documented: 'List Runs, 200: "repeatKey string Required — Key passed or generated during creation to repeat the run later"; "repeatRunId string · uuid Optional — The UUID of the run that was repeated"',
    caughtBy: 'a response-shape check of the list: every listed run carries the fields the documentation marks required, repeatKey among them, equal to the one read by id',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', runs) && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.data)) return response;
      const data = answer.data.map(({ repeatKey, repeatRunId, ...run }: Record<string, unknown>) => {
        void repeatKey, void repeatRunId;
        return run;
      });
      return withResponseJson(response, { ...answer, data });
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ repeatKey: 'weekly-sales' }) });
      return (await client.call('GET', runs)).json.data.map((run: { repeatKey?: string }) => run.repeatKey ?? null);
    },
  },
  {
    id: 'intent-runs.runs.status-filtered-after-paging',
    api,
    family: 'paging',
    bug: 'GET /v1/runs?status= applies the status filter in memory to the page the repository returned (LIMIT/OFFSET over every run): a page holds fewer runs than pageSize — often none — while later pages hold matches, and total counts every run',
    documented: 'List Runs: "status string · enum Optional — Filter runs by a single status value"; "pageSize number · min: 1 · max: 100 Optional Default: 10"',
    caughtBy: 'a filter combined with paging: with more matching runs than pageSize, the first page is full of matching runs and total counts only the matches',
    wrap: (inner) => async (request) => {
      const status = route(api, request, 'GET', runs) ? queryOf(request).get('status') : null;
      if (!status) return inner(request);
      const filtered = await inner(request);
      if (filtered.status !== 200) return filtered;
      const unfiltered = await inner(withQuery(request, (search) => search.delete('status')));
      const answer = responseJson(unfiltered);
      if (!Array.isArray(answer?.data)) return filtered;
      return withResponseJson(filtered, { ...answer, data: answer.data.filter((run: { status: string }) => run.status === status) });
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ userId: 'user-first' }) });
      await client.call('POST', runs, { body: runBody({ userId: 'user-second' }) });
      for (let index = 0; index < 2; index++) await client.call('POST', runs, { body: runBody({ approvalStrategy: 'PLAN' }) });
      const page = (await client.call('GET', `${runs}?status=RUNNING&pageSize=2`)).json;
      return [page.data.length, page.total];
    },
  },
];

