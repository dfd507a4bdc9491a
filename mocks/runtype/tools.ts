import { crudResource } from './crud.ts';
import type { RuntypeHandlers } from './store.ts';

const tools = crudResource('tools', 'Tool', 'tool');

/** Tools: plain CRUD, the account's own only. */
export const handlers = {
  listTools: (context) => tools.list(context),
  createTool: (context) => tools.create(context),
  getTool: (context) => tools.get(context),
  updateTool: (context) => tools.update(context),
  deleteTool: (context) => tools.remove(context),
} satisfies RuntypeHandlers<'listTools' | 'createTool' | 'getTool' | 'updateTool' | 'deleteTool'>;
