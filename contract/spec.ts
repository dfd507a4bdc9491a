import { agentRuntimeContract } from './bundled/agentruntime.ts';
import { intentRunsContract } from './bundled/intent-runs.ts';
import { runflowContract } from './bundled/runflow.ts';
import { runtypeContract } from './bundled/runtype.ts';
import { findOperationIn, type OpenApiDocument, type Operation, operationsOf } from './document.ts';

export * from './document.ts';
// The mock's request parser reads refs through these names.
export { pointerSegments as refSegments, resolveRef } from './json-pointer.ts';

/**
 * Every bundled contract by API id, for the tools that take an API by id. They
 * arrive as JSON modules (contract/bundled/), so nothing here reads a file; a
 * single API's mock imports only its own contract from there.
 */
const bundled: Record<string, OpenApiDocument> = {
  agentruntime: agentRuntimeContract,
  'intent-runs': intentRunsContract,
  runflow: runflowContract,
  runtype: runtypeContract,
};

/** The bundled contract of one API. */
export function loadSpec(api: string): OpenApiDocument {
  const document = Object.hasOwn(bundled, api) ? bundled[api] : undefined;
  if (!document) throw new Error(`no bundled contract for "${api}"; known: ${Object.keys(bundled).join(', ')}`);
  return document;
}

/** Every operation of the contract, in document order. */
export function listOperations(api: string): Operation[] {
  return operationsOf(api, loadSpec(api));
}

export function findOperation(api: string, operationId: string): Operation {
  return findOperationIn(api, loadSpec(api), operationId);
}
