import type { operations } from '../../generated/agentruntime/schema.d.ts';
import { agentRuntimeContract } from '../../contract/bundled/agentruntime.ts';
import { documentedAnswer } from '../stateful/example-responder.ts';

type DocumentedBody<Id extends keyof operations> = operations[Id] extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;

/**
 * The body of a state-free answer (a plan catalog, a public config) as the contract's
 * example gives it. The contract's lint validates every example against its schema
 * (no-invalid-media-type-examples), which is what makes the example this operation's body.
 */
export function documentedBody<Id extends keyof operations>(operationId: Id): () => DocumentedBody<Id> {
  const answer = documentedAnswer('agentruntime', agentRuntimeContract, operationId);
  const { status } = answer();
  if (status !== 200) throw new Error(`${operationId}: expected its documented answer under 200, found ${status}`);
  return () => answer().body as DocumentedBody<Id>;
}
