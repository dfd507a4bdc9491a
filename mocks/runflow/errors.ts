import type { ErrorStyle, Problem } from '../stateful/problems.ts';

const reasons: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Entity',
  500: 'Internal Server Error',
};

/** Runflow's `{statusCode, message, error}`; a 400's message is an array, one string per violation. */
export const runflowErrorStyle: ErrorStyle = {
  validationStatus: 400,
  render(problem: Problem) {
    const error = reasons[problem.status] ?? 'Error';
    if (problem.status === 400) {
      const messages = problem.violations?.map((violation) => `${violation.field || violation.at} must be ${violation.documented}; received ${violation.received}`) ?? [problem.message];
      return { statusCode: 400, message: messages, error };
    }
    const message = problem.violations?.length
      ? problem.violations.map((violation) => `${violation.field || violation.at} must be ${violation.documented}; received ${violation.received}`).join('; ')
      : problem.message;
    return { statusCode: problem.status, message, error };
  },
};
