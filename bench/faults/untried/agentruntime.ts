/**
 * Untried faults for AgentRuntime (documentation: /work/shared/seeds/001 and
 * 002). Written blind to the suite: an ingress signature that is never
 * compared, the tenant inbox of human tasks, a delete through the legacy
 * connection routes, the override map's replace, a cancellation's default,
 * the unit of the credit balances.
 */
import { signWebhook } from '../../../client/webhooks.ts';
import type { MockRequest } from '../../../mocks/stateful/message.ts';
import { type Fault, jsonResponse, queryOf, requestJson, responseJson, route, withHeaders, withRequestJson, withResponseJson } from '../kit.ts';
import { approvalWorkflow } from '../probe-fixtures.ts';

const api = 'agentruntime';
const overrides = '/v1/workflows/{id}/connection-overrides';

/** The workspace and project a request acts in. */
const scopeOf = (request: MockRequest) => `${request.header('x-tenant-id') ?? ''}/${request.header('x-project-id') ?? ''}`;

interface Credentials {
  authorization: string | null;
  tenant: string | null;
  project: string | null;
}

export const agentRuntimeUntriedFaults: Fault[] = [
  {
    id: 'agentruntime.inbound-webhooks.signature-not-compared',
    api,
    family: 'authorization',
    bug: 'The ingress checks that X-Agentruntime-Signature is present and starts with sha256=, but the comparison with the HMAC was left behind a feature flag that is off in production: any body with any sha256= value starts a run',
    documented: 'Inbound webhooks: "POST /v1/inbound-webhooks/{subscription_id} HMAC + Bearer PAT Public ingress — starts run", "X-Agentruntime-Signature: sha256=<hmac-sha256 of raw body>"; Error codes: "401 Missing or invalid authentication"',
    caughtBy: 'a webhook with a wrong signature is refused',
    wrap: (inner) => {
      const secrets = new Map<string, string>();
      return async (request) => {
        const ingress = route(api, request, 'POST', '/v1/inbound-webhooks/{id}');
        const claimed = request.header('x-agentruntime-signature') ?? '';
        const secret = ingress ? secrets.get(ingress.id) : undefined;
        const unchecked = secret !== undefined && claimed.startsWith('sha256=');
        const response = unchecked ? await inner({ ...request, header: withSignature(request, await signWebhook(request.body ?? '', secret)) }) : await inner(request);
        if (route(api, request, 'POST', '/v1/inbound-webhooks') && response.status === 201) {
          const created = responseJson(response);
          if (typeof created?.id === 'string' && typeof created.signing_secret === 'string') secrets.set(created.id, created.signing_secret);
        }
        return response;
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: { name: 'Form leads' } })).json;
      const created = (await client.call('POST', '/v1/inbound-webhooks', { body: { workflow_id: workflow.id, name: 'form-leads' } })).json;
      const body = { email: 'lead@example.org', form: 'contact' };
      return (await client.call('POST', `/v1/inbound-webhooks/${created.id}`, { body, headers: { 'X-Agentruntime-Signature': `sha256=${'0'.repeat(64)}` } })).status;
    },
  },
  {
    id: 'agentruntime.tasks-inbox.other-tenants-listed',
    api,
    family: 'isolation',
    bug: 'GET /v1/tasks/pending was rewritten to read the task queue directly (to make the inbox faster) and filters by status only: the inbox shows the pending human tasks of every workspace, with their step names and run ids',
    documented: 'Runs and human tasks: "GET /v1/tasks/pending viewer+ Pending human tasks (tenant inbox)"; Request context: "X-Tenant-Id — Workspace (tenant) identifier"',
    caughtBy: 'isolation (another tenant\'s list)',
    wrap: (inner) => {
      const workspaces = new Map<string, Credentials>();
      return async (request) => {
        const response = await inner(request);
        if (route(api, request, 'POST', '/v1/workflows/{id}/command') && response.status === 201) {
          workspaces.set(request.header('x-tenant-id') ?? '', { authorization: request.header('authorization'), tenant: request.header('x-tenant-id'), project: request.header('x-project-id') });
        }
        const listed = route(api, request, 'GET', '/v1/tasks/pending') && !queryOf(request).has('cursor') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(listed?.data)) return response;
        const foreign: unknown[] = [];
        for (const [tenant, credentials] of workspaces) {
          if (tenant === request.header('x-tenant-id')) continue;
          const headers: Record<string, string | null> = { authorization: credentials.authorization, 'x-tenant-id': credentials.tenant, 'x-project-id': credentials.project };
          const theirs = await inner({ ...request, url: '/v1/tasks/pending?limit=100', header: (name) => (name.toLowerCase() in headers ? headers[name.toLowerCase()]! : request.header(name)) });
          foreign.push(...(responseJson(theirs)?.data ?? []));
        }
        return foreign.length ? withResponseJson(response, { ...listed, data: [...listed.data, ...foreign] }) : response;
      };
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: approvalWorkflow, identity: 'b' })).json;
      await client.call('POST', `/v1/workflows/${workflow.id}/command`, { body: { command: 'start', params: { trigger_type: 'api' } }, identity: 'b' });
      return (await client.call('GET', '/v1/tasks/pending')).json.data.length;
    },
  },
  {
    id: 'agentruntime.mcp-connections.legacy-delete-keeps-connection',
    api,
    family: 'deletion',
    bug: 'DELETE /v1/mcp/connections/{id}, kept for legacy clients, deletes only the MCP binding row and answers 204: the connection disappears from the legacy list but stays in /v1/connections, credentials and all',
    documented: 'MCP: "Duplicate connection CRUD also exists under /v1/mcp/connections for legacy clients."; Connections: "DELETE /v1/connections/{id} Delete connection"',
    caughtBy: 'gone means gone (the connection after a delete)',
    wrap: (inner) => {
      const unbound = new Set<string>();
      return async (request) => {
        const legacy = route(api, request, '*', '/v1/mcp/connections/{id}') ?? route(api, request, 'GET', '/v1/mcp/connections/{id}/credentials');
        const key = legacy ? `${scopeOf(request)} ${legacy.id}` : '';
        if (legacy && unbound.has(key)) return jsonResponse(404, { code: 'not_found', message: `Connection ${legacy.id} not found` });
        if (legacy && request.method === 'DELETE') {
          const found = await inner({ ...request, method: 'GET', url: `/v1/mcp/connections/${encodeURIComponent(legacy.id)}/credentials`, body: '' });
          if (found.status !== 200) return inner(request);
          unbound.add(key);
          return { status: 204, headers: {}, body: null };
        }
        const response = await inner(request);
        const listed = route(api, request, 'GET', '/v1/mcp/connections') && response.status === 200 ? responseJson(response) : undefined;
        if (!Array.isArray(listed?.data) || unbound.size === 0) return response;
        return withResponseJson(response, { ...listed, data: listed.data.filter((connection: { id: string }) => !unbound.has(`${scopeOf(request)} ${connection.id}`)) });
      };
    },
    probe: async (client) => {
      const created = (await client.call('POST', '/v1/connections', { body: { name: 'Orders database', provider: 'postgres', config: { host: 'db.internal', database: 'orders' }, credentials: { password: 'correct-horse-9f2c' } } })).json;
      await client.call('DELETE', `/v1/mcp/connections/${created.id}`);
      return (await client.call('GET', '/v1/connections')).json.data.map((connection: { id: string }) => connection.id);
    },
  },
  {
    id: 'agentruntime.connection-overrides.put-merges',
    api,
    family: 'partial-update',
    bug: 'PUT /v1/workflows/{id}/connection-overrides upserts each key it is sent (INSERT … ON CONFLICT per entry) and never deletes the others: an override the client dropped from the map stays in force',
    documented: 'Workflow connection overrides: "PUT /v1/workflows/{id}/connection-overrides contributor+ Replace override map"',
    caughtBy: 'a replace drops what it was not sent',
    wrap: (inner) => async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'PUT', overrides) || !body?.overrides || typeof body.overrides !== 'object') return inner(request);
      const current = await inner({ ...request, method: 'GET', body: '' });
      const stored = current.status === 200 ? responseJson(current)?.overrides : undefined;
      return inner(stored ? withRequestJson(request, { ...body, overrides: { ...stored, ...body.overrides } }) : request);
    },
    probe: async (client) => {
      const workflow = (await client.call('POST', '/v1/workflows', { body: approvalWorkflow })).json;
      await client.call('PUT', `/v1/workflows/${workflow.id}/connection-overrides`, { body: { overrides: { 'step-draft': 'conn-openai-eu', 'step-approve': 'conn-slack-ops' } } });
      await client.call('PUT', `/v1/workflows/${workflow.id}/connection-overrides`, { body: { overrides: { 'step-draft': 'conn-openai-us' } } });
      return (await client.call('GET', `/v1/workflows/${workflow.id}/connection-overrides`)).json.overrides;
    },
  },
  {
    id: 'agentruntime.billing.cancel-immediately-by-default',
    api,
    family: 'write-read',
    bug: 'POST /v1/billing/subscription/cancel passes at_period_end through to Stripe as sent; when the body leaves it out Stripe\'s own default applies and the subscription is canceled at once, mid-period',
    documented: 'Billing endpoints: "POST /v1/billing/subscription/cancel tenant_admin Cancel at period end (default)"',
    caughtBy: 'a documented default applied (the cancellation without at_period_end)',
    wrap: (inner) => (request) => {
      const body = requestJson(request);
      const defaulted = route(api, request, 'POST', '/v1/billing/subscription/cancel') && (body === undefined || (typeof body === 'object' && body !== null && !Array.isArray(body) && body.at_period_end === undefined));
      return inner(defaulted ? withHeaders(withRequestJson(request, { ...(body ?? {}), at_period_end: false }), { 'content-type': 'application/json' }) : request);
    },
    probe: async (client) => {
      await client.call('POST', '/v1/billing/subscription', { body: { plan_code: 'team' } });
      await client.call('POST', '/v1/billing/subscription/cancel');
      const status = (await client.call('GET', '/v1/billing/status')).json;
      return [status.subscription_status, status.cancel_at_period_end];
    },
  },
  {
    id: 'agentruntime.billing.usage-in-credits',
    api,
    family: 'response-shape',
    bug: 'GET /v1/billing/usage divides the ledger\'s balances by 1,000,000 for display (a helper shared with the Console) and serves credits under the *_microcredits fields: a balance of 5,000,000 microcredits reads 5',
    documented: 'Billing endpoints: "GET /v1/billing/usage contributor+ Credit balances (microcredits)"',
    caughtBy: 'response values in their documented unit (a balance after a top-up)',
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      const answer = route(api, request, 'GET', '/v1/billing/usage') && response.status === 200 ? responseJson(response) : undefined;
      if (!answer || typeof answer !== 'object') return response;
      const inCredits: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(answer)) inCredits[field] = field.endsWith('_microcredits') && typeof value === 'number' ? value / 1_000_000 : value;
      return withResponseJson(response, inCredits);
    },
    probe: async (client) => {
      await client.call('POST', '/v1/billing/topups/payg/intent', { body: { amount_cents: 5000, currency: 'usd' } });
      return (await client.call('GET', '/v1/billing/usage')).json.balance_microcredits;
    },
  },
];

/** The request's headers with the signature replaced by `signature`. */
function withSignature(request: MockRequest, signature: string): MockRequest['header'] {
  return (name) => (name.toLowerCase() === 'x-agentruntime-signature' ? signature : request.header(name));
}
