import { crudResource } from './crud.ts';
import type { RuntypeHandlers } from './store.ts';

const secrets = crudResource('secrets', 'Secret', 'sec');

/** Secrets: CRUD whose `value` is stored but never returned. */
export const handlers = {
  listSecrets: (context) => secrets.list(context),
  createSecret: ({ body: { value, ...fields }, caller, store }) => ({ status: 201, body: secrets.show(secrets.insert({ caller, store }, fields, { value })) }),
  getSecret: (context) => secrets.get(context),
  updateSecret: (context) => {
    const { value, ...changes } = context.body;
    const secret = secrets.amend(secrets.find(context), context.store, changes, value === undefined ? {} : { value });
    return { status: 200, body: secrets.show(secret) };
  },
  deleteSecret: (context) => secrets.remove(context),
} satisfies RuntypeHandlers<'listSecrets' | 'createSecret' | 'getSecret' | 'updateSecret' | 'deleteSecret'>;
