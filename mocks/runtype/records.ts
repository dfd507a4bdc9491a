import { crudResource } from './crud.ts';
import type { RuntypeHandlers } from './store.ts';

const records = crudResource('records', 'RecordItem', 'rec');

/** Records: plain CRUD, the account's own only. */
export const handlers = {
  listRecords: (context) => records.list(context),
  createRecord: (context) => records.create(context),
  getRecord: (context) => records.get(context),
  updateRecord: (context) => records.update(context),
  deleteRecord: (context) => records.remove(context),
} satisfies RuntypeHandlers<'listRecords' | 'createRecord' | 'getRecord' | 'updateRecord' | 'deleteRecord'>;
