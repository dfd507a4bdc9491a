import type { components } from '../../generated/agentruntime/schema.d.ts';
import { documentedAnswer } from '../stateful/example-responder.ts';
import type { LooseContext, LooseHandler } from '../stateful/types.ts';
import { agentRuntimeError } from './errors.ts';
import { cursorPage } from './paging.ts';
import { type AgentRuntimeCaller, type AgentRuntimeStore, collection, inScope, listScope, projectScope, put } from './store.ts';

type Schemas = components['schemas'];
type Context = LooseContext<AgentRuntimeCaller, AgentRuntimeStore>;
type Handlers = Record<string, LooseHandler<AgentRuntimeCaller, AgentRuntimeStore>>;

const notFound = (what: string, id: string | undefined) => agentRuntimeError(404, 'not_found', `${what} ${id} not found`);

function createConnection(context: Context, fields: { name: string; provider: string; config?: Record<string, unknown>; credentials?: Record<string, string> }): Schemas['Connection'] {
  const { store } = context;
  const now = store.environment.now();
  const connection: Schemas['Connection'] = { id: store.environment.id('conn'), name: fields.name, provider: fields.provider, status: 'active', config: fields.config ?? {}, created_at: now, updated_at: now };
  if (fields.credentials) store.credentials.set(connection.id, fields.credentials);
  return put(collection(store, 'connections'), store, projectScope(context.caller), connection.id, connection);
}

const ownConnection = (context: Context, id: string | undefined) => inScope(collection<Schemas['Connection']>(context.store, 'connections'), projectScope(context.caller), id);

/** The connection routes, shared by /v1/connections and the legacy /v1/mcp/connections. */
const connectionCrud = {
  list: (context: Context) => ({ status: 200, body: cursorPage(listScope(collection(context.store, 'connections'), projectScope(context.caller)), context.query) }),
  create: (context: Context) => ({ status: 201, body: createConnection(context, context.body) }),
  update: (context: Context) => {
    const connection = ownConnection(context, context.path.id);
    if (!connection) return notFound('Connection', context.path.id);
    const { credentials, ...fields } = context.body as { credentials?: Record<string, string> };
    if (credentials) context.store.credentials.set(connection.id, credentials);
    Object.assign(connection, fields, { updated_at: context.store.environment.now() });
    return { status: 200, body: connection };
  },
  remove: (context: Context) => {
    const connection = ownConnection(context, context.path.id);
    if (!connection) return notFound('Connection', context.path.id);
    collection(context.store, 'connections').delete(connection.id);
    context.store.credentials.delete(connection.id);
    return { status: 204, body: undefined };
  },
  credentials: (context: Context) => {
    const connection = ownConnection(context, context.path.id);
    if (!connection) return notFound('Connection', context.path.id);
    const stored = context.store.credentials.get(connection.id) ?? {};
    // Metadata only: a name and a masked hint per field, never the value.
    const fields = Object.entries(stored).map(([name, value]) => ({ name, hint: `••••${value.slice(-4)}`, updated_at: connection.updated_at }));
    return { status: 200, body: { connection_id: connection.id, fields, expires_at: null } };
  },
};

function crud(name: string, label: string, make: (context: Context) => Record<string, unknown>) {
  const own = (context: Context) => inScope(collection<any>(context.store, name), projectScope(context.caller), context.path.id);
  return {
    list: (context: Context) => ({ status: 200, body: cursorPage(listScope(collection(context.store, name), projectScope(context.caller)), context.query) }),
    create: (context: Context) => {
      const value = make(context);
      return { status: 201, body: put(collection(context.store, name), context.store, projectScope(context.caller), value.id as string, value) };
    },
    get: (context: Context) => {
      const value = own(context);
      return value ? { status: 200, body: value } : notFound(label, context.path.id);
    },
    update: (context: Context) => {
      const value = own(context);
      if (!value) return notFound(label, context.path.id);
      Object.assign(value, context.body, { updated_at: context.store.environment.now() });
      return { status: 200, body: value };
    },
    remove: (context: Context) => {
      const value = own(context);
      if (!value) return notFound(label, context.path.id);
      collection(context.store, name).delete(value.id);
      return { status: 204, body: undefined };
    },
  };
}

const agents = crud('agents', 'Agent', ({ body, store }) => {
  const now = store.environment.now();
  return { id: store.environment.id('agent'), name: body.name, description: body.description ?? null, model: body.model ?? null, instructions: body.instructions ?? null, created_at: now, updated_at: now };
});
const servers = crud('mcp-servers', 'MCP server', ({ body, store }) => ({ id: store.environment.id('mcp'), name: body.name, url: body.url, transport: body.transport ?? 'http', status: 'pending', created_at: store.environment.now() }));
const instances = crud('mcp-instances', 'Instance', ({ body, store }) => ({ id: store.environment.id('inst'), name: body.name, server_id: body.server_id, active_profile_id: null, created_at: store.environment.now() }));

function ownProfile(context: Context): Schemas['ConfigProfile'] | undefined {
  const profile = inScope(collection<Schemas['ConfigProfile']>(context.store, 'profiles'), projectScope(context.caller), context.path.profile_id);
  return profile && profile.instance_id === context.path.id ? profile : undefined;
}

const validation = (ok: boolean, name: string) => ({ status: 200, body: { ok, checks: [{ name: 'reachable', status: ok ? 'passed' : 'failed', message: ok ? 'The server answered' : `${name} not found` }] } });

export const integrationHandlers: Handlers = {
  listConnections: connectionCrud.list,
  createConnection: connectionCrud.create,
  updateConnection: connectionCrud.update,
  deleteConnection: connectionCrud.remove,
  getConnectionCredentials: connectionCrud.credentials,
  legacyListMcpConnections: connectionCrud.list,
  legacyCreateMcpConnection: connectionCrud.create,
  legacyUpdateMcpConnection: connectionCrud.update,
  legacyDeleteMcpConnection: connectionCrud.remove,
  legacyGetMcpConnectionCredentials: connectionCrud.credentials,
  getGoogleConnectConfig: documentedAnswer('agentruntime', 'getGoogleConnectConfig'),
  startGoogleOAuth: ({ body, store }) => {
    const state = `st_${store.environment.id('s').replace(/\W/g, '')}`;
    store.oauthStates.add(state);
    return { status: 200, body: { url: `https://accounts.google.com/o/oauth2/v2/auth?scope=${encodeURIComponent(body.services.join(' '))}&state=${state}`, state } };
  },
  completeGoogleOAuth: (context) => {
    if (!context.store.oauthStates.delete(context.body.state)) return agentRuntimeError(422, 'validation_failed', 'Unknown or expired OAuth state');
    const connection = createConnection(context, { name: 'Google', provider: 'google', config: { services: { gmail: true, calendar: false, drive: false, sheets: false } } });
    return { status: 201, body: connection };
  },
  getGoogleAccount: (context) => {
    const connection = ownConnection(context, context.path.connectionId);
    if (!connection || connection.provider !== 'google') return notFound('Google connection', context.path.connectionId);
    const services = Object.entries((connection.config?.services ?? {}) as Record<string, boolean>).map(([service, enabled]) => ({ service, enabled }));
    return { status: 200, body: { connection_id: connection.id, email: 'ops@acme.test', services } };
  },
  updateGoogleServices: (context) => {
    const connection = ownConnection(context, context.path.connectionId);
    if (!connection || connection.provider !== 'google') return notFound('Google connection', context.path.connectionId);
    connection.config = { ...connection.config, services: { ...(connection.config?.services as object), ...context.body.services } };
    const services = Object.entries(connection.config.services as Record<string, boolean>).map(([service, enabled]) => ({ service, enabled }));
    return { status: 200, body: { connection_id: connection.id, email: 'ops@acme.test', services } };
  },
  getWhatsAppConnectConfig: documentedAnswer('agentruntime', 'getWhatsAppConnectConfig'),
  completeWhatsAppSignup: (context) => ({ status: 201, body: createConnection(context, { name: 'WhatsApp', provider: 'whatsapp', config: { phone_number_id: context.body.phone_number_id, waba_id: context.body.waba_id } }) }),
  connectWhatsAppManually: (context) => ({ status: 201, body: createConnection(context, { name: context.body.name ?? 'WhatsApp', provider: 'whatsapp', config: { phone_number_id: context.body.phone_number_id, waba_id: context.body.waba_id }, credentials: { access_token: context.body.access_token } }) }),
  listMcpPlatformAdapters: ({ query }) => ({ status: 200, body: cursorPage([{ id: 'github', name: 'GitHub', description: 'Issues and pull requests', transport: 'http' }, { id: 'slack', name: 'Slack', description: 'Channels and messages', transport: 'http' }], query) }),
  listMcpTools: ({ query, caller, store }) => {
    const tools = listScope(collection<Schemas['McpServer']>(store, 'mcp-servers'), projectScope(caller)).map((server) => ({ name: 'echo', server_id: server.id, description: `Echo tool of ${server.name}`, input_schema: { type: 'object' } }));
    return { status: 200, body: cursorPage(tools, query) };
  },
  listMcpServers: servers.list,
  registerMcpServer: servers.create,
  getMcpServer: servers.get,
  validateMcpServer: (context) => {
    const server = inScope(collection<Schemas['McpServer']>(context.store, 'mcp-servers'), projectScope(context.caller), context.path.id);
    if (!server) return notFound('MCP server', context.path.id);
    server.status = 'healthy';
    return validation(true, 'server');
  },
  validateMcpConnectionBinding: (context) => {
    const server = inScope(collection<Schemas['McpServer']>(context.store, 'mcp-servers'), projectScope(context.caller), context.path.id);
    if (!server) return notFound('MCP server', context.path.id);
    return validation(ownConnection(context, context.path.connection_id) !== undefined, `Connection ${context.path.connection_id}`);
  },
  listMcpInstances: instances.list,
  createMcpInstance: (context) => {
    if (!inScope(collection(context.store, 'mcp-servers'), projectScope(context.caller), context.body.server_id)) return agentRuntimeError(422, 'validation_failed', `server_id ${context.body.server_id} is not a registered MCP server`);
    return instances.create(context);
  },
  resolveMcpInstances: (context) => {
    const workflow = inScope(collection<Schemas['Workflow']>(context.store, 'workflows'), projectScope(context.caller), context.body.workflow_id);
    if (!workflow) return agentRuntimeError(422, 'validation_failed', `workflow_id ${context.body.workflow_id} is not a workflow of this project`);
    const [instance] = listScope(collection<Schemas['Instance']>(context.store, 'mcp-instances'), projectScope(context.caller));
    const bindings = instance ? workflow.graph.steps.filter((step) => step.type === 'tool').map((step) => ({ step_id: step.id, instance_id: instance.id, profile_id: instance.active_profile_id ?? null })) : [];
    return { status: 200, body: { workflow_id: workflow.id, bindings } };
  },
  listConfigProfiles: (context) => {
    if (!instances.get(context).body || instances.get(context).status !== 200) return notFound('Instance', context.path.id);
    return { status: 200, body: cursorPage(listScope(collection<Schemas['ConfigProfile']>(context.store, 'profiles'), projectScope(context.caller), (profile) => profile.instance_id === context.path.id), context.query) };
  },
  createConfigProfile: (context) => {
    if (instances.get(context).status !== 200) return notFound('Instance', context.path.id);
    const profile = { id: context.store.environment.id('prof'), instance_id: context.path.id!, name: context.body.name, wiring: context.body.wiring ?? {}, created_at: context.store.environment.now() };
    return { status: 201, body: put(collection(context.store, 'profiles'), context.store, projectScope(context.caller), profile.id, profile) };
  },
  updateConfigProfile: (context) => {
    const profile = ownProfile(context);
    if (!profile) return notFound('Config profile', context.path.profile_id);
    Object.assign(profile, context.body);
    return { status: 200, body: profile };
  },
  setActiveConfigProfile: (context) => {
    const profile = ownProfile(context);
    const instance = inScope(collection<Schemas['Instance']>(context.store, 'mcp-instances'), projectScope(context.caller), context.path.id);
    if (!profile || !instance) return notFound('Config profile', context.path.profile_id);
    instance.active_profile_id = profile.id;
    return { status: 200, body: instance };
  },
  listAgents: agents.list,
  createAgent: agents.create,
  getAgent: agents.get,
  updateAgent: agents.update,
  deleteAgent: agents.remove,
};
