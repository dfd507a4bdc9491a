import type { ResponseCheck } from '../types.ts';

export const responseHeadersValid: ResponseCheck = {
  name: 'response headers valid',
  description: 'Headers a response documents as required are present, and every documented header that is present matches its schema.',
  judge(exchange, contract) {
    const response = exchange.response;
    if (!response) return [];
    return contract.validator.checkResponseHeaders(exchange.operation, response.status, response.headers).map((violation) =>
      violation.value === undefined
        ? `received no ${violation.header} header on ${response.status} / documented ${violation.header} as required`
        : `received ${violation.header}: ${JSON.stringify(violation.value)} / documented ${violation.documented}`,
    );
  },
};
