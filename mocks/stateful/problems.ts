import type { Violation } from '../../contract/validator.ts';
import type { Environment } from './environment.ts';

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
  | 'unprocessable'
  | 'rate-limited'
  | 'upgrade-required'
  | 'internal';

interface ProblemExtra {
  violations?: Violation[];
  headers?: Record<string, string>;
  /** An API-specific machine code (AgentRuntime's `code`), when the status alone does not say it. */
  code?: string;
}

/**
 * A refusal, worded later by the API's ErrorStyle. Handlers throw it (see `fail`);
 * the mock's core renders it. A class, so `instanceof` tells it from a handler's result.
 */
export class Problem {
  violations?: Violation[];
  headers?: Record<string, string>;
  code?: string;

  constructor(
    readonly kind: ProblemKind,
    readonly status: number,
    readonly message: string,
    extra: ProblemExtra = {},
  ) {
    if (extra.violations) this.violations = extra.violations;
    if (extra.headers) this.headers = extra.headers;
    if (extra.code) this.code = extra.code;
  }
}

export function problem(kind: ProblemKind, status: number, message: string, extra: ProblemExtra = {}): Problem {
  return new Problem(kind, status, message, extra);
}

const kindByStatus: Record<number, ProblemKind> = {
  400: 'validation', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 405: 'method-not-allowed',
  409: 'conflict', 413: 'payload-too-large', 415: 'unsupported-media-type', 422: 'unprocessable',
  426: 'upgrade-required', 429: 'rate-limited',
};

/**
 * Refuses the request from inside a handler: `fail(409, 'Execution already has a review')`.
 * The API's ErrorStyle words the body, so no handler writes an error body of its own.
 */
export function fail(status: number, message: string, extra: ProblemExtra = {}): never {
  throw new Problem(kindByStatus[status] ?? 'internal', status, message, extra);
}

/** How one API words its errors: the body (and headers) it sends for a problem. */
export interface ErrorStyle {
  /** The status for a request that fails schema validation (before `x-error-status` overrides). */
  validationStatus: number;
  /** The body for a problem; ids and stamps it needs come from the mock's environment. */
  render(problem: Problem, environment: Environment): unknown;
}
