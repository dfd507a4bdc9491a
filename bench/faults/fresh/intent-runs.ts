/**
 * Fresh faults for intent-runs (documentation: /work/shared/seeds/004).
 * Written blind to the suite: the list's includeEvents default, an approval
 * token used by another account, an approval without its token, the
 * repeated run's id after creation, the read of a run that is not there, a
 * page past the last one.
 */
import { type Fault, objectsIn, queryOf, responseJson, route, validatedThenChanged, withHeaders, withQuery, withResponseJson } from '../kit.ts';
import { approvalTokensIn, runBody } from '../probe-fixtures.ts';

const api = 'intent-runs';
const runs = '/v1/runs';
const run = '/v1/runs/{runId}';
const approval = '/v1/runs/approval';


export const intentRunsFreshFaults: Fault[] = [
  {
    id: 'intent-runs.runs.list-includes-events-by-default',
    api,
    family: 'response-shape',
    bug: 'GET /v1/runs reads includeEvents as query.includeEvents !== "false": without the parameter every listed run carries its whole event log',
    documented: 'List Runs: "includeEvents boolean Optional Default: false"',
    caughtBy: 'a documented default applied (includeEvents left out)',
    wrap: (inner) => (request) => {
      const defaulted = route(api, request, 'GET', runs) && !queryOf(request).has('includeEvents');
      return defaulted ? validatedThenChanged(inner, request, (query) => query.set('includeEvents', 'true')) : inner(request);
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody() });
      return (await client.call('GET', runs)).json.data.map((listed: { events: unknown[] }) => listed.events.length);
    },
  },
  {
    id: 'intent-runs.approval.token-of-another-account',
    api,
    family: 'isolation',
    bug: 'GET /v1/runs/approval looks the run up by token alone (the token was thought unguessable enough): another account\'s key approves the run',
    documented: 'Approve or deny a run or its individual steps: "Authorizations x-api-key string Required", "token string Required"; List Runs: "runs for the authenticated user"',
    caughtBy: 'isolation (an approval as identity B)',
    wrap: (inner) => {
      const ownerOfToken = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        const key = request.header('x-api-key') ?? '';
        if (route(api, request, 'POST', runs) && response.status === 201) for (const token of approvalTokensIn(responseJson(response))) ownerOfToken.set(token, key);
        if (!route(api, request, 'GET', approval) || response.status !== 404) return response;
        const owner = ownerOfToken.get(queryOf(request).get('token') ?? '');
        return owner && owner !== key ? inner(withHeaders(request, { 'x-api-key': owner })) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody({ approvalStrategy: 'PLAN' }) })).json;
      const [token] = approvalTokensIn(created);
      await client.call('GET', `${approval}?token=${token}`, { identity: 'b' });
      return (await client.call('GET', `${runs}/${created.runId}`)).json.status;
    },
  },
  {
    id: 'intent-runs.approval.missing-token-accepted',
    api,
    family: 'validation',
    bug: 'GET /v1/runs/approval returns early when no token is sent ("nothing to approve"): the request answers 204 as if a decision had been applied, instead of being refused',
    documented: 'Approve or deny a run or its individual steps: "Query parameters token string Required"',
    caughtBy: 'invalid input rejected (a required query parameter left out)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const tokenless = route(api, request, 'GET', approval) && !queryOf(request).get('token');
      return tokenless && response.status === 400 ? { status: 204, headers: {}, body: null } : response;
    },
    probe: async (client) => (await client.call('GET', approval)).status,
  },
  {
    id: 'intent-runs.runs.repeat-run-id-not-stored',
    api,
    family: 'write-read',
    bug: 'POST /v1/runs with the repeatKey of an earlier run answers with repeatRunId (the answer is built from the service\'s object), but the INSERT has no repeat_run_id column: every later read of the run lacks it',
    documented: 'Get Run details / List Runs: "repeatRunId string · uuid Optional — The UUID of the run that was repeated"; Create a new Run: "repeatKey string Optional — The key of the run to repeat"',
    caughtBy: 'write then read (the created run read back)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const read = route(api, request, 'GET', run) || route(api, request, 'GET', runs);
      const answer = read && response.status === 200 ? responseJson(response) : undefined;
      if (!answer) return response;
      for (const object of objectsIn(answer)) if (typeof object.runId === 'string') delete object.repeatRunId;
      return withResponseJson(response, answer);
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ repeatKey: 'weekly-sales-digest' }) });
      const repeated = (await client.call('POST', runs, { body: runBody({ repeatKey: 'weekly-sales-digest' }) })).json;
      return (await client.call('GET', `${runs}/${repeated.runId}`)).json.repeatRunId ?? null;
    },
  },
  {
    id: 'intent-runs.runs.missing-run-200-null',
    api,
    family: 'status-and-headers',
    bug: 'GET /v1/runs/{runId} returns the repository\'s null for a run it does not find (or another account\'s), and the framework serialises it as 200 with the body null',
    documented: 'Get Run details: "200 Run details retrieved successfully" with "runId string · uuid Required", "status string · enum Required", "intent string Required" …',
    caughtBy: 'not found answered as such (an unknown id)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return route(api, request, 'GET', run) && response.status === 404 ? { status: 200, headers: { 'content-type': 'application/json' }, body: 'null' } : response;
    },
    probe: async (client) => {
      const answer = await client.call('GET', `${runs}/7d9f2b1c-3a4e-4f5b-9c6d-8e7f6a5b4c3d`);
      return [answer.status, answer.json];
    },
  },
  {
    id: 'intent-runs.runs.page-past-end-repeats-last',
    api,
    family: 'paging',
    bug: 'GET /v1/runs clamps page to the last page (page = Math.min(page, lastPage)): a page past the end serves the last page again, so a client paging until an empty page never stops',
    documented: 'List Runs: "Retrieves a paginated list of runs", "page number · min: 1 · max: 1000 Optional Default: 1", "pageSize number · min: 1 · max: 100 Optional Default: 10"',
    caughtBy: 'pages are consistent (a page past the end)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', runs) && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.data) || answer.data.length > 0 || !(answer.total > 0) || !(answer.pageSize > 0)) return response;
      const lastPage = Math.ceil(answer.total / answer.pageSize);
      return answer.page > lastPage ? inner(withQuery(request, (query) => query.set('page', String(lastPage)))) : response;
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ intent: 'Summarise the latest sales data' }) });
      await client.call('POST', runs, { body: runBody({ intent: 'List the open support tickets' }) });
      return (await client.call('GET', `${runs}?pageSize=1&page=3`)).json.data.length;
    },
  },
];
