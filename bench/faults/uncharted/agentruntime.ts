/**
 * Uncharted faults for AgentRuntime (documentation: /work/shared/seeds/001
 * and 002). Written blind to the suite: saved run defaults merged when not
 * asked for, a stop that is graceful by default, workspace billing changes
 * open to contributors, a workspace header trusted over the token, one run's
 * pending tasks that are the whole workflow's, and a plan catalog in Stripe's
 * field names.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { everyCursorItem, type Fault, type ProbeClient, requestJson, responseJson, route, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';
import { approvalWorkflow } from '../probe-fixtures.ts';

const api = 'agentruntime';
const workflows = '/v1/workflows';
const command = '/v1/workflows/{id}/command';
const runTasks = '/v1/workflows/{id}/runs/{runID}/tasks/pending';

/** A workflow of one model step: a run of it completes at once. */
const oneStepWorkflow = { name: 'Lead summary', graph: { steps: [{ id: 'step-summarise', type: 'llm', name: 'Summarise the lead' }], edges: [] } };

/** The parts of a PAT `pat_<role>_<tenant>_<label>`, as the mock and the probes write them. */
function patOf(request: MockRequest): { role: string; tenant: string; label: string } | undefined {
  const [, role, tenant, label] = /^Bearer\s+pat_(viewer|contributor|admin)_([a-z0-9-]+)_(.+)$/i.exec(request.header('authorization') ?? '') ?? [];
  return role && tenant && label ? { role, tenant, label } : undefined;
}

/** The billing operations the documentation reserves to tenant_admin. */
const adminBilling = ['/v1/billing/trial', '/v1/billing/subscription', '/v1/billing/subscription/change-plan', '/v1/billing/subscription/cancel', '/v1/billing/subscription/convert-trial-now', '/v1/billing/codes/apply', '/v1/billing/discounts/validate'];

/** A run of the approval workflow, waiting at its human task (status running). */
async function waitingRun(client: ProbeClient, workflowId?: string): Promise<{ workflowId: string; runId: string }> {
  const id = workflowId ?? (await client.call('POST', workflows, { body: approvalWorkflow })).json.id;
  const started = (await client.call('POST', `${workflows}/${id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } })).json;
  return { workflowId: id, runId: started.id };
}

export const agentRuntimeUnchartedFaults: Fault[] = [
  {
    id: 'agentruntime.run-control.saved-defaults-merged-unasked',
    api,
    family: 'write-read',
    bug: 'The start command reads params.use_run_setup_defaults !== false since the Console\'s Run button always wanted the defaults: an API start that does not mention the flag gets the workflow\'s saved Studio defaults merged into its input',
    documented: 'Start, pause, resume, stop: "use_run_setup_defaults — When true, merge saved Studio defaults from the workflow version; request keys win on conflicts. Default false."',
    caughtBy: 'write then read on a run: save run_setup defaults, start without the flag, and find only the request\'s own keys in the run\'s input (context)',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', command) || body?.command !== 'start' || body.params?.use_run_setup_defaults !== undefined) return inner(request);
      return inner(withRequestJson(request, { ...body, params: { ...(body.params ?? {}), use_run_setup_defaults: true } }));
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', workflows, { body: oneStepWorkflow })).json;
      await client.call('PATCH', `${workflows}/${workflow.id}`, { body: { run_setup: { trigger_payload: { tone: 'formal', audience: 'board' } } } });
      const run = (await client.call('POST', `${workflows}/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api', trigger_payload: { topic: 'weekly digest' } } } })).json;
      return (await client.call('GET', `${workflows}/${workflow.id}/runs/${run.id}/context`)).json.input;
    },
  },
  {
    id: 'agentruntime.run-control.stop-graceful-by-default',
    api,
    family: 'write-read',
    bug: 'After an incident with half-written CRM updates, the stop command\'s schema got mode: z.enum([\'immediate\', \'graceful\']).default(\'graceful\'): a stop that names no mode now waits for the running step (status stopping) instead of stopping the run at once',
    documented: 'Start, pause, resume, stop: "stop — run_id, optional mode — Stop run (immediate default, or graceful)"',
    caughtBy: 'write then read on run control: stop a running run without a mode and find it stopped (stop_mode immediate), not stopping',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', command) || body?.command !== 'stop' || body.params?.mode !== undefined) return inner(request);
      return inner(withRequestJson(request, { ...body, params: { ...(body.params ?? {}), mode: 'graceful' } }));
    },
    probe: async (client) => {
      const { workflowId, runId } = await waitingRun(client);
      const stopped = (await client.call('POST', `${workflows}/${workflowId}/command`, { body: { command: 'stop', params: { run_id: runId } } })).json;
      return [stopped.status, stopped.stop_mode];
    },
  },
  {
    id: 'agentruntime.billing.contributor-changes-subscription',
    api,
    family: 'authorization',
    bug: 'The billing controller carries @Roles(\'project_contributor\') at class level; the per-route @Roles(\'tenant_admin\') on the subscription, trial, code and discount routes was lost in a merge, so any contributor can cancel or change the workspace\'s plan',
    documented: 'Billing endpoints: "POST /v1/billing/subscription/cancel tenant_admin Cancel at period end (default)" (and trial, subscription, change-plan, convert-trial-now, codes/apply, discounts/validate: tenant_admin); "tenant_admin = workspace billing admin"; Error codes: "403 Insufficient project role or PAT scope"',
    caughtBy: 'a role check per operation: a contributor PAT calling a tenant_admin operation gets 403 and changes nothing',
    wrap: (inner) => async (request) => {
      const pat = patOf(request);
      const guarded = request.method === 'POST' && adminBilling.some((path) => route(api, request, 'POST', path));
      if (!guarded || pat?.role !== 'contributor') return inner(request);
      return inner(withHeaders(request, { authorization: `Bearer pat_admin_${pat.tenant}_${pat.label}` }));
    },
    probe: async (client) => {
      await client.call('POST', '/v1/billing/subscription', { body: { plan_code: 'team' } });
      const canceled = await client.call('POST', '/v1/billing/subscription/cancel', { headers: { Authorization: 'Bearer pat_contributor_acme_uncharted' }, body: {} });
      const status = (await client.call('GET', '/v1/billing/status')).json;
      return [canceled.status, status.cancel_at_period_end];
    },
  },
  {
    id: 'agentruntime.tenancy.workspace-header-trusted',
    api,
    family: 'isolation',
    bug: 'When PAT authentication was split from session authentication, the check that the token\'s user is a member of the X-Tenant-Id workspace stayed on the session path: a valid PAT of one workspace, sent with another workspace\'s X-Tenant-Id, acts in that workspace with its own role',
    documented: 'Request context: "X-Tenant-Id — Workspace (tenant) identifier"; Authentication: "Bearer PAT — Authorization: Bearer pat_... for programmatic access"; Error codes: "403 Insufficient project role or PAT scope"',
    caughtBy: 'isolation across workspaces: identity A\'s PAT with identity B\'s X-Tenant-Id is refused and reads nothing of B',
    wrap: (inner) => (request) => {
      const pat = patOf(request);
      const header = request.header('x-tenant-id');
      if (!pat || header === null || header === pat.tenant) return inner(request);
      return inner(withHeaders(request, { authorization: `Bearer pat_${pat.role}_${header}_${pat.label}` }));
    },
    probe: async (client) => {
      await client.call('POST', workflows, { identity: 'b', body: { name: 'Globex payroll run' } });
      const crossed = await client.call('GET', workflows, { headers: { 'X-Tenant-Id': 'globex' } });
      return [crossed.status, crossed.json?.data?.map((workflow: { name: string }) => workflow.name) ?? null];
    },
  },
  {
    id: 'agentruntime.run-tasks.every-run-of-the-workflow',
    api,
    family: 'filter',
    bug: 'GET /v1/workflows/{id}/runs/{runID}/tasks/pending checks that the run exists and then queries tasks WHERE workflow_id = :id AND status = \'pending\' (the run condition was written against the wrong column): one run\'s pending tasks are those of every run of the workflow, and approving "this run\'s" task approves another run',
    documented: 'Runs and human tasks: "GET /v1/workflows/{id}/runs/{runID}/tasks/pending contributor+ Pending tasks for one run"',
    caughtBy: 'a filter check on the run\'s pending tasks: start two runs that wait for a person, and find only the addressed run\'s task',
    wrap: (inner) => async (request) => {
      const addressed = route(api, request, 'GET', runTasks);
      const response = await inner(request);
      const answer = addressed && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.data)) return response;
      const inbox = await everyCursorItem(inner, { ...request, url: '/v1/tasks/pending' }, (page) => (typeof page.next_cursor === 'string' ? page.next_cursor : null));
      if (!inbox) return response;
      const ofWorkflow = (inbox as { workflow_id?: string }[]).filter((task) => task.workflow_id === addressed!.id);
      return withResponseJson(response, { ...answer, data: ofWorkflow });
    },
    probe: async (client) => {
      const first = await waitingRun(client);
      await waitingRun(client, first.workflowId);
      const tasks = (await client.call('GET', `${workflows}/${first.workflowId}/runs/${first.runId}/tasks/pending`)).json.data;
      return tasks.map((task: { run_id: string }) => task.run_id === first.runId);
    },
  },
  {
    id: 'agentruntime.billing.plans-in-stripe-fields',
    api,
    family: 'response-shape',
    bug: 'GET /v1/billing/plans now returns the Stripe prices the catalog sync stores, under Stripe\'s names: the plan is named by lookup_key and its price by unit_amount, and plan_code (what POST /v1/billing/subscription takes) is no longer in the answer',
    documented: 'Billing endpoints: "GET /v1/billing/plans returns tiers for the BFF\'s configured product … Catalog rows are keyed by (product_code, plan_code) in Wheelhouse; the public response surfaces plan_code and pricing fields."',
    caughtBy: 'a response-shape check of the plan catalog: every plan carries plan_code (and it is one the subscription routes accept)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', '/v1/billing/plans') && response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.data)) return response;
      const data = answer.data.map(({ plan_code, price_cents, ...plan }: Record<string, unknown>) => ({ ...plan, lookup_key: plan_code, unit_amount: price_cents }));
      return withResponseJson(response, { ...answer, data });
    },
    probe: async (client) => (await client.call('GET', '/v1/billing/plans')).json.data.map((plan: { plan_code?: string }) => plan.plan_code ?? null),
  },
];
