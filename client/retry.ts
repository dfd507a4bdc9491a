/**
 * The fetch every client sends through: retries of requests that are safe to
 * repeat, a timeout per attempt and an overall deadline. It wraps fetch rather
 * than being openapi-fetch middleware because a retry has to send the request
 * again, which middleware cannot do; openapi-fetch keeps its typing untouched.
 */
import { type Clock, systemClock } from './clock.ts';
import { TimeoutError } from './errors.ts';
import { type OutgoingRequest, RequestCarrier } from './request-carrier.ts';

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  maxAttempts?: number;
  /** The backoff before retry n is random in [0, min(maxDelayMs, baseDelayMs · 2^(n-1))). Default 200. */
  baseDelayMs?: number;
  /** Cap of one backoff (not of Retry-After, which is honoured as sent). Default 10 000. */
  maxDelayMs?: number;
  /** Overall budget from the first attempt, waits included; past it the last answer is returned. Default 60 000. */
  deadlineMs?: number;
  /**
   * Operations to treat as safe to repeat besides GET, HEAD, PUT, DELETE, OPTIONS and
   * those the contract marks `x-idempotent: true`, as `"POST /path/{param}"`.
   */
  retryOperations?: readonly string[];
}

export interface ResilientFetchOptions {
  /** Where requests finally go. Default: `globalThis.fetch`, looked up at each call (so MSW may start later). */
  fetch?: (request: Request) => Promise<Response>;
  /** `false` sends every request once. */
  retry?: RetryOptions | false;
  /** Time allowed for each attempt's response headers (a stream's body may last longer). Default 30 000; Infinity for none. */
  timeoutMs?: number;
  clock?: Clock;
  /** The contract's `x-idempotent` operations, as `"METHOD /path/{param}"`. */
  retrySafeOperations?: readonly string[];
  /** The base URL's path (e.g. `/v1`), which the contract's paths are relative to. */
  basePath?: string;
}

const idempotentMethods = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export function createResilientFetch(options: ResilientFetchOptions = {}): (request: OutgoingRequest) => Promise<Response> {
  // With the global fetch, the attempt's signal goes in fetch's init: fetch builds
  // its own Request anyway, and a second one per request is most of this layer's cost.
  const send: (request: OutgoingRequest, signal?: AbortSignal) => Promise<Response> = options.fetch
    ? (request, signal) => options.fetch!(toRequest(request, signal))
    : (request, signal) =>
        request instanceof RequestCarrier
          ? globalThis.fetch(request.url, request.fetchInit(signal ?? request.signal))
          : globalThis.fetch(request, signal ? { signal } : undefined);
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const retry = options.retry === false ? undefined : options.retry ?? {};
  const maxAttempts = retry ? Math.max(1, retry.maxAttempts ?? 3) : 1;
  const baseDelayMs = retry?.baseDelayMs ?? 200;
  const maxDelayMs = retry?.maxDelayMs ?? 10_000;
  const deadlineMs = retry?.deadlineMs ?? 60_000;
  const isRetrySafe = retrySafeMatcher([...(options.retrySafeOperations ?? []), ...(retry?.retryOperations ?? [])], options.basePath ?? '');

  async function attempt(request: OutgoingRequest, deadlineAt: number): Promise<Response> {
    const remaining = deadlineAt - clock.now();
    const limit = Math.min(timeoutMs, remaining);
    if (limit === Infinity) return send(request);
    // One controller per attempt, aborted by the timer or by the caller's signal.
    const attemptController = new AbortController();
    const callerSignal = request.signal;
    const callerAborted = () => attemptController.abort(callerSignal?.reason);
    if (callerSignal?.aborted) callerAborted();
    else callerSignal?.addEventListener('abort', callerAborted, { once: true });
    let timedOut = false;
    const cancelTimer = clock.setTimer(Math.max(0, limit), () => {
      timedOut = true;
      attemptController.abort(timeoutMs <= remaining ? new TimeoutError('attempt', timeoutMs, request.url) : new TimeoutError('deadline', deadlineMs, request.url));
    });
    try {
      return await send(request, attemptController.signal);
    } catch (error) {
      throw timedOut && !callerSignal?.aborted ? attemptController.signal.reason : error;
    } finally {
      // Only the wait for the headers is timed: a streamed body may outlive it,
      // and stays cancellable by the caller's signal, which remains linked.
      cancelTimer();
    }
  }

  return async function resilientFetch(request: OutgoingRequest): Promise<Response> {
    const replayable = !(request instanceof RequestCarrier) || request.replayable;
    const attempts = replayable && isRetrySafe(request) ? maxAttempts : 1;
    const deadlineAt = attempts > 1 ? clock.now() + deadlineMs : Infinity;
    for (let number = 1; ; number++) {
      const isLast = number >= attempts;
      // A body can be read once: keep the original for the last attempt.
      const toSend = !isLast && request.body ? request.clone() : request;
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await attempt(toSend, deadlineAt);
        if (isLast || !isRetryableStatus(response.status)) return response;
      } catch (error) {
        // The caller cancelled, or time is up: never retried.
        if (request.signal?.aborted) throw request.signal.reason ?? error;
        if (isLast || (error instanceof TimeoutError && error.kind === 'deadline')) throw error;
        failure = error;
      }
      const delay = retryAfterMs(response?.headers.get('retry-after'), clock.now()) ?? clock.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (number - 1));
      if (clock.now() + delay >= deadlineAt) {
        if (response) return response;
        throw failure;
      }
      // Free the connection of the answer we are not going to return.
      response?.body?.cancel().catch(() => {});
      await clock.sleep(delay, request.signal);
    }
  };
}

/** Network errors aside, only these answers are worth another try: rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** Retry-After as milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its day and month; Date.parse would read "-5" as a year.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A real Request for a custom fetch, under the attempt's signal when there is one. */
function toRequest(request: OutgoingRequest, signal: AbortSignal | undefined): Request {
  if (request instanceof RequestCarrier) return request.toRequest(signal);
  return signal ? new Request(request, { signal }) : request;
}

/** Whether a request may be sent again: an idempotent method, or an operation listed as safe. */
function retrySafeMatcher(operations: readonly string[], basePath: string): (request: OutgoingRequest) => boolean {
  const patterns = operations.map((operation) => {
    const [method = '', path = ''] = operation.trim().split(/\s+/, 2);
    const template = path.split(/\{[^}]+\}/).map(escapeRegExp).join('[^/]+');
    return { method: method.toUpperCase(), pattern: new RegExp(`^${escapeRegExp(basePath.replace(/\/+$/, ''))}${template}/?$`) };
  });
  return (request) => {
    if (idempotentMethods.has(request.method)) return true;
    if (patterns.length === 0) return false;
    const pathname = new URL(request.url).pathname;
    return patterns.some(({ method, pattern }) => method === request.method && pattern.test(pathname));
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
