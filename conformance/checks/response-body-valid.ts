import { formatViolation } from '../../contract/validator.ts';
import type { ResponseCheck } from '../types.ts';

export const responseBodyValid: ResponseCheck = {
  name: 'response body valid',
  description: 'A JSON response body matches the schema documented for its status and media type.',
  judge(exchange, contract) {
    const response = exchange.response;
    if (!response || response.text.length === 0) return [];
    if (response.contentType?.match(/[/+]json/) && response.json === undefined) {
      return [`received a body that is not valid JSON (${response.text.slice(0, 60)}) / documented ${response.contentType}`];
    }
    const check = contract.validator.checkResponse(exchange.operation, response.status, response.contentType, response.json);
    return check.violations.map((violation) => ({
      message: formatViolation(violation),
      // The schema node the body breaks decides: a designed envelope or bound makes it a warning.
      ...(violation.schemaPointer ? { constraint: { pointer: violation.schemaPointer, keyword: violation.keyword } } : {}),
    }));
  },
};
