/**
 * Unseen faults for AgentRuntime (documentation: /work/shared/seeds/001 and
 * 002). Written blind to the suite: the role of the connection-override
 * replace, a workflow's own runs, the analytics window, a deleted webhook
 * subscription's ingress, "request keys win on conflicts", the tenant of the
 * run feed's status filter.
 */
import { signWebhook } from '../../../client/webhooks.ts';
import type { MockRequest, MockResponse } from '../../../mocks/stateful/message.ts';
import { type Fault, jsonResponse, queryOf, type Respond, requestJson, responseJson, route, withHeaders, withPath, withQuery, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'agentruntime';
const pat = (request: MockRequest) => request.header('authorization') ?? '';
const scopeOf = (request: MockRequest) => `${request.header('x-tenant-id')} ${request.header('x-project-id')}`;
const documentedWindows = ['month', 'week', 'all'];
const analytics = ['live-runs', 'success-rate', 'execution-duration', 'runs-count', 'steps-executed', 'credits-consumed', 'steps-summary', 'runs-timeseries', 'usage-timeseries'].map((metric) => `/v1/analytics/${metric}`);

/** Whether the caller's project has the subscription: its list, walked 100 at a time (the list's refusal, if it refuses). */
async function findSubscription(inner: Respond, request: MockRequest, id: string): Promise<{ refusal?: MockResponse; found: boolean }> {
  let cursor: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const url: string = `/v1/inbound-webhooks?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const listed = await inner({ ...request, method: 'GET', url, body: '' });
    if (listed.status !== 200) return { refusal: listed, found: false };
    const answer = responseJson(listed);
    if (answer.data.some((subscription: { id: string }) => subscription.id === id)) return { found: true };
    cursor = answer.next_cursor;
    if (!cursor) break;
  }
  return { found: false };
}

export const agentRuntimeUnseenFaults: Fault[] = [
  {
    id: 'agentruntime.connection-overrides.viewer-can-replace',
    api,
    family: 'authorization',
    bug: 'PUT /v1/workflows/{id}/connection-overrides was added next to the GET and inherited its viewer+ guard: a project_viewer replaces the override map',
    documented: 'Workflow connection overrides: "PUT /v1/workflows/{id}/connection-overrides contributor+ Replace override map"; Error codes: "403 Insufficient project role or PAT scope"',
    caughtBy: 'authorization per operation',
    wrap: (inner) => (request) => {
      const viewer = route(api, request, 'PUT', '/v1/workflows/{id}/connection-overrides') && /\bpat_viewer_/.test(pat(request));
      return inner(viewer ? withHeaders(request, { authorization: pat(request).replace(/\bpat_viewer_/, 'pat_contributor_') }) : request);
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Weekly digest' } })).json;
      return (await client.call('PUT', `/v1/workflows/${workflow.id}/connection-overrides`, { identity: 'readonly', body: { overrides: { 'step-draft': 'conn-openai-eu' } } })).status;
    },
  },
  {
    id: 'agentruntime.workflow-runs.other-workflows-listed',
    api,
    family: 'filter',
    bug: 'GET /v1/workflows/{id}/runs checks the workflow, then runs the feed\'s query without its workflow_id predicate: the runs of every workflow of the project come back',
    documented: 'Workflows: "GET /v1/workflows/{id}/runs viewer+ List runs for workflow"',
    caughtBy: 'lists honour their filters (the path\'s workflow)',
    wrap: (inner) => async (request) => {
      if (!route(api, request, 'GET', '/v1/workflows/{id}/runs')) return inner(request);
      const checked = await inner(request);
      return checked.status === 200 ? inner(withPath(request, '/v1/runs')) : checked;
    },
    probe: async (client) => {
      const first = (await client.call('POST', '/v1/workflows', { body: { name: 'Weekly digest' } })).json;
      const second = (await client.call('POST', '/v1/workflows', { body: { name: 'Lead intake' } })).json;
      await client.call('POST', `/v1/workflows/${first.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } });
      await client.call('POST', `/v1/workflows/${second.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } });
      return (await client.call('GET', `/v1/workflows/${first.id}/runs`)).json.data.length;
    },
  },
  {
    id: 'agentruntime.analytics.unknown-window-as-all',
    api,
    family: 'validation',
    bug: 'The analytics endpoints map window with a switch whose default branch is "all": window=year (or a typo) answers 200 over all time instead of a 422',
    documented: 'Analytics: "Query window=month|week|all or bounded from / to"; Error codes: "422 Validation error"',
    caughtBy: 'invalid input rejected (a value outside the enum)',
    wrap: (inner) => (request) => {
      const asked = analytics.some((path) => route(api, request, 'GET', path)) ? queryOf(request).get('window') : null;
      return inner(asked !== null && !documentedWindows.includes(asked) ? withQuery(request, (query) => query.set('window', 'all')) : request);
    },
    probe: async (client) => (await client.call('GET', '/v1/analytics/runs-count?window=year')).status,
  },
  {
    id: 'agentruntime.inbound-webhooks.ingress-after-delete',
    api,
    family: 'deletion',
    bug: 'DELETE /v1/inbound-webhooks/{id} only stamps deleted_at; the list filters it, the public ingress looks the subscription up without it and keeps starting runs',
    documented: 'Inbound webhooks: "DELETE /v1/inbound-webhooks/{id} contributor+ Delete subscription", "POST /v1/inbound-webhooks/{subscription_id} HMAC + Bearer PAT Public ingress — starts run"; "404 Resource not found"',
    caughtBy: 'gone means gone (through the ingress)',
    wrap: (inner) => {
      const deleted = new Set<string>();
      return async (request) => {
        const removed = route(api, request, 'DELETE', '/v1/inbound-webhooks/{id}');
        if (removed) {
          const key = `${scopeOf(request)} ${removed.id}`;
          const { refusal, found } = await findSubscription(inner, request, removed.id);
          if (refusal) return refusal;
          if (!found || deleted.has(key)) return jsonResponse(404, { code: 'not_found', message: `Subscription ${removed.id} not found` });
          deleted.add(key);
          return { status: 204, headers: {}, body: null };
        }
        const response = await inner(request);
        const listed = route(api, request, 'GET', '/v1/inbound-webhooks') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(listed?.data)) return response;
        return withResponseJson(response, { ...listed, data: listed.data.filter((subscription: { id: string }) => !deleted.has(`${scopeOf(request)} ${subscription.id}`)) });
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Form leads' } })).json;
      const created = (await client.call('POST', '/v1/inbound-webhooks', { body: { workflow_id: workflow.id, name: 'form-leads' } })).json;
      await client.call('DELETE', `/v1/inbound-webhooks/${created.id}`);
      const body = { email: 'lead@example.org', form: 'contact' };
      const signature = await signWebhook(JSON.stringify(body), created.signing_secret);
      return (await client.call('POST', `/v1/inbound-webhooks/${created.id}`, { body, headers: { 'X-Agentruntime-Signature': signature } })).status;
    },
  },
  {
    id: 'agentruntime.runs.saved-defaults-win',
    api,
    family: 'write-read',
    bug: 'POST /v1/workflows/{id}/command (start, use_run_setup_defaults: true) spreads the saved defaults over the request ({ ...request, ...defaults }): on a conflict the saved default wins',
    documented: 'Start, pause, resume, stop: "use_run_setup_defaults — When true, merge saved Studio defaults from the workflow version; request keys win on conflicts."',
    caughtBy: 'a run-setup scenario (the run\'s input after a start with defaults)',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      const started = route(api, request, 'POST', '/v1/workflows/{id}/command');
      if (!started || body?.command !== 'start' || body.params?.use_run_setup_defaults !== true) return inner(request);
      const workflow = await inner({ ...request, method: 'GET', url: `/v1/workflows/${encodeURIComponent(started.id)}`, body: '' });
      const defaults = workflow.status === 200 ? responseJson(workflow)?.run_setup?.trigger_payload : undefined;
      if (!defaults || typeof defaults !== 'object') return inner(request);
      const sent = body.params.trigger_payload && typeof body.params.trigger_payload === 'object' ? body.params.trigger_payload : {};
      return inner(withRequestJson(request, { ...body, params: { ...body.params, trigger_payload: { ...sent, ...defaults } } }));
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Weekly digest' } })).json;
      await client.call('PATCH', `/v1/workflows/${workflow.id}`, { body: { run_setup: { trigger_payload: { topic: 'saved topic', tone: 'formal' } } } });
      const params = { trigger_type: 'api', trigger_payload: { topic: 'asked topic' }, use_run_setup_defaults: true };
      const run = (await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params } })).json;
      return (await client.call('GET', `/v1/workflows/${workflow.id}/runs/${run.id}/context`)).json.input;
    },
  },
  {
    id: 'agentruntime.runs.status-filter-drops-tenant',
    api,
    family: 'isolation',
    bug: 'GET /v1/runs?status=… replaces the query\'s where clause with { status } instead of adding to it: the tenant predicate is lost and every workspace\'s runs of that status come back',
    documented: 'Runs and human tasks: "GET /v1/runs viewer+ Tenant-wide run feed (Command Center data source)"; Request context: "X-Tenant-Id — Workspace (tenant) identifier"',
    caughtBy: 'isolation (a filtered list as identity B)',
    wrap: (inner) => {
      const callers = new Map<string, Record<string, string>>();
      return async (request) => {
        const response = await inner(request);
        const tenant = request.header('x-tenant-id');
        if (tenant && pat(request) && response.status < 400) callers.set(tenant, { authorization: pat(request), 'x-tenant-id': tenant });
        const feed = route(api, request, 'GET', '/v1/runs') && queryOf(request).has('status') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(feed?.data) || feed.next_cursor) return response;
        const others: { created_at?: string }[] = [];
        for (const [other, headers] of callers) {
          if (other === tenant) continue;
          const everyProject = withHeaders(request, { ...headers, 'x-project-id': null });
          const theirs = responseJson(await inner(withQuery(everyProject, (query) => query.delete('cursor'))));
          if (Array.isArray(theirs?.data)) others.push(...theirs.data);
        }
        if (others.length === 0) return response;
        // One query over every workspace: newest first, cut at the page size, as the feed orders and cuts its own.
        const limit = Number(queryOf(request).get('limit') ?? 50);
        const data = [...feed.data, ...others].sort((a: { created_at?: string }, b: { created_at?: string }) => String(b.created_at).localeCompare(String(a.created_at))).slice(0, limit);
        return withResponseJson(response, { ...feed, data });
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Weekly digest' } })).json;
      await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } } });
      return (await client.call('GET', '/v1/runs?status=completed', { identity: 'b' })).json.data.length;
    },
  },
];
