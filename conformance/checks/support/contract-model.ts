import { collectOperations, findOperationIn, type JsonObject, type OpenApiDocument, type Operation, refSegments, resolveRef } from '../../../contract/spec.ts';
import type { Contract } from '../../types.ts';

/**
 * What the behaviour checks read from a contract: which operation creates,
 * reads, lists and deletes a resource, where a list keeps its items, which
 * query parameters filter and page. Everything is derived from the contract's
 * shapes, links and parameter names; no API is named here.
 */

const cache = new WeakMap<OpenApiDocument, Map<string, unknown>>();

/** Memoises a derivation per contract document. */
export function memo<T>(document: OpenApiDocument, key: string, derive: () => T): T {
  let entries = cache.get(document);
  if (!entries) cache.set(document, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, derive());
  return entries.get(key) as T;
}

export function operationsOf(contract: Contract): Operation[] {
  return memo(contract.document, 'operations', () =>
    // The canonical objects, so that identity comparisons elsewhere (cleanup) hold.
    collectOperations(contract.api, contract.document).map((operation) => findOperationIn(contract.api, contract.document, operation.operationId)),
  );
}

/** The schema of an operation's first 2xx JSON response, with the status it is documented under. */
export function successSchema(document: OpenApiDocument, operation: Operation): { status: string; raw: unknown; schema: JsonObject } | undefined {
  const responses = (operation.definition.responses ?? {}) as Record<string, unknown>;
  for (const [status, rawResponse] of Object.entries(responses)) {
    if (!status.startsWith('2')) continue;
    const content = resolveRef<JsonObject>(document, rawResponse).content as Record<string, JsonObject> | undefined;
    const media = Object.entries(content ?? {}).find(([type]) => type.includes('json'))?.[1];
    if (!media?.schema) return undefined;
    return { status, raw: media.schema, schema: resolveRef<JsonObject>(document, media.schema) };
  }
  return undefined;
}

/** The JSON request body schema of an operation, resolved. */
export function requestSchema(document: OpenApiDocument, operation: Operation): JsonObject | undefined {
  if (!operation.definition.requestBody) return undefined;
  const content = resolveRef<JsonObject>(document, operation.definition.requestBody).content as Record<string, JsonObject> | undefined;
  const media = Object.entries(content ?? {}).find(([type]) => type.includes('json'))?.[1];
  return media?.schema ? resolveRef<JsonObject>(document, media.schema) : undefined;
}

/** The properties of an object schema, allOf parts merged, each resolved. */
export function propertiesOf(document: OpenApiDocument, rawSchema: unknown): Record<string, JsonObject> {
  const schema = resolveRef<JsonObject>(document, rawSchema ?? {});
  const properties: Record<string, JsonObject> = {};
  for (const part of (schema.allOf as unknown[] | undefined) ?? []) Object.assign(properties, propertiesOf(document, part));
  for (const [name, raw] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) properties[name] = resolveRef<JsonObject>(document, raw);
  return properties;
}

/** A ref's name, for telling two schemas apart: `#/components/schemas/Review` → Review. */
function refName(raw: unknown): string | undefined {
  const ref = (raw as JsonObject | undefined)?.$ref;
  return typeof ref === 'string' ? refSegments(ref).join('/') : undefined;
}

/** Where a list response keeps its items: the body itself, or one top-level array of objects. */
export interface ItemList {
  /** The property holding the items; undefined when the body is the array. */
  property?: string;
  /** The items' schema as written (a $ref when the contract names it). */
  rawItem: unknown;
  item: JsonObject;
}

export function itemListOf(document: OpenApiDocument, operation: Operation): ItemList | undefined {
  // A GET that ends in a path parameter reads one resource, whatever arrays it holds.
  if (operation.method !== 'get' || operation.path.endsWith('}')) return undefined;
  const success = successSchema(document, operation);
  if (!success) return undefined;
  if (success.schema.type === 'array' && success.schema.items) {
    return { rawItem: success.schema.items, item: resolveRef<JsonObject>(document, success.schema.items) };
  }
  const arrays = recordArraysOf(document, success.raw);
  // A body with two arrays of records is a report, not a list.
  return arrays.length === 1 ? arrays[0] : undefined;
}

/** The top-level properties of an object schema that hold arrays of records (objects). */
export function recordArraysOf(document: OpenApiDocument, rawSchema: unknown): (ItemList & { property: string })[] {
  const arrays: (ItemList & { property: string })[] = [];
  for (const [property, schema] of Object.entries(propertiesOf(document, rawSchema))) {
    if (schema.type !== 'array' || !schema.items) continue;
    const item = resolveRef<JsonObject>(document, schema.items);
    if (item.type === 'object' || item.properties !== undefined || item.allOf !== undefined) arrays.push({ property, rawItem: schema.items, item });
  }
  return arrays;
}

/** The items of a list response body, or undefined when the body does not have the documented shape. */
export function itemsIn(list: ItemList, body: unknown): Record<string, unknown>[] | undefined {
  const value = list.property === undefined ? body : (body as Record<string, unknown> | undefined)?.[list.property];
  return Array.isArray(value) ? (value.filter((item) => item !== null && typeof item === 'object') as Record<string, unknown>[]) : undefined;
}

/** The documented links of an operation's first 2xx response, resolved. */
export function linksOf(document: OpenApiDocument, operation: Operation): Record<string, JsonObject> {
  const responses = (operation.definition.responses ?? {}) as Record<string, unknown>;
  for (const [status, raw] of Object.entries(responses)) {
    if (!status.startsWith('2')) continue;
    const links = resolveRef<JsonObject>(document, raw).links as Record<string, unknown> | undefined;
    if (links) return Object.fromEntries(Object.entries(links).map(([name, link]) => [name, resolveRef<JsonObject>(document, link)]));
  }
  return {};
}

/** A resource the contract lets a run create and then find again. */
export interface Resource {
  create: Operation;
  /** Link names and targets that name the created resource by a value of the create response. */
  read?: { link: string; operation: Operation };
  update?: { link: string; operation: Operation };
  remove?: { link: string; operation: Operation };
  /** The GET that lists resources of this kind (same item schema), when one can be told apart. */
  list?: Operation;
  /**
   * The link to that list, when the create documents one (`?agentId=` of what
   * it created): the list is then walked with the link's parameters. A
   * resource with such a link and no read (an upsert listed by its owner) is
   * still a resource.
   */
  listLink?: string;
  /** The response field that identifies the resource (`id`, `runId`…), from the links. */
  key: string;
}

function namesCreated(link: JsonObject): string | undefined {
  for (const expression of Object.values((link.parameters ?? {}) as Record<string, unknown>)) {
    const match = typeof expression === 'string' ? /^\$response\.body#\/([^/]+)$/.exec(expression) : null;
    if (match) return match[1];
  }
  return undefined;
}

/** A GET of a whole collection (no path parameter), narrowed by query parameters only. */
function isCollection(document: OpenApiDocument, target: Operation): boolean {
  return target.method === 'get' && itemListOf(document, target) !== undefined && !target.parameters.some((parameter) => parameter.in === 'path');
}

/** Whether the create's answer documents the key of what it created at its top level. */
function createdKeyIn(document: OpenApiDocument, create: Operation, key: string): boolean {
  const created = successSchema(document, create);
  return created !== undefined && key in propertiesOf(document, created.raw);
}

/** The resource a POST creates, when its links name the created resource. */
export function resourceOf(contract: Contract, create: Operation): Resource | undefined {
  if (create.method !== 'post') return undefined;
  return memo(contract.document, `resource:${create.operationId}`, () => {
    const operations = operationsOf(contract);
    const byId = (id: string) => operations.find((operation) => operation.operationId === id);
    const resource: Resource = { create, key: 'id' };
    let listLinkTarget: Operation | undefined;
    for (const [name, link] of Object.entries(linksOf(contract.document, create))) {
      const target = typeof link.operationId === 'string' ? byId(link.operationId) : undefined;
      if (!target || link.requestBody !== undefined) continue;
      const key = namesCreated(link);
      if (!key) {
        if (!listLinkTarget && isCollection(contract.document, target)) [resource.listLink, listLinkTarget] = [name, target];
        continue;
      }
      resource.key = key;
      if (target.method === 'get' && !resource.read && !itemListOf(contract.document, target) && successSchema(contract.document, target)) resource.read = { link: name, operation: target };
      if ((target.method === 'patch' || target.method === 'put') && !resource.update) resource.update = { link: name, operation: target };
      if (target.method === 'delete' && !resource.remove) resource.remove = { link: name, operation: target };
    }
    resource.list = listFor(contract, create) ?? listLinkTarget;
    // A link to another list than this resource's is not the way to find it.
    if (resource.list !== listLinkTarget) delete resource.listLink;
    if (!resource.read && !resource.remove && !(resource.listLink && createdKeyIn(contract.document, create, resource.key))) return undefined;
    return resource;
  });
}

/**
 * The GETs other than the read that the create's links reach, with whether
 * the link names them by the created key (`/connections/{id}/credentials`,
 * `/agents/{id}/versions`) or by something the create was sent
 * (`/executions/{executionId}/reviews/exists`): routes that serve something of
 * the resource.
 */
export function linkedGetsOf(contract: Contract, resource: Resource): { link: string; operation: Operation; byKey: boolean }[] {
  const gets: { link: string; operation: Operation; byKey: boolean }[] = [];
  for (const [name, link] of Object.entries(linksOf(contract.document, resource.create))) {
    const target = typeof link.operationId === 'string' ? operationsOf(contract).find((operation) => operation.operationId === link.operationId) : undefined;
    if (!target || target.method !== 'get' || link.requestBody !== undefined || name === resource.read?.link) continue;
    gets.push({ link: name, operation: target, byKey: namesCreated(link) === resource.key && target.parameters.some((parameter) => parameter.in === 'path') });
  }
  return gets;
}

/** The list of what a POST creates: same item schema, the same path preferred, else the one list without path parameters. */
export function listFor(contract: Contract, create: Operation): Operation | undefined {
  const created = successSchema(contract.document, create);
  const createdName = created ? refName(created.raw) : undefined;
  if (!createdName) return undefined;
  const candidates = operationsOf(contract).filter((operation) => {
    const list = itemListOf(contract.document, operation);
    return list !== undefined && refName(list.rawItem) === createdName;
  });
  const samePath = candidates.find((candidate) => candidate.path === create.path);
  if (samePath) return samePath;
  const unscoped = candidates.filter((candidate) => !candidate.parameters.some((parameter) => parameter.in === 'path'));
  return unscoped.length === 1 ? unscoped[0] : undefined;
}

/** The POSTs whose resources a list lists. */
export function createsFor(contract: Contract, list: Operation): Resource[] {
  return operationsOf(contract)
    .map((operation) => resourceOf(contract, operation))
    .filter((resource): resource is Resource => resource?.list?.operationId === list.operationId);
}

/** JSON pointer segments of a parameter as the contract writes it (its component when it is a $ref). */
export function parameterPointer(document: OpenApiDocument, operation: Operation, name: string): string[] | undefined {
  const pathItem = document.paths[operation.path] ?? {};
  const places: [unknown[] | undefined, string[]][] = [
    [(pathItem[operation.method] as JsonObject | undefined)?.parameters as unknown[] | undefined, ['paths', operation.path, operation.method, 'parameters']],
    [pathItem.parameters as unknown[] | undefined, ['paths', operation.path, 'parameters']],
  ];
  for (const [list, base] of places) {
    for (const [index, raw] of (list ?? []).entries()) {
      if (resolveRef<JsonObject>(document, raw).name !== name) continue;
      const ref = (raw as JsonObject).$ref;
      return typeof ref === 'string' ? refSegments(ref) : [...base, String(index)];
    }
  }
  return undefined;
}

/** Pointer segments of an operation. */
export function operationPointer(operation: Operation): string[] {
  return ['paths', operation.path, operation.method];
}

/** The `$ref` an operation's success schema is written as, when it names a component. */
function successRef(document: OpenApiDocument, operation: Operation): string | undefined {
  const ref = (successSchema(document, operation)?.raw as JsonObject | undefined)?.$ref;
  return typeof ref === 'string' ? ref : undefined;
}

/**
 * Other routes to the same resource that no link of its create names: GETs of
 * one path parameter answering the same schema as its read or its linked
 * GETs, or under its own path (`/workflows/{id}/overrides`), and whole-collection lists of the same items as its list (a legacy
 * route kept beside the current one, an alias). Each is a place a delete must
 * reach too.
 */
export function otherViewsOf(contract: Contract, resource: Resource): { reads: Operation[]; lists: Operation[] } {
  const document = contract.document;
  const linked = linkedGetsOf(contract, resource).filter((get) => get.byKey).map((get) => get.operation);
  const known = new Set([resource.read?.operation, resource.list, ...linked].filter((operation): operation is Operation => operation !== undefined));
  const readRefs = new Set([resource.read?.operation, ...linked].flatMap((operation) => (operation ? [successRef(document, operation)] : [])).filter((ref): ref is string => ref !== undefined));
  const listRef = resource.list ? refName(itemListOf(document, resource.list)?.rawItem) : undefined;
  // The resource's own path (`/connections/{id}`), from its read or delete: a route under it serves part of it.
  const ownPath = (resource.read?.operation ?? resource.remove?.operation)?.path;
  const reads: Operation[] = [];
  const lists: Operation[] = [];
  for (const operation of operationsOf(contract)) {
    if (operation.method !== 'get' || known.has(operation)) continue;
    const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path').length;
    const ref = successRef(document, operation);
    const underOwnPath = ownPath !== undefined && ownPath.endsWith('}') && operation.path.startsWith(`${ownPath}/`);
    if (pathParameters === 1 && (underOwnPath || (ref !== undefined && readRefs.has(ref))) && !itemListOf(document, operation)) reads.push(operation);
    if (pathParameters === 0 && listRef !== undefined && refName(itemListOf(document, operation)?.rawItem) === listRef) lists.push(operation);
  }
  return { reads, lists };
}
