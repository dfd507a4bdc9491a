import type { JsonObject, OpenApiDocument, Operation } from '../../../contract/spec.ts';
import { refSegments, resolveRef } from '../../../contract/spec.ts';
import type { RequestParts } from '../../http.ts';
import type { CheckContext, Exchange, IdentityName } from '../../types.ts';
import { itemListOf, itemsIn, type ItemList, parameterPointer, propertiesOf, recordArraysOf, requestSchema, successSchema } from './contract-model.ts';

/** Names by which lists take their page size, their cursor, their offset and their page number. */
const sizeNames = /^(limit|pageSize|page_size|perPage|per_page|size|take|first)$/;
const cursorNames = /^(cursor|pageToken|page_token|after|starting_after|next)$/;
const offsetNames = /^(offset|skip)$/;
const pageNames = /^(page|pageNumber|page_number)$/;
/** Where a page names the next one. */
const nextCursorNames = /^(next_?cursor|nextPageToken|next_page_token|next)$/i;
/** Where a page says whether another follows, and how many items the whole list holds. */
const hasMoreNames = /^has_?more$/i;
const totalNames = /^(total|total_?count|total_?items|total_?results)$/i;

export type PagingStyle = 'cursor' | 'offset' | 'page';

export interface Paging {
  style: PagingStyle;
  /** Query parameters of a GET, or fields of the JSON body of a POST that answers a list (a query). */
  in: 'query' | 'body';
  /** The page-size parameter, with its documented default and maximum. */
  size?: { name: string; default?: number; maximum?: number; minimum?: number };
  /** The cursor, offset or page-number parameter; a body may take a page size alone (one page, no walk). */
  position?: { name: string; minimum?: number };
}

interface NamedSchema {
  name: string;
  schema: JsonObject;
}

function pagingFrom(fields: NamedSchema[], where: Paging['in']): Paging | undefined {
  const sizeField = fields.find((field) => sizeNames.test(field.name));
  const size = sizeField
    ? { name: sizeField.name, default: numberOr(sizeField.schema.default), maximum: numberOr(sizeField.schema.maximum), minimum: numberOr(sizeField.schema.minimum) }
    : undefined;
  for (const [style, names] of [['cursor', cursorNames], ['offset', offsetNames], ['page', pageNames]] as const) {
    const position = fields.find((field) => names.test(field.name));
    if (position) return { style, in: where, ...(size ? { size } : {}), position: { name: position.name, minimum: numberOr(position.schema.minimum) } };
  }
  return where === 'body' && size ? { style: 'offset', in: where, size } : undefined;
}

/**
 * How a list pages, from its parameter names (a GET) or its request body's
 * field names (a POST that answers a list); undefined for a list that takes no
 * paging parameters.
 */
export function pagingOf(document: OpenApiDocument, operation: Operation): Paging | undefined {
  const schemaOf = (raw: unknown) => resolveRef<JsonObject>(document, raw ?? {});
  if (operation.method === 'get') {
    const query = operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => ({ name: parameter.name, schema: schemaOf(parameter.schema) }));
    return pagingFrom(query, 'query');
  }
  if (operation.method !== 'post') return undefined;
  const body = Object.entries(propertiesOf(document, requestSchema(document, operation))).map(([name, schema]) => ({ name, schema }));
  const numeric = body.filter((field) => field.schema.type === 'integer' || field.schema.type === 'number' || cursorNames.test(field.name));
  return pagingFrom(numeric, 'body');
}

/**
 * Where a paged answer keeps its items: a GET's list; for a POST that takes
 * its page in its body, the one array of records in the answer that does not
 * echo a field of the request (`columns` asked for and answered is a
 * description of the rows, not the rows).
 */
export function pagedListOf(document: OpenApiDocument, operation: Operation): ItemList | undefined {
  if (operation.method === 'get') return itemListOf(document, operation);
  if (pagingOf(document, operation)?.in !== 'body') return undefined;
  const success = successSchema(document, operation);
  if (!success) return undefined;
  const asked = propertiesOf(document, requestSchema(document, operation));
  const arrays = recordArraysOf(document, success.raw).filter((array) => asked[array.property] === undefined);
  return arrays.length === 1 ? arrays[0] : undefined;
}

/** JSON pointer segments of a paging parameter or body field, as the contract writes it (its component when the body is a $ref). */
export function pagingPointer(document: OpenApiDocument, operation: Operation, paging: Paging, name: string): string[] | undefined {
  if (paging.in === 'query') return parameterPointer(document, operation, name);
  const requestBody = resolveRef<JsonObject>(document, operation.definition.requestBody ?? {});
  const [type, media] = Object.entries((requestBody.content ?? {}) as Record<string, JsonObject>).find(([candidate]) => candidate.includes('json')) ?? [];
  const ref = (media?.schema as JsonObject | undefined)?.$ref;
  if (typeof ref === 'string') return [...refSegments(ref), 'properties', name];
  return type ? ['paths', operation.path, operation.method, 'requestBody', 'content', type, 'schema', 'properties', name] : undefined;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** A value under a name matching `names`, at the top level or in a nested object (not in arrays: those are items). */
function fieldIn(body: unknown, names: RegExp): { name: string; value: unknown } | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  for (const [name, value] of Object.entries(record)) if (names.test(name)) return { name, value };
  for (const value of Object.values(record)) {
    const nested = fieldIn(value, names);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

/** The number a page gives under a name (its page size echoed: `pagination.limit`), at the top level or nested. */
export function numberEchoedIn(body: unknown, name: string): number | undefined {
  const found = fieldIn(body, new RegExp(`^${name}$`));
  return typeof found?.value === 'number' ? found.value : undefined;
}

/** The next cursor a page names: a top-level or nested string under a next-cursor name. */
export function nextCursorIn(body: unknown): string | undefined {
  const found = fieldIn(body, nextCursorNames);
  return typeof found?.value === 'string' && found.value.length > 0 ? found.value : undefined;
}

/** The count of the whole list a page gives (`total`, `totalCount`), top-level or nested, with its name. */
export function totalIn(body: unknown): { name: string; value: number } | undefined {
  const found = fieldIn(body, totalNames);
  return typeof found?.value === 'number' ? { name: found.name, value: found.value } : undefined;
}

/**
 * How a page says that more items follow it, in the page's words (`hasMore:
 * true`, a next cursor, a total beyond the items so far); undefined when it
 * does not say so.
 */
export function moreAdvertisedIn(body: unknown, itemsSoFar: number): string | undefined {
  const flag = fieldIn(body, hasMoreNames);
  if (flag?.value === true) return `${flag.name}: true`;
  const cursor = fieldIn(body, nextCursorNames);
  if (typeof cursor?.value === 'string' && cursor.value.length > 0) return `${cursor.name}: ${JSON.stringify(cursor.value)}`;
  const total = fieldIn(body, totalNames);
  if (typeof total?.value === 'number' && total.value > itemsSoFar) return `${total.name}: ${total.value} after ${itemsSoFar} items`;
  return undefined;
}

export interface Walk {
  items: Record<string, unknown>[];
  /** Every page's exchange, in order. */
  pages: Exchange[];
  /** For each page, how it said that more items follow; undefined where it did not. */
  more: (string | undefined)[];
  /** False when the walk stopped at its bound or at a page that was not a 2xx list. */
  complete: boolean;
  /** The exchange that stopped the walk early, when one did. */
  failed?: Exchange;
}

export interface WalkOptions {
  query?: Record<string, unknown>;
  /** Path parameters to use instead of the valid request's. */
  path?: Record<string, string>;
  /** For a list paged in its body: the body to page (default: the valid request's). */
  body?: Record<string, unknown>;
  identity?: IdentityName;
  /** Items per page; the list's maximum when not given. */
  pageSize?: number;
  maxPages?: number;
  rawHeaders?: Record<string, string>;
}

/** The request for one page, its paging placed where the list takes it. */
function pageRequest(base: RequestParts, paging: Paging | undefined, options: WalkOptions, pageSize: number | undefined, position: unknown): RequestParts {
  const pagingValues: Record<string, unknown> = {};
  if (paging?.size && pageSize !== undefined) pagingValues[paging.size.name] = pageSize;
  if (paging?.position && position !== undefined) pagingValues[paging.position.name] = position;
  const path = { ...base.path, ...options.path };
  const query = { ...base.query, ...options.query, ...(paging?.in === 'query' ? pagingValues : {}) };
  const parts: RequestParts = { ...base, path, query, ...(options.rawHeaders ? { rawHeaders: options.rawHeaders } : {}) };
  if (paging?.in === 'body') parts.body = { ...(options.body ?? (base.body as Record<string, unknown> | undefined)), ...pagingValues };
  return parts;
}

/** Walks a list page by page in its own paging style, never unbounded. */
export async function walkList(context: CheckContext, operation: Operation, options: WalkOptions = {}): Promise<Walk> {
  const list = pagedListOf(context.contract.document, operation);
  const paging = pagingOf(context.contract.document, operation);
  const base = context.validRequest(operation);
  const walk: Walk = { items: [], pages: [], more: [], complete: false };
  if (!list) return walk;
  const pageSize = options.pageSize ?? paging?.size?.maximum;
  const maxPages = options.maxPages ?? 60;
  let position: unknown = paging?.style === 'page' ? (paging.position?.minimum ?? 1) : paging?.style === 'offset' ? 0 : undefined;
  for (let index = 0; index < maxPages; index++) {
    const exchange = await context.send(operation, pageRequest(base, paging, options, pageSize, position), options.identity ?? 'a');
    walk.pages.push(exchange);
    const items = pageItems(list, exchange);
    if (!items) {
      walk.failed = exchange;
      return walk;
    }
    walk.items.push(...items);
    const more = moreAdvertisedIn(exchange.response!.json, walk.items.length);
    walk.more.push(more);
    if (!paging?.position) break;
    if (paging.style === 'cursor') {
      const next = nextCursorIn(exchange.response!.json);
      if (next === undefined) break;
      position = next;
    } else {
      // A short page ends the list, unless it says more follow (a server may cap the page below the size asked for).
      if (items.length === 0 || (pageSize !== undefined && items.length < pageSize && more === undefined)) break;
      position = paging.style === 'offset' ? (position as number) + items.length : (position as number) + 1;
    }
    if (index === maxPages - 1) return walk;
  }
  walk.complete = true;
  return walk;
}

/** The first page of a walk that said more items follow, where the page after it holds none. */
export function emptyAfterMore(list: ItemList, walk: Walk): { page: Exchange; next: Exchange; more: string; count: number } | undefined {
  for (let index = 0; index + 1 < walk.pages.length; index++) {
    const more = walk.more[index];
    if (more === undefined || pageItems(list, walk.pages[index + 1]!)?.length !== 0) continue;
    return { page: walk.pages[index]!, next: walk.pages[index + 1]!, more, count: pageItems(list, walk.pages[index]!)?.length ?? 0 };
  }
  return undefined;
}

/** The items of a 2xx list answer, or undefined when it is not one. */
export function pageItems(list: ItemList, exchange: Exchange): Record<string, unknown>[] | undefined {
  const status = exchange.response?.status;
  if (status === undefined || status < 200 || status >= 300) return undefined;
  return itemsIn(list, exchange.response!.json);
}
