/**
 * One async iterator per paging style of the four APIs, typed by the list
 * operation: the path must be a GET whose 200 body has that style's envelope,
 * the filters are the operation's own query parameters (less the paging ones,
 * which the iterator drives), and each item has the list's item type.
 *
 *   for await (const review of paginateOffset(runflow, '/…/reviews', { itemsKey: 'reviews' })) …
 *
 * A page that answers an error throws ApiError with the API's body.
 */
import type { Client } from 'openapi-fetch';
import { ApiError } from './errors.ts';

type GetOperation<Paths, P> = P extends keyof Paths ? (Paths[P] extends { get: infer Op } ? Op : never) : never;
type JsonData<Op> = Op extends { responses: { 200: { content: { 'application/json': infer Data } } } } ? Data : never;
type ParametersOf<Op> = Op extends { parameters: infer Parameters } ? Parameters : never;
type QueryOf<Op> = NonNullable<ParametersOf<Op> extends { query?: infer Query } ? Query : never>;
/** The GET paths whose 200 body is a `Shape` and whose query has every paging key. */
type ListPaths<Paths, Shape, PagingKeys extends string> = {
  [P in keyof Paths]: [JsonData<GetOperation<Paths, P>>] extends [never]
    ? never
    : JsonData<GetOperation<Paths, P>> extends Shape
      ? PagingKeys extends keyof QueryOf<GetOperation<Paths, P>> ? P : never
      : never;
}[keyof Paths] & string;
type ListParams<Op, PagingKeys extends string> = Omit<ParametersOf<Op>, 'query'> & { query?: Omit<QueryOf<Op>, PagingKeys> };

/** What every iterator takes: the operation's parameters (required when it has path parameters), a page size, a signal. */
export type PageOptions<Op, PagingKeys extends string> = {
  /** Items asked for per request. Default: 100, the most the APIs serve, so the fewest round trips. */
  pageSize?: number;
  signal?: AbortSignal;
} & (ParametersOf<Op> extends { path: object } ? { params: ListParams<Op, PagingKeys> } : { params?: ListParams<Op, PagingKeys> });

type OffsetEnvelope = { total: number };
type CursorEnvelope = { data: unknown[]; pagination: { nextCursor?: string | null; hasMore: boolean } };
type PageEnvelope = { data: unknown[]; page: number; pageSize: number; total: number };
type NextCursorEnvelope = { data: unknown[]; next_cursor?: string | null };
type ArrayKeys<Data> = { [K in keyof Data]: Data[K] extends readonly unknown[] ? K : never }[keyof Data] & string;
type ItemOf<List> = List extends readonly (infer Item)[] ? Item : never;
type DataItem<Data> = Data extends { data: readonly (infer Item)[] } ? Item : never;

/**
 * Offset/limit pages (Runflow): `{ <items>, total }`. Advances by the items
 * received, so a server that caps `limit` below the page size asked for still
 * yields every item once; stops at `total` or an empty page.
 */
export async function* paginateOffset<
  Paths extends {},
  P extends ListPaths<Paths, OffsetEnvelope, 'limit' | 'offset'>,
  K extends ArrayKeys<JsonData<GetOperation<Paths, P>>>,
>(
  client: Client<Paths>,
  path: P,
  options: { itemsKey: K } & PageOptions<GetOperation<Paths, P>, 'limit' | 'offset'>,
): AsyncGenerator<ItemOf<JsonData<GetOperation<Paths, P>>[K]>, void, undefined> {
  const limit = options.pageSize ?? 100;
  for (let offset = 0; ; ) {
    const page = await getPage(client, path, options, { limit, offset });
    const items = page[options.itemsKey] as ItemOf<JsonData<GetOperation<Paths, P>>[K]>[];
    yield* items;
    offset += items.length;
    if (items.length === 0 || offset >= Number(page.total)) return;
  }
}

/** Cursor pages (Runtype): `{ data, pagination: { nextCursor, hasMore, limit } }`, walked until `hasMore` is false. */
export async function* paginateCursor<Paths extends {}, P extends ListPaths<Paths, CursorEnvelope, 'limit' | 'cursor'>>(
  client: Client<Paths>,
  path: P,
  ...[options]: OptionalWhenNoPathParams<PageOptions<GetOperation<Paths, P>, 'limit' | 'cursor'>>
): AsyncGenerator<DataItem<JsonData<GetOperation<Paths, P>>>, void, undefined> {
  yield* walkCursorPages(client, path, options, options?.pageSize ?? 100, (page) => {
    const { nextCursor, hasMore } = page.pagination as CursorEnvelope['pagination'];
    return hasMore ? nextCursor : undefined;
  }) as AsyncGenerator<DataItem<JsonData<GetOperation<Paths, P>>>>;
}

/** Numbered pages (intent-runs): `?page&pageSize` answering `{ data, page, pageSize, total }`. */
export async function* paginatePages<Paths extends {}, P extends ListPaths<Paths, PageEnvelope, 'page' | 'pageSize'>>(
  client: Client<Paths>,
  path: P,
  ...[options]: OptionalWhenNoPathParams<PageOptions<GetOperation<Paths, P>, 'page' | 'pageSize'>>
): AsyncGenerator<DataItem<JsonData<GetOperation<Paths, P>>>, void, undefined> {
  for (let number = 1; ; number++) {
    const page = await getPage(client, path, options, { page: number, pageSize: options?.pageSize ?? 100 });
    const items = page.data as DataItem<JsonData<GetOperation<Paths, P>>>[];
    yield* items;
    // The server's pageSize is the one it applied, which may be below the one asked for.
    if (items.length === 0 || number * Number(page.pageSize) >= Number(page.total)) return;
  }
}

/**
 * Cursor pages in AgentRuntime's style: `?limit&cursor` answering `{ data, next_cursor }`,
 * walked until `next_cursor` is empty. `limit` is sent only when `pageSize` is given.
 */
export async function* paginateNextCursor<Paths extends {}, P extends ListPaths<Paths, NextCursorEnvelope, 'limit' | 'cursor'>>(
  client: Client<Paths>,
  path: P,
  ...[options]: OptionalWhenNoPathParams<PageOptions<GetOperation<Paths, P>, 'limit' | 'cursor'>>
): AsyncGenerator<DataItem<JsonData<GetOperation<Paths, P>>>, void, undefined> {
  yield* walkCursorPages(client, path, options, options?.pageSize, (page) => page.next_cursor as string | null | undefined) as AsyncGenerator<
    DataItem<JsonData<GetOperation<Paths, P>>>
  >;
}

/** The options argument may be left out when the list has no path parameters. */
type OptionalWhenNoPathParams<Options> = Options extends { params: unknown } ? [options: Options] : [options?: Options];

type LooseClient = {
  GET(path: string, init: { params: Record<string, unknown>; signal?: AbortSignal }): Promise<{ data?: unknown; error?: unknown; response: Response }>;
};

async function getPage(
  client: unknown,
  path: string,
  options: { params?: { query?: object }; signal?: AbortSignal } | undefined,
  paging: Record<string, string | number | undefined>,
): Promise<Record<string, unknown>> {
  const params = options?.params ?? {};
  const query: Record<string, unknown> = { ...params.query };
  for (const [key, value] of Object.entries(paging)) if (value !== undefined) query[key] = value;
  const { data, error, response } = await (client as LooseClient).GET(path, { params: { ...params, query }, signal: options?.signal });
  if (!response.ok) throw new ApiError(response, error);
  return data as Record<string, unknown>;
}

/**
 * The `data` of each page of a `?limit&cursor` list, until `nextCursorOf` finds no
 * next cursor. Refuses a cursor seen before: a server bug would otherwise loop forever.
 */
async function* walkCursorPages(
  client: unknown,
  path: string,
  options: { params?: { query?: object }; signal?: AbortSignal } | undefined,
  limit: number | undefined,
  nextCursorOf: (page: Record<string, unknown>) => string | null | undefined,
): AsyncGenerator<unknown, void, undefined> {
  const seen = new Set<string>();
  for (let cursor: string | undefined; ; ) {
    const page = await getPage(client, path, options, { limit, cursor });
    yield* page.data as unknown[];
    const next = nextCursorOf(page);
    if (!next) return;
    if (seen.has(next)) throw new Error(`${path}: the server sent cursor "${next}" a second time; stopping instead of looping`);
    seen.add(next);
    cursor = next;
  }
}
