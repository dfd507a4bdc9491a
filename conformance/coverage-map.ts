import type { JsonObject, Operation } from '../contract/spec.ts';
import type { RequestParts } from './http.ts';

/** What the run sent and received for one operation: the raw material of the API coverage summary. */
export interface OperationUse {
  statuses: Set<string>;
  parameters: Set<string>;
  bodyFields: Set<string>;
  requests: number;
}

/** Records, per operation, the statuses received and the parameters and body fields sent. */
export class CoverageMap {
  readonly byOperation = new Map<string, OperationUse>();

  record(operation: Operation, parts: RequestParts, status: number | undefined): void {
    let use = this.byOperation.get(operation.operationId);
    if (!use) {
      use = { statuses: new Set(), parameters: new Set(), bodyFields: new Set(), requests: 0 };
      this.byOperation.set(operation.operationId, use);
    }
    use.requests++;
    if (status !== undefined) use.statuses.add(String(status));
    for (const parameter of operation.parameters) {
      const present =
        (parameter.in === 'path' && parts.path?.[parameter.name] !== undefined) ||
        (parameter.in === 'query' && parts.query?.[parameter.name] !== undefined) ||
        (parameter.in === 'header' && Object.keys(parts.rawHeaders ?? parts.headers ?? {}).some((name) => name.toLowerCase() === parameter.name.toLowerCase()));
      if (present) use.parameters.add(`${parameter.in}.${parameter.name}`);
    }
    if (parts.body !== undefined) collectFields(parts.body, [], use.bodyFields);
  }
}

function collectFields(value: unknown, path: string[], into: Set<string>): void {
  if (path.length > 3 || value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const [name, inner] of Object.entries(value as JsonObject)) {
    into.add([...path, name].join('.'));
    collectFields(inner, [...path, name], into);
  }
}
