import createClient, { type Client, type ClientOptions } from 'openapi-fetch';

/** Options every API client accepts, besides its credentials. */
export interface BaseClientOptions {
  /** Root URL of the API, without a trailing slash. Defaults to the contract's first server. */
  baseUrl?: string;
  /** A fetch implementation (defaults to `globalThis.fetch`): for tests, proxies or instrumentation. */
  fetch?: (request: Request) => Promise<Response>;
  /** Extra headers sent with every request (e.g. a tracing header). Credentials are set by the client. */
  headers?: Record<string, string>;
}

/**
 * Builds an openapi-fetch client typed by `Paths`, with the caller's credential
 * headers on every request. Kept browser-safe: nothing here imports Node.
 */
export function createTypedClient<Paths extends {}>(
  defaultBaseUrl: string,
  options: BaseClientOptions,
  credentialHeaders: Record<string, string>,
): Client<Paths> {
  const clientOptions: ClientOptions = {
    baseUrl: (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, ''),
    headers: { ...options.headers, ...credentialHeaders },
  };
  if (options.fetch) clientOptions.fetch = options.fetch;
  return createClient<Paths>(clientOptions);
}

/** Rejects a missing or blank credential at construction, not at the first 401. */
export function requireCredential(name: string, value: string | undefined): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new TypeError(`${name} is required: expected a non-empty string, received ${value === '' ? 'an empty string' : typeof value}`);
  }
  return value;
}
