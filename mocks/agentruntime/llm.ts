import { fail } from '../stateful/problems.ts';
import { documentedBody } from './catalog.ts';
import { cursorPage } from './paging.ts';
import type { AgentRuntimeHandlers, AgentRuntimeResult } from './store.ts';

const llmCatalog = documentedBody('getLlmCatalog');

export const handlers = {
  // The catalog the contract lists by example, served in pages like every other list (limit, cursor).
  getLlmCatalog: ({ query }): AgentRuntimeResult<'getLlmCatalog'> => ({ status: 200, body: cursorPage(llmCatalog().data, query) }),
  resolveModelRef: ({ body }): AgentRuntimeResult<'resolveModelRef'> => {
    // The contract's pattern already holds `provider/model`; the model part may hold slashes of its own.
    const slash = body.ref.indexOf('/');
    const provider = body.ref.slice(0, slash);
    const model = body.ref.slice(slash + 1);
    if (slash < 1 || !model) return fail(422, `ref must be provider/model, received ${body.ref}`, { code: 'validation_failed' });
    return { status: 200, body: { ref: body.ref, provider, model, key_source: 'tenant' } };
  },
} satisfies AgentRuntimeHandlers<'getLlmCatalog' | 'resolveModelRef'>;
