import { httpMethods, type JsonObject, resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { Issue } from '../types.ts';
import { documentsStatus } from './support/operations.ts';
import { isExampleCase, named } from './support/resources.ts';

/** A media type no contract documents for a JSON body, sent with the JSON text itself. */
const undocumentedMediaType = 'text/plain';

function documentedMethods(document: { paths: Record<string, JsonObject> }, path: string): string[] {
  const pathItem = document.paths[path] ?? {};
  return httpMethods.filter((method) => pathItem[method] !== undefined).map((method) => method.toUpperCase());
}

export const httpSemantics = defineCheck({
  name: 'HTTP semantics',
  description:
    'A 405 carries Allow, naming every method the path documents and not the one refused; a request body in a media type the operation does not document is refused (415, or a 4xx where the contract documents a 4XX range), not read as if it were JSON. Response Content-Types and empty bodies are judged by "content type documented".',
  // Full level: the schema-level reference server, Prism 5, answers 405 without Allow.
  level: 'full',
  appliesTo(testCase, contract) {
    if (testCase.method !== undefined) return true;
    if (!isExampleCase(testCase, 'HTTP semantics') || testCase.parts.body === undefined) return false;
    const content = resolveRef<JsonObject>(contract.document, testCase.operation.definition.requestBody ?? {}).content as Record<string, unknown> | undefined;
    // Only where the contract documents the refusal (415, or a 4XX range): elsewhere the answer, 415 or not, is undocumented.
    return content !== undefined && !Object.keys(content).some((type) => type === '*/*' || type.startsWith('text/')) && (documentsStatus(testCase.operation, 415) || documentsStatus(testCase.operation, 499));
  },
  async judge(testCase, exchange, context) {
    const issues: Issue[] = [];
    if (testCase.method !== undefined) {
      if (exchange.response?.status !== 405) return [];
      const documented = documentedMethods(context.contract.document, testCase.operation.path);
      const allow = exchange.response.headers.get('allow');
      if (allow === null) return [{ message: `received 405 for ${testCase.method.toUpperCase()} ${testCase.operation.path} without an Allow header / documented Allow: ${documented.join(', ')} (RFC 9110: a 405 lists the allowed methods)` }];
      const allowed = allow.split(',').map((method) => method.trim().toUpperCase());
      const missing = documented.filter((method) => !allowed.includes(method));
      const refusedListed = allowed.includes(testCase.method.toUpperCase());
      if (missing.length > 0 || refusedListed) issues.push({ message: `received 405 with Allow: ${allow} / documented Allow: ${documented.join(', ')}` });
      return issues;
    }
    const operation = testCase.operation;
    const documents415 = Boolean((operation.definition.responses as JsonObject | undefined)?.['415']);
    const sent = await context.send(operation, { ...testCase.parts, rawBody: JSON.stringify(testCase.parts.body), contentType: undocumentedMediaType });
    const status = sent.response?.status;
    if (status === undefined) return [];
    const holds = documents415 ? status === 415 : status >= 400 && status < 500;
    if (!holds) {
      issues.push({
        message: `received ${status} from ${named(sent)} with Content-Type ${undocumentedMediaType} / documented ${documents415 ? '415' : 'a 4xx'}: the operation takes only ${Object.keys((resolveRef<JsonObject>(context.contract.document, operation.definition.requestBody).content ?? {}) as object).join(', ')}`,
        exchange: sent,
        ...(documents415 ? { documentedStatus: 415 } : {}),
      });
    }
    return issues;
  },
});
