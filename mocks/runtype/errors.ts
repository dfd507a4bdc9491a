import type { Violation } from '../../contract/validator.ts';
import type { ErrorStyle, Problem } from '../stateful/problems.ts';

type DetailCode = 'MISSING_REQUIRED_FIELD' | 'INVALID_TYPE' | 'INVALID_ENUM' | 'OUT_OF_RANGE' | 'INVALID_FORMAT' | 'UNRECOGNIZED_KEYS' | 'INVALID_UNION' | 'CUSTOM_VALIDATION' | 'VALIDATION_ERROR';

const codeByKeyword: Record<string, DetailCode> = {
  required: 'MISSING_REQUIRED_FIELD',
  type: 'INVALID_TYPE',
  enum: 'INVALID_ENUM',
  const: 'INVALID_ENUM',
  minimum: 'OUT_OF_RANGE',
  maximum: 'OUT_OF_RANGE',
  exclusiveMinimum: 'OUT_OF_RANGE',
  exclusiveMaximum: 'OUT_OF_RANGE',
  minLength: 'OUT_OF_RANGE',
  maxLength: 'OUT_OF_RANGE',
  minItems: 'OUT_OF_RANGE',
  maxItems: 'OUT_OF_RANGE',
  minProperties: 'OUT_OF_RANGE',
  format: 'INVALID_FORMAT',
  pattern: 'INVALID_FORMAT',
  additionalProperties: 'UNRECOGNIZED_KEYS',
  oneOf: 'INVALID_UNION',
  anyOf: 'INVALID_UNION',
};

const reasons: Record<number, string> = {
  401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 409: 'Conflict',
  413: 'Payload too large', 415: 'Unsupported media type', 429: 'Too many requests', 500: 'Internal server error',
};

/** One `details[]` entry: the stable code, a message, the dotted path ("" for the root) and a hint when one helps. */
function detailOf(violation: Violation) {
  const code = codeByKeyword[violation.keyword] ?? 'VALIDATION_ERROR';
  const path = violation.at.startsWith('body') ? violation.field : (violation.at.split(' ').pop() ?? '');
  const suggestion = code === 'INVALID_ENUM' || code === 'OUT_OF_RANGE' ? { suggestion: `Expected ${violation.documented}.` } : {};
  return { code, message: `Invalid input: expected ${violation.documented}, received ${violation.received}`, path, ...suggestion };
}

export const runtypeErrorStyle: ErrorStyle = {
  validationStatus: 400,
  render(problem: Problem) {
    if (problem.status === 400) {
      const details = problem.violations?.map(detailOf) ?? [{ code: 'VALIDATION_ERROR' as const, message: problem.message, path: '' }];
      return { error: 'Validation error', details };
    }
    return { error: reasons[problem.status] ?? 'Error', message: problem.message };
  },
};
