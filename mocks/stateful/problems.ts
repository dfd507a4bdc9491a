import type { Violation } from '../../contract/validator.ts';

/** Why the mock refuses a request, before any API-specific wording is applied. */
export type ProblemKind =
  | 'not-found'
  | 'method-not-allowed'
  | 'unauthorized'
  | 'forbidden'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'malformed-json'
  | 'validation'
  | 'conflict'
  | 'internal';

/** A refusal, worded later by the API's ErrorStyle. A class, so `instanceof` tells it from a handler's result. */
export class Problem {
  violations?: Violation[];
  headers?: Record<string, string>;

  constructor(
    readonly kind: ProblemKind,
    readonly status: number,
    readonly message: string,
    extra: { violations?: Violation[]; headers?: Record<string, string> } = {},
  ) {
    if (extra.violations) this.violations = extra.violations;
    if (extra.headers) this.headers = extra.headers;
  }
}

export function problem(kind: ProblemKind, status: number, message: string, extra: { violations?: Violation[]; headers?: Record<string, string> } = {}): Problem {
  return new Problem(kind, status, message, extra);
}

/** How one API words its errors: the body (and headers) it sends for a problem. */
export interface ErrorStyle {
  /** The status for a request that fails schema validation (before `x-error-status` overrides). */
  validationStatus: number;
  render(problem: Problem): unknown;
}
