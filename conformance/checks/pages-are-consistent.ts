import type { OpenApiDocument, Operation } from '../../contract/spec.ts';
import type { RequestParts } from '../http.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, ConstraintRef, Exchange, Issue } from '../types.ts';
import { createsFor, type ItemList, propertiesOf, successSchema } from './support/contract-model.ts';
import { fillList, isNested, ownParentPath } from './support/list-filling.ts';
import { emptyAfterMore, numberEchoedIn, pagedListOf, pageItems, type Paging, pagingOf, pagingPointer, totalIn, type Walk, walkList } from './support/paging.ts';
import { feedQuery } from './support/query-feeds.ts';
import { isExampleCase, named } from './support/resources.ts';
import { show } from './support/values.ts';

/** Items per page while walking: small, so that a short list still spans several pages. */
const smallPage = 2;
/** How many small pages a walk takes at most, whatever the list's length (a list seeded past its default page size has 50 items or more). */
const smallPageWalk = 8;
/** The most items the check writes to make the default page size observable. */
const maxSeeded = 101;
/** Rows a check writes for a query paged in its body: three small pages, the last one short. */
const fedRows = smallPage * 2 + 1;

/** The field that tells items apart: the list's id, else the create's key; undefined when items have neither (rows of a query). */
function keyFieldOf(context: CheckContext, list: Operation, itemList: ItemList): string | undefined {
  const fields = propertiesOf(context.contract.document, itemList.rawItem);
  return fields.id ? 'id' : createsFor(context.contract, list)[0]?.key;
}

/**
 * Fills the list to one item beyond its default page size (so that the
 * default shows), and at least to more than two small pages (so that a page
 * after the first has more items left than it may show).
 */
async function seed(context: CheckContext, list: Operation, paging: Paging, present: number, listPath: Record<string, string>): Promise<void> {
  const wanted = Math.min(maxSeeded, Math.max(smallPage * 2 + 1, (paging.size?.default ?? smallPage * 2) + 1));
  await fillList(context, list, present, wanted, listPath);
}

/**
 * Small pages, but no more than about `smallPageWalk` of them: boundaries are
 * what is judged, not their number. Smaller still where the list is short, so
 * that after the first page more items remain than a page may hold: a server
 * that forgets the size after the first page must then show a longer page.
 */
function smallPageSize(count: number, size: NonNullable<Paging['size']>): number {
  const minimum = Math.max(1, size.minimum ?? 1);
  let small = Math.max(smallPage, Math.ceil(count / smallPageWalk));
  while (small > minimum && count <= small * 2) small--;
  return Math.max(minimum, Math.min(small, size.maximum ?? small));
}

/** The first page of a walk that holds more items than the size it asked for. */
function oversizedPage(itemList: ItemList, walk: Walk, pageSize: number): { page: Exchange; count: number; index: number } | undefined {
  for (const [index, page] of walk.pages.entries()) {
    const count = pageItems(itemList, page)?.length ?? 0;
    if (count > pageSize) return { page, count, index };
  }
  return undefined;
}

/** Whether a schema documents a property of that name, at the top level or one object down (`pagination.limit`). */
function documentsField(document: OpenApiDocument, raw: unknown, name: string, depth = 0): boolean {
  const properties = propertiesOf(document, raw);
  if (properties[name] !== undefined) return true;
  return depth < 2 && Object.values(properties).some((property) => property.type === 'object' && documentsField(document, property, name, depth + 1));
}

/** A page that documents its page size in its answer echoes the size asked for, not a default. */
function echoedSize(document: OpenApiDocument, list: Operation, walk: Walk, name: string, asked: number, constraint: ConstraintRef): Issue[] {
  const success = successSchema(document, list);
  if (!success || !documentsField(document, success.raw, name)) return [];
  for (const page of walk.pages) {
    const echoed = numberEchoedIn(page.response?.json, name);
    if (echoed === undefined || echoed === asked) continue;
    return [{ message: `received ${name}: ${echoed} in the answer to ${named(page)} / documented the ${name} asked for, ${asked}`, constraint, exchange: page }];
  }
  return [];
}

/** Every item exactly once, in the order of one large page: by key where items have one, else item by item. */
function sameItems(whole: Walk, walked: Walk, keyField: string | undefined, described: string, constraint: ConstraintRef): Issue[] {
  const identify = (item: Record<string, unknown>) => (keyField && item[keyField] !== undefined ? String(item[keyField]) : JSON.stringify(item));
  const seen = new Map<string, number>();
  for (const item of walked.items) seen.set(identify(item), (seen.get(identify(item)) ?? 0) + 1);
  // Rows without a key may repeat legitimately (two equal events); only their order can be held against one large page.
  const repeated = keyField ? [...seen.entries()].find(([, count]) => count > 1) : undefined;
  const issues: Issue[] = [];
  if (repeated) issues.push({ message: `received ${show(repeated[0])} ${repeated[1]} times walking ${described} / documented every item exactly once`, constraint });
  if (!whole.complete || !walked.complete) return issues;
  const missing = keyField ? whole.items.map(identify).filter((candidate) => !seen.has(candidate)) : [];
  if (missing.length > 0) {
    issues.push({ message: `received ${seen.size} distinct items walking ${described}, without ${show(missing[0])} / documented all ${whole.items.length} items of the list (${missing.length} missing)`, constraint });
    return issues;
  }
  if (repeated) return issues;
  const order = walked.items.map(identify);
  const expected = whole.items.map(identify);
  const first = order.length === expected.length ? order.findIndex((candidate, index) => candidate !== expected[index]) : Math.min(order.length, expected.length);
  if (first === -1) return issues;
  const at = (items: Record<string, unknown>[]) => (items[first] === undefined ? 'nothing' : show(keyField ? identify(items[first]!) : items[first]));
  issues.push({ message: `received ${at(walked.items)} at position ${first + 1} walking ${described} / documented the order of one large page (${at(whole.items)} there)`, constraint });
  return issues;
}

/**
 * A page that gives the whole list's count (`total`) gives it whatever its
 * size: the items of the complete walk, not the items of that page (a count
 * taken after LIMIT/OFFSET).
 */
function totalsCountTheList(whole: Walk, walks: Walk[], constraint: ConstraintRef): Issue[] {
  if (!whole.complete) return [];
  const count = whole.items.length;
  for (const walk of walks) {
    for (const page of walk.pages) {
      const total = totalIn(page.response?.json);
      if (!total || total.value === count) continue;
      return [{ message: `received ${total.name}: ${total.value} in the answer to ${named(page)} / documented the number of items in the whole list, ${count} here (every page walked)`, constraint, exchange: page }];
    }
  }
  return [];
}

/** A page that says more items follow must be followed by some: an exactly full last page says no more. */
function moreOnlyWhereMoreFollow(itemList: ItemList, walks: Walk[], constraint: ConstraintRef): Issue[] {
  for (const walk of walks) {
    const found = emptyAfterMore(itemList, walk);
    if (!found) continue;
    return [{ message: `received an empty page from ${named(found.next)} after a page of ${found.count} items that said more follow (${found.more}) / documented more pages only while items remain`, constraint, exchange: found.next }];
  }
  return [];
}

/** The request without a page size, its paging field left out where the list takes it. */
function withoutPageSize(base: RequestParts, paging: Paging, body: Record<string, unknown> | undefined): RequestParts {
  const name = paging.size!.name;
  if (paging.in === 'query') {
    const query = { ...base.query };
    delete query[name];
    return { ...base, query };
  }
  const sent: Record<string, unknown> = { ...(body ?? (base.body as Record<string, unknown> | undefined)) };
  delete sent[name];
  return { ...base, body: sent };
}

export const pagesAreConsistent = defineCheck({
  name: 'pages are consistent',
  description:
    'Walking a list by its offset/limit, cursor or page/pageSize parameters (or the same fields in the body of a query answered by POST) with small pages yields pages no larger than asked for and every item of the list exactly once, in the same order as one large page; a page says more follow (hasMore, a next cursor, a total beyond it) only when a non-empty page follows, so an exactly full last page says no more; a page that gives the whole list\'s count (total) gives the count of every item walked, not of its own page; a request without a page size gets the documented default.',
  level: 'full',
  appliesTo(testCase, contract) {
    return isExampleCase(testCase, 'pages are consistent') && pagedListOf(contract.document, testCase.operation) !== undefined && pagingOf(contract.document, testCase.operation)?.size !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const document = context.contract.document;
    const list = testCase.operation;
    const paging = pagingOf(document, list)!;
    const size = paging.size!;
    const itemList = pagedListOf(document, list)!;
    // A query paged in its body is walked over rows the check wrote itself, when the contract names how.
    const body = paging.in === 'body' ? await feedQuery(context, list, fedRows) : undefined;
    const asked = body ? { body } : {};
    let whole = await walkList(context, list, asked);
    // A list under a parent the example names but this server lacks is walked under a parent of the run's own.
    const own = whole.failed && isNested(list) && paging.in === 'query' ? await ownParentPath(context, list) : undefined;
    const where = { ...asked, ...(own ? { path: own } : {}) };
    if (own) whole = await walkList(context, list, where);
    if (whole.failed) return [];
    if (whole.complete && paging.in === 'query') {
      await seed(context, list, paging, whole.items.length, { ...context.validRequest(list).path, ...own });
      whole = await walkList(context, list, where);
      if (whole.failed) return [];
    }
    const issues: Issue[] = [];
    const operationPointer = ['paths', list.path, list.method];
    const constraint = { pointer: (paging.position && pagingPointer(document, list, paging, paging.position.name)) ?? operationPointer };
    const sizePointer = pagingPointer(document, list, paging, size.name);
    const sizeConstraint = { pointer: sizePointer ?? operationPointer };
    const pageSize = smallPageSize(whole.items.length, size);
    const walked = await walkList(context, list, { ...where, pageSize, maxPages: 200 });
    if (walked.failed) return [];
    // Every page of every walk holds no more than the size it asked for: the first page, and each one after a cursor or offset.
    const oversized = oversizedPage(itemList, walked, pageSize) ?? (size.maximum !== undefined ? oversizedPage(itemList, whole, size.maximum) : undefined);
    if (oversized) {
      const limit = oversized.page === walked.pages[oversized.index] ? pageSize : size.maximum!;
      const which = oversized.index === 0 ? 'the first page' : `page ${oversized.index + 1}`;
      issues.push({ message: `received ${oversized.count} items in ${which} for ${size.name}=${limit} / documented at most ${limit} items a page`, constraint: sizeConstraint, exchange: oversized.page });
    }
    issues.push(...echoedSize(document, list, walked, size.name, pageSize, sizeConstraint));
    issues.push(...sameItems(whole, walked, keyFieldOf(context, list, itemList), `${paging.style} pages of ${pageSize}`, constraint));
    // Pages exactly as large as the list: the one full page is the last, and says so.
    const known = whole.items.length;
    const fits = paging.position !== undefined && whole.complete && known >= Math.max(1, size.minimum ?? 1) && known <= (size.maximum ?? known) && known !== pageSize;
    const exact = fits ? await walkList(context, list, { ...where, pageSize: known, maxPages: 3 }) : undefined;
    issues.push(...moreOnlyWhereMoreFollow(itemList, [walked, ...(exact ? [exact] : []), whole], constraint));
    issues.push(...totalsCountTheList(whole, [walked, whole], constraint));
    if (size.default !== undefined) {
      const valid = context.validRequest(list);
      const first = await context.send(list, withoutPageSize({ ...valid, path: { ...valid.path, ...own } }, paging, body));
      const items = pageItems(itemList, first);
      const expected = whole.complete ? Math.min(size.default, whole.items.length) : size.default;
      const holds = items === undefined || (whole.complete ? items.length === expected : items.length <= expected);
      // The default sits on the parameter's schema, where a keyword marker names it.
      const defaultConstraint = { pointer: sizePointer ? [...sizePointer, ...(paging.in === 'query' ? ['schema'] : [])] : operationPointer, keyword: 'default' };
      if (!holds) issues.push({ message: `received ${items!.length} items without ${size.name} / documented the default ${size.name} ${size.default} (${expected} items here)`, constraint: defaultConstraint });
    }
    return issues;
  },
});
