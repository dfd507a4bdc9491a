import { httpMethods } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';

const refusals = [404, 405, 501];

export const undocumentedMethodsRefused = defineCheck({
  name: 'undocumented method rejected',
  description: 'A method the path does not document is refused with 405 (or 404 / 501), never served.',
  level: 'schema',
  appliesTo: (testCase) => testCase.source === 'methods' && testCase.method !== undefined,
  judge(testCase, exchange, context) {
    const status = exchange.response!.status;
    if (refusals.includes(status)) return [];
    const pathItem = context.contract.document.paths[testCase.operation.path] ?? {};
    const documented = httpMethods.filter((method) => pathItem[method] !== undefined).map((method) => method.toUpperCase());
    return [{ message: `received ${status} for ${testCase.method} ${testCase.operation.path} / documented only ${documented.join(', ')} (expected 405)` }];
  },
});
