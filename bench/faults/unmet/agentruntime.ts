/**
 * Unmet faults for AgentRuntime (documentation: /work/shared/seeds/001 and
 * 002). Written blind to the suite: a success rate that is a fraction, an
 * ingress that checks the signature of a re-serialised body, a tenant-wide
 * feed that is empty without a project, a dry run that publishes, a resume
 * that revives finished runs, and extract jobs readable from any workspace.
 */
import { signWebhook } from '../../../client/webhooks.ts';
import { type Fault, objectsIn, type ProbeClient, requestJson, responseJson, route, succeeded, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'agentruntime';
const workflows = '/v1/workflows';
const command = '/v1/workflows/{id}/command';
const validate = '/v1/workflows/{id}/validate';
const ingress = '/v1/inbound-webhooks/{subscription_id}';
const successRate = '/v1/analytics/success-rate';
const feed = '/v1/runs';
const extractJob = '/v1/memory/extract/{jobId}';
const extractBatch = '/v1/memory/extract/batch';

/** A workflow of one model step: a run of it completes at once. */
const oneStepWorkflow = { name: 'Lead summary', graph: { steps: [{ id: 'step-summarise', type: 'llm', name: 'Summarise the lead' }], edges: [] } };

async function finishedRun(client: ProbeClient): Promise<{ workflowId: string; runId: string }> {
  const workflow = (await client.call('POST', workflows, { body: oneStepWorkflow })).json;
  const started = (await client.call('POST', `${workflows}/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } })).json;
  return { workflowId: workflow.id, runId: started.id };
}

const finished = new Set(['completed', 'failed', 'stopped']);

export const agentRuntimeUnmetFaults: Fault[] = [
  {
    id: 'agentruntime.analytics.success-rate-as-fraction',
    api,
    family: 'response-shape',
    bug: 'GET /v1/analytics/success-rate returns the ratio the warehouse query computes (completed / finished, 0 to 1) where the Console used to multiply by 100 itself: a project whose runs all succeed reports 1, read everywhere as 1 %',
    documented: 'Analytics: "/v1/analytics/success-rate Run success percentage"',
    caughtBy: 'analytics that follow writes: finish runs with a known outcome and check the success rate as a percentage (all succeeded: 100)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', successRate) && response.status === 200 ? responseJson(response) : undefined;
      return typeof answer?.value === 'number' ? withResponseJson(response, { ...answer, value: answer.value / 100 }) : response;
    },
    probe: async (client) => {
      await finishedRun(client);
      await finishedRun(client);
      return (await client.call('GET', `${successRate}?window=week`)).json.value;
    },
  },
  {
    id: 'agentruntime.inbound-webhooks.signature-over-reserialised-body',
    api,
    family: 'authorization',
    bug: 'The ingress verifies X-Agentruntime-Signature over JSON.stringify(req.body): the framework had already parsed the JSON and the raw bytes were not kept, so a sender whose body is not the compact re-serialisation (pretty-printed, with spaces or a trailing newline, as most form tools send) is refused 401 with a correct signature',
    documented: 'Inbound webhooks: "X-Agentruntime-Signature: sha256=<hmac-sha256 of raw body>"; "POST /v1/inbound-webhooks/{subscription_id} HMAC + Bearer PAT Public ingress — starts run"',
    caughtBy: 'the ingress called with a body that is valid but not compact JSON (indented, with a trailing newline), signed over exactly those bytes, must start a run',
    wrap: (inner) => (request) => {
      if (!route(api, request, 'POST', ingress)) return inner(request);
      const parsed = requestJson(request);
      return parsed === undefined ? inner(request) : inner({ ...request, body: JSON.stringify(parsed) });
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', workflows, { body: oneStepWorkflow })).json;
      const created = (await client.call('POST', '/v1/inbound-webhooks', { body: { workflow_id: workflow.id, name: 'form-leads' } })).json;
      const raw = '{\n  "lead": "Ana Souza",\n  "source": "landing-form"\n}\n';
      const signature = await signWebhook(raw, created.signing_secret);
      const answer = await client.call('POST', `/v1/inbound-webhooks/${created.id}`, { rawBody: raw, headers: { 'X-Agentruntime-Signature': signature } });
      return [answer.status, answer.json?.status ?? null];
    },
  },
  {
    id: 'agentruntime.runs-feed.empty-without-project',
    api,
    family: 'filter',
    bug: 'GET /v1/runs builds its where clause as { tenant_id, project_id: headers[\'x-project-id\'] ?? null }; without the header the ORM renders project_id IS NULL, which no run matches: the tenant-wide feed the Command Center reads (it sends no project) is always empty',
    documented: 'Runs and human tasks: "GET /v1/runs viewer+ Tenant-wide run feed (Command Center data source)"; Major endpoint groups: "Runs feed /v1/runs Tenant-wide run list"',
    caughtBy: 'the tenant-wide feed asked without X-Project-Id must list the runs just started in the tenant\'s projects',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!route(api, request, 'GET', feed) || request.header('x-project-id') !== null || response.status !== 200) return response;
      const answer = responseJson(response);
      return Array.isArray(answer?.data) ? withResponseJson(response, { ...answer, data: [], next_cursor: null }) : response;
    },
    probe: async (client) => {
      const { runId } = await finishedRun(client);
      const tenantWide = await client.call('GET', feed, { identity: 'none', headers: { Authorization: 'Bearer pat_admin_acme_conformance', 'X-Tenant-Id': 'acme' } });
      return [tenantWide.status, (tenantWide.json?.data ?? []).some((listed: { id: string }) => listed.id === runId)];
    },
  },
  {
    id: 'agentruntime.workflows.validate-publishes',
    api,
    family: 'write-read',
    bug: 'POST /v1/workflows/{id}/validate calls the publish service with { dryRun: body.dry_run }; the service reads dryRun, which is never set, so every validation that passes also publishes a new version of the draft',
    documented: 'Workflows: "POST /v1/workflows/{id}/validate contributor+ Dry-run graph validation"; "POST /v1/workflows/{id}/versions contributor+ Publish version"; "GET /v1/workflows/{id}/versions viewer+ List versions"',
    caughtBy: 'a dry run changes nothing: validate a workflow, then find its versions (and latest_version) as they were before',
    wrap: (inner) => async (request) => {
      const target = route(api, request, 'POST', validate);
      const response = await inner(request);
      if (target && response.status === 200) await inner(withRequestJson({ ...request, url: `${workflows}/${encodeURIComponent(target.id)}/versions` }, {}));
      return response;
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', workflows, { body: oneStepWorkflow })).json;
      await client.call('POST', `${workflows}/${workflow.id}/validate`, { body: {} });
      const versions = (await client.call('GET', `${workflows}/${workflow.id}/versions`)).json;
      const read = (await client.call('GET', `${workflows}/${workflow.id}`)).json;
      return [versions.data.length, read.latest_version];
    },
  },
  {
    id: 'agentruntime.run-control.resume-revives-finished-run',
    api,
    family: 'validation',
    bug: 'The resume command\'s guard reads status !== \'running\' (written to skip a no-op) instead of status === \'paused\': resuming a completed, failed or stopped run puts it back to running and schedules it again',
    documented: 'Start, pause, resume, stop: "resume run_id Resume paused run"; "pause run_id Pause scheduling"',
    caughtBy: 'a state-machine check: resume a run that is not paused (here finished) and expect a refusal, and the run unchanged afterwards',
    wrap: (inner) => {
      const revived = new Set<string>();
      const stampRevived = (answer: unknown) => {
        for (const object of objectsIn(answer)) {
          if (typeof object.id === 'string' && revived.has(object.id) && 'workflow_id' in object && 'status' in object) Object.assign(object, { status: 'running', finished_at: null });
        }
        return answer;
      };
      return async (request) => {
        const target = route(api, request, 'POST', command);
        const body = requestJson(request);
        const response = await inner(request);
        const runId = body?.params?.run_id;
        if (target && body?.command === 'resume' && typeof runId === 'string' && response.status === 409) {
          const listed = responseJson(await inner({ ...request, method: 'GET', url: `${workflows}/${encodeURIComponent(target.id)}/runs?limit=100`, body: '' }));
          const run = Array.isArray(listed?.data) ? listed.data.find((candidate: { id?: string }) => candidate.id === runId) : undefined;
          if (run && finished.has(run.status)) {
            revived.add(runId);
            return withResponseJson({ ...response, status: 200 }, stampRevived(run));
          }
        }
        const answer = revived.size > 0 && succeeded(response) ? responseJson(response) : undefined;
        return answer ? withResponseJson(response, stampRevived(answer)) : response;
      };
    },
    probe: async (client) => {
      const { workflowId, runId } = await finishedRun(client);
      const resumed = await client.call('POST', `${workflows}/${workflowId}/command`, { body: { command: 'resume', params: { run_id: runId } } });
      const listed = (await client.call('GET', `${workflows}/${workflowId}/runs`)).json;
      return [resumed.status, listed.data.map((run: { status: string }) => run.status)];
    },
  },
  {
    id: 'agentruntime.memory-jobs.status-of-any-workspace',
    api,
    family: 'isolation',
    bug: 'GET /v1/memory/extract/{jobId} asks the job queue for the job by id, and queue jobs carry no tenant: a PAT of any workspace reads another workspace\'s extract job, its status and progress',
    documented: 'Request context: "X-Tenant-Id Workspace (tenant) identifier", "X-Project-Id Project scope"; Memory (preview): "POST /v1/memory/extract/batch Batch extract jobs", "GET /v1/memory/extract/{jobId} Extract job status"',
    caughtBy: 'isolation: workspace A starts an extract job, workspace B asks for it by id and must get what an unknown id gets (404)',
    wrap: (inner) => {
      const jobs = new Map<string, unknown>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', extractBatch) && succeeded(response)) {
          const job = responseJson(response);
          if (typeof job?.id === 'string') jobs.set(job.id, job);
        }
        const asked = route(api, request, 'GET', extractJob);
        const leaked = asked && response.status === 404 ? jobs.get(asked.jobId) : undefined;
        return leaked ? withResponseJson({ ...response, status: 200 }, leaked) : response;
      };
    },
    probe: async (client) => {
      const job = (await client.call('POST', extractBatch, { body: { items: ['mem-3a1', 'mem-3a4'] } })).json;
      const read = await client.call('GET', `/v1/memory/extract/${job.id}`, { identity: 'b' });
      return [read.status, read.json?.id ?? null];
    },
  },
];
