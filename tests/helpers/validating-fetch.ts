import { listOperations, loadSpec } from '../../contract/spec.ts';
import { ContractValidator, formatViolation } from '../../contract/validator.ts';
import { Router } from '../../mocks/stateful/router.ts';

/**
 * A fetch that checks every response against the contract: the status must be
 * documented for the operation and a JSON body must match its schema. Problems
 * are collected, so a test can assert there were none.
 */
export function validatingFetch(api: string, inner: (request: Request) => Promise<Response> = (request) => fetch(request)) {
  const document = loadSpec(api);
  const validator = new ContractValidator(document);
  const router = new Router(listOperations(api));
  const basePath = new URL(document.servers?.[0]?.url ?? 'http://localhost').pathname.replace(/\/+$/, '');
  const problems: string[] = [];

  const fetchAndValidate = async (request: Request): Promise<Response> => {
    const response = await inner(request);
    let pathname = new URL(request.url).pathname;
    if (basePath && pathname.startsWith(`${basePath}/`)) pathname = pathname.slice(basePath.length);
    const match = router.match(request.method, pathname);
    if (match.kind !== 'operation') return response;
    const contentType = response.headers.get('content-type');
    const text = await response.clone().text();
    const body = contentType?.includes('json') && text ? JSON.parse(text) : undefined;
    const check = validator.checkResponse(match.operation, response.status, contentType, body);
    const where = `${request.method} ${pathname} → ${response.status}`;
    if (!check.documentedStatus) problems.push(`${where}: status not documented for ${match.operation.operationId}`);
    for (const violation of check.violations) problems.push(`${where}: ${formatViolation(violation)}`);
    return response;
  };
  return { fetch: fetchAndValidate, problems };
}
