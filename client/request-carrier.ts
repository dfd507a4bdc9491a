/**
 * Why this exists: openapi-fetch builds a full Request for every call, and fetch
 * then builds a second one from it. Each copies the headers and allocates an
 * AbortSignal, which on a fast local call is a measurable share of the time
 * (bench/client-overhead.ts). While no middleware needs a real Request, the
 * clients give openapi-fetch this plain carrier instead, and the fetch layer
 * sends its parts with a single fetch call.
 */
export class RequestCarrier {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  /** The caller's signal; undefined when the call was given none. */
  readonly signal: AbortSignal | undefined;
  /** Everything else the call asked for (credentials, cache, redirect …), passed to fetch as is. */
  readonly init: RequestInit;

  constructor(url: string | URL, init: RequestInit = {}) {
    this.url = String(url);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? undefined;
    this.init = init;
  }

  /** A body read once (a stream) cannot be sent twice, so such a request is never retried. */
  get replayable(): boolean {
    return !(typeof ReadableStream !== 'undefined' && this.body instanceof ReadableStream);
  }

  clone(): RequestCarrier {
    return new RequestCarrier(this.url, { ...this.init, headers: new Headers(this.headers) });
  }

  /** The fetch init that sends this request, under `signal` when given. */
  fetchInit(signal: AbortSignal | undefined): RequestInit {
    const init: RequestInit = { ...this.init, method: this.method, headers: this.headers, body: this.body };
    if (signal) init.signal = signal;
    // fetch sends a stream body only when told that it goes out while the response comes in.
    if (!this.replayable) (init as RequestInit & { duplex?: 'half' }).duplex = 'half';
    return init;
  }

  /** A real Request, for a custom fetch (MSW, a proxy) that expects one. */
  toRequest(signal?: AbortSignal): Request {
    return new Request(this.url, this.fetchInit(signal ?? this.signal));
  }
}

/** What the clients' fetch receives: a real Request when middleware is in use, the carrier otherwise. */
export type OutgoingRequest = Request | RequestCarrier;
