import type { JsonObject, OpenApiDocument, Operation } from '../../../contract/spec.ts';
import type { CheckContext, Exchange, IdentityName } from '../../types.ts';
import { createsFor, operationsOf, successSchema } from './contract-model.ts';
import { pagingOf } from './paging.ts';

/**
 * What the run-wide checks read of a whole collection: the field that names
 * its items, its unfiltered query, and the GETs that serve one of its items.
 */

/** The field that names a list's items: the key its create links by, else `id`, else `<singular of the path>Id`. */
export function itemKeyOf(context: CheckContext, list: Operation, fields: Record<string, JsonObject>): string | undefined {
  const linked = createsFor(context.contract, list)[0]?.key;
  if (linked && fields[linked]) return linked;
  if (fields.id) return 'id';
  const segment = list.path.split('/').filter((part) => part && !part.startsWith('{')).pop() ?? '';
  const derived = `${singular(segment).replace(/[-_](\w)/g, (_match, letter: string) => letter.toUpperCase())}Id`;
  return fields[derived] ? derived : undefined;
}

/** The list's own query without its optional filters: the caller's whole list. */
export function unfilteredQuery(document: OpenApiDocument, list: Operation): Record<string, unknown> {
  const paging = pagingOf(document, list);
  const query: Record<string, unknown> = {};
  for (const parameter of list.parameters) {
    if (parameter.in === 'query' && !parameter.required && parameter.name !== paging?.size?.name && parameter.name !== paging?.position?.name) query[parameter.name] = undefined;
  }
  return query;
}

/**
 * GETs that serve one item of the list by a single path parameter: with the
 * list's item schema, or (`sameCollection`) at the list's own path plus one
 * parameter (`/v1/runs/{id}` beside `/v1/runs`, whatever richer schema it answers).
 */
export function readsOfItems(context: CheckContext, list: Operation, rawItem: unknown, sameCollection = false): Operation[] {
  const itemRef = (rawItem as JsonObject | undefined)?.$ref;
  return operationsOf(context.contract).filter((operation) => {
    if (operation.method !== 'get' || operation.parameters.filter((parameter) => parameter.in === 'path').length !== 1) return false;
    if (sameCollection && /^\/\{[^/}]+\}$/.test(operation.path.slice(list.path.length)) && operation.path.startsWith(list.path)) return true;
    return typeof itemRef === 'string' && ((successSchema(context.contract.document, operation)?.raw as JsonObject | undefined)?.$ref ?? '') === itemRef;
  });
}

export function keysOf(items: Record<string, unknown>[], key: string): string[] {
  return items.map((item) => item[key]).filter((value) => typeof value === 'string' || typeof value === 'number').map(String);
}


/** The singular of a collection's path segment: `workflows` → workflow, `policies` → policy. */
export function singular(segment: string): string {
  return segment.replace(/ies$/, 'y').replace(/s$/, '');
}

/** Reads one item through a GET of a single path parameter, that parameter set to `key`. */
export function readByKey(context: CheckContext, read: Operation, key: string, identity: IdentityName = 'a'): Promise<Exchange> {
  const valid = context.validRequest(read);
  const parameter = read.parameters.find((candidate) => candidate.in === 'path')!.name;
  return context.send(read, { ...valid, path: { ...valid.path, [parameter]: key } }, identity);
}
