/**
 * Fresh faults for AgentRuntime (documentation: /work/shared/seeds/001 and
 * 002). Written blind to the suite: the role of one run's pending tasks, the
 * token list, a human task's step result, a run's event log from another
 * project, the analytics' bounded range, a PAT revoke.
 */
import type { MockRequest, MockResponse } from '../../../mocks/stateful/message.ts';
import { type Fault, queryOf, type Respond, requestJson, responseJson, route, validatedThenChanged, withHeaders, withResponseJson } from '../kit.ts';
import { approvalWorkflow } from '../probe-fixtures.ts';

const api = 'agentruntime';
const pat = (request: MockRequest) => request.header('authorization') ?? '';
const runTasks = '/v1/workflows/{id}/runs/{runID}/tasks/pending';
const runEvents = '/v1/workflows/{id}/runs/{runID}/events';
const runContext = '/v1/workflows/{id}/runs/{runID}/context';
const completeTask = '/v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete';
const analytics = ['live-runs', 'success-rate', 'execution-duration', 'runs-count', 'steps-executed', 'credits-consumed', 'steps-summary', 'runs-timeseries', 'usage-timeseries'].map((metric) => `/v1/analytics/${metric}`);

/** Whether a cursor-paged list (`data`, `next_cursor`) holds an item with this id, walked 100 at a time; or the list's refusal. */
async function listHolds(inner: Respond, request: MockRequest, path: string, id: string): Promise<{ refusal?: MockResponse; found: boolean }> {
  let cursor: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const url: string = `${path}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const listed = await inner({ ...request, method: 'GET', url, body: '' });
    if (listed.status !== 200) return { refusal: listed, found: false };
    const answer = responseJson(listed);
    if (answer.data.some((item: { id: string }) => item.id === id)) return { found: true };
    cursor = answer.next_cursor;
    if (!cursor) break;
  }
  return { found: false };
}

export const agentRuntimeFreshFaults: Fault[] = [
  {
    id: 'agentruntime.run-tasks.viewer-can-list',
    api,
    family: 'authorization',
    bug: 'GET /v1/workflows/{id}/runs/{runID}/tasks/pending was registered with the read guard of the other run routes (viewer+): a project_viewer lists a run\'s pending tasks',
    documented: 'Runs and human tasks: "GET /v1/workflows/{id}/runs/{runID}/tasks/pending contributor+ Pending tasks for one run"; Error codes: "403 Insufficient project role or PAT scope"',
    caughtBy: 'authorization per operation',
    wrap: (inner) => (request) => {
      const viewer = route(api, request, 'GET', runTasks) && /\bpat_viewer_/.test(pat(request));
      return inner(viewer ? withHeaders(request, { authorization: pat(request).replace(/\bpat_viewer_/, 'pat_contributor_') }) : request);
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: approvalWorkflow })).json;
      const run = (await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } })).json;
      return (await client.call('GET', `/v1/workflows/${workflow.id}/runs/${run.id}/tasks/pending`, { identity: 'readonly' })).status;
    },
  },
  {
    id: 'agentruntime.pats.token-listed',
    api,
    family: 'data-exposure',
    bug: 'GET /v1/pats serialises the stored row whole: each listed token carries its value next to its prefix, so the reveal-once guarantee means nothing',
    documented: 'Personal access tokens: "GET /v1/pats contributor+ List tokens", "GET /v1/pats/{id}/reveal viewer+ Reveal token (once)"',
    caughtBy: 'no undocumented data (a secret-looking field)',
    wrap: (inner) => {
      const tokens = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/v1/pats') && response.status === 201) {
          const created = responseJson(response);
          if (typeof created?.id === 'string' && typeof created.token === 'string') tokens.set(created.id, created.token);
        }
        const answer = route(api, request, 'GET', '/v1/pats') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.data)) return response;
        const data = answer.data.map((listed: { id: string }) => (tokens.has(listed.id) ? { ...listed, token: tokens.get(listed.id) } : listed));
        return withResponseJson(response, { ...answer, data });
      };
    },
    probe: async (client) => {
      await client.call('POST', '/v1/pats', { body: { name: 'ci-pipeline', role: 'contributor' } });
      return (await client.call('GET', '/v1/pats')).json.data.map((listed: object) => 'token' in listed);
    },
  },
  {
    id: 'agentruntime.human-tasks.result-drops-approved',
    api,
    family: 'write-read',
    bug: 'POST …/tasks/{task_id}/complete stores result ?? { approved }: when the approver sends result fields, approved is not merged in, so the step result (and the run context) lacks it',
    documented: 'Runs and human tasks: "Complete task body: { approved, result: { comment_body: Optional fields merged into step result } }", "The human task step result always includes approved."',
    caughtBy: 'write then read (the run context after completing a task)',
    wrap: (inner) => {
      const stepsWithoutApproval = new Map<string, Set<string>>();
      const strip = (stepResults: Record<string, Record<string, unknown>> | undefined, steps: Iterable<string>) => {
        for (const step of steps) if (stepResults?.[step]) delete stepResults[step].approved;
      };
      return async (request) => {
        const response = await inner(request);
        const completed = route(api, request, 'POST', completeTask);
        const result = requestJson(request)?.result;
        if (completed && response.status === 200 && result && typeof result === 'object' && Object.keys(result).length > 0) {
          const answer = responseJson(response);
          const steps = stepsWithoutApproval.get(completed.runID) ?? new Set<string>();
          steps.add(answer.task.step_id);
          stepsWithoutApproval.set(completed.runID, steps);
          delete answer.step_result.approved;
          return withResponseJson(response, answer);
        }
        const read = route(api, request, 'GET', runContext);
        const steps = read ? stepsWithoutApproval.get(read.runID) : undefined;
        if (!steps || response.status !== 200) return response;
        const context = responseJson(response);
        strip(context.step_results, steps);
        return withResponseJson(response, context);
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: approvalWorkflow })).json;
      const run = (await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } })).json;
      const [task] = (await client.call('GET', `/v1/workflows/${workflow.id}/runs/${run.id}/tasks/pending`)).json.data;
      await client.call('POST', `/v1/workflows/${workflow.id}/runs/${run.id}/tasks/${task.id}/complete`, { body: { approved: true, result: { comment_body: 'Looks good' } } });
      return (await client.call('GET', `/v1/workflows/${workflow.id}/runs/${run.id}/context`)).json.step_results[task.step_id];
    },
  },
  {
    id: 'agentruntime.run-events.other-project-readable',
    api,
    family: 'isolation',
    bug: 'GET …/runs/{runID}/events and …/context load the run by id within the tenant (the run table has no project column; the join through the workflow was dropped for speed): X-Project-Id is ignored and another project of the workspace reads the run',
    documented: 'Request context: "X-Project-Id — Project scope for workflow and integration operations", "API clients must send them on scoped endpoints"; Runs and human tasks: "GET /v1/workflows/{id}/runs/{runID}/events viewer+ Step event log"',
    caughtBy: 'isolation (another project of the same tenant)',
    wrap: (inner) => {
      const homeOfRun = new Map<string, { tenant: string | null; project: string }>();
      return async (request) => {
        const response = await inner(request);
        const started = route(api, request, 'POST', '/v1/workflows/{id}/command');
        const run = started && response.status === 201 ? responseJson(response) : undefined;
        if (typeof run?.id === 'string' && typeof run.project_id === 'string') homeOfRun.set(run.id, { tenant: request.header('x-tenant-id'), project: run.project_id });
        const read = route(api, request, 'GET', runEvents) ?? route(api, request, 'GET', runContext);
        const home = read && response.status === 404 ? homeOfRun.get(read.runID) : undefined;
        if (!home || home.tenant !== request.header('x-tenant-id') || home.project === request.header('x-project-id')) return response;
        return inner(withHeaders(request, { 'x-project-id': home.project }));
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Lead intake' } })).json;
      const run = (await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } })).json;
      return (await client.call('GET', `/v1/workflows/${workflow.id}/runs/${run.id}/events`, { headers: { 'X-Project-Id': 'proj-marketing' } })).status;
    },
  },
  {
    id: 'agentruntime.analytics.bounded-range-ignored',
    api,
    family: 'filter',
    bug: 'The analytics handlers read only window (defaulting to month); from/to pass validation and are then ignored, so a bounded range answers the last 30 days',
    documented: 'Analytics: "Query window=month|week|all or bounded from / to with optional granularity on timeseries endpoints."',
    caughtBy: 'lists honour their filters (the analytics range)',
    wrap: (inner) => (request) => {
      const bounded = analytics.some((path) => route(api, request, 'GET', path)) && queryOf(request).has('from') && queryOf(request).has('to');
      return bounded
        ? validatedThenChanged(inner, request, (query) => {
            query.delete('from');
            query.delete('to');
          })
        : inner(request);
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Weekly digest' } })).json;
      await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } });
      return (await client.call('GET', '/v1/analytics/runs-count?from=2025-03-01T00:00:00.000Z&to=2025-03-31T00:00:00.000Z')).json.value;
    },
  },
  {
    id: 'agentruntime.pats.revoke-is-a-no-op',
    api,
    family: 'deletion',
    bug: 'DELETE /v1/pats/{id} scopes its UPDATE … SET revoked_at by project instead of tenant (tokens are tenant data), matches no row and still answers 204: the token stays listed, revealable and usable',
    documented: 'Personal access tokens: "DELETE /v1/pats/{id} contributor+ Revoke token"; Error codes: "404 Resource not found"',
    caughtBy: 'gone means gone (the list and the reveal after a revoke)',
    wrap: (inner) => async (request) => {
      const revoked = route(api, request, 'DELETE', '/v1/pats/{id}');
      if (!revoked) return inner(request);
      const { refusal, found } = await listHolds(inner, request, '/v1/pats', revoked.id);
      if (refusal) return refusal;
      return found ? { status: 204, headers: {}, body: null } : inner(request);
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/pats', { body: { name: 'nightly-export', role: 'viewer' } })).json;
      await client.call('DELETE', `/v1/pats/${created.id}`);
      return [(await client.call('GET', '/v1/pats')).json.data.length, (await client.call('GET', `/v1/pats/${created.id}/reveal`)).status];
    },
  },
];
