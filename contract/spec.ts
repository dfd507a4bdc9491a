import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** The unescaped segments of a local JSON pointer ref: `#/components/schemas/A~1B` → components, schemas, A/B. */
export function refSegments(ref: string): string[] {
  return ref.slice(2).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Follows a local `$ref` (`#/components/...`) until it reaches a value that is not a ref. */
export function resolveRef<T = JsonObject>(document: OpenApiDocument, value: unknown): T {
  let current = value as JsonObject;
  for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${String(current.$ref)}`);
    const pointer = current.$ref as string;
    if (!pointer.startsWith('#/')) throw new Error(`only local refs are supported, got ${pointer}`);
    current = refSegments(pointer).reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], document) as JsonObject;
    if (current === undefined) throw new Error(`unresolved $ref ${pointer}`);
  }
  return current as T;
}

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
