import { responseProvenance } from '../provenance.ts';
import type { Contract, Issue, ResponseCheck } from '../types.ts';
import type { Operation } from '../../contract/spec.ts';

/** Statuses a server may answer for one another: the validation refusals, and the successes among themselves. */
function alternativesTo(status: number, documented: string[]): string[] {
  if (status === 400 || status === 422) return documented.filter((key) => key === '400' || key === '422');
  if (status >= 200 && status < 300) return documented.filter((key) => /^2\d\d$/.test(key));
  return [];
}

/**
 * The documented response an undocumented status stands in for, when every
 * candidate is designed: a 200 where the contract chose 201, a 422 where it
 * chose 400. Breaking our choice, not the documentation's, is a warning.
 */
function designedStandIn(contract: Contract, operation: Operation, status: number, documented: string[]): number | undefined {
  const candidates = alternativesTo(status, documented);
  if (candidates.length === 0) return undefined;
  const designed = candidates.every((key) => responseProvenance(contract.document, operation, Number(key)).severity === 'warning');
  return designed ? Number(candidates[0]) : undefined;
}

export const statusCodeDocumented: ResponseCheck = {
  name: 'status code documented',
  description:
    'Every status the server answers is one the operation documents (exactly, as a range like 4XX, or as default). A success or validation status in place of a designed one (200 for a designed 201, 422 for a designed 400) is a warning.',
  judge(exchange, contract): Issue[] {
    const response = exchange.response;
    if (!response) return [];
    if (contract.validator.documentedResponse(exchange.operation, response.status)) return [];
    const documented = Object.keys((exchange.operation.definition.responses ?? {}) as object);
    const standIn = designedStandIn(contract, exchange.operation, response.status, documented);
    return [{ message: `received status ${response.status} / documented ${documented.join(', ')}`, ...(standIn !== undefined ? { documentedStatus: standIn } : {}) }];
  },
};
