/**
 * Untried faults for intent-runs (documentation: /work/shared/seeds/004).
 * Written blind to the suite: a run read by another account, the userId a
 * run is created for, an abort that leaves updatedAt behind, the page
 * parameter, an aborted run brought back by its approval link, an approval
 * without a key.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { type Fault, queryOf, requestJson, responseJson, route, succeeded, validatedThenChanged, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';
import { approvalTokensIn, restamp, runBody, runServedToAnyKey } from '../probe-fixtures.ts';

const api = 'intent-runs';
const runs = '/v1/runs';
const run = '/v1/runs/{runId}';
const approval = '/v1/runs/approval';

const keyOf = (request: MockRequest) => request.header('x-api-key') ?? '';

export const intentRunsUntriedFaults: Fault[] = [
  {
    id: 'intent-runs.runs.read-by-another-account',
    api,
    family: 'isolation',
    bug: 'GET /v1/runs/{runId} loads the run by its primary key and checks only that a key was sent (run ids are uuids, so the owner check was thought unnecessary): any account reads another account\'s intent, context and result',
    documented: 'List Runs: "Retrieves a paginated list of runs for the authenticated user"; Get Run details: "Authorizations x-api-key string Required", "runId string · uuid Required"',
    caughtBy: 'isolation (a read by id as identity B)',
    wrap: runServedToAnyKey(run),
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody({ context: 'Confidential: Q4 layoffs plan' }) })).json;
      const read = await client.call('GET', `${runs}/${created.runId}`, { identity: 'b' });
      return [read.status, read.json?.context ?? null];
    },
  },
  {
    id: 'intent-runs.runs.user-id-replaced-by-key-owner',
    api,
    family: 'write-read',
    bug: 'POST /v1/runs validates userId and then stores the id of the API key\'s owner in its place (the service reads userId from the auth context, as the console does): a run started on behalf of a user is never found by that user\'s filter',
    documented: 'Create a new Run: "userId string Required — The ID of the user who is initiating the run"; List Runs: "userId string Optional — Filter runs by user ID"',
    caughtBy: 'write then read (a created run in a list filtered by its userId)',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', runs) || typeof body?.userId !== 'string') return inner(request);
      const checked = { ...body, userId: `key-owner-${keyOf(request).slice(-8) || 'anonymous'}` };
      return inner(withRequestJson(request, checked));
    },
    probe: async (client) => {
      await client.call('POST', runs, { body: runBody({ userId: 'user-untried' }) });
      return (await client.call('GET', `${runs}?userId=user-untried`)).json.data.length;
    },
  },
  {
    id: 'intent-runs.runs.abort-keeps-updated-at',
    api,
    family: 'write-read',
    bug: 'DELETE /v1/runs/{runId} sets the status with a query-builder UPDATE that bypasses the ORM\'s update-timestamp hook: an aborted run still shows the updatedAt of its last change before the abort',
    documented: 'Get Run details: "updatedAt string · date-time Required — Timestamp when the run was last updated"; Abort a Run: "Aborts a running or queued run by its ID"',
    caughtBy: 'write then read (updatedAt after a change)',
    wrap: (inner) => {
      const staleUpdatedAt = new Map<string, string>();
      return async (request) => {
        const aborted = route(api, request, 'DELETE', run);
        if (aborted) {
          const before = await inner({ ...request, method: 'GET', body: '' });
          const response = await inner(request);
          const updatedAt = before.status === 200 ? responseJson(before)?.updatedAt : undefined;
          if (succeeded(response) && typeof updatedAt === 'string') staleUpdatedAt.set(aborted.runId, updatedAt);
          return response;
        }
        const response = await inner(request);
        const answer = staleUpdatedAt.size > 0 && request.method === 'GET' && response.status === 200 ? responseJson(response) : undefined;
        return answer ? withResponseJson(response, restamp(answer, 'updatedAt', (runId) => staleUpdatedAt.get(runId))) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody() })).json;
      await client.call('DELETE', `${runs}/${created.runId}`);
      const read = (await client.call('GET', `${runs}/${created.runId}`)).json;
      return read.updatedAt === created.updatedAt;
    },
  },
  {
    id: 'intent-runs.runs.page-ignored',
    api,
    family: 'paging',
    bug: 'GET /v1/runs validates page and then passes only pageSize to the repository (take without skip): every page is the first page, so a client walking the pages sees the newest runs over and over',
    documented: 'List Runs: "Retrieves a paginated list of runs", "page number · min: 1 · max: 1000 Optional Default: 1", "pageSize number · min: 1 · max: 100 Optional Default: 10"',
    caughtBy: 'pages are consistent (page 2 after page 1)',
    wrap: (inner) => (request) => {
      const paged = route(api, request, 'GET', runs) && queryOf(request).has('page');
      return paged ? validatedThenChanged(inner, request, (query) => query.delete('page')) : inner(request);
    },
    probe: async (client) => {
      for (const intent of ['Summarise sales', 'Draft the newsletter', 'Triage support tickets']) await client.call('POST', runs, { body: runBody({ intent }) });
      return (await client.call('GET', `${runs}?page=2&pageSize=2`)).json.data.map((listed: { intent: string }) => listed.intent);
    },
  },
  {
    id: 'intent-runs.runs.aborted-run-revived-by-approval',
    api,
    family: 'deletion',
    bug: 'An abort leaves the run\'s approval token valid (tokens live in their own table and only an approval consumes them): the approver clicking the link afterwards sets the aborted run back to RUNNING',
    documented: 'Abort a Run: "Aborts a running or queued run by its ID", "200 Run successfully aborted"; Approve or deny a run or its individual steps',
    caughtBy: 'gone means gone (an approval after an abort)',
    wrap: (inner) => {
      const tokensOfAbortedRuns = new Map<string, { runId: string; owner: string }>();
      const revived = new Set<string>();
      return async (request) => {
        const aborted = route(api, request, 'DELETE', run);
        if (aborted) {
          const before = await inner({ ...request, method: 'GET', url: `${runs}/${encodeURIComponent(aborted.runId)}?includeEvents=true`, body: '' });
          const response = await inner(request);
          if (succeeded(response) && before.status === 200) {
            for (const token of approvalTokensIn(responseJson(before))) tokensOfAbortedRuns.set(token, { runId: aborted.runId, owner: keyOf(request) });
          }
          revived.delete(aborted.runId);
          return response;
        }
        const response = await inner(request);
        if (route(api, request, 'GET', approval) && response.status === 404) {
          const token = queryOf(request).get('token') ?? '';
          const held = tokensOfAbortedRuns.get(token);
          if (held && held.owner === keyOf(request)) {
            tokensOfAbortedRuns.delete(token);
            revived.add(held.runId);
            return { status: 204, headers: {}, body: null };
          }
        }
        const answer = revived.size > 0 && request.method === 'GET' && response.status === 200 ? responseJson(response) : undefined;
        return answer ? withResponseJson(response, restamp(answer, 'status', (runId) => (revived.has(runId) ? 'RUNNING' : undefined))) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody({ approvalStrategy: 'PLAN' }) })).json;
      const [token] = approvalTokensIn(created);
      await client.call('DELETE', `${runs}/${created.runId}`);
      await client.call('GET', `${approval}?token=${token}`);
      return (await client.call('GET', `${runs}/${created.runId}`)).json.status;
    },
  },
  {
    id: 'intent-runs.approval.link-works-without-key',
    api,
    family: 'authorization',
    bug: 'GET /v1/runs/approval was exempted from the API-key guard so that the link in the approval e-mail works from a browser: anyone holding the link approves the run, with no key at all',
    documented: 'Approve or deny a run or its individual steps: "Authorizations x-api-key string Required", "Query parameters token string Required"',
    caughtBy: 'authentication required on every operation',
    wrap: (inner) => {
      const ownerOfToken = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', runs) && response.status === 201) {
          for (const token of approvalTokensIn(responseJson(response))) ownerOfToken.set(token, keyOf(request));
        }
        if (!route(api, request, 'GET', approval) || keyOf(request) || response.status !== 401) return response;
        const owner = ownerOfToken.get(queryOf(request).get('token') ?? '');
        return owner ? inner(withHeaders(request, { 'x-api-key': owner })) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', runs, { body: runBody({ approvalStrategy: 'PLAN' }) })).json;
      const [token] = approvalTokensIn(created);
      const approved = await client.call('GET', `${approval}?token=${token}`, { identity: 'none' });
      return [approved.status, (await client.call('GET', `${runs}/${created.runId}`)).json.status];
    },
  },
];
