/**
 * Places each change on an operation, in words a reviewer reads ("response 200 body:
 * items[].note"), and names every other operation it reaches.
 *
 * Why the second part: the engine walks each document once and reports a change in a
 * shared component (`#/components/schemas/Review`) only under the first operation it
 * reached it from. A consumer of GET /reviews/{id} must see it too, so we follow the
 * $refs from every operation to every component.
 */
import { pointerSegments, valueAt } from '../../contract/json-pointer.ts';

export type Direction = 'request' | 'response';

export interface OperationRef {
  method: string;
  path: string;
  operationId?: string;
}

export interface Reach extends OperationRef {
  directions: Direction[];
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

export const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function operationLabel(operation: OperationRef): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

export function operationName(operation: OperationRef): string {
  return operation.operationId ?? operationLabel(operation);
}

/** The operation a change path lies under, and the segments below it. */
export function splitChangePath(path: string, doc: Json): { operation?: OperationRef; pathItem?: string; rest: string[] } {
  const segments = pointerSegments(path);
  if (segments[0] !== 'paths' || segments[1] === undefined) return { rest: segments };
  const [, apiPath, method, ...rest] = segments;
  if (method === undefined || !methods.includes(method)) return { pathItem: apiPath, rest: method === undefined ? [] : [method, ...rest] };
  const operation = valueAt(doc, ['paths', apiPath, method]);
  const operationId = isObject(operation) && typeof operation.operationId === 'string' ? operation.operationId : undefined;
  return { operation: { method, path: apiPath, ...(operationId ? { operationId } : {}) }, rest };
}

/** Describes the segments below an operation: "response 200 body: items[].note", "`limit` query parameter". */
export function describePlace(rest: string[], operationNode: Json): string {
  const [head, second, ...tail] = rest;
  if (head === undefined) return 'the operation';
  if (head === 'parameters' && second !== undefined) {
    const parameter = valueAt(operationNode, ['parameters', second]);
    const name = isObject(parameter) ? `\`${String(parameter.name)}\` ${String(parameter.in)} parameter` : `parameter ${second}`;
    return tail[0] === 'schema' ? withField(name, tail.slice(1)) : joinRest(name, tail);
  }
  if (head === 'requestBody') return describeContent('request', 'request body', second === undefined ? [] : [second, ...tail]);
  if (head === 'responses' && second !== undefined) {
    if (tail[0] === 'headers' && tail[1] !== undefined) return joinRest(`response ${second} header \`${tail[1]}\``, tail.slice(3));
    return describeContent(`response ${second}`, `response ${second}`, tail);
  }
  return rest.join('/');
}

/** `what` names the body ("request", "response 200"); `whole` the thing itself, when no content is involved. */
function describeContent(what: string, whole: string, rest: string[]): string {
  if (rest[0] !== 'content' || rest[1] === undefined) return joinRest(whole, rest);
  const mediaType = rest[1] === 'application/json' ? '' : ` (${rest[1]})`;
  if (rest[2] !== 'schema') return joinRest(`${what}${mediaType}`, rest.slice(2));
  return withField(`${what}${mediaType} body`, rest.slice(3));
}

function joinRest(what: string, rest: string[]): string {
  return rest.length === 0 ? what : `${what} ${rest.join('/')}`;
}

/** A schema path as a field path: properties/items/items/properties/note → items[].note */
export function fieldPath(schemaSegments: string[]): string {
  let out = '';
  for (let index = 0; index < schemaSegments.length; index++) {
    const segment = schemaSegments[index]!;
    const next = schemaSegments[index + 1];
    if ((segment === 'properties' || segment === 'patternProperties') && next !== undefined) {
      out += out === '' ? next : `.${next}`;
      index++;
    } else if (segment === 'items') out += '[]';
    else if (segment === 'additionalProperties') out += out === '' ? '*' : '.*';
    else if (['allOf', 'anyOf', 'oneOf', 'prefixItems'].includes(segment) && next !== undefined) {
      out += `<${segment} ${next}>`;
      index++;
    } else out += out === '' ? segment : `/${segment}`;
  }
  return out;
}

function withField(what: string, schemaSegments: string[]): string {
  const field = fieldPath(schemaSegments);
  return field === '' ? what : `${what}: ${field}`;
}

/**
 * For one document: which operations reach which component, in which direction.
 * Components are keyed `#/components/<section>/<name>`; security schemes count as
 * reached (request) by every operation whose effective security names them.
 */
export class ReferenceGraph {
  private readonly reaches = new Map<string, Map<string, Reach>>();

  constructor(doc: Json) {
    if (!isObject(doc)) return;
    const direct = new Map<string, Set<string>>();
    const components = isObject(doc.components) ? doc.components : {};
    for (const [section, entries] of Object.entries(components)) {
      if (!isObject(entries)) continue;
      for (const [name, value] of Object.entries(entries)) direct.set(componentKey(section, name), collectRefs(value));
    }
    const closure = (start: Set<string>): Set<string> => {
      const seen = new Set<string>();
      const queue = [...start];
      while (queue.length > 0) {
        const key = queue.pop()!;
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push(...(direct.get(key) ?? []));
      }
      return seen;
    };
    const paths = isObject(doc.paths) ? doc.paths : {};
    for (const [apiPath, pathItem] of Object.entries(paths)) {
      if (!isObject(pathItem)) continue;
      for (const method of methods) {
        const operation = pathItem[method];
        if (!isObject(operation)) continue;
        const ref: OperationRef = { method, path: apiPath, ...(typeof operation.operationId === 'string' ? { operationId: operation.operationId } : {}) };
        const request = collectRefs([pathItem.parameters, operation.parameters, operation.requestBody]);
        const security = Array.isArray(operation.security) ? operation.security : Array.isArray(doc.security) ? doc.security : [];
        for (const requirement of security) {
          if (isObject(requirement)) for (const name of Object.keys(requirement)) request.add(componentKey('securitySchemes', name));
        }
        this.add(ref, 'request', closure(request));
        this.add(ref, 'response', closure(collectRefs(operation.responses)));
      }
    }
  }

  /** The operations that reach the component holding `pointer` (a pointer into this document). */
  operationsReaching(pointer: string): Reach[] {
    const segments = pointerSegments(pointer);
    if (segments[0] !== 'components' || segments[1] === undefined || segments[2] === undefined) return [];
    return [...(this.reaches.get(componentKey(segments[1], segments[2]))?.values() ?? [])];
  }

  private add(operation: OperationRef, direction: Direction, components: Set<string>): void {
    for (const key of components) {
      const byOperation = this.reaches.get(key) ?? new Map<string, Reach>();
      const id = operationLabel(operation);
      const reach = byOperation.get(id) ?? { ...operation, directions: [] };
      if (!reach.directions.includes(direction)) reach.directions.push(direction);
      byOperation.set(id, reach);
      this.reaches.set(key, byOperation);
    }
  }
}

function componentKey(section: string, name: string): string {
  return `#/components/${section}/${name}`;
}

/** Every local $ref under a value, as the component it points into. */
function collectRefs(value: Json, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into);
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') {
        const [section, name] = pointerSegments(child).slice(1, 3);
        if (child.startsWith('#/components/') && section !== undefined && name !== undefined) into.add(componentKey(section, name));
      } else collectRefs(child, into);
    }
  }
  return into;
}
