import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { cursorPage } from './paging.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, type CallerContext, listScope, put, type StoredPat } from './store.ts';

/** A token of the caller's tenant (tokens are tenant data, not project data). */
function requirePat({ caller, store }: CallerContext, id: string): StoredPat {
  const entry = store.pats.get(id);
  return entry && entry.scope === caller.tenant ? entry.value : fail(404, `Token ${id} not found`, { code: 'not_found' });
}

export const handlers = {
  listPats: ({ query, caller, store }): AgentRuntimeResult<'listPats'> => ({ status: 200, body: cursorPage(listScope(store.pats, caller.tenant).map((entry) => entry.pat), query) }),
  createPat: ({ body, caller, store }): AgentRuntimeResult<'createPat'> => {
    const role: components['schemas']['Role'] = body.role ?? 'contributor';
    const token = `pat_${role === 'tenant_admin' ? 'admin' : role}_${caller.tenant}_${store.environment.uuid().replace(/-/g, '').slice(0, 12)}`;
    const pat: components['schemas']['Pat'] = { id: store.environment.id('pat'), name: body.name, role, prefix: token.slice(0, 9), expires_at: body.expires_at ?? null, revealed: false, created_at: store.environment.now() };
    put(store.pats, store, caller.tenant, pat.id, { pat, token });
    return { status: 201, body: { ...pat, token } };
  },
  revealPat: (context): AgentRuntimeResult<'revealPat'> => {
    const stored = requirePat(context, context.path.id);
    if (stored.pat.revealed) fail(409, 'This token was already revealed; create a new one', { code: 'already_revealed' });
    stored.pat.revealed = true;
    return { status: 200, body: { ...stored.pat, token: stored.token } };
  },
  revokePat: (context): AgentRuntimeResult<'revokePat'> => {
    const stored = requirePat(context, context.path.id);
    context.store.pats.delete(stored.pat.id);
    return { status: 204, body: undefined };
  },
} satisfies AgentRuntimeHandlers<'listPats' | 'createPat' | 'revokePat' | 'revealPat'>;
