/**
 * Unheard faults for AgentRuntime (documentation: /work/shared/seeds/001 and
 * 002). Written blind to the suite, after the seven earlier sets.
 */
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { type Fault, objectsIn, queryOf, requestJson, responseJson, route, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';
import { approvalWorkflow } from '../probe-fixtures.ts';

const api = 'agentruntime';

/** The tenant and role a PAT `pat_<role>_<tenant>_<label>` names. */
function patOf(request: MockRequest): { role: string; tenant: string } | undefined {
  const found = /^Bearer\s+pat_(viewer|contributor|admin)_([^_]+)_/i.exec(request.header('authorization') ?? '');
  return found ? { role: found[1]!, tenant: found[2]! } : undefined;
}

const contributorOfAcme = { Authorization: 'Bearer pat_contributor_acme_probe', 'X-Tenant-Id': 'acme', 'X-Project-Id': 'proj-main' };

/** A workflow whose approval sits between two automatic steps: a rejection leaves the last step to be skipped. */
const reviewedWorkflow = {
  name: 'Reviewed digest',
  graph: {
    steps: [...approvalWorkflow.graph.steps, { id: 'step-send', type: 'llm', name: 'Send the digest' }],
    edges: [...approvalWorkflow.graph.edges, { from: 'step-approve', to: 'step-send' }],
  },
};

export const agentRuntimeUnheardFaults: Fault[] = [
  {
    id: 'agentruntime.billing.change-plan-by-contributor',
    api,
    family: 'authorization',
    bug: 'POST /v1/billing/subscription/change-plan was added to the router group that carries the contributor+ guard (next to the read-only billing routes) instead of the tenant_admin group: any project contributor can move the workspace to another plan',
    documented: 'Billing endpoints: "POST /v1/billing/subscription/change-plan tenant_admin Change plan"; "Role shorthand in tables: … tenant_admin = workspace billing admin."; Error codes: "403 Insufficient project role or PAT scope"',
    caughtBy: 'role checks on every tenant_admin route: a contributor PAT that changes the plan is refused with 403 and the plan stays',
    wrap: (inner) => async (request) => {
      const pat = patOf(request);
      const escalate = route(api, request, 'POST', '/v1/billing/subscription/change-plan') && pat?.role === 'contributor';
      return inner(escalate ? withHeaders(request, { authorization: `Bearer pat_admin_${pat.tenant}_router` }) : request);
    },
    probe: async (client) => {
      await client.call('POST', '/v1/billing/subscription', { body: { plan_code: 'team' } });
      const changed = await client.call('POST', '/v1/billing/subscription/change-plan', { headers: contributorOfAcme, body: { plan_code: 'business' } });
      return [changed.status, (await client.call('GET', '/v1/billing/status')).json.plan_code];
    },
  },
  {
    id: 'agentruntime.google-services.disable-not-saved',
    api,
    family: 'write-read',
    bug: 'PATCH /v1/connections/google/accounts/{connectionId}/services builds the new switches with `Object.entries(services).filter(([, on]) => on)`, so a service switched off is never written; the answer echoes the request, but the account still shows the service enabled',
    documented: 'Google OAuth: "PATCH /v1/connections/google/accounts/{connectionId}/services Enable/disable services"; "GET /v1/connections/google/accounts/{connectionId} Account + enabled services"',
    caughtBy: 'write then read: disable a service, then read the account: it shows the service disabled',
    wrap: (inner) => async (request) => {
      const patched = route(api, request, 'PATCH', '/v1/connections/google/accounts/{connectionId}/services');
      const services = requestJson(request)?.services;
      if (!patched || !services || typeof services !== 'object') return inner(request);
      const switchedOn = Object.fromEntries(Object.entries(services).filter(([, on]) => on === true));
      const response = await inner(withRequestJson(request, { ...requestJson(request), services: switchedOn }));
      const answer = response.status === 200 ? responseJson(response) : undefined;
      if (!Array.isArray(answer?.services)) return response;
      for (const entry of answer.services) if (entry.service in services) entry.enabled = services[entry.service] === true;
      return withResponseJson(response, answer);
    },
    probe: async (client) => {
      const started = (await client.call('POST', '/v1/connections/google/oauth-url', { body: { services: ['gmail'] } })).json;
      const connection = (await client.call('POST', '/v1/connections/google/complete', { body: { state: started.state, code: 'auth-code-unheard' } })).json;
      await client.call('PATCH', `/v1/connections/google/accounts/${connection.id}/services`, { body: { services: { gmail: false } } });
      return (await client.call('GET', `/v1/connections/google/accounts/${connection.id}`)).json.services;
    },
  },
  {
    id: 'agentruntime.mcp-servers.listed-across-tenants',
    api,
    family: 'isolation',
    bug: 'GET /v1/mcp/servers reads from the shared registry table that also holds the platform adapters, and the tenant clause was written as `tenant_id = ? OR tenant_id IS NULL` with the parameter bound to the wrong placeholder: every workspace sees the servers every other workspace registered (URLs included)',
    documented: 'MCP: "GET /v1/mcp/servers Tenant MCP servers"; "POST /v1/mcp/servers Register tenant server"; Authentication: "Scoped requests also require: X-Tenant-Id: your-workspace-slug"',
    caughtBy: 'isolation: workspace A registers a server, workspace B lists servers and does not see it',
    wrap: (inner) => {
      const registered: { tenant: string; server: Record<string, unknown> }[] = [];
      return async (request) => {
        const response = await inner(request);
        const tenant = request.header('x-tenant-id') ?? '';
        if (route(api, request, 'POST', '/v1/mcp/servers') && response.status === 201) registered.push({ tenant, server: responseJson(response) });
        const answer = route(api, request, 'GET', '/v1/mcp/servers') && response.status === 200 && !queryOf(request).get('cursor') ? responseJson(response) : undefined;
        const foreign = registered.filter((entry) => entry.tenant !== tenant).map((entry) => entry.server);
        return Array.isArray(answer?.data) && foreign.length > 0 ? withResponseJson(response, { ...answer, data: [...answer.data, ...foreign] }) : response;
      };
    },
    probe: async (client) => {
      await client.call('POST', '/v1/mcp/servers', { body: { name: 'Internal CRM', url: 'https://mcp.acme.internal/crm' } });
      return (await client.call('GET', '/v1/mcp/servers', { identity: 'b' })).json.data.map((server: { url: string }) => server.url);
    },
  },
  {
    id: 'agentruntime.run-events.skip-reason-after-rejection',
    api,
    family: 'response-shape',
    bug: 'When a rejected human task fails the run, the synthetic skips of the later steps are written by the helper the graph editor uses for disabled steps: they carry reason "step_disabled" instead of "blocked", and the Console shows them as switched off',
    documented: 'Run event types: "Skip reasons on step_completed when skipped: true: blocked Run failed before this step started; out_of_scope Episode mode — step outside scope; step_disabled Step disabled in graph"',
    caughtBy: 'a run whose approval is rejected: the steps after it are step_completed with skipped: true and reason "blocked"',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', '/v1/workflows/{id}/runs/{runID}/events') && response.status === 200 ? responseJson(response) : undefined;
      if (!answer) return response;
      for (const object of objectsIn(answer)) if (object.skipped === true && object.reason === 'blocked') object.reason = 'step_disabled';
      return withResponseJson(response, answer);
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: reviewedWorkflow })).json;
      const run = (await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params: { trigger_payload: { topic: 'weekly digest' } } } })).json;
      const [task] = (await client.call('GET', `/v1/workflows/${workflow.id}/runs/${run.id}/tasks/pending`)).json.data;
      await client.call('POST', `/v1/workflows/${workflow.id}/runs/${run.id}/tasks/${task.id}/complete`, { body: { approved: false } });
      const logged = (await client.call('GET', `/v1/workflows/${workflow.id}/runs/${run.id}/events?limit=100`)).json.data;
      return logged.filter((event: { data?: { skipped?: boolean } }) => event.data?.skipped).map((event: { data: unknown }) => event.data);
    },
  },
  {
    id: 'agentruntime.runs.setup-defaults-merged-unasked',
    api,
    family: 'write-read',
    bug: 'The start command reads use_run_setup_defaults with `params.use_run_setup_defaults ?? workflow.prefers_defaults` and the column defaults to true: a run started without the flag gets the saved Studio defaults merged into its input',
    documented: 'Start, pause, resume, stop: "use_run_setup_defaults When true, merge saved Studio defaults from the workflow version; request keys win on conflicts. Default false."',
    caughtBy: 'save run defaults, start a run without the flag, read its context: the input is the request\'s trigger payload only',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      const starts = route(api, request, 'POST', '/v1/workflows/{id}/command') && body?.command === 'start' && body.params?.use_run_setup_defaults === undefined;
      return inner(starts ? withRequestJson(request, { ...body, params: { ...body.params, use_run_setup_defaults: true } }) : request);
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Lead intake' } })).json;
      await client.call('PATCH', `/v1/workflows/${workflow.id}`, { body: { run_setup: { trigger_payload: { region: 'emea', topic: 'saved topic' } } } });
      const run = (await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params: { trigger_payload: { topic: 'new lead' } } } })).json;
      return (await client.call('GET', `/v1/workflows/${workflow.id}/runs/${run.id}/context`)).json.input;
    },
  },
  {
    id: 'agentruntime.tenancy.header-trusted-over-token',
    api,
    family: 'authorization',
    bug: 'The BFF\'s scope middleware takes the workspace from X-Tenant-Id and checks the PAT\'s role but not that the PAT belongs to that workspace (the membership lookup was cached per role, not per tenant): a PAT of one workspace reads another workspace\'s workflows by naming its slug',
    documented: 'Authentication: "Scoped requests also require: X-Tenant-Id: your-workspace-slug"; Error codes: "401 Missing or invalid authentication", "403 Insufficient project role or PAT scope"',
    caughtBy: 'authorization: a PAT of workspace B sent with X-Tenant-Id of workspace A is refused (401/403) and shows none of A\'s data',
    wrap: (inner) => (request) => {
      const pat = patOf(request);
      const named = request.header('x-tenant-id');
      const crossed = pat && named && named !== pat.tenant;
      return inner(crossed ? withHeaders(request, { authorization: `Bearer pat_${pat.role}_${named}_crossed` }) : request);
    },
    probe: async (client) => {
      await client.call('POST', '/v1/workflows', { body: { name: 'Payroll export' } });
      const crossed = await client.call('GET', '/v1/workflows', { identity: 'b', headers: { 'X-Tenant-Id': 'acme' } });
      return [crossed.status, crossed.status === 200 ? crossed.json.data.map((workflow: { name: string }) => workflow.name) : []];
    },
  },
];
