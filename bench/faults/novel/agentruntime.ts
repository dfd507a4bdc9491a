/**
 * Novel faults for AgentRuntime (documentation: /work/shared/seeds/001 and
 * 002). Written blind to the suite: published versions that follow the
 * draft, a rejection recorded as an approval, an ingress that needs only the
 * signature, an archive that deletes, a task inbox cached past completion,
 * and a subscription that shows its automation PAT.
 */
import { signWebhook } from '../../../client/webhooks.ts';
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { splitUrl } from '../../../mocks/stateful/message.ts';
import { type Fault, objectsIn, type ProbeClient, readCache, requestJson, responseJson, route, succeeded, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';
import { approvalWorkflow } from '../probe-fixtures.ts';

const api = 'agentruntime';
const workflows = '/v1/workflows';
const versions = '/v1/workflows/{id}/versions';
const complete = '/v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete';
const webhooks = '/v1/inbound-webhooks';
const ingress = '/v1/inbound-webhooks/{id}';

/** The workspace and project a request acts in. */
const scopeOf = (request: MockRequest) => `${request.header('x-tenant-id') ?? ''}/${request.header('x-project-id') ?? ''}`;

/** The workflow id of any route under /v1/workflows/{id}, undefined elsewhere. */
function workflowIdOf(request: MockRequest): string | undefined {
  const found = /^\/v1\/workflows\/([^/]+)(?:\/.*)?$/.exec(splitUrl(request.url).pathname);
  return found ? decodeURIComponent(found[1]!) : undefined;
}

/** A workflow whose second step waits for a person, started; answers its id, its run's id and the pending task's id. */
async function startedApproval(client: ProbeClient): Promise<{ workflowId: string; runId: string; taskId: string }> {
  const workflow = (await client.call('POST', workflows, { body: approvalWorkflow })).json;
  const started = (await client.call('POST', `${workflows}/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } })).json;
  const pending = (await client.call('GET', `${workflows}/${workflow.id}/runs/${started.id}/tasks/pending`)).json;
  return { workflowId: workflow.id, runId: started.id, taskId: pending.data[0].id };
}

export const agentRuntimeNovelFaults: Fault[] = [
  {
    id: 'agentruntime.workflow-versions.follow-the-draft',
    api,
    family: 'write-read',
    bug: 'POST /v1/workflows/{id}/versions stores a reference to the draft\'s graph row (graph_id) instead of a copy of the graph: every later PATCH of the draft rewrites what each published version shows',
    documented: 'Workflows: "PATCH /v1/workflows/{id} contributor+ Update draft graph or run_setup (Save defaults)", "POST /v1/workflows/{id}/versions contributor+ Publish version", "GET /v1/workflows/{id}/versions viewer+ List versions"',
    caughtBy: 'write then read across two writes: publish a version, change the draft, and find the version as it was published',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const listed = route(api, request, 'GET', versions);
      const answer = listed && response.status === 200 ? responseJson(response) : undefined;
      if (!listed || !Array.isArray(answer?.data)) return response;
      const draft = responseJson(await inner({ ...request, method: 'GET', url: `${workflows}/${encodeURIComponent(listed.id)}`, body: '' }));
      if (!draft?.graph) return response;
      return withResponseJson(response, { ...answer, data: answer.data.map((version: object) => ({ ...version, graph: draft.graph, run_setup: draft.run_setup ?? {} })) });
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', workflows, { body: approvalWorkflow })).json;
      await client.call('POST', `${workflows}/${workflow.id}/versions`, { body: { notes: 'First release' } });
      await client.call('PATCH', `${workflows}/${workflow.id}`, { body: { graph: { steps: [{ id: 'step-draft', type: 'llm', name: 'Draft a shorter digest' }], edges: [] } } });
      const listed = (await client.call('GET', `${workflows}/${workflow.id}/versions`)).json;
      return listed.data.map((version: { graph: { steps: { name: string }[] } }) => version.graph.steps.map((step) => step.name));
    },
  },
  {
    id: 'agentruntime.human-tasks.rejection-approves',
    api,
    family: 'write-read',
    bug: 'POST …/tasks/{task_id}/complete reads the decision as body.approved || true (approval was the only button when the code was written): a rejection ({ "approved": false }, what the Console\'s Reject button sends) is recorded as an approval and the run goes on',
    documented: 'Runs and human tasks: "POST /v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete contributor+ Approve or reject human task"; "The human task step result always includes approved. The Console Approve/Reject buttons send only { "approved": true|false }."',
    caughtBy: 'write then read: reject a pending task and find approved: false in the step result and a run that did not go on as approved',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      return route(api, request, 'POST', complete) && body?.approved === false ? inner(withRequestJson(request, { ...body, approved: true })) : inner(request);
    },
    probe: async (client) => {
      const { workflowId, runId, taskId } = await startedApproval(client);
      const decided = (await client.call('POST', `${workflows}/${workflowId}/runs/${runId}/tasks/${taskId}/complete`, { body: { approved: false } })).json;
      const context = (await client.call('GET', `${workflows}/${workflowId}/runs/${runId}/context`)).json;
      return [decided.step_result.approved, context.step_results['step-approve']?.approved ?? null];
    },
  },
  {
    id: 'agentruntime.inbound-webhooks.ingress-without-pat',
    api,
    family: 'authorization',
    bug: 'The ingress route was mounted on the public router (so that form providers can reach it) and its PAT check was dropped on the way, the HMAC being thought enough: a request that carries a valid signature and no Authorization header starts a run',
    documented: 'Inbound webhooks: "POST /v1/inbound-webhooks/{subscription_id} HMAC + Bearer PAT Public ingress — starts run"; "Ingress request headers: Authorization: Bearer pat_…, X-Agentruntime-Signature: sha256=<hmac-sha256 of raw body>"; Error codes: "401 Missing or invalid authentication"',
    caughtBy: 'authorization: the ingress called with a correct signature but no PAT must be refused with 401',
    wrap: (inner) => {
      const creatorOf = new Map<string, { authorization: string | null; tenant: string | null }>();
      return async (request) => {
        const target = route(api, request, 'POST', ingress);
        const creator = target && !request.header('authorization') && !request.header('cookie') ? creatorOf.get(target.id) : undefined;
        const response = await inner(creator ? withHeaders(request, { authorization: creator.authorization, 'x-tenant-id': creator.tenant }) : request);
        if (route(api, request, 'POST', webhooks) && response.status === 201) {
          const created = responseJson(response);
          if (typeof created?.id === 'string') creatorOf.set(created.id, { authorization: request.header('authorization'), tenant: request.header('x-tenant-id') });
        }
        return response;
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', workflows, { body: { name: 'Form leads', graph: { steps: [{ id: 'step-enrich', type: 'llm', name: 'Enrich the lead' }], edges: [] } } })).json;
      const created = (await client.call('POST', webhooks, { body: { workflow_id: workflow.id, name: 'form-leads' } })).json;
      const rawBody = JSON.stringify({ email: 'lead@example.org', form: 'contact' });
      const signature = await signWebhook(rawBody, created.signing_secret);
      return (await client.call('POST', `${webhooks}/${created.id}`, { identity: 'none', rawBody, headers: { 'X-Agentruntime-Signature': signature } })).status;
    },
  },
  {
    id: 'agentruntime.workflows.archive-deletes',
    api,
    family: 'deletion',
    bug: 'DELETE /v1/workflows/{id} was rewritten on the repository\'s delete() (the soft-delete helper was thought to be dead code) and still answers with the archived workflow: the workflow is gone for good, every later read of it is 404, and it drops out of the list',
    documented: 'Workflows: "DELETE /v1/workflows/{id} contributor+ Archive workflow"; Major endpoint groups: "Workflows /v1/workflows CRUD, versions, validate, connection overrides"',
    caughtBy: 'a delete that documents an archive: the workflow is still readable afterwards, archived',
    wrap: (inner) => {
      const deleted = new Set<string>();
      return async (request) => {
        const id = workflowIdOf(request);
        if (id !== undefined && deleted.has(`${scopeOf(request)} ${id}`)) {
          const missing = await inner({ ...request, method: 'GET', url: `${workflows}/${encodeURIComponent(`${id}-gone`)}`, body: '' });
          const answer = responseJson(missing);
          return answer && typeof answer.message === 'string' ? withResponseJson(missing, { ...answer, message: answer.message.replace(`${id}-gone`, id) }) : missing;
        }
        const response = await inner(request);
        if (id !== undefined && request.method === 'DELETE' && splitUrl(request.url).pathname === `${workflows}/${encodeURIComponent(id)}` && succeeded(response)) deleted.add(`${scopeOf(request)} ${id}`);
        const listed = route(api, request, 'GET', workflows) && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(listed?.data) || deleted.size === 0) return response;
        return withResponseJson(response, { ...listed, data: listed.data.filter((workflow: { id: string }) => !deleted.has(`${scopeOf(request)} ${workflow.id}`)) });
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', workflows, { body: { name: 'Quarterly report' } })).json;
      await client.call('DELETE', `${workflows}/${workflow.id}`);
      const read = await client.call('GET', `${workflows}/${workflow.id}`);
      return [read.status, read.json?.status ?? null];
    },
  },
  {
    id: 'agentruntime.tasks-inbox.cached-past-completion',
    api,
    family: 'write-read',
    bug: 'GET /v1/tasks/pending is cached per workspace and the cache is cleared when a run starts (new tasks), but not when a task is completed: an approved or rejected task stays in the Command Center inbox, and a second approver gets a 409 on it',
    documented: 'Runs and human tasks: "GET /v1/tasks/pending viewer+ Pending human tasks (tenant inbox)", "POST /v1/workflows/{id}/runs/{runID}/tasks/{task_id}/complete contributor+ Approve or reject human task"',
    caughtBy: 'read after a change: list the inbox, complete a task, list it again and find the task gone',
    wrap: readCache(
      (request) => (route(api, request, 'GET', '/v1/tasks/pending') ? `${request.header('x-tenant-id') ?? ''}\n${request.header('authorization') ?? ''}\n${request.header('x-project-id') ?? ''}\n${request.url}` : undefined),
      (request) => {
        const startsRuns = route(api, request, 'POST', '/v1/workflows/{id}/command') ?? route(api, request, 'POST', ingress);
        return startsRuns ? (entry) => entry.startsWith(`${request.header('x-tenant-id') ?? ''}\n`) : undefined;
      },
    ),
    probe: async (client) => {
      const { workflowId, runId, taskId } = await startedApproval(client);
      await client.call('GET', '/v1/tasks/pending');
      await client.call('POST', `${workflows}/${workflowId}/runs/${runId}/tasks/${taskId}/complete`, { body: { approved: true } });
      return (await client.call('GET', '/v1/tasks/pending')).json.data.map((task: { id: string }) => task.id);
    },
  },
  {
    id: 'agentruntime.inbound-webhooks.automation-bearer-listed',
    api,
    family: 'data-exposure',
    bug: 'The subscription entity is built by spreading the create body, automation_bearer included, and the list serialiser returns the entity whole: every contributor who lists the subscriptions reads the automation PAT in clear',
    documented: 'Inbound webhooks: create body "automation_bearer": "pat_…"; "Response includes ingress_url, signing_secret (once), and subscription"; Personal access tokens: "GET /v1/pats/{id}/reveal viewer+ Reveal token (once)"',
    caughtBy: 'no secret in any answer: a PAT given at create time never comes back in the subscription or its list',
    wrap: (inner) => {
      const bearerOf = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', webhooks) && response.status === 201) {
          const bearer = requestJson(request)?.automation_bearer;
          const created = responseJson(response);
          if (typeof bearer === 'string' && typeof created?.id === 'string') bearerOf.set(created.id, bearer);
        }
        const shown = (route(api, request, 'GET', webhooks) || route(api, request, 'POST', webhooks)) && succeeded(response) && bearerOf.size > 0 ? responseJson(response) : undefined;
        if (!shown) return response;
        for (const object of objectsIn(shown)) {
          const bearer = typeof object.id === 'string' && 'workflow_id' in object ? bearerOf.get(object.id) : undefined;
          if (bearer !== undefined) object.automation_bearer = bearer;
        }
        return withResponseJson(response, shown);
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', workflows, { body: { name: 'Form leads' } })).json;
      await client.call('POST', webhooks, { body: { workflow_id: workflow.id, name: 'form-leads', automation_bearer: 'pat_contributor_acme_automation7f3a' } });
      return (await client.call('GET', webhooks)).json.data.map((subscription: Record<string, unknown>) => subscription.automation_bearer ?? null);
    },
  },
];
