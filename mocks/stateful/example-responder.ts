import { findOperationIn, type JsonObject, type OpenApiDocument } from '../../contract/document.ts';
import { mediaExample } from '../../contract/examples.ts';
import { resolveRef } from '../../contract/json-pointer.ts';
import type { Outcome } from './types.ts';

/**
 * For read-only catalog operations whose answer does not depend on state
 * (a plan catalog, a model list), the mock answers what the contract
 * documents: the first 2xx response's example, as Prism would.
 */
export function documentedAnswer(api: string, document: OpenApiDocument, operationId: string): () => Outcome {
  const operation = findOperationIn(api, document, operationId);
  const responses = (operation.definition.responses ?? {}) as Record<string, unknown>;
  const status = Object.keys(responses).find((code) => code.startsWith('2'));
  if (!status) throw new Error(`${operationId} documents no 2xx response`);
  const content = resolveRef<JsonObject>(document, responses[status]).content as Record<string, JsonObject> | undefined;
  const body = content?.['application/json'] ? mediaExample(document, content['application/json']) : undefined;
  return () => ({ status: Number(status), body: structuredClone(body) });
}
