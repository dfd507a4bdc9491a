import { crudResource } from './crud.ts';
import type { RuntypeHandlers } from './store.ts';

const clientTokens = crudResource('client-tokens', 'ClientToken', 'ct');

/** Client tokens: CRUD whose token is shown once, in the answer that creates it. */
export const handlers = {
  listClientTokens: (context) => clientTokens.list(context),
  createClientToken: (context) => {
    const token = `ctk_${context.store.environment.uuid().replace(/-/g, '')}`;
    return { status: 201, body: { ...clientTokens.show(clientTokens.insert(context, context.body)), token } };
  },
  getClientToken: (context) => clientTokens.get(context),
  updateClientToken: (context) => clientTokens.update(context),
  deleteClientToken: (context) => clientTokens.remove(context),
} satisfies RuntypeHandlers<'listClientTokens' | 'createClientToken' | 'getClientToken' | 'updateClientToken' | 'deleteClientToken'>;
