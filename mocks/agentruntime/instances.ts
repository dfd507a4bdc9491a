import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { findWorkflow } from './lookups.ts';
import { cursorPage } from './paging.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, type CallerContext, collection, inScope, listScope, projectScope, put } from './store.ts';

type Schemas = components['schemas'];

function requireInstance({ caller, store }: CallerContext, id: string): Schemas['Instance'] {
  return inScope(collection(store, 'mcp-instances'), projectScope(caller), id) ?? fail(404, `Instance ${id} not found`, { code: 'not_found' });
}

function requireProfile({ caller, store }: CallerContext, instanceId: string, profileId: string): Schemas['ConfigProfile'] {
  const profile = inScope(collection(store, 'profiles'), projectScope(caller), profileId);
  return profile && profile.instance_id === instanceId ? profile : fail(404, `Config profile ${profileId} not found`, { code: 'not_found' });
}

export const handlers = {
  listMcpInstances: ({ query, caller, store }): AgentRuntimeResult<'listMcpInstances'> => ({ status: 200, body: cursorPage(listScope(collection(store, 'mcp-instances'), projectScope(caller)), query) }),
  createMcpInstance: ({ body, caller, store }): AgentRuntimeResult<'createMcpInstance'> => {
    if (!inScope(collection(store, 'mcp-servers'), projectScope(caller), body.server_id)) fail(422, `server_id ${body.server_id} is not a registered MCP server`, { code: 'validation_failed' });
    const instance: Schemas['Instance'] = { id: store.environment.id('inst'), name: body.name, server_id: body.server_id, active_profile_id: null, created_at: store.environment.now() };
    return { status: 201, body: put(collection(store, 'mcp-instances'), store, projectScope(caller), instance.id, instance) };
  },
  resolveMcpInstances: (context): AgentRuntimeResult<'resolveMcpInstances'> => {
    const workflow = findWorkflow(context, context.body.workflow_id) ?? fail(422, `workflow_id ${context.body.workflow_id} is not a workflow of this project`, { code: 'validation_failed' });
    const [instance] = listScope(collection(context.store, 'mcp-instances'), projectScope(context.caller));
    const bindings = instance ? workflow.graph.steps.filter((step) => step.type === 'tool').map((step) => ({ step_id: step.id, instance_id: instance.id, profile_id: instance.active_profile_id ?? null })) : [];
    return { status: 200, body: { workflow_id: workflow.id, bindings } };
  },
  listConfigProfiles: (context): AgentRuntimeResult<'listConfigProfiles'> => {
    const instance = requireInstance(context, context.path.id);
    const profiles = listScope(collection(context.store, 'profiles'), projectScope(context.caller), (profile) => profile.instance_id === instance.id);
    return { status: 200, body: cursorPage(profiles, context.query) };
  },
  createConfigProfile: (context): AgentRuntimeResult<'createConfigProfile'> => {
    const { body, store } = context;
    const instance = requireInstance(context, context.path.id);
    const profile: Schemas['ConfigProfile'] = { id: store.environment.id('prof'), instance_id: instance.id, name: body.name, wiring: body.wiring ?? {}, created_at: store.environment.now() };
    return { status: 201, body: put(collection(store, 'profiles'), store, projectScope(context.caller), profile.id, profile) };
  },
  updateConfigProfile: (context): AgentRuntimeResult<'updateConfigProfile'> => {
    const profile = requireProfile(context, context.path.id, context.path.profile_id);
    Object.assign(profile, context.body);
    return { status: 200, body: profile };
  },
  setActiveConfigProfile: (context): AgentRuntimeResult<'setActiveConfigProfile'> => {
    const profile = requireProfile(context, context.path.id, context.path.profile_id);
    const instance = requireInstance(context, context.path.id);
    instance.active_profile_id = profile.id;
    return { status: 200, body: instance };
  },
} satisfies AgentRuntimeHandlers<'listMcpInstances' | 'createMcpInstance' | 'resolveMcpInstances' | 'listConfigProfiles' | 'createConfigProfile' | 'updateConfigProfile' | 'setActiveConfigProfile'>;
