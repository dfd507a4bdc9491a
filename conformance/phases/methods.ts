import { httpMethods, type Operation } from '../../contract/spec.ts';
import type { Session } from '../session.ts';
import type { TestCase } from '../types.ts';

const candidates = ['put', 'patch', 'delete', 'post', 'get'] as const;

/** The methods source: once per path (from its first documented operation), a method the path does not document. */
export function methodCases(session: Session, operation: Operation): TestCase[] {
  const pathItem = session.contract.document.paths[operation.path]!;
  const documented = httpMethods.filter((method) => pathItem[method] !== undefined);
  if (documented[0] !== operation.method) return [];
  const method = candidates.find((candidate) => !documented.includes(candidate));
  if (!method) return [];
  const valid = session.validRequest(operation);
  return [{ source: 'methods', operation, identity: 'a', parts: { path: valid.path, headers: valid.headers }, method: method.toUpperCase(), expect: 'any', description: `${method.toUpperCase()} ${operation.path}` }];
}
