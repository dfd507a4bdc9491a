import type { ErrorStyle, Problem } from '../stateful/problems.ts';
import { formatViolation } from '../../contract/validator.ts';

const reasons: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 500: 'Internal Server Error',
};

export const intentRunsErrorStyle: ErrorStyle = {
  validationStatus: 400,
  render(problem: Problem) {
    const message = problem.violations?.length ? problem.violations.map(formatViolation).join('; ') : problem.message;
    return { statusCode: problem.status, error: reasons[problem.status] ?? 'Error', message };
  },
};
