import { crudResource } from './crud.ts';
import type { RuntypeHandlers } from './store.ts';

const modelConfigs = crudResource('model-configs', 'ModelConfig', 'mc');

/** Model configs: plain CRUD, the account's own only. */
export const handlers = {
  listModelConfigs: (context) => modelConfigs.list(context),
  createModelConfig: (context) => modelConfigs.create(context),
  getModelConfig: (context) => modelConfigs.get(context),
  updateModelConfig: (context) => modelConfigs.update(context),
  deleteModelConfig: (context) => modelConfigs.remove(context),
} satisfies RuntypeHandlers<'listModelConfigs' | 'createModelConfig' | 'getModelConfig' | 'updateModelConfig' | 'deleteModelConfig'>;
