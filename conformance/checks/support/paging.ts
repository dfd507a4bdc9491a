import type { JsonObject, OpenApiDocument, Operation } from '../../../contract/spec.ts';
import { resolveRef } from '../../../contract/spec.ts';
import type { RequestParts } from '../../http.ts';
import type { CheckContext, Exchange, IdentityName } from '../../types.ts';
import { itemListOf, itemsIn, type ItemList } from './contract-model.ts';

/** Names by which lists take their page size, their cursor, their offset and their page number. */
const sizeNames = /^(limit|pageSize|page_size|perPage|per_page|size|take|first)$/;
const cursorNames = /^(cursor|pageToken|page_token|after|starting_after|next)$/;
const offsetNames = /^(offset|skip)$/;
const pageNames = /^(page|pageNumber|page_number)$/;
/** Where a page names the next one. */
const nextCursorNames = /^(next_?cursor|nextPageToken|next_page_token|next)$/i;

export type PagingStyle = 'cursor' | 'offset' | 'page';

export interface Paging {
  style: PagingStyle;
  /** The page-size parameter, with its documented default and maximum. */
  size?: { name: string; default?: number; maximum?: number; minimum?: number };
  /** The cursor, offset or page-number parameter. */
  position: { name: string; minimum?: number };
}

/** How a list pages, from its parameter names; undefined for a list that takes no paging parameters. */
export function pagingOf(document: OpenApiDocument, operation: Operation): Paging | undefined {
  const query = operation.parameters.filter((parameter) => parameter.in === 'query');
  const sizeParameter = query.find((parameter) => sizeNames.test(parameter.name));
  const schemaOf = (raw: unknown) => resolveRef<JsonObject>(document, raw ?? {});
  const size = sizeParameter
    ? {
        name: sizeParameter.name,
        default: numberOr(schemaOf(sizeParameter.schema).default),
        maximum: numberOr(schemaOf(sizeParameter.schema).maximum),
        minimum: numberOr(schemaOf(sizeParameter.schema).minimum),
      }
    : undefined;
  for (const [style, names] of [['cursor', cursorNames], ['offset', offsetNames], ['page', pageNames]] as const) {
    const position = query.find((parameter) => names.test(parameter.name));
    if (position) return { style, ...(size ? { size } : {}), position: { name: position.name, minimum: numberOr(schemaOf(position.schema).minimum) } };
  }
  return undefined;
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The next cursor a page names: a top-level or one-level-nested string under a next-cursor name. */
export function nextCursorIn(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  for (const [name, value] of Object.entries(record)) {
    if (nextCursorNames.test(name)) return typeof value === 'string' && value.length > 0 ? value : undefined;
  }
  for (const value of Object.values(record)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const nested = nextCursorIn(value);
      if (nested !== undefined) return nested;
    }
  }
  return undefined;
}

export interface Walk {
  items: Record<string, unknown>[];
  /** Every page's exchange, in order. */
  pages: Exchange[];
  /** False when the walk stopped at its bound or at a page that was not a 2xx list. */
  complete: boolean;
  /** The exchange that stopped the walk early, when one did. */
  failed?: Exchange;
}

export interface WalkOptions {
  query?: Record<string, unknown>;
  identity?: IdentityName;
  /** Items per page; the list's maximum when not given. */
  pageSize?: number;
  maxPages?: number;
  rawHeaders?: Record<string, string>;
}

/** Walks a list page by page in its own paging style, never unbounded. */
export async function walkList(context: CheckContext, operation: Operation, options: WalkOptions = {}): Promise<Walk> {
  const list = itemListOf(context.contract.document, operation);
  const paging = pagingOf(context.contract.document, operation);
  const base = context.validRequest(operation);
  const walk: Walk = { items: [], pages: [], complete: false };
  if (!list) return walk;
  const pageSize = options.pageSize ?? paging?.size?.maximum;
  const sizeQuery = paging?.size && pageSize !== undefined ? { [paging.size.name]: pageSize } : {};
  const maxPages = options.maxPages ?? 60;
  let position: unknown = paging?.style === 'page' ? (paging.position.minimum ?? 1) : paging?.style === 'offset' ? 0 : undefined;
  for (let index = 0; index < maxPages; index++) {
    const query = { ...base.query, ...options.query, ...sizeQuery, ...(position !== undefined && paging ? { [paging.position.name]: position } : {}) };
    const parts: RequestParts = { ...base, query, ...(options.rawHeaders ? { rawHeaders: options.rawHeaders } : {}) };
    const exchange = await context.send(operation, parts, options.identity ?? 'a');
    walk.pages.push(exchange);
    const items = pageItems(list, exchange);
    if (!items) {
      walk.failed = exchange;
      return walk;
    }
    walk.items.push(...items);
    if (!paging) break;
    if (paging.style === 'cursor') {
      const next = nextCursorIn(exchange.response!.json);
      if (next === undefined) break;
      position = next;
    } else {
      if (items.length === 0 || (pageSize !== undefined && items.length < pageSize)) break;
      position = paging.style === 'offset' ? (position as number) + items.length : (position as number) + 1;
    }
    if (index === maxPages - 1) return walk;
  }
  walk.complete = true;
  return walk;
}

/** The items of a 2xx list answer, or undefined when it is not one. */
export function pageItems(list: ItemList, exchange: Exchange): Record<string, unknown>[] | undefined {
  const status = exchange.response?.status;
  if (status === undefined || status < 200 || status >= 300) return undefined;
  return itemsIn(list, exchange.response!.json);
}
