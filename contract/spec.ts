import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveRef } from './json-pointer.ts';

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

const generatedRoot = new URL('../generated/', import.meta.url);
const cache = new Map<string, OpenApiDocument>();

/** The bundled contract of one API, as `npm run build` wrote it. */
export function loadSpec(api: string): OpenApiDocument {
  let document = cache.get(api);
  if (!document) {
    const path = fileURLToPath(new URL(`${api}/openapi.json`, generatedRoot));
    document = JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
    cache.set(api, document);
  }
  return document;
}

// The mock's request parser reads refs through these names.
export { pointerSegments as refSegments, resolveRef } from './json-pointer.ts';

const operationsCache = new Map<string, Operation[]>();

/** Every operation of the contract, in document order. */
export function listOperations(api: string): Operation[] {
  let operations = operationsCache.get(api);
  if (!operations) {
    operations = collectOperations(api, loadSpec(api));
    operationsCache.set(api, operations);
  }
  return operations;
}

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

export function findOperation(api: string, operationId: string): Operation {
  return findOperationIn(api, loadSpec(api), operationId);
}

/** An operation by id in a given document (cached per document). */
export function findOperationIn(api: string, document: OpenApiDocument, operationId: string): Operation {
  let operations = byDocument.get(document);
  if (!operations) {
    operations = document === cache.get(api) ? listOperations(api) : collectOperations(api, document);
    byDocument.set(document, operations);
  }
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`${api} has no operation ${operationId}`);
  return operation;
}

const byDocument = new WeakMap<OpenApiDocument, Operation[]>();
