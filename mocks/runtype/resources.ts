import type { operations } from '../../generated/runtype/schema.d.ts';
import type { LooseHandler } from '../stateful/types.ts';
import { crudHandlers, listPage, ownItem, view } from './crud.ts';
import { runtypeError } from './errors.ts';
import { collection, newId, type RuntypeCaller, type RuntypeStore, type StoredItem } from './store.ts';

const randomSecret = (store: RuntypeStore) => store.environment.uuid().replace(/-/g, '');

const agentVersionHandlers = {
  publishAgentVersion: ({ path, body, caller, store }) => {
    const agent = ownItem(store, 'agents', caller, path.id);
    if (!agent) return runtypeError(404, `No Agent with id ${path.id}`);
    const versions = [...collection(store, 'agent-versions').values()].filter((version) => version.fields.agentId === agent.id);
    const { instructions, model, toolIds } = agent.fields as { instructions?: string; model: string; toolIds?: string[] };
    const version: StoredItem = {
      id: newId(store, 'ver'),
      account: caller.account,
      sequence: ++store.sequence,
      hidden: {},
      fields: { agentId: agent.id, version: versions.length + 1, ...(instructions !== undefined ? { instructions } : {}), model, ...(toolIds ? { toolIds } : {}), note: body?.note ?? null, createdAt: store.environment.now() },
    };
    collection(store, 'agent-versions').set(version.id, version);
    return { status: 201, body: view(version) };
  },
  listAgentVersions: (context) => {
    if (!ownItem(context.store, 'agents', context.caller, context.path.id)) return runtypeError(404, `No Agent with id ${context.path.id}`);
    return listPage(context, 'agent-versions', (version) => version.fields.agentId === context.path.id);
  },
  getAgentVersion: ({ path, caller, store }) => {
    const version = ownItem(store, 'agent-versions', caller, path.versionId);
    if (!version || version.fields.agentId !== path.id) return runtypeError(404, `No version ${path.versionId} of agent ${path.id}`);
    return { status: 200, body: view(version) };
  },
} satisfies Partial<Record<keyof operations, LooseHandler<RuntypeCaller, RuntypeStore>>>;

const messageHandlers = {
  listConversationMessages: (context) => {
    if (!ownItem(context.store, 'conversations', context.caller, context.path.id)) return runtypeError(404, `No Conversation with id ${context.path.id}`);
    return listPage(context, 'messages', (message) => message.fields.conversationId === context.path.id, true);
  },
  addConversationMessage: ({ path, body, caller, store }) => {
    if (!ownItem(store, 'conversations', caller, path.id)) return runtypeError(404, `No Conversation with id ${path.id}`);
    const message: StoredItem = { id: newId(store, 'msg'), account: caller.account, sequence: ++store.sequence, hidden: {}, fields: { conversationId: path.id, role: body.role, content: body.content, createdAt: store.environment.now() } };
    collection(store, 'messages').set(message.id, message);
    return { status: 201, body: view(message) };
  },
} satisfies Partial<Record<keyof operations, LooseHandler<RuntypeCaller, RuntypeStore>>>;

/** Deleting a parent removes what belongs to it: an agent's versions, a conversation's messages. */
function cascading(handler: LooseHandler<RuntypeCaller, RuntypeStore>, children: string, key: string): LooseHandler<RuntypeCaller, RuntypeStore> {
  return (context) => {
    const result = handler(context);
    for (const child of collection(context.store, children).values()) if (child.fields[key] === context.path.id) collection(context.store, children).delete(child.id);
    return result;
  };
}

const crud = {
  ...crudHandlers({ collection: 'flows', prefix: 'flow', singular: 'Flow', plural: 'Flows' }),
  ...crudHandlers({ collection: 'agents', prefix: 'agt', singular: 'Agent', plural: 'Agents' }),
  ...crudHandlers({ collection: 'records', prefix: 'rec', singular: 'Record', plural: 'Records' }),
  ...crudHandlers({ collection: 'products', prefix: 'prod', singular: 'Product', plural: 'Products' }),
  ...crudHandlers({ collection: 'tools', prefix: 'tool', singular: 'Tool', plural: 'Tools' }),
  ...crudHandlers({ collection: 'secrets', prefix: 'sec', singular: 'Secret', plural: 'Secrets', writeOnly: ['value'] }),
  ...crudHandlers({ collection: 'model-configs', prefix: 'mc', singular: 'ModelConfig', plural: 'ModelConfigs' }),
  ...crudHandlers({ collection: 'client-tokens', prefix: 'ct', singular: 'ClientToken', plural: 'ClientTokens', revealOnCreate: { field: 'token', make: (store) => `ctk_${randomSecret(store)}` } }),
  ...crudHandlers({ collection: 'conversations', prefix: 'conv', singular: 'Conversation', plural: 'Conversations' }),
  ...crudHandlers({
    collection: 'api-keys', prefix: 'key', singular: 'ApiKey', plural: 'ApiKeys', patchable: false,
    revealOnCreate: { field: 'key', make: (store) => `rt_live_${randomSecret(store)}`, describe: (key) => ({ prefix: 'rt_live', last4: key.slice(-4), lastUsedAt: null }) },
  }),
};

/** Every Runtype operation's handler; `satisfies` makes a missing or renamed operation a type error. */
export const runtypeHandlers = {
  ...crud,
  deleteAgent: cascading(crud.deleteAgent!, 'agent-versions', 'agentId'),
  deleteConversation: cascading(crud.deleteConversation!, 'messages', 'conversationId'),
  ...agentVersionHandlers,
  ...messageHandlers,
} as Record<keyof operations, LooseHandler<RuntypeCaller, RuntypeStore>>;
