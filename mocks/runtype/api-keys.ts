import { crudResource } from './crud.ts';
import type { RuntypeHandlers } from './store.ts';

const apiKeys = crudResource('api-keys', 'ApiKey', 'key');

/** API keys: the key is shown once, when it is created; afterwards only its prefix and last four characters. No update. */
export const handlers = {
  listApiKeys: (context) => apiKeys.list(context),
  createApiKey: (context) => {
    const key = `rt_live_${context.store.environment.uuid().replace(/-/g, '')}`;
    const stored = apiKeys.insert(context, { ...context.body, prefix: 'rt_live', last4: key.slice(-4), lastUsedAt: null });
    return { status: 201, body: { ...apiKeys.show(stored), key } };
  },
  getApiKey: (context) => apiKeys.get(context),
  deleteApiKey: (context) => apiKeys.remove(context),
} satisfies RuntypeHandlers<'listApiKeys' | 'createApiKey' | 'getApiKey' | 'deleteApiKey'>;
