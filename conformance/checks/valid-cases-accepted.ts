import { defineCheck } from '../registry.ts';
import { documentsStatus } from './probe.ts';

/** Refusals that say nothing about the input's shape: the named resource is not there, or already is. */
function semanticRefusal(status: number, hasPathIds: boolean, documented: (status: number) => boolean): boolean {
  return (status === 404 && hasPathIds) || (status === 409 && documented(409));
}

export const validCasesAccepted = defineCheck({
  name: 'valid input accepted',
  description:
    "A request the contract documents as valid is accepted with a 2xx: the contract's own examples, each documented edge (a bound, an enum value, an optional field present or absent, null where nullable) and generated valid input. A 404 is accepted when the request names a resource by id (it may not exist on this server), and a documented 409 when it already exists.",
  level: 'schema',
  appliesTo: (testCase) => testCase.expect === 'valid' && (testCase.source === 'examples' || testCase.source === 'coverage' || testCase.source === 'fuzz'),
  judge(testCase, exchange) {
    const status = exchange.response!.status;
    if (status >= 200 && status < 300) return [];
    const hasPathIds = testCase.operation.parameters.some((parameter) => parameter.in === 'path');
    if (semanticRefusal(status, hasPathIds, (code) => documentsStatus(testCase.operation, code))) return [];
    const text = exchange.response!.text.slice(0, 160);
    const received = `received ${status}${text ? ` ${text}` : ''}`;
    if (testCase.source === 'examples') return [{ message: `${received} / documented a 2xx for a request built from the contract's examples` }];
    return [{ message: `${received} for ${testCase.description} / documented as valid (a 2xx, as for the example request)` }];
  },
});
