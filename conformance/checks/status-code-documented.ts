import type { ResponseCheck } from '../types.ts';

export const statusCodeDocumented: ResponseCheck = {
  name: 'status code documented',
  description: "Every status the server answers is one the operation documents (exactly, as a range like 4XX, or as default).",
  judge(exchange, contract) {
    const response = exchange.response;
    if (!response) return [];
    if (contract.validator.documentedResponse(exchange.operation, response.status)) return [];
    const documented = Object.keys((exchange.operation.definition.responses ?? {}) as object).join(', ');
    return [`received status ${response.status} / documented ${documented}`];
  },
};
