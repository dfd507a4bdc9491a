/**
 * A walk over a bundled OpenAPI 3.1 document (references kept as `#/components/…`) that
 * knows what each node is: operation, parameter, request body, response, header, schema.
 * The designed-marker count, the docs portal's provenance notes and the request-input
 * check all need the same answer to "what kind of node is this", so it is answered once.
 */

export type JsonObject = Record<string, unknown>;
export type Pointer = string[];

export type NodeKind = 'operation' | 'parameter' | 'requestBody' | 'response' | 'header' | 'schema';

export interface VisitedNode {
  kind: NodeKind;
  node: JsonObject;
  pointer: Pointer;
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `#/components/schemas/A~1B` → ['components', 'schemas', 'A/B']; undefined for other documents. */
export function localRefPointer(ref: unknown): Pointer | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  return ref.slice(2).split('/').map((segment) => decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function nodeAt(document: JsonObject, pointer: Pointer): unknown {
  let current: unknown = document;
  for (const segment of pointer) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

// Keywords whose value is one subschema, and those whose value is a list or a map of them.
const singleSchemaKeywords = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'];
const schemaListKeywords = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const schemaMapKeywords = ['properties', 'patternProperties', 'dependentSchemas', '$defs'];

/** Each direct subschema of `schema`, with the segments that lead to it. */
export function subschemas(schema: JsonObject): { schema: JsonObject; via: Pointer }[] {
  const found: { schema: JsonObject; via: Pointer }[] = [];
  for (const keyword of singleSchemaKeywords) {
    const value = schema[keyword];
    if (isObject(value)) found.push({ schema: value, via: [keyword] });
  }
  for (const keyword of schemaListKeywords) {
    const value = schema[keyword];
    if (!Array.isArray(value)) continue;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (isObject(item)) found.push({ schema: item, via: [keyword, String(index)] });
    }
  }
  for (const keyword of schemaMapKeywords) {
    const value = schema[keyword];
    if (!isObject(value)) continue;
    for (const [name, item] of Object.entries(value)) {
      if (isObject(item)) found.push({ schema: item, via: [keyword, name] });
    }
  }
  return found;
}

/**
 * Calls `visit` for every node of a known kind, each once, where it is written: a `$ref`
 * is not followed (its target is visited where it sits, in components).
 */
export function walkDocument(document: JsonObject, visit: (visited: VisitedNode) => void): void {
  const schema = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node) || typeof node.$ref === 'string') {
      // A $ref may still carry siblings in 3.1, but the node it names is visited in components.
      return;
    }
    visit({ kind: 'schema', node, pointer });
    for (const { schema: child, via } of subschemas(node)) schema(child, [...pointer, ...via]);
  };
  const content = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node)) return;
    for (const [type, media] of Object.entries(node)) {
      if (isObject(media)) schema(media.schema, [...pointer, type, 'schema']);
    }
  };
  const header = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node) || typeof node.$ref === 'string') return;
    visit({ kind: 'header', node, pointer });
    schema(node.schema, [...pointer, 'schema']);
    content(node.content, [...pointer, 'content']);
  };
  const parameter = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node) || typeof node.$ref === 'string') return;
    visit({ kind: 'parameter', node, pointer });
    schema(node.schema, [...pointer, 'schema']);
    content(node.content, [...pointer, 'content']);
  };
  const requestBody = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node) || typeof node.$ref === 'string') return;
    visit({ kind: 'requestBody', node, pointer });
    content(node.content, [...pointer, 'content']);
  };
  const response = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node) || typeof node.$ref === 'string') return;
    visit({ kind: 'response', node, pointer });
    eachEntry(node.headers, [...pointer, 'headers'], header);
    content(node.content, [...pointer, 'content']);
  };
  const operation = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node)) return;
    visit({ kind: 'operation', node, pointer });
    eachItem(node.parameters, [...pointer, 'parameters'], parameter);
    requestBody(node.requestBody, [...pointer, 'requestBody']);
    eachEntry(node.responses, [...pointer, 'responses'], response);
  };
  const pathItems = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node)) return;
    for (const [path, item] of Object.entries(node)) {
      if (!isObject(item)) continue;
      eachItem(item.parameters, [...pointer, path, 'parameters'], parameter);
      for (const method of httpMethods) operation(item[method], [...pointer, path, method]);
    }
  };

  pathItems(document.paths, ['paths']);
  pathItems(document.webhooks, ['webhooks']);
  const components = isObject(document.components) ? document.components : {};
  eachEntry(components.schemas, ['components', 'schemas'], schema);
  eachEntry(components.parameters, ['components', 'parameters'], parameter);
  eachEntry(components.requestBodies, ['components', 'requestBodies'], requestBody);
  eachEntry(components.responses, ['components', 'responses'], response);
  eachEntry(components.headers, ['components', 'headers'], header);
}

function eachEntry(map: unknown, pointer: Pointer, walk: (node: unknown, pointer: Pointer) => void): void {
  if (!isObject(map)) return;
  for (const [key, value] of Object.entries(map)) walk(value, [...pointer, key]);
}

function eachItem(list: unknown, pointer: Pointer, walk: (node: unknown, pointer: Pointer) => void): void {
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) walk(list[index], [...pointer, String(index)]);
}
