import type { JsonObject, Operation } from '../../contract/spec.ts';
import { formatViolation, type Violation } from '../../contract/validator.ts';
import { severityOf } from '../provenance.ts';
import type { ConstraintRef, Issue, ResponseCheck } from '../types.ts';

function constraintOf(violation: Violation, via: string[][] = []): ConstraintRef | undefined {
  if (!violation.schemaPointer) return undefined;
  return { pointer: violation.schemaPointer, keyword: violation.keyword, ...(via.length > 0 ? { via } : {}) };
}

/**
 * A body that misses every branch of a oneOf or anyOf breaks only what was
 * designed when one branch refuses it for designed constraints alone (a
 * closed `{exists: false}` shape the documentation never shows): that branch's
 * violations, as warnings, say what is wrong. Otherwise undefined.
 */
function designedBranch(document: JsonObject, operation: Operation, violation: Violation): Issue[] | undefined {
  for (const [index, branch] of (violation.branches ?? []).entries()) {
    if (branch.length === 0) continue;
    const via = [[...violation.schemaPointer!, violation.keyword, String(index)]];
    const designed = branch.every((inner) => {
      const constraint = constraintOf(inner, via);
      return constraint !== undefined && severityOf(document, operation, constraint).severity === 'warning';
    });
    if (designed) return branch.map((inner) => ({ message: formatViolation(inner), constraint: constraintOf(inner, via)!, severity: 'warning' }));
  }
  return undefined;
}

/** Whether a violation sits at or under a field (dotted paths; "" is the whole body). */
function within(violation: Violation, field: string): boolean {
  return field === '' || violation.field === field || violation.field.startsWith(`${field}.`);
}

export const responseBodyValid: ResponseCheck = {
  name: 'response body valid',
  description: 'A JSON response body matches the schema documented for its status and media type.',
  judge(exchange, contract) {
    const response = exchange.response;
    if (!response || response.text.length === 0) return [];
    if (response.contentType?.match(/[/+]json/) && response.json === undefined) {
      return [`received a body that is not valid JSON (${response.text.slice(0, 60)}) / documented ${response.contentType}`];
    }
    let violations = contract.validator.checkResponse(exchange.operation, response.status, response.contentType, response.json).violations;
    const issues: Issue[] = [];
    for (const alternative of violations.filter((violation) => violation.branches !== undefined)) {
      if (!violations.includes(alternative)) continue;
      const designed = designedBranch(contract.document, exchange.operation, alternative);
      if (!designed) continue;
      // The other branches' complaints are about a shape the body was never meant to have.
      violations = violations.filter((violation) => !within(violation, alternative.field));
      issues.push(...designed);
    }
    for (const violation of violations) {
      const constraint = constraintOf(violation);
      // The schema node the body breaks decides: a designed envelope or bound makes it a warning.
      issues.push({ message: formatViolation(violation), ...(constraint ? { constraint } : {}) });
    }
    return issues;
  },
};
