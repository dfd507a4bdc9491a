/**
 * Which schemas of a bundled document describe request input: the schemas of parameters
 * and request bodies, and every schema they reach, through `$ref`s into components too.
 * A `readOnly` subschema is not input (a server ignores it in a request), so it and what
 * lies beneath it are left out unless another request path reaches them.
 */
import { httpMethods, isObject, localRefPointer, nodeAt, subschemas, type JsonObject, type Pointer } from './openapi-walk.ts';

const key = (pointer: Pointer) => JSON.stringify(pointer);

export function requestInputSchemas(document: JsonObject): Set<string> {
  const inputs = new Set<string>();

  const schema = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node) || node.readOnly === true) return;
    if (inputs.has(key(pointer))) return; // reached already (and recursive schemas end here)
    inputs.add(key(pointer));
    const target = localRefPointer(node.$ref);
    if (target) schema(nodeAt(document, target), target);
    for (const { schema: child, via } of subschemas(node)) schema(child, [...pointer, ...via]);
  };
  const content = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node)) return;
    for (const [type, media] of Object.entries(node)) {
      if (isObject(media)) schema(media.schema, [...pointer, type, 'schema']);
    }
  };
  // Parameters and request bodies may be $refs to components: follow them to where they are written.
  const follow = (node: unknown, pointer: Pointer): { node: unknown; pointer: Pointer } => {
    const target = isObject(node) ? localRefPointer(node.$ref) : undefined;
    return target ? { node: nodeAt(document, target), pointer: target } : { node, pointer };
  };
  const parameters = (list: unknown, pointer: Pointer): void => {
    if (!Array.isArray(list)) return;
    for (let index = 0; index < list.length; index++) {
      const found = follow(list[index], [...pointer, String(index)]);
      if (!isObject(found.node)) continue;
      schema(found.node.schema, [...found.pointer, 'schema']);
      content(found.node.content, [...found.pointer, 'content']);
    }
  };

  for (const root of ['paths', 'webhooks'] as const) {
    const items = document[root];
    if (!isObject(items)) continue;
    for (const [path, item] of Object.entries(items)) {
      if (!isObject(item)) continue;
      parameters(item.parameters, [root, path, 'parameters']);
      for (const method of httpMethods) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        parameters(operation.parameters, [root, path, method, 'parameters']);
        const body = follow(operation.requestBody, [root, path, method, 'requestBody']);
        if (isObject(body.node)) content(body.node.content, [...body.pointer, 'content']);
      }
    }
  }
  return inputs;
}

export function isRequestInput(inputs: Set<string>, pointer: (string | number)[]): boolean {
  return inputs.has(key(pointer.map(String)));
}
