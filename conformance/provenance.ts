/**
 * Severity by provenance (the `x-designed` convention of this repository).
 *
 * A contract node the product documentation does not state carries
 * `x-designed`: a string marks the node and everything beneath it as designed;
 * an object marks only the keywords it names. A finding that breaks a designed
 * constraint is a warning; anything else (unmarked = documented) is an error.
 */
import { pointerSegments } from '../contract/json-pointer.ts';
import type { JsonObject, Operation } from '../contract/spec.ts';
import type { ConstraintRef, Severity } from './types.ts';

/** Where a designed marker was found and why the contract designed it. */
export interface Provenance {
  severity: Severity;
  /** The marker's reason, when designed. */
  reason?: string;
}

const documented: Provenance = { severity: 'error' };

function markerReason(node: unknown, keyword: string | undefined): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const marker = (node as JsonObject)['x-designed'];
  if (typeof marker === 'string' && marker.trim() !== '') return marker;
  if (keyword !== undefined && typeof marker === 'object' && marker !== null) {
    const reason = (marker as Record<string, unknown>)[keyword];
    if (typeof reason === 'string' && reason.trim() !== '') return reason;
  }
  return undefined;
}

/**
 * The provenance of one constraint: the node at `pointer` with its keyword
 * marker, or a string marker on that node or any node enclosing it (the
 * response, the operation, the path item). Pointers name the node itself, so a
 * `$ref`'s target is looked up at the target, never beside the `$ref`.
 */
export function provenanceOf(document: JsonObject, constraint: ConstraintRef): Provenance {
  const nodes: unknown[] = [document];
  let node: unknown = document;
  for (const segment of constraint.pointer) {
    node = (node as JsonObject | undefined)?.[segment];
    if (node === undefined) break;
    nodes.push(node);
  }
  const target = nodes.length === constraint.pointer.length + 1 ? nodes[nodes.length - 1] : undefined;
  const own = target === undefined ? undefined : markerReason(target, constraint.keyword);
  if (own !== undefined) return { severity: 'warning', reason: own };
  // A keyword marker on an enclosing node says nothing about this one: only string markers enclose.
  for (let index = nodes.length - 2; index >= 0; index--) {
    const reason = markerReason(nodes[index], undefined);
    if (reason !== undefined) return { severity: 'warning', reason };
  }
  return documented;
}

/**
 * The severity of a finding: designed (warning) when the constraint it breaks
 * is designed, or when the operation is designed as a whole; documented
 * (error) otherwise. A finding without a constraint is about the answer: it
 * follows the documented response for `status` (see responseProvenance).
 * A constraint is judged on its own: a designed success response does not
 * soften a documented bound that a request broke.
 */
export function severityOf(document: JsonObject, operation: Operation, constraint: ConstraintRef | undefined, status?: number): Provenance {
  if (!constraint) return responseProvenance(document, operation, status);
  const own = provenanceOf(document, constraint);
  if (own.severity === 'warning') return own;
  for (const pointer of constraint.via ?? []) {
    const enclosing = provenanceOf(document, { pointer });
    if (enclosing.severity === 'warning') return enclosing;
  }
  return provenanceOf(document, { pointer: operationPointer(operation) });
}

/** The pointer of an operation in its document. */
export function operationPointer(operation: Operation): string[] {
  return ['paths', operation.path, operation.method];
}

/**
 * The provenance of a finding about an operation's answer as a whole (a status
 * it should have answered, a response it should have sent): the documented
 * response for that status when there is one, else the operation.
 */
export function responseProvenance(document: JsonObject, operation: Operation, status: number | undefined): Provenance {
  const responses = (operation.definition.responses ?? {}) as Record<string, unknown>;
  const key = status === undefined ? undefined : [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => responses[candidate] !== undefined);
  if (key !== undefined) {
    const raw = responses[key] as JsonObject;
    // A response given by $ref carries its marker at the target.
    if (typeof raw.$ref === 'string') {
      const target = provenanceOf(document, { pointer: pointerSegments(raw.$ref) });
      if (target.severity === 'warning') return target;
      return provenanceOf(document, { pointer: operationPointer(operation) });
    }
    return provenanceOf(document, { pointer: [...operationPointer(operation), 'responses', key] });
  }
  return provenanceOf(document, { pointer: operationPointer(operation) });
}
