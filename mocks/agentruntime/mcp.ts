import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { connectionPage, createConnection, credentialMetadata, deleteConnection, findConnection, updateConnection } from './connection-records.ts';
import { cursorPage } from './paging.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, type CallerContext, collection, inScope, listScope, projectScope, put } from './store.ts';

type Schemas = components['schemas'];

const platformAdapters: Schemas['McpPlatformAdapter'][] = [
  { id: 'github', name: 'GitHub', description: 'Issues and pull requests', transport: 'http' },
  { id: 'slack', name: 'Slack', description: 'Channels and messages', transport: 'http' },
];

function requireServer({ caller, store }: CallerContext, id: string): Schemas['McpServer'] {
  return inScope(collection(store, 'mcp-servers'), projectScope(caller), id) ?? fail(404, `MCP server ${id} not found`, { code: 'not_found' });
}

function validation(ok: boolean, subject: string): Schemas['McpValidationResult'] {
  return { ok, checks: [{ name: 'reachable', status: ok ? 'passed' : 'failed', message: ok ? 'The server answered' : `${subject} not found` }] };
}

export const handlers = {
  // The legacy routes of connections: the same records as /v1/connections.
  legacyListMcpConnections: (context): AgentRuntimeResult<'legacyListMcpConnections'> => ({ status: 200, body: connectionPage(context, context.query) }),
  legacyCreateMcpConnection: (context): AgentRuntimeResult<'legacyCreateMcpConnection'> => ({ status: 201, body: createConnection(context, context.body) }),
  legacyUpdateMcpConnection: (context): AgentRuntimeResult<'legacyUpdateMcpConnection'> => ({ status: 200, body: updateConnection(context, context.path.id, context.body) }),
  legacyDeleteMcpConnection: (context): AgentRuntimeResult<'legacyDeleteMcpConnection'> => {
    deleteConnection(context, context.path.id);
    return { status: 204, body: undefined };
  },
  legacyGetMcpConnectionCredentials: (context): AgentRuntimeResult<'legacyGetMcpConnectionCredentials'> => ({ status: 200, body: credentialMetadata(context, context.path.id) }),
  listMcpPlatformAdapters: ({ query }): AgentRuntimeResult<'listMcpPlatformAdapters'> => ({ status: 200, body: cursorPage(platformAdapters, query) }),
  listMcpTools: ({ query, caller, store }): AgentRuntimeResult<'listMcpTools'> => {
    const tools = listScope(collection(store, 'mcp-servers'), projectScope(caller)).map((server) => ({ name: 'echo', server_id: server.id, description: `Echo tool of ${server.name}`, input_schema: { type: 'object' } }));
    return { status: 200, body: cursorPage(tools, query) };
  },
  listMcpServers: ({ query, caller, store }): AgentRuntimeResult<'listMcpServers'> => ({ status: 200, body: cursorPage(listScope(collection(store, 'mcp-servers'), projectScope(caller)), query) }),
  registerMcpServer: ({ body, caller, store }): AgentRuntimeResult<'registerMcpServer'> => {
    const server: Schemas['McpServer'] = { id: store.environment.id('mcp'), name: body.name, url: body.url, transport: body.transport ?? 'http', status: 'pending', created_at: store.environment.now() };
    return { status: 201, body: put(collection(store, 'mcp-servers'), store, projectScope(caller), server.id, server) };
  },
  getMcpServer: (context): AgentRuntimeResult<'getMcpServer'> => ({ status: 200, body: requireServer(context, context.path.id) }),
  validateMcpServer: (context): AgentRuntimeResult<'validateMcpServer'> => {
    requireServer(context, context.path.id).status = 'healthy';
    return { status: 200, body: validation(true, 'server') };
  },
  validateMcpConnectionBinding: (context): AgentRuntimeResult<'validateMcpConnectionBinding'> => {
    requireServer(context, context.path.id);
    const connectionId = context.path.connection_id;
    return { status: 200, body: validation(findConnection(context, connectionId) !== undefined, `Connection ${connectionId}`) };
  },
} satisfies AgentRuntimeHandlers<'legacyListMcpConnections' | 'legacyCreateMcpConnection' | 'legacyDeleteMcpConnection' | 'legacyUpdateMcpConnection' | 'legacyGetMcpConnectionCredentials' | 'listMcpPlatformAdapters' | 'listMcpServers' | 'registerMcpServer' | 'getMcpServer' | 'validateMcpConnectionBinding' | 'validateMcpServer' | 'listMcpTools'>;
