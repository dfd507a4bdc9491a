import type { JsonObject, Operation } from '../../contract/spec.ts';
import type { Session } from '../session.ts';
import type { Level } from '../types.ts';

/**
 * A check that sends requests of its own for one operation and judges the
 * answers. One signature for all of them.
 */
export interface ProbeCheck {
  name: string;
  description: string;
  /** `schema`: holds for a stateless mock; `full`: needs a server that keeps state or checks credentials. */
  level: Level;
  probe(session: Session, operation: Operation): Promise<void>;
}

/**
 * The contract can exempt an operation from a generic check when the check cannot
 * build a meaningful request for it (`x-conformance-skip: {check name: reason}`);
 * the exemption is reported as a skip with its reason.
 */
export function exemption(operation: Operation, check: string): string | undefined {
  const skips = operation.definition['x-conformance-skip'] as Record<string, string> | undefined;
  return skips?.[check];
}

/** WebSocket upgrades cannot be exercised with fetch. */
export function isWebSocket(operation: Operation): boolean {
  return Boolean((operation.definition.responses as JsonObject | undefined)?.['101']);
}

export function documentsStatus(operation: Operation, status: number): boolean {
  const responses = (operation.definition.responses ?? {}) as JsonObject;
  return responses[String(status)] !== undefined || responses[`${String(status)[0]}XX`] !== undefined;
}

/** Skips (with the reason) when the operation is exempt or is a WebSocket; true when the check may go on. */
export function applies(session: Session, check: ProbeCheck, operation: Operation): boolean {
  const reason = exemption(operation, check.name) ?? (isWebSocket(operation) ? 'WebSocket upgrade: not exercised over plain HTTP' : undefined);
  if (reason) session.skip(check.name, `${operation.operationId}: ${reason}`);
  return reason === undefined;
}
