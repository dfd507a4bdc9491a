import type { JsonObject, Operation } from '../../../contract/spec.ts';

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

/** True when the operation documents the status exactly or by its range (`4XX`). */
export function documentsStatus(operation: Operation, status: number): boolean {
  const responses = (operation.definition.responses ?? {}) as JsonObject;
  return responses[String(status)] !== undefined || responses[`${String(status)[0]}XX`] !== undefined;
}
