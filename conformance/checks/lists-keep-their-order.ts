import { type JsonObject, type OpenApiDocument, type Operation, resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, ConstraintRef, Exchange, Issue } from '../types.ts';
import { itemKeyOf } from './support/collections.ts';
import { createsFor, itemListOf, operationPointer, parameterPointer, propertiesOf, type Resource, requestSchema } from './support/contract-model.ts';
import { pagedListOf, type Paging, pagingOf, pagingPointer, type Walk, walkList } from './support/paging.ts';
import { feedQuery } from './support/query-feeds.ts';
import { createResource, isExampleCase, linkParts, named, succeeded } from './support/resources.ts';
import { freshenBody, show } from './support/values.ts';

/**
 * Two ways a contract orders a list: a direction parameter the caller sends
 * (`sortOrder: asc|desc` beside a `sortBy` naming the field), or an order the
 * list always keeps, written as `x-order: { by, direction }` on the list
 * operation. Either way only distinct keys are judged: equal keys may come in
 * any order.
 */

type Direction = 'asc' | 'desc';

interface SortControl {
  /** The parameter or body field that takes the direction, and its spelling of each. */
  direction: { name: string; asc: string; desc: string };
  /** The parameter or body field naming the field to sort by. */
  by: { name: string; schema: JsonObject };
  paging?: Paging;
  in: 'query' | 'body';
}

const byNames = /^(sort|sort_?by|order_?by|sort_?field|sort_?key)$/i;
const spellings: Record<Direction, RegExp> = { asc: /^asc(ending)?$/i, desc: /^desc(ending)?$/i };
/** Rows a check writes to sort: enough distinct keys that an ignored or inverted direction shows, in an order neither sorted nor reversed. */
const writtenKeys = [3, 1, 4, 0, 2];

/** The fields a list takes its request in: a GET's query parameters, a query POST's body properties. */
function requestFieldsOf(document: OpenApiDocument, list: Operation): { in: 'query' | 'body'; fields: Record<string, JsonObject> } {
  if (list.method === 'get') {
    const fields = Object.fromEntries(list.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => [parameter.name, resolveRef<JsonObject>(document, parameter.schema ?? {})]));
    return { in: 'query', fields };
  }
  return { in: 'body', fields: propertiesOf(document, requestSchema(document, list)) };
}

export function sortControlOf(document: OpenApiDocument, list: Operation): SortControl | undefined {
  if (!pagedListOf(document, list) && !itemListOf(document, list)) return undefined;
  const request = requestFieldsOf(document, list);
  const entries = Object.entries(request.fields);
  for (const [name, schema] of entries) {
    const values = Array.isArray(schema.enum) ? schema.enum.filter((value): value is string => typeof value === 'string') : [];
    const asc = values.find((value) => spellings.asc.test(value));
    const desc = values.find((value) => spellings.desc.test(value));
    if (!asc || !desc) continue;
    const by = entries.find(([other, otherSchema]) => other !== name && byNames.test(other) && otherSchema.type === 'string');
    if (!by) return undefined;
    const paging = pagingOf(document, list);
    return { direction: { name, asc, desc }, by: { name: by[0], schema: by[1] }, in: request.in, ...(paging ? { paging } : {}) };
  }
  return undefined;
}

interface FixedOrder {
  by: string;
  direction: Direction;
}

export function fixedOrderOf(list: Operation): FixedOrder | undefined {
  const marker = list.definition['x-order'] as JsonObject | undefined;
  if (!marker || typeof marker.by !== 'string' || (marker.direction !== 'asc' && marker.direction !== 'desc')) return undefined;
  return { by: marker.by, direction: marker.direction };
}

/**
 * How two keys compare, or undefined when a server could rightly order them
 * either way: equal, of different kinds, or strings whose order depends on
 * collation (case, accents).
 */
function compare(one: unknown, other: unknown): number | undefined {
  if (typeof one === 'number' && typeof other === 'number') return one === other ? undefined : one - other;
  if (typeof one !== 'string' || typeof other !== 'string' || one === other) return undefined;
  const [first, second] = [Date.parse(one), Date.parse(other)];
  if (/^\d{4}-\d{2}-\d{2}/.test(one) && /^\d{4}-\d{2}-\d{2}/.test(other) && !Number.isNaN(first) && !Number.isNaN(second)) return first === second ? undefined : first - second;
  const byCode = one < other ? -1 : 1;
  const byLocale = one.localeCompare(other, 'en', { sensitivity: 'base' });
  return Math.sign(byLocale) === byCode ? byCode : undefined;
}

/** The first two items whose keys, told apart, come in the wrong order; ties between them are skipped. */
function outOfOrder<Item>(items: Item[], keyOf: (item: Item) => unknown, direction: Direction): [Item, Item] | undefined {
  const sign = direction === 'asc' ? 1 : -1;
  for (let index = 0; index < items.length; index++) {
    for (let later = index + 1; later < items.length; later++) {
      const order = compare(keyOf(items[index]!), keyOf(items[later]!));
      if (order !== undefined && order * sign > 0) return [items[index]!, items[later]!];
    }
  }
  return undefined;
}

/** How many distinct comparable keys a list shows: under three, an order says too little to judge. */
function distinctKeys(values: unknown[]): number {
  return new Set(values.filter((value) => typeof value === 'number' || typeof value === 'string').map((value) => JSON.stringify(value))).size;
}

const wording: Record<Direction, string> = { asc: 'ascending', desc: 'descending' };

/* ── A direction the caller asks for ─────────────────────────────────────── */

async function sortedWalk(context: CheckContext, list: Operation, control: SortControl, base: Record<string, unknown>, by: string, direction: Direction): Promise<Walk> {
  const sort = { [control.by.name]: by, [control.direction.name]: control.direction[direction] };
  return control.in === 'body' ? walkList(context, list, { body: { ...base, ...sort } }) : walkList(context, list, { query: { ...base, ...sort } });
}

/**
 * Rows of a query the check wrote itself, each with a column of its own and a
 * distinct value in it, listed by that column in both directions: each sorted
 * its way, the same rows in both.
 */
async function judgeRequested(context: CheckContext, list: Operation, control: SortControl): Promise<Issue[]> {
  // Only a field of the caller's choosing can be given distinct values the rows are known to hold.
  if (control.in !== 'body' || control.by.schema.enum !== undefined) return [];
  const column = `rank_${context.uniqueSuffix().replace(/\W/g, '')}`;
  const body = await feedQuery(context, list, writtenKeys.length, { name: column, values: writtenKeys });
  if (!body) return [];
  const document = context.contract.document;
  const constraint: ConstraintRef = {
    pointer: (control.paging ? pagingPointer(document, list, control.paging, control.direction.name) : undefined) ?? sortFieldPointer(document, list, control) ?? operationPointer(list),
  };
  const walks: Partial<Record<Direction, Walk>> = {};
  for (const direction of ['asc', 'desc'] as const) {
    const walk = await sortedWalk(context, list, control, body, column, direction);
    if (walk.failed || !walk.complete) return [];
    walks[direction] = walk;
    const keyOf = (row: Record<string, unknown>) => row[column];
    if (distinctKeys(walk.items.map(keyOf)) < 3) return [];
    const wrong = outOfOrder(walk.items, keyOf, direction);
    const asked = `${control.by.name}=${column}, ${control.direction.name}=${control.direction[direction]}`;
    if (wrong) return [{ message: `received ${column} ${show(keyOf(wrong[0]))} before ${show(keyOf(wrong[1]))} for ${asked} / documented rows ordered by ${column} ${wording[direction]}`, constraint, exchange: walk.pages[0] }];
  }
  const [ascending, descending] = [walks.asc!.items.map((row) => JSON.stringify(row)).sort(), walks.desc!.items.map((row) => JSON.stringify(row)).sort()];
  if (ascending.join('\n') !== descending.join('\n')) {
    return [{ message: `received ${descending.length} rows for ${control.direction.name}=${control.direction.desc} and ${ascending.length} for ${control.direction.asc}, not the same rows / documented the same rows in mirror order`, constraint, exchange: walks.desc!.pages[0] }];
  }
  return [];
}

function sortFieldPointer(document: OpenApiDocument, list: Operation, control: SortControl): string[] | undefined {
  return control.in === 'query' ? parameterPointer(document, list, control.direction.name) : undefined;
}

/* ── An order the list always keeps ──────────────────────────────────────── */

/** Whether the list's key can be written through the create: a number the request body takes. */
function writableKey(context: CheckContext, resource: Resource, by: string): JsonObject | undefined {
  const schema = propertiesOf(context.contract.document, requestSchema(context.contract.document, resource.create))[by];
  return schema && !schema.readOnly && (schema.type === 'integer' || schema.type === 'number') ? schema : undefined;
}

interface Written {
  key: string;
  value: number;
  created: Exchange;
  body: Record<string, unknown>;
}

/** Creates three items with fresh text and distinct keys, in neither order. */
async function writeItems(context: CheckContext, resource: Resource, by: string, schema: JsonObject, itemKey: string): Promise<Written[]> {
  const document = context.contract.document;
  const base = typeof schema.minimum === 'number' ? schema.minimum + 1 : 1;
  const written: Written[] = [];
  for (const offset of [1, 0, 2]) {
    let body: Record<string, unknown> = {};
    const created = await createResource(context, resource, (valid) => {
      body = { ...(freshenBody(document, requestSchema(document, resource.create), valid, context.uniqueSuffix()) as Record<string, unknown>), [by]: base + offset };
      return body;
    });
    const key = (created.response?.json as Record<string, unknown> | undefined)?.[itemKey];
    if (!succeeded(created) || (typeof key !== 'string' && typeof key !== 'number')) return written;
    written.push({ key: String(key), value: base + offset, created, body });
  }
  return written;
}

/**
 * Moves the item of the smallest key past the largest: through the create
 * again where it is an upsert (same identity, new key), else through the
 * update its create links to. Answers the key now due, or undefined.
 */
async function move(context: CheckContext, resource: Resource, by: string, item: Written, value: number): Promise<boolean> {
  if (resource.create.definition['x-upsert'] !== undefined) {
    const valid = context.validRequest(resource.create);
    return succeeded(await context.send(resource.create, { ...valid, body: { ...item.body, [by]: value } }));
  }
  if (resource.update?.operation.method !== 'patch') return false;
  const parts = linkParts(context, resource.create, resource.update.link, item.created);
  return parts !== undefined && succeeded(await context.send(resource.update.operation, { ...parts, body: { [by]: value } }));
}

/** Judges one listing: every item by the keys it shows, and the check's own items by the keys written to them. */
function judgeListing(walk: Walk, order: FixedOrder, itemKey: string, written: Written[], constraint: ConstraintRef, when: string): Issue[] {
  const shown = outOfOrder(walk.items, (item) => item[order.by], order.direction);
  const exchange = walk.pages[0]!;
  if (shown) {
    const [first, second] = shown;
    return [{ message: `received ${itemKey} ${show(first[itemKey])} (${order.by} ${show(first[order.by])}) before ${show(second[itemKey])} (${order.by} ${show(second[order.by])}) in ${named(exchange)}${when} / documented the list ordered by ${order.by} ${wording[order.direction]}`, constraint, exchange }];
  }
  const due = new Map(written.map((item) => [item.key, item.value]));
  const mine = walk.items.filter((item) => due.has(String(item[itemKey])));
  const wrong = outOfOrder(mine, (item) => due.get(String(item[itemKey])), order.direction);
  if (!wrong) return [];
  const [first, second] = wrong.map((item) => String(item[itemKey]));
  return [{ message: `received ${itemKey} ${show(first)} (written ${order.by} ${due.get(first!)}) before ${show(second)} (written ${order.by} ${due.get(second!)}) in ${named(exchange)}${when} / documented the list ordered by ${order.by} ${wording[order.direction]}`, constraint, exchange }];
}

async function judgeFixed(context: CheckContext, list: Operation, order: FixedOrder): Promise<Issue[]> {
  const document = context.contract.document;
  const itemList = pagedListOf(document, list) ?? itemListOf(document, list);
  if (!itemList) return [];
  const fields = propertiesOf(document, itemList.rawItem);
  const itemKey = itemKeyOf(context, list, fields);
  const resource = createsFor(context.contract, list)[0];
  if (!itemKey || !fields[order.by] || !resource) return [];
  const keySchema = writableKey(context, resource, order.by);
  const constraint: ConstraintRef = { pointer: [...operationPointer(list), 'x-order'] };
  let written: Written[] = [];
  if (keySchema) written = await writeItems(context, resource, order.by, keySchema, itemKey);
  else for (let count = 0; count < 3; count++) if (!succeeded(await createResource(context, resource))) break;
  // The create's link to the list says where its items are listed (`?agentId=` of what it wrote).
  const made = written[0]?.created;
  const linked = made && resource.listLink ? linkParts(context, resource.create, resource.listLink, made) : undefined;
  const listing = () => walkList(context, list, linked?.query ? { query: linked.query } : {});
  const first = await listing();
  if (first.failed || !first.complete || distinctKeys(first.items.map((item) => item[order.by])) < 3) return [];
  const issues = judgeListing(first, order, itemKey, written, constraint, '');
  if (issues.length > 0 || written.length < 3) return issues;
  const lowest = written.reduce((one, other) => (other.value < one.value ? other : one));
  const highest = Math.max(...written.map((item) => item.value)) + 1;
  if (typeof keySchema?.maximum === 'number' && highest > keySchema.maximum) return [];
  if (!(await move(context, resource, order.by, lowest, highest))) return [];
  lowest.value = highest;
  const second = await listing();
  if (second.failed || !second.complete) return [];
  return judgeListing(second, order, itemKey, written, constraint, ` after ${itemKey} ${show(lowest.key)} was given ${order.by} ${highest}`);
}

export const listsKeepTheirOrder = defineCheck({
  name: 'lists keep their order',
  description:
    'A list sorted by a direction parameter (sortOrder: asc|desc beside sortBy) answers its items ordered by the named field in that direction, asc and desc the same items in mirror order, over rows the check wrote with distinct keys; a list whose operation carries `x-order: { by, direction }` answers every item in that order, including items whose key the check wrote and then moved (by an upsert or an update). Items of equal keys may come in any order.',
  level: 'full',
  appliesTo(testCase, contract) {
    if (!isExampleCase(testCase, 'lists keep their order')) return false;
    return fixedOrderOf(testCase.operation) !== undefined || sortControlOf(contract.document, testCase.operation) !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const list = testCase.operation;
    const control = sortControlOf(context.contract.document, list);
    const order = fixedOrderOf(list);
    return [...(control ? await judgeRequested(context, list, control) : []), ...(order ? await judgeFixed(context, list, order) : [])];
  },
});
