/**
 * What the fault-detection bench is made of: a faulty server is the project's
 * stateful mock behind one middleware that injects one bug, the kind real
 * backends ship. The middleware works on the mock's plain (request) => response
 * core (`StatefulMock.respond`, the handler `serveOnNode` serves), so no file
 * under mocks/ changes. Each fault names the documented promise it breaks and
 * carries a cheap probe that shows it is not a no-op.
 */
import { findApi } from '../../apis/index.ts';
import { listOperations, loadSpec } from '../../contract/spec.ts';
import { createMock } from '../../mocks/registry.ts';
import type { MockRequest, MockResponse } from '../../mocks/stateful/message.ts';
import { splitUrl } from '../../mocks/stateful/message.ts';

export type Respond = (request: MockRequest) => Promise<MockResponse>;
/** Wraps a server's handler; called once per fresh server, so state kept in the closure starts empty. */
export type Middleware = (inner: Respond) => Respond;

export type Family =
  | 'filter'
  | 'paging'
  | 'write-read'
  | 'partial-update'
  | 'authorization'
  | 'isolation'
  | 'validation'
  | 'deletion'
  | 'data-exposure'
  | 'mass-assignment'
  | 'response-shape'
  | 'status-and-headers';

export type Identity = 'a' | 'b' | 'readonly' | 'none';

/** A server that must fail the suite: the mock with one bug. */
export interface Fault {
  /** `<api>.<resource>.<what goes wrong>`. */
  id: string;
  api: string;
  family: Family;
  /** The bug, as a bug report would say it. */
  bug: string;
  /** Where the product documentation (/work/shared/seeds) states what the bug breaks. */
  documented: string;
  /** The check (or scenario) that should catch it, for the analysis of a miss. */
  caughtBy: string;
  wrap: Middleware;
  probe: Probe;
}

/** A server that must pass the suite: it differs from the mock only where the documentation is silent. */
export interface Variant {
  id: string;
  api: string;
  /** How it differs from the mock. */
  difference: string;
  /** Why that is still faithful: what the documentation leaves open (and the contract marks x-designed, if it does). */
  faithful: string;
  wrap: Middleware;
  probe: Probe;
}

/** Sends a few requests and returns what they show; the same probe run on the plain mock must show something else. */
export type Probe = (client: ProbeClient) => Promise<unknown>;

export interface ProbeAnswer {
  status: number;
  headers: Record<string, string>;
  json: any;
  text: string;
}

export interface ProbeClient {
  /** `body` is sent as JSON; `rawBody` as it is (a malformed body, say); `readStream` reads a finite stream (SSE) into `text`. */
  call(method: string, path: string, options?: { identity?: Identity; headers?: Record<string, string>; body?: unknown; rawBody?: string; readStream?: boolean }): Promise<ProbeAnswer>;
}

/* ── requests ───────────────────────────────────────────────────────────── */

const basePaths = new Map<string, string>();

/** The path prefix the API's first server names (`/v1` for runtype); requests may come with or without it. */
function basePathOf(api: string): string {
  let base = basePaths.get(api);
  if (base === undefined) {
    const url = loadSpec(api).servers?.[0]?.url ?? 'http://localhost';
    base = new URL(url).pathname.replace(/\/+$/, '');
    basePaths.set(api, base);
  }
  return base;
}

/**
 * The path parameters when the request is `method` on `template` (`/reviews/{reviewId}`),
 * undefined otherwise. `method` '*' matches any method.
 */
/** The parameter names of a path template: `/a/{id}/b/{name}` → 'id' | 'name'. */
type ParameterNames<Template extends string> = string extends Template
  ? string
  : Template extends `${string}{${infer Name}}${infer Rest}`
    ? Name | ParameterNames<Rest>
    : never;

export function route<Template extends string>(api: string, request: MockRequest, method: string, template: Template): { [Name in ParameterNames<Template>]: string } | undefined {
  if (method !== '*' && request.method !== method) return undefined;
  let { pathname } = splitUrl(request.url);
  const base = basePathOf(api);
  if (base && pathname.startsWith(`${base}/`)) pathname = pathname.slice(base.length);
  const names: string[] = [];
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const found = new RegExp(`^${pattern}$`).exec(pathname);
  if (!found) return undefined;
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1]!)])) as { [Name in ParameterNames<Template>]: string };
}

/** Whether the request is a GET of an operation that takes the query parameter `name` (`limit`: every paged list). */
export function getsWithQuery(api: string, request: MockRequest, name: string): boolean {
  if (request.method !== 'GET') return false;
  return listOperations(api).some((operation) => operation.method === 'get' && operation.parameters.some((parameter) => parameter.in === 'query' && parameter.name === name) && route(api, request, 'GET', operation.path) !== undefined);
}

export function queryOf(request: MockRequest): URLSearchParams {
  return splitUrl(request.url).search;
}

/** The integer a GET of `template` sends in its query parameter `name`, when it exceeds `bound`; undefined for any other request (a bound's fault acts on nothing else). */
export function queryIntegerAbove(api: string, request: MockRequest, template: string, name: string, bound: number): number | undefined {
  const value = route(api, request, 'GET', template) ? Number(queryOf(request).get(name)) : Number.NaN;
  return Number.isInteger(value) && value > bound ? value : undefined;
}

/** The request with its query string changed by `edit`. */
export function withQuery(request: MockRequest, edit: (query: URLSearchParams) => void): MockRequest {
  const { pathname, search } = splitUrl(request.url);
  edit(search);
  const text = search.toString();
  return { ...request, url: text ? `${pathname}?${text}` : pathname };
}

export function withPath(request: MockRequest, pathname: string): MockRequest {
  const { search } = splitUrl(request.url);
  const text = search.toString();
  return { ...request, url: text ? `${pathname}?${text}` : pathname };
}

/** The request with some headers replaced (null removes one). */
export function withHeaders(request: MockRequest, overrides: Record<string, string | null>): MockRequest {
  const lowered = Object.fromEntries(Object.entries(overrides).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    ...request,
    header: (name) => {
      const key = name.toLowerCase();
      return Object.hasOwn(lowered, key) ? lowered[key]! : request.header(name);
    },
  };
}

export function requestJson(request: MockRequest): any {
  try {
    return request.body ? JSON.parse(request.body) : undefined;
  } catch {
    return undefined;
  }
}

export function withRequestJson(request: MockRequest, body: unknown): MockRequest {
  // A request that had no body (a bodiless POST) has no content type either: the new body says what it is.
  const header = (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : request.header(name));
  return { ...request, header, body: JSON.stringify(body) };
}

/* ── responses ──────────────────────────────────────────────────────────── */

/** The parsed JSON body of a complete response; undefined for streams, empty or non-JSON bodies. */
export function responseJson(response: MockResponse): any {
  if (response.stream || !response.body) return undefined;
  try {
    return JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

export function withResponseJson(response: MockResponse, body: unknown): MockResponse {
  return { ...response, headers: { ...response.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/**
 * A GET answered the way a server that validates its parameters and then
 * ignores (or misreads) one of them answers: the refusal of the request as
 * sent, else the answer to the request as `edit` changes it.
 */
export async function validatedThenChanged(inner: Respond, request: MockRequest, edit: (query: URLSearchParams) => void): Promise<MockResponse> {
  const checked = await inner(request);
  return succeeded(checked) ? inner(withQuery(request, edit)) : checked;
}

/**
 * A PATCH whose answer shows every field sent but whose store keeps the old
 * value of `field`: the update goes through, then the field is put back as it
 * was (read first with the caller's own credentials).
 */
export async function updateThatLoses(inner: Respond, request: MockRequest, field: string): Promise<MockResponse> {
  const before = await inner({ ...request, method: 'GET', body: '' });
  const response = await inner(request);
  const old = before.status === 200 ? responseJson(before)?.[field] : undefined;
  if (succeeded(response) && old !== undefined) await inner(withRequestJson(request, { [field]: old }));
  return response;
}

/**
 * A server that takes a value the contract refuses (or bounds): the mock
 * stores a valid stand-in for `field`, and the answer echoes what was sent.
 */
export async function acceptedAsSent(inner: Respond, request: MockRequest, body: Record<string, unknown>, field: string, standIn: unknown): Promise<MockResponse> {
  const response = await inner(withRequestJson(request, { ...body, [field]: standIn }));
  const answer = responseJson(response);
  return succeeded(response) && answer ? withResponseJson(response, { ...answer, [field]: body[field] }) : response;
}

export function succeeded(response: MockResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** Every object in a JSON value (the value itself, list items, nested objects). */
export function objectsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) objectsIn(item, found);
  else if (value && typeof value === 'object') {
    found.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) objectsIn(child, found);
  }
  return found;
}

/** Adds one day (or a negative number of days) to an ISO 8601 instant; other text is returned unchanged. */
export function shiftDays(instant: string, days: number): string {
  const time = Date.parse(instant);
  return Number.isNaN(time) ? instant : new Date(time + days * 86_400_000).toISOString();
}

/* ── probes ─────────────────────────────────────────────────────────────── */

/** A probe client that calls a handler in-process, as the given API's conformance identities. */
export function probeClient(api: string, handler: Respond): ProbeClient {
  const identities = findApi(api).identities.conformance;
  return {
    async call(method, path, options = {}) {
      const identity = options.identity ?? 'a';
      const credentials = identity === 'none' ? {} : (identities[identity] ?? {});
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries({ ...credentials, ...options.headers })) headers[name.toLowerCase()] = value;
      if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json';
      const response = await handler({
        method,
        url: path,
        header: (name) => headers[name.toLowerCase()] ?? null,
        body: options.rawBody ?? (options.body === undefined ? '' : JSON.stringify(options.body)),
        bodyTooLarge: false,
      });
      const streamed = response.stream && options.readStream ? await new Response(response.stream).text() : '';
      const text = response.stream ? streamed : (response.body ?? '');
      return { status: response.status, headers: response.headers, json: responseJson(response), text };
    },
  };
}

/** Runs a probe on a fresh deterministic mock, plain or behind a middleware. */
export async function observe(api: string, probe: Probe, wrap?: Middleware): Promise<unknown> {
  const mock = createMock(api, { deterministic: true });
  const handler = wrap ? wrap(mock.respond) : mock.respond;
  return probe(probeClient(api, handler));
}

/**
 * A create that copies a read-only field from the body onto what it stores
 * (the DTO spreads the whole body into the entity): the forged value is then
 * served wherever the resource appears, keyed by the field that names it.
 */
export function forgedOnCreate(api: string, template: string, field: string, key: string): Middleware {
  return (inner) => {
    const forged = new Map<unknown, unknown>();
    const stamp = (response: MockResponse) => {
      const answer = responseJson(response);
      if (!answer || forged.size === 0) return response;
      for (const object of objectsIn(answer)) if (forged.has(object[key])) object[field] = forged.get(object[key]);
      return withResponseJson(response, answer);
    };
    return async (request) => {
      const body = requestJson(request);
      if (!route(api, request, 'POST', template) || body?.[field] === undefined) return stamp(await inner(request));
      const { [field]: value, ...rest } = body;
      const response = await inner(withRequestJson(request, rest));
      if (response.status === 201) forged.set(responseJson(response)[key], value);
      return stamp(response);
    };
  };
}

/**
 * Every item of an offset-paged list (`limit` and `offset` in the query, the items
 * under `key`, their count under `total`), as the request filters it, walked 100
 * at a time; undefined when the list refuses the request.
 */
export async function everyOffsetItem(inner: Respond, request: MockRequest, key: string): Promise<any[] | undefined> {
  const items: any[] = [];
  for (let offset = 0; offset < 100_000; offset += 100) {
    const page = await inner(
      withQuery(request, (query) => {
        query.set('limit', '100');
        query.set('offset', String(offset));
      }),
    );
    const answer = page.status === 200 ? responseJson(page) : undefined;
    if (!Array.isArray(answer?.[key])) return undefined;
    items.push(...answer[key]);
    if (answer[key].length < 100 || (typeof answer.total === 'number' && items.length >= answer.total)) break;
  }
  return items;
}

/**
 * Every item of a page-numbered list (`page` and `pageSize` in the query, the
 * items under `data`, their count under `total`), as the request filters it,
 * walked 100 at a time; undefined when the list refuses the request.
 */
export async function everyPageItem(inner: Respond, request: MockRequest): Promise<any[] | undefined> {
  const items: any[] = [];
  for (let page = 1; page <= 1000; page++) {
    const answer = responseJson(
      await inner(
        withQuery(request, (query) => {
          query.set('page', String(page));
          query.set('pageSize', '100');
        }),
      ),
    );
    if (!Array.isArray(answer?.data)) return undefined;
    items.push(...answer.data);
    if (answer.data.length < 100 || (typeof answer.total === 'number' && items.length >= answer.total)) break;
  }
  return items;
}

/**
 * Every item of a cursor-paged list (`limit` and `cursor` in the query, the
 * items under `data`), walked 100 at a time; `nextCursorOf` reads the next
 * page's cursor from an answer (null on the last page). Undefined when the
 * list refuses the request.
 */
export async function everyCursorItem(inner: Respond, request: MockRequest, nextCursorOf: (answer: any) => string | null): Promise<unknown[] | undefined> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 10_000; pages++) {
    const answer = responseJson(
      await inner(
        withQuery(request, (query) => {
          query.set('limit', '100');
          if (cursor === null) query.delete('cursor');
          else query.set('cursor', cursor);
        }),
      ),
    );
    if (!Array.isArray(answer?.data)) return undefined;
    items.push(...answer.data);
    cursor = nextCursorOf(answer);
    if (cursor === null) break;
  }
  return items;
}

/**
 * A read cache in front of the server, as backends add one: a GET for which
 * `entryOf` names an entry is answered from it once a 200 is stored there;
 * after a successful request for which `evicts` gives a test, the entries that
 * pass it are dropped. A fault built on it is in which writes evict what.
 */
export function readCache(entryOf: (request: MockRequest) => string | undefined, evicts: (request: MockRequest) => ((entry: string) => boolean) | undefined): Middleware {
  return (inner) => {
    const cached = new Map<string, MockResponse>();
    return async (request) => {
      const entry = entryOf(request);
      const hit = entry === undefined ? undefined : cached.get(entry);
      if (hit) return hit;
      const response = await inner(request);
      if (entry !== undefined && response.status === 200) cached.set(entry, response);
      const dropped = succeeded(response) ? evicts(request) : undefined;
      if (dropped) for (const key of cached.keys()) if (dropped(key)) cached.delete(key);
      return response;
    };
  };
}
