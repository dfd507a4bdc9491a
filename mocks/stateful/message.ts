/**
 * The mock's own request and response: plain objects, so that the node:http
 * path does not pay for building web Request and Response objects on every
 * call. `StatefulMock.handle` adapts web Requests to these.
 */
export interface MockRequest {
  method: string;
  /** The path and query, e.g. `/v1/runs?page=2` (an absolute URL is accepted too). */
  url: string;
  /** A header by case-insensitive name, or null. */
  header(name: string): string | null;
  /** The body as text ('' when there is none). */
  body: string;
  /** True when the body was cut off past the size limit (the mock answers 413). */
  bodyTooLarge: boolean;
  /** True when the body's bytes are not valid UTF-8 (`body` then holds them decoded leniently). */
  bodyNotUtf8?: boolean;
}

/** Bytes as text, and whether they were valid UTF-8 (invalid sequences become U+FFFD either way). */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), valid: true };
  } catch {
    return { text: new TextDecoder().decode(bytes), valid: false };
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  /** A complete body, or null; `stream` carries streamed bodies (SSE) instead. */
  body: string | null;
  stream?: ReadableStream<Uint8Array>;
}

/** Reads header values the way handlers need them, whatever the request came from. */
export interface HeaderReader {
  get(name: string): string | null;
}

export function splitUrl(url: string): { pathname: string; search: URLSearchParams } {
  let rest = url;
  if (!rest.startsWith('/')) {
    const parsed = new URL(rest);
    rest = parsed.pathname + parsed.search;
  }
  const question = rest.indexOf('?');
  return question === -1
    ? { pathname: rest, search: new URLSearchParams() }
    : { pathname: rest.slice(0, question), search: new URLSearchParams(rest.slice(question + 1)) };
}

export function jsonMockResponse(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  if (body === undefined || status === 204) return { status, headers, body: null };
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** A handler may answer with a web Response (a stream, say): carry it over without buffering. */
export function fromWebResponse(response: Response): MockResponse {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return response.body ? { status: response.status, headers, body: null, stream: response.body } : { status: response.status, headers, body: null };
}

export function toWebResponse(response: MockResponse): Response {
  return new Response(response.stream ?? response.body, { status: response.status, headers: response.headers });
}
