import { crudResource } from './crud.ts';
import type { RuntypeHandlers } from './store.ts';

const flows = crudResource('flows', 'Flow', 'flow');

/** Flows: plain CRUD, the account's own only. */
export const handlers = {
  listFlows: (context) => flows.list(context),
  createFlow: (context) => flows.create(context),
  getFlow: (context) => flows.get(context),
  updateFlow: (context) => flows.update(context),
  deleteFlow: (context) => flows.remove(context),
} satisfies RuntypeHandlers<'listFlows' | 'createFlow' | 'getFlow' | 'updateFlow' | 'deleteFlow'>;
