import type { components } from '../../generated/agentruntime/schema.d.ts';
import type { ErrorStyle, Problem } from '../stateful/problems.ts';

type Code = components['schemas']['ErrorBody']['code'];

const codeByStatus: Record<number, Code> = {
  400: 'validation_failed', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 409: 'conflict',
  413: 'payload_too_large', 415: 'unsupported_media_type', 422: 'validation_failed', 429: 'rate_limited', 500: 'internal_error',
};

/** AgentRuntime's one Error body: `{code, message, details?, request_id}`; a handler's `fail(…, {code})` names the code. */
export const agentRuntimeErrorStyle: ErrorStyle = {
  // The seed: "422 Validation error (graph, bindings, billing)".
  validationStatus: 422,
  render(problem: Problem, environment) {
    const details = problem.violations?.map((violation) => ({ field: violation.field || violation.at, message: `expected ${violation.documented}, received ${violation.received}` }));
    return { code: problem.code ?? codeByStatus[problem.status] ?? 'internal_error', message: problem.message, ...(details ? { details } : {}), request_id: environment.requestId() };
  },
};
