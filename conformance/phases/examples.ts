import type { Operation } from '../../contract/spec.ts';
import type { Session } from '../session.ts';
import type { TestCase } from '../types.ts';

/** The examples phase: one request per operation, built from the contract's own examples. */
export function exampleCase(session: Session, operation: Operation): TestCase {
  return { source: 'examples', operation, identity: 'a', parts: session.validRequest(operation), expect: 'valid', description: "the contract's example request" };
}
