/**
 * Unheard faults for intent-runs (documentation: /work/shared/seeds/004).
 * Written blind to the suite, after the seven earlier sets.
 */
import type { MockRequest, MockResponse } from '../../../mocks/stateful/message.ts';
import { type Fault, forgedOnCreate, objectsIn, queryOf, requestJson, responseJson, route, succeeded, withHeaders, withQuery, withRequestJson, withResponseJson } from '../kit.ts';
import { runBody } from '../probe-fixtures.ts';

const api = 'intent-runs';
const runs = '/v1/runs';

const accountOf = (request: MockRequest) => request.header('x-api-key') ?? '';

/** Every run of a list as the request filters it, walked 100 at a time; undefined when the list refuses the request. */
async function everyRun(inner: (request: MockRequest) => Promise<MockResponse>, request: MockRequest): Promise<any[] | undefined> {
  const found: any[] = [];
  for (let page = 1; page <= 1000; page++) {
    const answer = responseJson(await inner(withQuery(request, (query) => (query.set('page', String(page)), query.set('pageSize', '100')))));
    if (!Array.isArray(answer?.data)) return undefined;
    found.push(...answer.data);
    if (answer.data.length < 100) break;
  }
  return found;
}

/** A list answer rebuilt from all its matching runs, cut to the page the request asked for. */
function pageOf(response: MockResponse, request: MockRequest, matching: any[]): MockResponse {
  const answer = responseJson(response);
  const page = Number(queryOf(request).get('page') ?? answer.page ?? 1);
  const pageSize = Number(queryOf(request).get('pageSize') ?? answer.pageSize ?? 10);
  return withResponseJson(response, { ...answer, data: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length });
}

export const intentRunsUnheardFaults: Fault[] = [
  {
    id: 'intent-runs.runs.generated-repeat-key-shared',
    api,
    family: 'write-read',
    bug: 'The create DTO declares `repeatKey = generateRepeatKey()` as a class-level default evaluated once when the module loads: every run created without a repeatKey gets the same generated key, so the key no longer names one run to repeat',
    documented: 'List Runs / Get Run details: "repeatKey string Required Key passed or generated during creation to repeat the run later"; Create a new Run: "repeatKey string Optional The key of the run to repeat"',
    caughtBy: 'create two runs without a repeatKey: each gets its own generated key (and a repeat with the second one repeats the second run)',
    wrap: (inner) => {
      const firstKeyOfAccount = new Map<string, string>();
      const sharedKeyOfRun = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        const created = route(api, request, 'POST', runs) && response.status === 201 && requestJson(request)?.repeatKey === undefined ? responseJson(response) : undefined;
        if (created?.runId) {
          const shared = firstKeyOfAccount.get(accountOf(request)) ?? created.repeatKey;
          firstKeyOfAccount.set(accountOf(request), shared);
          sharedKeyOfRun.set(created.runId, shared);
        }
        const answer = sharedKeyOfRun.size > 0 && succeeded(response) ? responseJson(response) : undefined;
        if (!answer) return response;
        for (const object of objectsIn(answer)) if (typeof object.runId === 'string' && sharedKeyOfRun.has(object.runId) && 'repeatKey' in object) object.repeatKey = sharedKeyOfRun.get(object.runId);
        return withResponseJson(response, answer);
      };
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody() });
      await client.call('POST', runs, { body: runBody({ intent: 'List open support tickets' }) });
      return (await client.call('GET', runs)).json.data.map((run: { repeatKey: string }) => run.repeatKey);
    },
  },
  {
    id: 'intent-runs.runs.repeat-copies-original-context',
    api,
    family: 'partial-update',
    bug: 'A create with a repeatKey starts from a copy of the original run and then applies only the fields that differ from the DTO defaults; context is compared by reference to the original\'s and always kept, so the repeated run runs with the old context instead of the one sent',
    documented: 'Create a new Run: "context string Required Additional context for the run execution"; Run: "context string Required Additional context that was provided during run creation"; "repeatKey The key of the run to repeat"',
    caughtBy: 'repeat a run with a new context: the new run shows (and runs with) the context sent with it',
    wrap: (inner) => {
      const contextOfKey = new Map<string, string>();
      return async (request) => {
        const body = requestJson(request);
        const creating = route(api, request, 'POST', runs) && body && typeof body === 'object';
        const original = creating && typeof body.repeatKey === 'string' ? contextOfKey.get(`${accountOf(request)}\n${body.repeatKey}`) : undefined;
        const response = await inner(original !== undefined ? withRequestJson(request, { ...body, context: original }) : request);
        const created = creating && response.status === 201 ? responseJson(response) : undefined;
        if (created?.repeatKey && !contextOfKey.has(`${accountOf(request)}\n${created.repeatKey}`)) contextOfKey.set(`${accountOf(request)}\n${created.repeatKey}`, created.context);
        return response;
      };
    },
    probe: async (client) => {
      const original = (await client.call('POST', runs, { body: runBody({ repeatKey: 'weekly-sales-unheard', context: 'Q3 only' }) })).json;
      const repeated = (await client.call('POST', runs, { body: runBody({ repeatKey: original.repeatKey, context: 'Q4 only, EMEA' }) })).json;
      return (await client.call('GET', `${runs}/${repeated.runId}`)).json.context;
    },
  },
  {
    id: 'intent-runs.runs.output-schema-not-checked',
    api,
    family: 'validation',
    bug: 'outputSchema is typed as a plain object in the DTO and stored as JSONB without being compiled: a schema that is not valid draft 7 is accepted at create time and the run only fails later, when the result is formatted',
    documented: 'Create a new Run: "outputSchema object · json-schema Optional JSON Schema draft 7 schema for the run output format"',
    caughtBy: 'validation: a create whose outputSchema is not a draft-7 schema ({ "type": "banana" }) is refused with a 4xx',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const body = requestJson(request);
      if (!route(api, request, 'POST', runs) || response.status !== 400 || body?.outputSchema === undefined) return response;
      const { outputSchema, ...rest } = body;
      void outputSchema;
      return inner(withRequestJson(request, rest));
    },
    probe: async (client) => (await client.call('POST', runs, { body: runBody({ outputSchema: { type: 'banana', properties: 7 } }) })).status,
  },
  {
    id: 'intent-runs.runs.user-filter-skips-account',
    api,
    family: 'isolation',
    bug: 'GET /v1/runs?userId= goes through a repository method written for the admin console (find runs by user), which has no account clause: user ids are chosen by each customer, so two accounts with a "user-1" see each other\'s runs',
    documented: 'List Runs: "Retrieves a paginated list of runs for the authenticated user"; "userId string Optional Filter runs by user ID"',
    caughtBy: 'isolation with a shared filter value: two accounts create runs for the same userId, and each one\'s filtered list holds only its own runs',
    wrap: (inner) => {
      const accounts = new Set<string>();
      return async (request) => {
        if (accountOf(request)) accounts.add(accountOf(request));
        const response = await inner(request);
        const filtered = route(api, request, 'GET', runs) && response.status === 200 && queryOf(request).has('userId');
        if (!filtered) return response;
        const matching = (await everyRun(inner, request)) ?? [];
        for (const account of accounts) {
          if (account === accountOf(request)) continue;
          matching.push(...((await everyRun(inner, withHeaders(request, { 'x-api-key': account }))) ?? []));
        }
        return pageOf(response, request, matching);
      };
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ userId: 'user-1', intent: 'Forecast churn for enterprise accounts' }) });
      await client.call('POST', runs, { body: runBody({ userId: 'user-1', intent: 'Summarise open invoices' }), identity: 'b' });
      return (await client.call('GET', `${runs}?userId=user-1`, { identity: 'b' })).json.data.map((run: { intent: string }) => run.intent);
    },
  },
  {
    id: 'intent-runs.runs.status-filter-on-initial-status',
    api,
    family: 'filter',
    bug: 'The list filters on the status column of the runs table, which is written at creation only; the live status lives in run_state and is joined for display: ?status= matches what a run was created as, so an aborted run is still found under RUNNING and not under ABORTED',
    documented: 'List Runs: "status string · enum Optional Filter runs by a single status value"; Run: "status Current status of the run"',
    caughtBy: 'filter after a change of state: abort a run, then ?status=ABORTED lists it and ?status=RUNNING does not',
    wrap: (inner) => {
      const initialStatus = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        const created = route(api, request, 'POST', runs) && response.status === 201 ? responseJson(response) : undefined;
        if (created?.runId) initialStatus.set(created.runId, created.status);
        const wanted = route(api, request, 'GET', runs) && response.status === 200 ? queryOf(request).get('status') : null;
        if (!wanted) return response;
        const everything = (await everyRun(inner, withQuery(request, (query) => query.delete('status')))) ?? [];
        return pageOf(response, request, everything.filter((run) => (initialStatus.get(run.runId) ?? run.status) === wanted));
      };
    },
    probe: async (client) => {
      const run = (await client.call('POST', runs, { body: runBody() })).json;
      await client.call('DELETE', `${runs}/${run.runId}`);
      const aborted = (await client.call('GET', `${runs}?status=ABORTED`)).json.total;
      const running = (await client.call('GET', `${runs}?status=RUNNING`)).json.total;
      return { aborted, running };
    },
  },
  {
    id: 'intent-runs.runs.created-at-forgeable',
    api,
    family: 'mass-assignment',
    bug: 'POST /v1/runs copies the whole body into the entity (Object.assign(new Run(), dto)) after the whitelist pipe was switched off for a new SDK field: a createdAt sent by the caller is stored and the run claims any creation time',
    documented: 'Run: "createdAt string · date-time Required Timestamp when the run was created"; Create a new Run: the body is intent, selectedCustomerIntegrationIds, context, userId, approvalStrategy, repeatKey, outputSchema',
    caughtBy: 'mass assignment: a create that sends createdAt is refused, or the run\'s createdAt is still the server\'s clock',
    wrap: forgedOnCreate(api, runs, 'createdAt', 'runId'),
    probe: async (client) => {
      const created = await client.call('POST', runs, { body: runBody({ createdAt: '2001-01-01T00:00:00.000Z' }) });
      return [created.status, (await client.call('GET', runs)).json.data.map((run: { createdAt: string }) => run.createdAt)];
    },
  },
];
