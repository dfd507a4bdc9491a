import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { Clock } from './clock.ts';
import { RequestCarrier } from './request-carrier.ts';
import { createResilientFetch, type RetryOptions } from './retry.ts';

/** Options every API client accepts, besides its credentials. */
export interface BaseClientOptions {
  /** Root URL of the API, without a trailing slash. Defaults to the contract's first server. */
  baseUrl?: string;
  /** A fetch implementation (defaults to `globalThis.fetch`): for tests, proxies or instrumentation. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers sent with every request (e.g. a tracing header). Credentials are set by the client. */
  headers?: Record<string, string>;
  /**
   * Retries of requests safe to repeat (GET, HEAD, PUT, DELETE, OPTIONS and the
   * operations the contract marks `x-idempotent`) on network errors, 429 and 5xx.
   * `false` turns them off. Other POSTs and PATCHes are never retried.
   */
  retry?: RetryOptions | false;
  /** Time allowed for each attempt's response headers, in ms. Default 30 000; `Infinity` for none. */
  timeoutMs?: number;
  /** The clock retries and timeouts read (tests inject one; default: real time). */
  clock?: Clock;
}

/**
 * Builds an openapi-fetch client typed by `Paths`, with the caller's credential
 * headers on every request and the retrying, timed fetch underneath. Kept
 * browser-safe: nothing here imports Node.
 */
export function createTypedClient<Paths extends {}>(
  defaultBaseUrl: string,
  options: BaseClientOptions,
  credentialHeaders: Record<string, string>,
  retrySafeOperations: readonly string[] = [],
): Client<Paths> {
  const baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, '');
  const clientOptions: ClientOptions = {
    baseUrl,
    headers: { ...options.headers, ...credentialHeaders },
    // openapi-fetch calls `new Request(url, init)`: the carrier stands in until middleware needs the real thing.
    Request: RequestCarrier as unknown as typeof Request,
    fetch: createResilientFetch({
      fetch: options.fetch,
      retry: options.retry,
      timeoutMs: options.timeoutMs,
      clock: options.clock,
      retrySafeOperations,
      basePath: new URL(baseUrl).pathname,
    }),
  };
  return withRealRequestsForMiddleware(createClient<Paths>(clientOptions));
}

const callMethods = ['request', 'GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * Middleware is written against real Requests (it may clone one, or return
 * `new Request(request, …)`), so once any is registered with `use()`, or passed
 * to a single call, that call is built with the platform's Request.
 */
function withRealRequestsForMiddleware<Paths extends {}>(client: Client<Paths>): Client<Paths> {
  let middlewareRegistered = false;
  const use = client.use.bind(client);
  client.use = (...middleware) => {
    middlewareRegistered = true;
    use(...middleware);
  };
  const methods = client as unknown as Record<(typeof callMethods)[number], (...args: unknown[]) => unknown>;
  for (const name of callMethods) {
    const call = methods[name];
    // `request(method, url, init)` takes its init third; the others second.
    const initAt = name === 'request' ? 2 : 1;
    methods[name] = (...args: unknown[]) => {
      const init = args[initAt] as { middleware?: unknown[]; Request?: unknown } | undefined;
      if ((middlewareRegistered || (init?.middleware?.length ?? 0) > 0) && init?.Request === undefined) {
        args[initAt] = { ...init, Request: globalThis.Request };
      }
      return call(...args);
    };
  }
  return client;
}

/** Rejects a missing or blank credential at construction, not at the first 401. */
export function requireCredential(name: string, value: string | undefined): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${name} is required: expected a non-empty string, received ${value === '' ? 'an empty string' : typeof value}`);
  }
  return value;
}
