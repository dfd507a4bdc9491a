import { defineCheck } from '../registry.ts';

export const invalidCasesRejected = defineCheck({
  name: 'invalid input rejected',
  description:
    'A request that breaks exactly one documented constraint (a required field, parameter or header left out; a value outside its type, enum, format, pattern or bounds; an undocumented field where none are allowed) is refused with a 4xx, never accepted and never a 5xx.',
  level: 'schema',
  appliesTo: (testCase) => testCase.expect === 'invalid',
  judge(testCase, exchange) {
    const status = exchange.response!.status;
    if (status >= 400 && status < 500) return [];
    return [{ message: `received ${status} for ${testCase.description} / documented a 4xx rejection` }];
  },
});
