import type { JsonObject, Operation } from '../../contract/spec.ts';
import { bodyFields } from '../generate/fields.ts';
import { bodySchemaPointer } from '../phases/pointers.ts';
import type { Session } from '../session.ts';

export interface Exercised {
  exercised: string[];
  missed: string[];
}

export interface OperationCoverage {
  operationId: string;
  requests: number;
  statuses: Exercised;
  parameters: Exercised;
  bodyFields: Exercised;
}

function split(documented: string[], hit: (item: string) => boolean): Exercised {
  const exercised: string[] = [];
  const missed: string[] = [];
  for (const item of documented) (hit(item) ? exercised : missed).push(item);
  return { exercised, missed };
}

/** A documented status key (`201`, `4XX`, `default`) is exercised when a received status falls under it. */
function statusHit(key: string, received: Set<string>): boolean {
  if (key === 'default') return [...received].some((status) => !/^[1-5]\d\d$/.test(status) || status.startsWith('4') || status.startsWith('5'));
  if (/^\dXX$/i.test(key)) return [...received].some((status) => status[0] === key[0]);
  return received.has(key);
}

/** Per operation: which documented statuses, parameters and body fields the run exercised, and which it did not. */
export function apiCoverage(session: Session, operations: Operation[]): OperationCoverage[] {
  const document = session.contract.document;
  return operations.map((operation) => {
    const use = session.coverage.byOperation.get(operation.operationId);
    const statuses = Object.keys((operation.definition.responses ?? {}) as JsonObject);
    const parameters = operation.parameters.filter((parameter) => parameter.in !== 'cookie').map((parameter) => `${parameter.in}.${parameter.name}`);
    const located = bodySchemaPointer(operation);
    const schema = located ? located.schema.reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], document) : undefined;
    const fields = schema === undefined ? [] : bodyFields(document, schema, located!.schema).map((field) => field.path.join('.'));
    return {
      operationId: operation.operationId,
      requests: use?.requests ?? 0,
      statuses: split(statuses, (key) => statusHit(key, use?.statuses ?? new Set())),
      parameters: split(parameters, (name) => use?.parameters.has(name) ?? false),
      bodyFields: split(fields, (name) => use?.bodyFields.has(name) ?? false),
    };
  });
}

/** Totals over all operations, "exercised of documented" for each kind. */
export function coverageTotals(coverage: OperationCoverage[]): { statuses: [number, number]; parameters: [number, number]; bodyFields: [number, number]; operations: [number, number] } {
  const total = (pick: (entry: OperationCoverage) => Exercised): [number, number] => {
    let exercised = 0;
    let documented = 0;
    for (const entry of coverage) {
      exercised += pick(entry).exercised.length;
      documented += pick(entry).exercised.length + pick(entry).missed.length;
    }
    return [exercised, documented];
  };
  return {
    operations: [coverage.filter((entry) => entry.requests > 0).length, coverage.length],
    statuses: total((entry) => entry.statuses),
    parameters: total((entry) => entry.parameters),
    bodyFields: total((entry) => entry.bodyFields),
  };
}
