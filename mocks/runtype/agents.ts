import type { components } from '../../generated/runtype/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { crudResource, findOwn, listOwn } from './crud.ts';
import { newId, type RuntypeHandlers, type StoredItem } from './store.ts';

type AgentVersion = components['schemas']['AgentVersion'];

const agents = crudResource('agents', 'Agent', 'agt');

function showVersion(version: StoredItem<AgentVersion>): AgentVersion {
  return { id: version.id, ...version.fields, createdAt: version.createdAt };
}

/** Agents: CRUD, plus immutable published versions that snapshot the agent's configuration and go when it goes. */
export const handlers = {
  listAgents: (context) => agents.list(context),
  createAgent: (context) => agents.create(context),
  getAgent: (context) => agents.get(context),
  updateAgent: (context) => agents.update(context),
  deleteAgent: (context) => {
    const result = agents.remove(context);
    const versions = context.store.collections['agent-versions'];
    for (const version of versions.values()) if (version.fields.agentId === context.path.id) versions.delete(version.id);
    return result;
  },

  publishAgentVersion: ({ path, body, caller, store }) => {
    const agent = agents.find({ path, caller, store });
    const versions = store.collections['agent-versions'];
    const published = [...versions.values()].filter((version) => version.fields.agentId === agent.id).length;
    const { instructions, model, toolIds } = agent.fields;
    const version: StoredItem<AgentVersion> = {
      id: newId(store, 'ver'),
      account: caller.account,
      sequence: ++store.sequence,
      hidden: {},
      fields: { agentId: agent.id, version: published + 1, ...(instructions !== undefined ? { instructions } : {}), model, ...(toolIds ? { toolIds } : {}), note: body?.note ?? null },
      createdAt: store.environment.now(),
    };
    versions.set(version.id, version);
    return { status: 201, body: showVersion(version) };
  },
  listAgentVersions: (context) => {
    const agent = agents.find(context);
    return listOwn(context, context.store.collections['agent-versions'], showVersion, (version) => version.fields.agentId === agent.id);
  },
  getAgentVersion: ({ path, caller, store }) => {
    const missing = `No version ${path.versionId} of agent ${path.id}`;
    const version = findOwn(store.collections['agent-versions'], path.versionId, caller, missing);
    if (version.fields.agentId !== path.id) fail(404, missing);
    return { status: 200, body: showVersion(version) };
  },
} satisfies RuntypeHandlers<'listAgents' | 'createAgent' | 'getAgent' | 'updateAgent' | 'deleteAgent' | 'publishAgentVersion' | 'listAgentVersions' | 'getAgentVersion'>;
