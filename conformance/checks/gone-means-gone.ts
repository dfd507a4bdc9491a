import { defineCheck } from '../registry.ts';
import type { CheckContext, Exchange, Issue } from '../types.ts';
import type { Operation } from '../../contract/spec.ts';
import { itemListOf, itemsIn, linkedGetsOf, otherViewsOf, type Resource, resourceOf } from './support/contract-model.ts';
import { readByKey } from './support/collections.ts';
import { walkList } from './support/paging.ts';
import { createResource, findListed, isExampleCase, keyOf, linkParts, named, readCreated, succeeded } from './support/resources.ts';
import { documentsStatus } from './support/operations.ts';
import { show } from './support/values.ts';

/** Reads after the delete: a cache that serves the old copy once or twice is caught by the repeat. */
const readsAfterDelete = 2;

/** Reads every other route the create links to through its key (before the delete too: something for a cache to keep). */
async function readOtherRoutes(context: CheckContext, resource: Resource, created: Exchange): Promise<Exchange[]> {
  const reads: Exchange[] = [];
  for (const { link, operation, byKey } of linkedGetsOf(context.contract, resource)) {
    if (!byKey) continue;
    const parts = linkParts(context, resource.create, link, created);
    if (parts) reads.push(await context.send(operation, parts));
  }
  return reads;
}

/**
 * Every other route the create links to through the deleted key serves
 * nothing of it either: a 4xx, or a list with no item. A sub-resource kept in
 * a store of its own (a vault, a cache) is how a delete leaks.
 */
async function otherRoutesServeNothing(context: CheckContext, resource: Resource, created: Exchange, deleted: Exchange, issues: Issue[]): Promise<void> {
  for (const read of await readOtherRoutes(context, resource, created)) {
    if (!succeeded(read)) continue;
    const list = itemListOf(context.contract.document, read.operation);
    const items = list ? itemsIn(list, read.response!.json) : undefined;
    if (items && items.length === 0) continue;
    issues.push({
      message: `received ${read.response!.status}${items ? ` with ${items.length} item(s)` : ''} from ${named(read)} after ${named(deleted)} / documented 404: nothing of a deleted resource is served`,
      exchange: read,
      ...(documentsStatus(read.operation, 404) ? { documentedStatus: 404 } : {}),
    });
  }
}

/** The unlinked routes (an alias, a legacy route) that serve the resource before its delete: those must not after it. */
interface Views {
  reads: Operation[];
  lists: Operation[];
}

async function listsKey(context: CheckContext, list: Operation, resource: Resource, key: unknown): Promise<{ holds: boolean; exchange?: Exchange }> {
  const walk = await walkList(context, list, { maxPages: 5 });
  const holds = walk.items.some((item) => item[resource.key] === key);
  return { holds, ...(walk.pages.length > 0 ? { exchange: walk.pages[walk.pages.length - 1]! } : {}) };
}

async function viewsServing(context: CheckContext, resource: Resource, key: unknown): Promise<Views> {
  const others = otherViewsOf(context.contract, resource);
  const views: Views = { reads: [], lists: [] };
  if (typeof key !== 'string' && typeof key !== 'number') return views;
  for (const read of others.reads) if (succeeded(await readByKey(context, read, String(key)))) views.reads.push(read);
  for (const list of others.lists) if ((await listsKey(context, list, resource, key)).holds) views.lists.push(list);
  return views;
}

async function viewsServeNothing(context: CheckContext, resource: Resource, key: unknown, views: Views, deleted: Exchange, issues: Issue[]): Promise<void> {
  // A route that documents no 404 may answer for any key (an empty summary): only a documented "not found" is owed.
  for (const read of views.reads.filter((candidate) => documentsStatus(candidate, 404))) {
    const exchange = await readByKey(context, read, String(key));
    if (!succeeded(exchange)) continue;
    issues.push({
      message: `received ${exchange.response!.status} from ${named(exchange)} after ${named(deleted)}, a route that served the resource before the delete / documented 404: a deleted resource is gone from every route`,
      exchange,
      documentedStatus: 404,
    });
  }
  for (const list of views.lists) {
    const listed = await listsKey(context, list, resource, key);
    if (listed.holds) issues.push({ message: `received ${resource.key} ${show(key)} in ${list.operationId} after ${named(deleted)}, a list that held it before the delete / documented a deleted resource as unlisted everywhere`, ...(listed.exchange ? { exchange: listed.exchange } : {}) });
  }
}

export const goneMeansGone = defineCheck({
  name: 'gone means gone',
  description:
    'A resource deleted through its documented DELETE link stays unreadable (404, read again to catch a cached copy, with the ETag of a read made before the delete when there was one) and unlisted, also on the routes no link names that served it before the delete (an alias, a legacy route of the same schema). Deletes the contract marks `x-soft-delete: true` (archive, abort) are exempt.',
  level: 'full',
  appliesTo(testCase, contract) {
    const resource = isExampleCase(testCase, 'gone means gone') ? resourceOf(contract, testCase.operation) : undefined;
    return resource?.remove !== undefined && !resource.remove.operation.definition['x-soft-delete'] && (resource.read !== undefined || resource.list !== undefined);
  },
  async judge(testCase, _exchange, context) {
    const resource = resourceOf(context.contract, testCase.operation)!;
    const created = await createResource(context, resource);
    if (!succeeded(created)) return [];
    const removal = linkParts(context, resource.create, resource.remove!.link, created);
    if (!removal) return [];
    const key = keyOf(resource, created);
    // Read and list first, so that a server that caches what it served has something to serve stale.
    const before = await readCreated(context, resource, created);
    await findListed(context, resource, created);
    await readOtherRoutes(context, resource, created);
    const views = await viewsServing(context, resource, key);
    const deleted = await context.send(resource.remove!.operation, removal);
    const issues: Issue[] = [];
    if (!succeeded(deleted)) {
      issues.push({ message: `received ${deleted.response?.status ?? 'no response'} from ${named(deleted)} / documented a 2xx delete of the resource just created`, exchange: deleted });
      return issues;
    }
    context.forget(resource.remove!.operation, removal.path ?? {});
    const etag = before?.response?.headers.get('etag');
    for (let attempt = 1; attempt <= readsAfterDelete && resource.read; attempt++) {
      const conditional = attempt === readsAfterDelete && etag ? { 'If-None-Match': etag } : undefined;
      const parts = linkParts(context, resource.create, resource.read.link, created);
      if (!parts) break;
      const read = await context.send(resource.read.operation, conditional ? { ...parts, headers: { ...parts.headers, ...conditional } } : parts);
      const status = read.response?.status;
      if (status !== undefined && status !== 404 && status !== 410) {
        issues.push({
          message: `received ${status} from ${named(read)}${conditional ? ` with If-None-Match ${etag}` : ''}, read ${attempt === 1 ? 'once' : 'again'} after the delete / documented 404: a deleted resource stays gone`,
          exchange: read,
          ...(documentsStatus(read.operation, 404) ? { documentedStatus: 404 } : {}),
        });
        break;
      }
    }
    await otherRoutesServeNothing(context, resource, created, deleted, issues);
    await viewsServeNothing(context, resource, key, views, deleted, issues);
    if (key !== undefined) {
      const listed = await findListed(context, resource, created);
      if (listed?.item) issues.push({ message: `received ${resource.key} ${show(key)} in ${resource.list!.operationId} after ${named(deleted)} / documented a deleted resource as unlisted`, ...(listed.exchange ? { exchange: listed.exchange } : {}) });
    }
    return issues;
  },
});
