import type { components } from '../../generated/runtype/schema.d.ts';
import { crudResource, listOwn } from './crud.ts';
import { newId, type RuntypeHandlers, type StoredItem } from './store.ts';

type Message = components['schemas']['Message'];

const conversations = crudResource('conversations', 'Conversation', 'conv');

function showMessage(message: StoredItem<Message>): Message {
  return { id: message.id, ...message.fields, createdAt: message.createdAt };
}

/** Conversations: CRUD, plus their messages, listed oldest first and deleted with the conversation. */
export const handlers = {
  listConversations: (context) => conversations.list(context),
  createConversation: (context) => conversations.create(context),
  getConversation: (context) => conversations.get(context),
  updateConversation: (context) => conversations.update(context),
  deleteConversation: (context) => {
    const result = conversations.remove(context);
    const messages = context.store.collections.messages;
    for (const message of messages.values()) if (message.fields.conversationId === context.path.id) messages.delete(message.id);
    return result;
  },

  listConversationMessages: (context) => {
    const conversation = conversations.find(context);
    return listOwn(context, context.store.collections.messages, showMessage, (message) => message.fields.conversationId === conversation.id, 'oldest-first');
  },
  addConversationMessage: ({ path, body, caller, store }) => {
    const conversation = conversations.find({ path, caller, store });
    const message: StoredItem<Message> = {
      id: newId(store, 'msg'),
      account: caller.account,
      sequence: ++store.sequence,
      hidden: {},
      fields: { conversationId: conversation.id, role: body.role, content: body.content },
      createdAt: store.environment.now(),
    };
    store.collections.messages.set(message.id, message);
    return { status: 201, body: showMessage(message) };
  },
} satisfies RuntypeHandlers<'listConversations' | 'createConversation' | 'getConversation' | 'updateConversation' | 'deleteConversation' | 'listConversationMessages' | 'addConversationMessage'>;
