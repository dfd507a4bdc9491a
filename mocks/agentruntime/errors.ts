import type { ErrorStyle, Problem } from '../stateful/problems.ts';

type Code = 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'invalid_state_transition' | 'already_revealed' | 'validation_failed' | 'invalid_signature' | 'rate_limited' | 'feature_disabled' | 'method_not_allowed' | 'payload_too_large' | 'unsupported_media_type' | 'internal_error' | 'service_unavailable';

const codeByStatus: Record<number, Code> = {
  400: 'validation_failed', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 409: 'conflict',
  413: 'payload_too_large', 415: 'unsupported_media_type', 422: 'validation_failed', 429: 'rate_limited', 500: 'internal_error',
};

let requestCounter = 0;
const requestId = () => `req_mock${(++requestCounter).toString(36).padStart(6, '0')}`;

/** An AgentRuntime error result for a handler: the one Error body under its status. */
export function agentRuntimeError<Status extends number>(status: Status, code: Code, message: string) {
  return { status, body: { code, message, request_id: requestId() } };
}

export const agentRuntimeErrorStyle: ErrorStyle = {
  // The seed: "422 Validation error (graph, bindings, billing)".
  validationStatus: 422,
  render(problem: Problem, environment) {
    const details = problem.violations?.map((violation) => ({ field: violation.field || violation.at, message: `expected ${violation.documented}, received ${violation.received}` }));
    return { code: problem.code ?? codeByStatus[problem.status] ?? 'internal_error', message: problem.message, ...(details ? { details } : {}), request_id: environment.requestId() };
  },
};
