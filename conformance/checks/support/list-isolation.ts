import type { Operation } from '../../../contract/spec.ts';
import type { CheckContext, Issue } from '../../types.ts';
import { createsFor, itemListOf, itemsIn, operationsOf, propertiesOf, type Resource, resourceOf } from './contract-model.ts';
import { type Filter, filtersOf } from './filters.ts';
import { nextCursorIn, pagingOf, walkList } from './paging.ts';
import { createResource, succeeded } from './resources.ts';
import { show } from './values.ts';

/**
 * A list keeps to its caller under whatever identity B sends along: a filter
 * value of A's items, or the next-page cursor A was given. A catalogue every
 * caller shares passes, since B's unfiltered list holds those items too.
 */

/** What each identity's unfiltered list holds, walked once for both rules. */
interface Holdings {
  key: string;
  unfiltered: Record<string, unknown>;
  itemsOfA: Record<string, unknown>[];
  idsOfA: Set<string>;
  idsOfB: Set<string>;
}

/** The lists this applies to: those with an equality filter or cursor pages, whose items have an id. */
export function judgesList(context: Pick<CheckContext, 'contract'>, list: Operation): boolean {
  const document = context.contract.document;
  if (!('id' in propertiesOf(document, itemListOf(document, list)?.rawItem))) return false;
  return equalityFilters(context, list).length > 0 || pagingOf(document, list)?.style === 'cursor';
}

function equalityFilters(context: Pick<CheckContext, 'contract'>, list: Operation): Filter[] {
  return filtersOf(context.contract.document, list).filter((filter) => filter.kind === 'equals' && !filter.required);
}

/** What adds items to a list: the create whose resource it lists, else the POST on the list's own path. */
function makerOf(context: CheckContext, list: Operation): Resource | undefined {
  const known = createsFor(context.contract, list)[0];
  if (known) return known;
  const post = operationsOf(context.contract).find((operation) => operation.method === 'post' && operation.path === list.path);
  return post ? (resourceOf(context.contract, post) ?? { create: post, key: 'id' }) : undefined;
}

/** Two items of A's at least (made when missing), so that a filter has values to take and a page of one has a next page. */
async function holdingsOf(context: CheckContext, list: Operation): Promise<Holdings | undefined> {
  const unfiltered = Object.fromEntries(equalityFilters(context, list).map((filter) => [filter.parameter, undefined]));
  const ids = (items: Record<string, unknown>[]) => new Set(items.map((item) => String(item.id)));
  let ofA = await walkList(context, list, { query: unfiltered, maxPages: 5 });
  const maker = makerOf(context, list);
  if (ofA.items.length < 2 && maker) {
    for (let made = ofA.items.length; made < 2; made++) await createResource(context, maker);
    ofA = await walkList(context, list, { query: unfiltered, maxPages: 5 });
  }
  if (ofA.items.length === 0) return undefined;
  const ofB = await walkList(context, list, { identity: 'b', query: unfiltered });
  if (!ofB.complete) return undefined;
  return { key: 'id', unfiltered, itemsOfA: ofA.items, idsOfA: ids(ofA.items), idsOfB: ids(ofB.items) };
}

/** An item of A's that B's own unfiltered list leaves out. */
function leakedIn(held: Holdings, items: Record<string, unknown>[]): Record<string, unknown> | undefined {
  return items.find((item) => held.idsOfA.has(String(item[held.key])) && !held.idsOfB.has(String(item[held.key])));
}

/** Up to two distinct values identity A's items hold in a filter's field: values under which a leak would show. */
function valuesToFilterBy(filter: Filter, items: Record<string, unknown>[]): unknown[] {
  const values: unknown[] = [];
  for (const item of items) {
    const held = item[filter.field];
    const value = Array.isArray(held) && filter.fieldIsArray ? held[0] : held;
    if ((typeof value === 'string' || typeof value === 'number') && !values.includes(value)) values.push(value);
    if (values.length === 2) break;
  }
  return values;
}

/**
 * A filter narrows the caller's own items: a query that swaps the caller's
 * predicate for the filter's (`where: { status }`) leaks exactly there.
 */
async function filtersNarrow(context: CheckContext, list: Operation, held: Holdings, issues: Issue[]): Promise<void> {
  for (const filter of equalityFilters(context, list)) {
    for (const value of valuesToFilterBy(filter, held.itemsOfA)) {
      const query = { ...held.unfiltered, [filter.parameter]: filter.many ? [value] : value };
      const filtered = await walkList(context, list, { identity: 'b', query, maxPages: 5 });
      const leaked = leakedIn(held, filtered.items);
      if (!leaked) continue;
      issues.push({
        message: `received ${held.key} ${show(leaked[held.key])} of identity A's in ${list.operationId} with ${filter.parameter}=${String(value)} as identity B, which its unfiltered list does not hold / documented only the caller's own items, under every filter`,
        exchange: filtered.pages[filtered.pages.length - 1]!,
        severity: 'error',
      });
      return;
    }
  }
}

/** A cursor is not a credential: a cursor that names its account and is read for that account leaks here. */
async function cursorsStayWithTheCaller(context: CheckContext, list: Operation, held: Holdings, issues: Issue[]): Promise<void> {
  const paging = pagingOf(context.contract.document, list);
  if (paging?.style !== 'cursor' || !paging.size || !paging.position) return;
  const valid = context.validRequest(list);
  const pageOfOne = { ...valid.query, ...held.unfiltered, [paging.size.name]: 1 };
  const firstPage = await context.send(list, { ...valid, query: pageOfOne });
  const cursor = succeeded(firstPage) ? nextCursorIn(firstPage.response!.json) : undefined;
  if (!cursor) return;
  const followed = await context.send(list, { ...valid, query: { ...pageOfOne, [paging.position.name]: cursor } }, 'b');
  const leaked = leakedIn(held, succeeded(followed) ? (itemsIn(itemListOf(context.contract.document, list)!, followed.response!.json) ?? []) : []);
  if (leaked) {
    issues.push({ message: `received ${held.key} ${show(leaked[held.key])} of identity A's in ${list.operationId} as identity B, sent with A's cursor / documented only the caller's own items: a cursor does not carry A's access`, exchange: followed, severity: 'error' });
  }
}

/** Both rules for one list, over one walk of each identity's unfiltered list. */
export async function listKeepsToItsCaller(context: CheckContext, list: Operation): Promise<Issue[]> {
  const issues: Issue[] = [];
  const held = await holdingsOf(context, list);
  if (!held) return issues;
  await cursorsStayWithTheCaller(context, list, held, issues);
  await filtersNarrow(context, list, held, issues);
  return issues;
}
