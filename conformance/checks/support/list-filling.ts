import type { JsonObject, OpenApiDocument, Operation } from '../../../contract/spec.ts';
import { resolveRef } from '../../../contract/spec.ts';
import type { CheckContext } from '../../types.ts';
import { createsFor, itemListOf, linksOf, operationsOf, resourceOf, successSchema } from './contract-model.ts';
import { createResource, linkParts, succeeded } from './resources.ts';

/**
 * A paging check can only see what happens on the pages after the first when
 * the list it walks holds more than two pages' worth of items. This module
 * gets it such a list: the writes that add items to it (the create it is the
 * list of, else any POST answering its item, or a schema built on it, such as
 * a create that also shows a secret once), and for a list under a parent's
 * path, a parent of the run's own to walk and fill.
 */

function refOf(raw: unknown): string | undefined {
  const ref = (raw as JsonObject | undefined)?.$ref;
  return typeof ref === 'string' ? ref : undefined;
}

/** Whether an operation's 2xx answer is the item `itemRef` names, or a schema that extends it (`allOf: [{$ref: item}, …]`). */
function answersItem(document: OpenApiDocument, operation: Operation, itemRef: string): boolean {
  const success = successSchema(document, operation);
  if (!success) return false;
  if (refOf(success.raw) === itemRef) return true;
  const parts = (resolveRef<JsonObject>(document, success.raw).allOf as unknown[] | undefined) ?? [];
  return parts.some((part) => refOf(part) === itemRef);
}

function pathParameters(operation: Operation): string[] {
  return operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
}

/**
 * The POSTs that add an item to a list, best first: the creates the contract
 * links to the list, then those on the list's own path, then any other
 * answering its item. A write under a parent takes only path parameters the
 * list has too, so that the list's own values place the item in it.
 */
export function fillersOf(context: CheckContext, list: Operation): Operation[] {
  const document = context.contract.document;
  const itemRef = refOf(itemListOf(document, list)?.rawItem);
  const listParameters = new Set(pathParameters(list));
  const fillers: Operation[] = pathParameters(list).length === 0 ? createsFor(context.contract, list).map((resource) => resource.create) : [];
  const others = operationsOf(context.contract).filter((operation) => {
    if (operation.method !== 'post' || fillers.includes(operation) || itemRef === undefined) return false;
    return pathParameters(operation).every((name) => listParameters.has(name)) && answersItem(document, operation, itemRef);
  });
  others.sort((one, other) => Number(other.path === list.path) - Number(one.path === list.path));
  return [...fillers, ...others];
}

/** True for a list under a parent's path (`/conversations/{id}/messages`). */
export function isNested(list: Operation): boolean {
  return pathParameters(list).length > 0;
}

/** Whether a link's target is the list, or a route of the list's parent (`/agents/{id}` for `/agents/{id}/versions`). */
function reachesParentOf(target: Operation, list: Operation): boolean {
  return target === list || (list.path.startsWith(`${target.path}/`) && target.path.endsWith('}'));
}

/**
 * Path values for a list under a parent the run made itself, through a create
 * whose documented link names the list, or its parent, by every path
 * parameter the list takes. Undefined when the contract documents no such
 * link or the server refuses the create.
 */
export async function ownParentPath(context: CheckContext, list: Operation): Promise<Record<string, string> | undefined> {
  const needed = pathParameters(list);
  const candidates: { create: Operation; link: string; target: Operation }[] = [];
  for (const create of operationsOf(context.contract)) {
    if (create.method !== 'post') continue;
    for (const [link, definition] of Object.entries(linksOf(context.contract.document, create))) {
      const target = operationsOf(context.contract).find((operation) => operation.operationId === definition.operationId);
      const names = Object.keys((definition.parameters ?? {}) as object).map((name) => name.replace(/^path\./, ''));
      if (target && reachesParentOf(target, list) && needed.every((name) => names.includes(name))) candidates.push({ create, link, target });
    }
  }
  // A link to the list itself first: it says exactly which values place the list.
  candidates.sort((one, other) => Number(other.target === list) - Number(one.target === list));
  for (const { create, link } of candidates) {
    const made = await createResource(context, resourceOf(context.contract, create) ?? { create, key: 'id' });
    if (!succeeded(made)) continue;
    const path = linkParts(context, create, link, made)?.path;
    if (path && needed.every((name) => path[name] !== undefined)) return Object.fromEntries(needed.map((name) => [name, path[name]!]));
  }
  return undefined;
}

/**
 * Adds items to a list until it holds `wanted`, through the first of its
 * fillers the server accepts; under a parent, at the list's own path values.
 * Stops at the first refusal: a list is judged with what it holds.
 */
export async function fillList(context: CheckContext, list: Operation, present: number, wanted: number, listPath: Record<string, string> = {}): Promise<void> {
  let count = present;
  for (const filler of fillersOf(context, list)) {
    if (count >= wanted) return;
    const resource = resourceOf(context.contract, filler) ?? { create: filler, key: 'id' };
    // Under a parent, the item goes where the list looks; a top-level list takes what any create makes, under ids of its own.
    const nested = isNested(list) && pathParameters(filler).length > 0;
    for (; count < wanted; count++) {
      const added = nested ? await addUnder(context, filler, listPath) : await createResource(context, resource);
      if (!succeeded(added)) break;
    }
  }
}

/** One item written under the list's parent, its delete remembered where the contract links one. */
async function addUnder(context: CheckContext, filler: Operation, listPath: Record<string, string>) {
  const valid = context.validRequest(filler);
  const added = await context.send(filler, { ...valid, path: { ...valid.path, ...listPath } });
  const remove = resourceOf(context.contract, filler)?.remove;
  const parts = remove && succeeded(added) ? linkParts(context, filler, remove.link, added) : undefined;
  if (remove && parts) context.remember(remove.operation, parts.path ?? {});
  return added;
}
