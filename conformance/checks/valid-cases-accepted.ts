import { parameterExample } from '../../contract/examples.ts';
import type { Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Exchange, TestCase } from '../types.ts';
import { documentsStatus } from './support/operations.ts';

/** Refusals that say nothing about the input's shape: the named resource is not there, or already is. */
function semanticRefusal(status: number, hasPathIds: boolean, documented: (status: number) => boolean): boolean {
  return (status === 404 && hasPathIds) || (status === 409 && documented(409));
}

const accepted = (exchange: Exchange) => {
  const status = exchange.response?.status;
  return status !== undefined && status >= 200 && status < 300;
};

/**
 * OpenAPI cannot state that two query parameters come together, or exclude
 * each other: a contract can only say so in prose. So when a generated case
 * that adds optional query parameters is refused with a documented 4xx, the
 * refusal is put to the test before it is reported: if each added parameter
 * alone is accepted (they exclude each other), or the one added parameter is
 * accepted once another optional one joins it (they come together), the
 * refusal is a documented dependency, not a finding.
 */
async function explainedByParameterDependency(testCase: TestCase, context: CheckContext, status: number): Promise<boolean> {
  if (!documentsStatus(testCase.operation, status) || status < 400 || status >= 500) return false;
  const baseline = context.validRequest(testCase.operation);
  const added = Object.keys(testCase.parts.query ?? {}).filter((name) => baseline.query?.[name] === undefined);
  if (added.length === 0) return false;
  const sendWith = (query: Record<string, unknown>) => context.send(testCase.operation, { ...testCase.parts, query: { ...baseline.query, ...query } });
  if (added.length > 1) {
    for (const name of added) if (!accepted(await sendWith({ [name]: testCase.parts.query![name] }))) return singleNeedsCompanion(testCase.operation, context, name, testCase.parts.query![name], sendWith);
    return true;
  }
  return singleNeedsCompanion(testCase.operation, context, added[0]!, testCase.parts.query![added[0]!], sendWith);
}

async function singleNeedsCompanion(operation: Operation, context: CheckContext, name: string, value: unknown, sendWith: (query: Record<string, unknown>) => Promise<Exchange>): Promise<boolean> {
  for (const companion of operation.parameters) {
    if (companion.in !== 'query' || companion.required || companion.name === name) continue;
    const companionValue = parameterExample(context.contract.document, companion);
    if (companionValue === undefined) continue;
    if (accepted(await sendWith({ [name]: value, [companion.name]: companionValue }))) return true;
  }
  return false;
}

export const validCasesAccepted = defineCheck({
  name: 'valid input accepted',
  description:
    "A request the contract documents as valid is accepted with a 2xx: the contract's own examples, each documented edge (a bound, an enum value, an optional field present or absent, null where nullable) and generated valid input. A 404 is accepted when the request names a resource by id (it may not exist on this server), a documented 409 when it already exists, and a documented 4xx that a dependency between optional query parameters explains (they come together, or exclude each other; OpenAPI can only state that in prose).",
  level: 'schema',
  appliesTo: (testCase) => testCase.expect === 'valid' && (testCase.source === 'examples' || testCase.source === 'coverage' || testCase.source === 'fuzz'),
  async judge(testCase, exchange, context) {
    const status = exchange.response!.status;
    if (status >= 200 && status < 300) return [];
    const hasPathIds = testCase.operation.parameters.some((parameter) => parameter.in === 'path');
    if (semanticRefusal(status, hasPathIds, (code) => documentsStatus(testCase.operation, code))) return [];
    if (testCase.source !== 'examples' && (await explainedByParameterDependency(testCase, context, status))) return [];
    const text = exchange.response!.text.slice(0, 160);
    const received = `received ${status}${text ? ` ${text}` : ''}`;
    if (testCase.source === 'examples') return [{ message: `${received} / documented a 2xx for a request built from the contract's examples` }];
    return [{ message: `${received} for ${testCase.description} / documented as valid (a 2xx, as for the example request)` }];
  },
});
