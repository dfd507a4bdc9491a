import { resolveRef } from './json-pointer.ts';

// The contract as plain data: no file system and no Node built-ins, so the mock
// core (which runs in browsers and MSW) and the tools share one reading of it.

/** The parts of an OpenAPI 3.1 document the toolkit reads at run time. */
export type JsonObject = Record<string, unknown>;

export interface OpenApiDocument extends JsonObject {
  info: { title: string; version: string };
  servers?: { url: string }[];
  paths: Record<string, JsonObject>;
  components?: JsonObject;
  security?: Record<string, string[]>[];
}

export interface Parameter extends JsonObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

export interface Operation {
  api: string;
  operationId: string;
  method: HttpMethod;
  /** The templated path as written in the contract, e.g. `/v1/workflows/{id}`. */
  path: string;
  /** Path-item and operation parameters, merged (the operation's win), refs resolved. */
  parameters: Parameter[];
  definition: JsonObject;
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** Every operation of a given document (which need not be one of the generated ones). */
export function collectOperations(api: string, document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, pathItem] of Object.entries(document.paths)) {
    const shared = (pathItem.parameters as unknown[] | undefined) ?? [];
    for (const method of httpMethods) {
      const definition = pathItem[method] as JsonObject | undefined;
      if (!definition) continue;
      const merged = new Map<string, Parameter>();
      for (const raw of [...shared, ...((definition.parameters as unknown[] | undefined) ?? [])]) {
        const parameter = resolveRef<Parameter>(document, raw);
        merged.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      operations.push({
        api,
        operationId: definition.operationId as string,
        method,
        path,
        parameters: [...merged.values()],
        definition,
      });
    }
  }
  return operations;
}

/** An operation by id in a given document (its operations are listed once per document). */
export function findOperationIn(api: string, document: OpenApiDocument, operationId: string): Operation {
  const operation = operationsOf(api, document).find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`${api} has no operation ${operationId}`);
  return operation;
}

const byDocument = new WeakMap<OpenApiDocument, Operation[]>();

/** The operations of a document, collected on first use and kept for as long as the document lives. */
export function operationsOf(api: string, document: OpenApiDocument): Operation[] {
  let operations = byDocument.get(document);
  if (!operations) {
    operations = collectOperations(api, document);
    byDocument.set(document, operations);
  }
  return operations;
}
