import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { cursorPage } from './paging.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, type CallerContext, collection, inScope, listScope, projectScope, put } from './store.ts';

function requireAgent({ caller, store }: CallerContext, id: string): components['schemas']['Agent'] {
  return inScope(collection(store, 'agents'), projectScope(caller), id) ?? fail(404, `Agent ${id} not found`, { code: 'not_found' });
}

export const handlers = {
  listAgents: ({ query, caller, store }): AgentRuntimeResult<'listAgents'> => ({ status: 200, body: cursorPage(listScope(collection(store, 'agents'), projectScope(caller)), query) }),
  createAgent: ({ body, caller, store }): AgentRuntimeResult<'createAgent'> => {
    const now = store.environment.now();
    const agent = { id: store.environment.id('agent'), name: body.name, description: body.description ?? null, model: body.model ?? null, instructions: body.instructions ?? null, created_at: now, updated_at: now };
    return { status: 201, body: put(collection(store, 'agents'), store, projectScope(caller), agent.id, agent) };
  },
  getAgent: (context): AgentRuntimeResult<'getAgent'> => ({ status: 200, body: requireAgent(context, context.path.id) }),
  updateAgent: (context): AgentRuntimeResult<'updateAgent'> => {
    const agent = requireAgent(context, context.path.id);
    Object.assign(agent, context.body, { updated_at: context.store.environment.now() });
    return { status: 200, body: agent };
  },
  deleteAgent: (context): AgentRuntimeResult<'deleteAgent'> => {
    const agent = requireAgent(context, context.path.id);
    collection(context.store, 'agents').delete(agent.id);
    return { status: 204, body: undefined };
  },
} satisfies AgentRuntimeHandlers<'listAgents' | 'createAgent' | 'getAgent' | 'deleteAgent' | 'updateAgent'>;
