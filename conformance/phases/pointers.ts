import { type JsonObject, type OpenApiDocument, type Operation, type Parameter, refSegments, resolveRef } from '../../contract/spec.ts';

/** A parameter of an operation and where it is written in the contract (for provenance and validation). */
export interface LocatedParameter {
  parameter: Parameter;
  /** The parameter object's pointer; its schema is at [...pointer, 'schema']. */
  pointer: string[];
}

/** The operation's parameters (operation level winning over path level), each with its pointer. */
export function locatedParameters(document: OpenApiDocument, operation: Operation): LocatedParameter[] {
  const located = new Map<string, LocatedParameter>();
  const pathItem = document.paths[operation.path] ?? {};
  const levels: [unknown[] | undefined, string[]][] = [
    [pathItem.parameters as unknown[] | undefined, ['paths', operation.path]],
    [operation.definition.parameters as unknown[] | undefined, ['paths', operation.path, operation.method]],
  ];
  for (const [raws, base] of levels) {
    for (const [index, raw] of (raws ?? []).entries()) {
      const ref = (raw as JsonObject).$ref;
      const pointer = typeof ref === 'string' ? refSegments(ref) : [...base, 'parameters', String(index)];
      const parameter = resolveRef<Parameter>(document, raw);
      located.set(`${parameter.in}:${parameter.name}`, { parameter, pointer });
    }
  }
  return [...located.values()];
}

/** Where the operation's request body object is written: its `$ref` target, or inline under the operation. */
export function requestBodyPointer(operation: Operation): string[] | undefined {
  const raw = operation.definition.requestBody as JsonObject | undefined;
  if (!raw) return undefined;
  return typeof raw.$ref === 'string' ? refSegments(raw.$ref) : ['paths', operation.path, operation.method, 'requestBody'];
}

/** Where the operation's JSON request body schema sits, and the nodes on the way (operation, requestBody). */
export function bodySchemaPointer(operation: Operation): { schema: string[]; via: string[][] } | undefined {
  const requestBody = requestBodyPointer(operation);
  if (!requestBody) return undefined;
  return { schema: [...requestBody, 'content', 'application/json', 'schema'], via: [requestBody] };
}

/** The JSON media type the operation's request body documents (`application/json` first, then any `+json`), with its pointer. */
export function jsonBodyMediaType(document: OpenApiDocument, operation: Operation): { mediaType: string; pointer: string[]; via: string[][] } | undefined {
  const requestBody = requestBodyPointer(operation);
  if (!requestBody) return undefined;
  const content = (resolveRef<JsonObject>(document, operation.definition.requestBody).content ?? {}) as JsonObject;
  const types = Object.keys(content);
  const mediaType = types.find((type) => type === 'application/json') ?? types.find((type) => /^application\/[^;]*\+json$/.test(type));
  return mediaType ? { mediaType, pointer: [...requestBody, 'content', mediaType], via: [requestBody] } : undefined;
}

/** The value at a path of property names inside a JSON body, or undefined. */
export function valueAt(body: unknown, path: string[]): unknown {
  let node = body;
  for (const name of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as JsonObject)[name];
  }
  return node;
}

/** A copy of the body with the value at `path` replaced (or removed when `value` is the `remove` marker). */
export function withValueAt(body: unknown, path: string[], value: unknown, remove = false): unknown {
  const copy = structuredClone(body) as JsonObject;
  let node = copy;
  for (const name of path.slice(0, -1)) node = node[name] as JsonObject;
  const last = path[path.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}
