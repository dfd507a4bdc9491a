import type { Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Exchange, Issue } from '../types.ts';
import { itemKeyOf, keysOf } from './support/collections.ts';
import { createsFor, operationPointer, propertiesOf } from './support/contract-model.ts';
import { fillList, isNested, ownParentPath } from './support/list-filling.ts';
import { nextCursorIn, pagedListOf, pagingOf, pagingPointer, walkList } from './support/paging.ts';
import { createResource, isExampleCase, keyOf, linkParts, succeeded } from './support/resources.ts';
import { show } from './support/values.ts';

/**
 * An opaque cursor names a place in the list, not a count of items: an item
 * created while a client walks the pages must not make the walk repeat an item
 * of a page already read, nor skip one the list held before. A cursor that is
 * an offset in disguise does both, depending on where the new item lands.
 * Offset and page-number paging shift under inserts by their nature, and are
 * left alone.
 */

/** Items on the first page; the list is filled to hold more than a page besides. */
const firstPageSize = 2;
const wanted = firstPageSize * 2;

/** The list's path values: the example's, or a parent of the run's own when the example's is not on this server. */
async function listPathOf(context: CheckContext, list: Operation): Promise<Record<string, string> | undefined> {
  const example = context.validRequest(list).path ?? {};
  if (!isNested(list) || !(await walkList(context, list, { maxPages: 1 })).failed) return example;
  return ownParentPath(context, list);
}

/**
 * The item a cursor names deleted between two pages: the next page still
 * continues after it, never from the first page again (a lookup of the named
 * item that misses and falls back to the start makes a sync job that deletes
 * as it walks loop). Only items the check made are deleted: two new ones, on
 * a list whose first page then ends with one of them (newest first).
 */
async function deletedCursorItem(context: CheckContext, list: Operation, path: Record<string, string>, key: string, pageSize: number): Promise<Issue | undefined> {
  const document = context.contract.document;
  const paging = pagingOf(document, list)!;
  const resource = createsFor(context.contract, list).find((candidate) => candidate.remove !== undefined && candidate.remove.operation.definition['x-soft-delete'] !== true);
  if (!resource?.remove) return undefined;
  const made: Exchange[] = [];
  for (let index = 0; index < 2; index++) {
    const created = await createResource(context, resource);
    if (!succeeded(created)) return undefined;
    made.push(created);
  }
  const first = await walkList(context, list, { path, pageSize, maxPages: 1 });
  const cursor = first.pages[0]?.response ? nextCursorIn(first.pages[0].response.json) : undefined;
  const named = first.items[first.items.length - 1];
  const ours = made.find((created) => named !== undefined && String(keyOf(resource, created)) === String(named[key]));
  if (first.failed || cursor === undefined || !ours) return undefined;
  const removal = linkParts(context, resource.create, resource.remove.link, ours);
  if (!removal || !succeeded(await context.send(resource.remove.operation, removal))) return undefined;
  context.forget(resource.remove.operation, removal.path ?? {});
  const rest = await walkList(context, list, { path, query: { [paging.position!.name]: cursor }, maxPages: 1 });
  // The list gets its item back, so that what other checks find there does not depend on this one.
  await createResource(context, resource);
  if (rest.failed) return undefined;
  const read = new Set(keysOf(first.items, key));
  const again = keysOf(rest.items, key).find((candidate) => read.has(candidate));
  if (again === undefined) return undefined;
  return {
    message: `received ${key} ${show(again)} of the first page again after following its cursor, once the item that cursor named was deleted / documented a cursor that continues after the first page, never from the start`,
    constraint: { pointer: pagingPointer(document, list, paging, paging.position!.name) ?? operationPointer(list) },
    exchange: rest.pages[0]!,
  };
}

export const cursorsSurviveWrites = defineCheck({
  name: 'cursors survive writes',
  description:
    'A list paged by an opaque cursor (nextCursor, next_cursor) keeps its place across a write: after reading the first small page, creating one more item and following the cursor, no item of the first page comes back, and every item the list held before the write is still reached; nor when the item the cursor names is deleted (one the check made). Offset and page-number paging are not judged: they shift under inserts by design.',
  level: 'full',
  appliesTo(testCase, contract) {
    if (!isExampleCase(testCase, 'cursors survive writes') || testCase.operation.method !== 'get') return false;
    const paging = pagingOf(contract.document, testCase.operation);
    return paging?.style === 'cursor' && paging.in === 'query' && paging.size !== undefined && pagedListOf(contract.document, testCase.operation) !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const document = context.contract.document;
    const list = testCase.operation;
    const paging = pagingOf(document, list)!;
    const itemList = pagedListOf(document, list)!;
    const key = itemKeyOf(context, list, propertiesOf(document, itemList.rawItem));
    const path = key ? await listPathOf(context, list) : undefined;
    if (!key || !path) return [];
    let before = await walkList(context, list, { path });
    if (before.failed || !before.complete) return [];
    if (before.items.length <= wanted) {
      await fillList(context, list, before.items.length, wanted + 1, path);
      before = await walkList(context, list, { path });
      if (before.failed || !before.complete || before.items.length <= wanted) return [];
    }
    const pageSize = Math.max(firstPageSize, paging.size!.minimum ?? 1);
    const first = await walkList(context, list, { path, pageSize, maxPages: 1 });
    const cursor = first.pages[0]?.response ? nextCursorIn(first.pages[0].response.json) : undefined;
    if (first.failed || cursor === undefined) return [];
    const present = before.items.length;
    await fillList(context, list, present, present + 1, path);
    const rest = await walkList(context, list, { path, query: { [paging.position!.name]: cursor } });
    if (rest.failed || !rest.complete) return [];
    const constraint = { pointer: pagingPointer(document, list, paging, paging.position!.name) ?? operationPointer(list) };
    const exchange = rest.pages[0]!;
    const read = new Set(keysOf(first.items, key));
    const again = keysOf(rest.items, key).find((candidate) => read.has(candidate));
    const issues: Issue[] = [];
    if (again !== undefined) {
      issues.push({
        message: `received ${key} ${show(again)} again after following the first page's cursor, once an item was added / documented a cursor that continues after the ${read.size} items of the first page, whatever is written meanwhile`,
        constraint,
        exchange,
      });
    }
    const deleted = await deletedCursorItem(context, list, path, key, pageSize);
    if (deleted) issues.push(deleted);
    const reached = new Set([...read, ...keysOf(rest.items, key)]);
    const skipped = keysOf(before.items, key).filter((candidate) => !reached.has(candidate));
    if (skipped.length > 0) {
      issues.push({
        message: `received no ${key} ${show(skipped[0])} following the first page's cursor, once an item was added / documented every item the list held before the write (${skipped.length} skipped)`,
        constraint,
        exchange,
      });
    }
    return issues;
  },
});
