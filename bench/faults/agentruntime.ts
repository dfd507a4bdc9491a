/**
 * Faulty AgentRuntime servers. The documentation is /work/shared/seeds/001 and
 * 002 (the BFF reference and overview): the route tables with each route's
 * minimum role, the PAT plus X-Tenant-Id / X-Project-Id context, the error
 * statuses (401, 403 for an insufficient role, 404, 422 for validation),
 * "Reveal token (once)", credential metadata "not full secrets", agent delete,
 * PATCH of a workflow's "draft graph or run_setup". Bodies and paging are the
 * contract's design, so no fault here relies on a body shape or a page size.
 */
import type { MockRequest, MockResponse } from '../../mocks/stateful/message.ts';
import { type Fault, jsonResponse, requestJson, responseJson, route, succeeded, updateThatLoses, withHeaders, withRequestJson, withResponseJson } from './kit.ts';

const api = 'agentruntime';
const pat = (request: MockRequest) => request.header('authorization') ?? '';
/** The headers that make a caller: its PAT and its context. */
const callerHeaders = (request: MockRequest) => ({ authorization: pat(request), 'x-tenant-id': request.header('x-tenant-id'), 'x-project-id': request.header('x-project-id') });
const asContributor = (request: MockRequest) => withHeaders(request, { authorization: pat(request).replace(/\bpat_viewer_/, 'pat_contributor_') });
const tenantOf = (request: MockRequest) => `${request.header('x-tenant-id')} ${request.header('x-project-id')}`;

/** A role refusal, as the mock words it (403 forbidden, "needs the … role"). */
function refusedForRole(response: MockResponse): boolean {
  const answer = response.status === 403 ? responseJson(response) : undefined;
  return answer?.code === 'forbidden' && /role/.test(String(answer.message));
}

export const agentRuntimeFaults: Fault[] = [
  {
    id: 'agentruntime.workflows.viewer-can-create',
    api,
    family: 'authorization',
    bug: 'POST /v1/workflows forgets its role guard: a project_viewer PAT creates workflows',
    documented: 'Workflows: "POST /v1/workflows contributor+ Create workflow"; Error codes: "403 Insufficient project role or PAT scope"',
    caughtBy: 'authorization per operation',
    wrap: (inner) => (request) => inner(route(api, request, 'POST', '/v1/workflows') ? asContributor(request) : request),
    probe: async (client) => (await client.call('POST', '/v1/workflows', { identity: 'readonly', body: { name: 'Weekly digest' } })).status,
  },
  {
    id: 'agentruntime.agents.viewer-can-delete',
    api,
    family: 'authorization',
    bug: 'DELETE /v1/agents/{id} checks only that the PAT belongs to the project: a project_viewer deletes agents',
    documented: 'Agents: "project_viewer (read), project_contributor (write)", "DELETE /v1/agents/{id} Delete agent"',
    caughtBy: 'authorization per operation',
    wrap: (inner) => (request) => inner(route(api, request, 'DELETE', '/v1/agents/{id}') ? asContributor(request) : request),
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/agents', { body: { name: 'Support triage' } })).json;
      return (await client.call('DELETE', `/v1/agents/${created.id}`, { identity: 'readonly' })).status;
    },
  },
  {
    id: 'agentruntime.roles.refused-with-401',
    api,
    family: 'authorization',
    bug: 'A PAT whose role is too low gets 401 (as if it were unknown) instead of 403',
    documented: 'Error codes: "401 Missing or invalid authentication", "403 Insufficient project role or PAT scope"',
    caughtBy: 'authorization per operation (never 401 for the read-only role)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!refusedForRole(response)) return response;
      return jsonResponse(401, { code: 'unauthorized', message: 'Missing or invalid authentication', request_id: responseJson(response).request_id });
    },
    probe: async (client) => (await client.call('GET', '/v1/connections', { identity: 'readonly' })).status,
  },
  {
    id: 'agentruntime.runs.feed-without-token',
    api,
    family: 'authorization',
    bug: 'GET /v1/runs (the Command Center feed) answers a request that carries only X-Tenant-Id, with no PAT or session, as a viewer of that tenant',
    documented: 'Authentication: "All authenticated requests use either: Session cookie … Bearer PAT"; Runs and human tasks: "GET /v1/runs viewer+"; "401 Missing or invalid authentication"',
    caughtBy: 'missing or invalid credentials rejected',
    wrap: (inner) => (request) => {
      const anonymous = !pat(request) && !request.header('cookie') && request.header('x-tenant-id');
      return inner(anonymous && route(api, request, 'GET', '/v1/runs') ? withHeaders(request, { authorization: `Bearer pat_viewer_${request.header('x-tenant-id')}_embed` }) : request);
    },
    probe: async (client) => (await client.call('GET', '/v1/runs', { identity: 'none', headers: { 'X-Tenant-Id': 'acme' } })).status,
  },
  {
    id: 'agentruntime.workflows.project-ignored-on-read',
    api,
    family: 'isolation',
    bug: 'GET /v1/workflows/{id} loads the workflow by id within the tenant and ignores X-Project-Id: a workflow of one project is readable from any other',
    documented: 'Request context: "X-Project-Id — Project scope for workflow and integration operations"; "API clients must send them on scoped endpoints"',
    caughtBy: 'isolation (identity A under another X-Project-Id)',
    wrap: (inner) => {
      const projects = new Map<string, string>();
      return async (request) => {
        const read = route(api, request, 'GET', '/v1/workflows/{id}');
        const project = read ? projects.get(`${request.header('x-tenant-id')} ${read.id}`) : undefined;
        const response = await inner(project ? withHeaders(request, { 'x-project-id': project }) : request);
        if (route(api, request, 'POST', '/v1/workflows') && response.status === 201) projects.set(`${request.header('x-tenant-id')} ${responseJson(response).id}`, request.header('x-project-id') ?? '');
        return response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/workflows', { body: { name: 'Weekly digest' } })).json;
      return (await client.call('GET', `/v1/workflows/${created.id}`, { headers: { 'X-Project-Id': 'proj-other' } })).status;
    },
  },
  {
    id: 'agentruntime.agents.read-across-tenants',
    api,
    family: 'isolation',
    bug: 'GET /v1/agents/{id} falls back to a global lookup when the agent is not in the caller\'s tenant, so another workspace\'s PAT reads it',
    documented: 'Request context: "X-Tenant-Id — Workspace (tenant) identifier"; 403: "the PAT does not belong to X-Tenant-Id"; "404 Resource not found"',
    caughtBy: 'isolation',
    wrap: (inner) => {
      const owners = new Map<string, ReturnType<typeof callerHeaders>>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/v1/agents') && response.status === 201) owners.set(responseJson(response).id, callerHeaders(request));
        const read = route(api, request, 'GET', '/v1/agents/{id}');
        const owner = read && response.status === 404 ? owners.get(read.id) : undefined;
        return owner ? inner(withHeaders(request, owner)) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/agents', { body: { name: 'Support triage' } })).json;
      return (await client.call('GET', `/v1/agents/${created.id}`, { identity: 'b' })).status;
    },
  },
  {
    id: 'agentruntime.agents.deleted-still-listed',
    api,
    family: 'deletion',
    bug: 'GET /v1/agents is served from a search index that DELETE /v1/agents/{id} does not update: a deleted agent stays listed',
    documented: 'Agents: "DELETE /v1/agents/{id} Delete agent", "GET /v1/agents List agents"',
    caughtBy: 'gone means gone',
    wrap: (inner) => {
      const stale = new Map<string, Record<string, unknown>[]>();
      return async (request) => {
        const removed = route(api, request, 'DELETE', '/v1/agents/{id}');
        if (removed) {
          const before = await inner({ ...request, method: 'GET', body: '' });
          const response = await inner(request);
          if (response.status === 204 && before.status === 200) stale.set(tenantOf(request), [...(stale.get(tenantOf(request)) ?? []), responseJson(before)]);
          return response;
        }
        const response = await inner(request);
        const listed = route(api, request, 'GET', '/v1/agents') && succeeded(response) ? responseJson(response) : undefined;
        const ghosts = stale.get(tenantOf(request)) ?? [];
        if (!Array.isArray(listed?.data) || ghosts.length === 0 || listed.next_cursor) return response;
        return withResponseJson(response, { ...listed, data: [...listed.data, ...ghosts] });
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/agents', { body: { name: 'Support triage' } })).json;
      await client.call('DELETE', `/v1/agents/${created.id}`);
      return (await client.call('GET', '/v1/agents')).json.data.length;
    },
  },
  {
    id: 'agentruntime.pats.revealed-again',
    api,
    family: 'data-exposure',
    bug: 'GET /v1/pats/{id}/reveal caches its first answer: the token can be revealed again and again',
    documented: 'Personal access tokens: "GET /v1/pats/{id}/reveal viewer+ Reveal token (once)"',
    caughtBy: 'the "PAT reveal once" scenario',
    wrap: (inner) => {
      const revealed = new Map<string, MockResponse>();
      return async (request) => {
        const reveal = route(api, request, 'GET', '/v1/pats/{id}/reveal');
        const key = reveal ? `${request.header('x-tenant-id')} ${reveal.id}` : '';
        if (reveal && revealed.has(key)) return revealed.get(key)!;
        const response = await inner(request);
        if (reveal && response.status === 200) revealed.set(key, response);
        return response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/pats', { body: { name: 'nightly-export' } })).json;
      await client.call('GET', `/v1/pats/${created.id}/reveal`);
      return (await client.call('GET', `/v1/pats/${created.id}/reveal`)).status;
    },
  },
  {
    id: 'agentruntime.validation.400-instead-of-422',
    api,
    family: 'status-and-headers',
    bug: 'An invalid request body or parameter gets the web framework\'s default 400 instead of 422',
    documented: 'Error codes: "422 Validation error (graph, bindings, billing)"; overview: "422 often signals validation errors"',
    caughtBy: 'status code documented / invalid input rejected',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      return response.status === 422 && responseJson(response)?.code === 'validation_failed' ? { ...response, status: 400 } : response;
    },
    probe: async (client) => (await client.call('POST', '/v1/workflows', { body: {} })).status,
  },
  {
    id: 'agentruntime.workflows.update-loses-run-setup',
    api,
    family: 'write-read',
    bug: 'PATCH /v1/workflows/{id} answers with the new run_setup but only the draft graph is saved',
    documented: 'Workflows: "PATCH /v1/workflows/{id} contributor+ Update draft graph or run_setup (Save defaults)"',
    caughtBy: 'write then read',
    wrap: (inner) => (request) => (route(api, request, 'PATCH', '/v1/workflows/{id}') && requestJson(request)?.run_setup !== undefined ? updateThatLoses(inner, request, 'run_setup') : inner(request)),
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/workflows', { body: { name: 'Weekly digest' } })).json;
      await client.call('PATCH', `/v1/workflows/${created.id}`, { body: { run_setup: { trigger_payload: { topic: 'weekly digest' } } } });
      return (await client.call('GET', `/v1/workflows/${created.id}`)).json.run_setup;
    },
  },
  {
    id: 'agentruntime.workflows.patch-clears-unsent',
    api,
    family: 'partial-update',
    bug: 'PATCH /v1/workflows/{id} rebuilds the draft from the body: a description or run_setup not sent is cleared',
    documented: 'Workflows: "PATCH /v1/workflows/{id} Update draft graph or run_setup" (either part alone)',
    caughtBy: 'partial update leaves unsent fields unchanged (being added to the suite)',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'PATCH', '/v1/workflows/{id}') || !body || typeof body !== 'object' || Array.isArray(body)) return inner(request);
      return inner(withRequestJson(request, { description: null, run_setup: {}, ...body }));
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/workflows', { body: { name: 'Weekly digest', description: 'Mails the weekly digest' } })).json;
      await client.call('PATCH', `/v1/workflows/${created.id}`, { body: { name: 'Weekly digest v2' } });
      return (await client.call('GET', `/v1/workflows/${created.id}`)).json.description;
    },
  },
  {
    id: 'agentruntime.connections.credential-values-revealed',
    api,
    family: 'data-exposure',
    bug: 'GET /v1/connections/{id}/credentials serialises each stored field whole: next to its masked hint comes its value',
    documented: 'Connections: "GET /v1/connections/{id}/credentials Reveal credential metadata (not full secrets)"',
    caughtBy: 'no undocumented data (a secret-looking field) / the "connection secrets hidden" scenario',
    wrap: (inner) => {
      const secrets = new Map<string, Record<string, unknown>>();
      return async (request) => {
        const body = requestJson(request);
        const response = await inner(request);
        if (route(api, request, 'POST', '/v1/connections') && response.status === 201 && body?.credentials) secrets.set(responseJson(response).id, body.credentials);
        const updated = route(api, request, 'PATCH', '/v1/connections/{id}');
        if (updated && succeeded(response) && body?.credentials) secrets.set(updated.id, body.credentials);
        const read = route(api, request, 'GET', '/v1/connections/{id}/credentials');
        const values = read && response.status === 200 ? secrets.get(read.id) : undefined;
        const answer = values ? responseJson(response) : undefined;
        if (!Array.isArray(answer?.fields)) return response;
        return withResponseJson(response, { ...answer, fields: answer.fields.map((field: { name: string }) => ({ ...field, value: values![field.name] })) });
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/connections', { body: { name: 'Stripe', provider: 'stripe', credentials: { api_key: 'sk_test_probe' } } })).json;
      return (await client.call('GET', `/v1/connections/${created.id}/credentials`)).json.fields;
    },
  },
];
