import { defineCheck } from '../registry.ts';

export const unauthorizedCasesRefused = defineCheck({
  name: 'missing or invalid credentials rejected',
  description: 'An operation that documents a security requirement answers 401 to a request without credentials, and (full level) to one whose credentials are present but unusable.',
  level: 'schema',
  appliesTo: (testCase) => testCase.expect === 'unauthorized',
  judge(testCase, exchange) {
    const status = exchange.response!.status;
    return status === 401 ? [] : [{ message: `received ${status} ${testCase.description} / documented 401` }];
  },
});
