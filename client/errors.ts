/**
 * Errors for callers who prefer exceptions. Every client call returns
 * `{ data, error, response }` (openapi-fetch's contract, with `error` typed as
 * the API's own error body); `unwrap()` turns that into the data or a thrown
 * ApiError, so both styles share one client.
 */

/** A non-2xx answer: the status, the API's parsed error body and the request id, when the API sent one. */
export class ApiError<Body = unknown> extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  /** The API's error body, parsed as JSON (the raw text when it was not JSON). */
  readonly body: Body;
  /** `x-request-id` from the response headers, else a `request_id` / `requestId` field of the body. */
  readonly requestId: string | undefined;
  readonly url: string;

  constructor(response: Response, body: Body) {
    const requestId = requestIdOf(response, body);
    const detail = describeBody(body);
    super(
      `${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${response.url || 'the API'}` +
        `${detail ? `: ${detail}` : ''}${requestId ? ` (request id ${requestId})` : ''}`,
    );
    this.status = response.status;
    this.body = body;
    this.requestId = requestId;
    this.url = response.url;
  }
}

/** Why a request was given up on time: one attempt took too long, or the overall deadline passed. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(
    readonly kind: 'attempt' | 'deadline',
    readonly ms: number,
    url: string,
  ) {
    super(kind === 'attempt' ? `no response from ${url} within ${ms} ms` : `gave up on ${url}: the ${ms} ms deadline passed`);
  }
}

type Result = { data?: unknown; error?: unknown; response: Response };
/** The success data of a call; `undefined` for operations that answer without a body (204). */
export type DataOf<R extends Result> = [Exclude<R['data'], undefined>] extends [never] ? undefined : Exclude<R['data'], undefined>;
/** The API's error body type of a call, for `ApiError<ErrorOf<…>>`. */
export type ErrorOf<R extends Result> = Exclude<R['error'], undefined>;

/**
 * The data of a successful call, or a thrown ApiError carrying the status, the
 * parsed error body and the request id. Accepts the call's promise or its result:
 * `const review = await unwrap(runflow.GET('/…/reviews/{reviewId}', …))`.
 */
export async function unwrap<R extends Result>(call: R | Promise<R>): Promise<DataOf<R>> {
  const result = await call;
  if (!result.response.ok) throw new ApiError<ErrorOf<R>>(result.response, result.error as ErrorOf<R>);
  return result.data as DataOf<R>;
}

function requestIdOf(response: Response, body: unknown): string | undefined {
  const header = response.headers.get('x-request-id');
  if (header) return header;
  if (body && typeof body === 'object') {
    const fields = body as Record<string, unknown>;
    for (const key of ['request_id', 'requestId']) {
      if (typeof fields[key] === 'string' && fields[key]) return fields[key];
    }
  }
  return undefined;
}

/** The body's human message, whatever the API calls it, on one line. */
function describeBody(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 200).replace(/\s+/g, ' ').trim();
  if (!body || typeof body !== 'object') return '';
  const fields = body as Record<string, unknown>;
  const message = fields.message ?? fields.error;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : '';
}
