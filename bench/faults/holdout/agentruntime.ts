/**
 * Holdout faults for AgentRuntime (documentation: /work/shared/seeds/001 and
 * 002). Never tuned against: the role of a read that needs contributor, the
 * webhook signing secret "(once)", a deleted connection's credentials, a
 * write across tenants, the closed list of run commands.
 */
import { type MockRequest, splitUrl } from '../../../mocks/stateful/message.ts';
import { type Fault, requestJson, responseJson, route, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';

const api = 'agentruntime';
const pat = (request: MockRequest) => request.header('authorization') ?? '';
const callerHeaders = (request: MockRequest) => ({ authorization: pat(request), 'x-tenant-id': request.header('x-tenant-id'), 'x-project-id': request.header('x-project-id') });
const scopeOf = (request: MockRequest) => `${request.header('x-tenant-id')} ${request.header('x-project-id')}`;
const documentedCommands = ['start', 'pause', 'resume', 'stop'];

export const agentRuntimeHoldoutFaults: Fault[] = [
  {
    id: 'agentruntime.inbound-webhooks.viewer-can-list',
    api,
    family: 'authorization',
    bug: 'GET /v1/inbound-webhooks applies the default read guard (viewer+) instead of contributor+: a project_viewer lists the subscriptions',
    documented: 'Inbound webhooks: "GET /v1/inbound-webhooks contributor+ List subscriptions"; Error codes: "403 Insufficient project role or PAT scope"',
    caughtBy: 'authorization per operation',
    wrap: (inner) => (request) => {
      const viewer = route(api, request, 'GET', '/v1/inbound-webhooks') && /\bpat_viewer_/.test(pat(request));
      return inner(viewer ? withHeaders(request, { authorization: pat(request).replace(/\bpat_viewer_/, 'pat_contributor_') }) : request);
    },
    probe: async (client) => (await client.call('GET', '/v1/inbound-webhooks', { identity: 'readonly' })).status,
  },
  {
    id: 'agentruntime.inbound-webhooks.signing-secret-listed',
    api,
    family: 'data-exposure',
    bug: 'GET /v1/inbound-webhooks lists each subscription with its signing_secret (the list selects every column)',
    documented: 'Inbound webhooks: create "Response includes ingress_url, signing_secret (once), and subscription"',
    caughtBy: 'no undocumented data (a secret-looking field) / the inbound-webhook scenario',
    wrap: (inner) => {
      const secrets = new Map<string, string>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/v1/inbound-webhooks') && response.status === 201) {
          const created = responseJson(response);
          secrets.set(created.id, created.signing_secret);
        }
        const listed = route(api, request, 'GET', '/v1/inbound-webhooks') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(listed?.data)) return response;
        const data = listed.data.map((subscription: { id: string }) => (secrets.has(subscription.id) ? { ...subscription, signing_secret: secrets.get(subscription.id) } : subscription));
        return withResponseJson(response, { ...listed, data });
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Form leads' } })).json;
      await client.call('POST', '/v1/inbound-webhooks', { body: { workflow_id: workflow.id, name: 'form-leads' } });
      return 'signing_secret' in (await client.call('GET', '/v1/inbound-webhooks')).json.data[0];
    },
  },
  {
    id: 'agentruntime.connections.credentials-after-delete',
    api,
    family: 'deletion',
    bug: 'DELETE /v1/connections/{id} removes the connection but not its vault entry, and GET /v1/connections/{id}/credentials reads the vault without checking the connection: a deleted connection\'s credential metadata stays readable',
    documented: 'Connections: "DELETE /v1/connections/{id} Delete connection", "GET /v1/connections/{id}/credentials Reveal credential metadata"; "404 Resource not found"',
    caughtBy: 'gone means gone (through another route than the deleted one)',
    wrap: (inner) => {
      const vault = new Map<string, ReturnType<typeof responseJson>>();
      return async (request) => {
        const removed = route(api, request, 'DELETE', '/v1/connections/{id}');
        if (removed) {
          const metadata = await inner({ ...request, method: 'GET', url: `${splitUrl(request.url).pathname}/credentials`, body: '' });
          const response = await inner(request);
          if (response.status === 204 && metadata.status === 200) vault.set(`${scopeOf(request)} ${removed.id}`, responseJson(metadata));
          return response;
        }
        const read = route(api, request, 'GET', '/v1/connections/{id}/credentials');
        const response = await inner(request);
        const kept = read && response.status === 404 ? vault.get(`${scopeOf(request)} ${read.id}`) : undefined;
        return kept ? withResponseJson({ ...response, status: 200 }, kept) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/connections', { body: { name: 'Stripe', provider: 'stripe', credentials: { api_key: 'sk_test_probe' } } })).json;
      await client.call('DELETE', `/v1/connections/${created.id}`);
      return (await client.call('GET', `/v1/connections/${created.id}/credentials`)).status;
    },
  },
  {
    id: 'agentruntime.agents.update-across-tenants',
    api,
    family: 'isolation',
    bug: 'PATCH /v1/agents/{id} updates by id alone (UPDATE … WHERE id = $1): another workspace\'s PAT changes the agent, though its reads are scoped',
    documented: 'Request context: "X-Tenant-Id — Workspace (tenant) identifier"; Agents: "project_contributor (write)"; "403 … the PAT does not belong to X-Tenant-Id", "404 Resource not found"',
    caughtBy: 'isolation (writes as identity B)',
    wrap: (inner) => {
      const owners = new Map<string, ReturnType<typeof callerHeaders>>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/v1/agents') && response.status === 201) owners.set(responseJson(response).id, callerHeaders(request));
        const updated = route(api, request, 'PATCH', '/v1/agents/{id}');
        const owner = updated && response.status === 404 ? owners.get(updated.id) : undefined;
        return owner ? inner(withHeaders(request, owner)) : response;
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/agents', { body: { name: 'Support triage' } })).json;
      await client.call('PATCH', `/v1/agents/${created.id}`, { identity: 'b', body: { name: 'Taken over' } });
      return (await client.call('GET', `/v1/agents/${created.id}`)).json.name;
    },
  },
  {
    id: 'agentruntime.workflows.unknown-command-accepted',
    api,
    family: 'validation',
    bug: 'POST /v1/workflows/{id}/command treats any command it does not know (restart, run, "") as start: the switch falls through to its default branch and starts a run',
    documented: 'Run control: "command … start | pause | resume | stop" (the table of commands and their effect); Error codes: "422 Validation error"',
    caughtBy: 'invalid input rejected (a value outside the enum)',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      const unknown = route(api, request, 'POST', '/v1/workflows/{id}/command') && typeof body?.command === 'string' && !documentedCommands.includes(body.command);
      return inner(unknown ? withRequestJson(request, { ...body, command: 'start' }) : request);
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Weekly digest' } })).json;
      return (await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'restart' } })).status;
    },
  },
];
