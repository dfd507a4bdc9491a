import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { type CallerContext, collection, inScope, projectScope } from './store.ts';

type Schemas = components['schemas'];

/** A workflow of the caller's project; another project's or tenant's is the same 404 as none. */
export function findWorkflow({ caller, store }: CallerContext, id: string | undefined): Schemas['Workflow'] | undefined {
  return inScope(collection(store, 'workflows'), projectScope(caller), id);
}

export function requireWorkflow(context: CallerContext, id: string | undefined): Schemas['Workflow'] {
  return findWorkflow(context, id) ?? fail(404, `Workflow ${id} not found`, { code: 'not_found' });
}
