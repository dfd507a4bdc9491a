import type { Operation } from '../contract/spec.ts';
import type { Exchange, IdentityName, ReceivedResponse, SentRequest } from './types.ts';

export interface RequestParts {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Send exactly these headers: no identity is merged in (for credential probes). */
  rawHeaders?: Record<string, string>;
  body?: unknown;
  /** Send this text as the body verbatim (e.g. malformed JSON); wins over `body`. */
  rawBody?: string;
  contentType?: string;
}

export const requestTimeoutMs = 10_000;

/** The URL of an operation: base URL + templated path with values filled in + query. */
export function buildUrl(baseUrl: string, template: string, path: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
  const filled = template.replace(/\{([^}]+)\}/g, (_whole, name: string) => encodeURIComponent(path[name] ?? `missing-${name}`));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
  }
  const queryText = search.toString();
  return `${baseUrl.replace(/\/+$/, '')}${filled}${queryText ? `?${queryText}` : ''}`;
}

/** Sends one request with a timeout and never throws: a transport failure lands in `error`. */
export async function send(operation: Operation, identity: IdentityName, baseUrl: string, parts: RequestParts, method = operation.method.toUpperCase()): Promise<Exchange> {
  const headers: Record<string, string> = { accept: 'application/json, text/event-stream;q=0.5, */*;q=0.1', ...parts.headers };
  let body: string | undefined;
  if (parts.rawBody !== undefined) body = parts.rawBody;
  else if (parts.body !== undefined) body = JSON.stringify(parts.body);
  if (body !== undefined) headers['content-type'] = parts.contentType ?? 'application/json';
  const request: SentRequest = { method, url: buildUrl(baseUrl, operation.path, parts.path, parts.query), headers, ...(parts.body !== undefined || parts.rawBody !== undefined ? { body: parts.rawBody ?? parts.body } : {}) };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), requestTimeoutMs);
  try {
    const response = await fetch(request.url, { method, headers, ...(body !== undefined ? { body } : {}), signal: controller.signal });
    return { operation, identity, request, response: await readResponse(response) };
  } catch (error) {
    const reason = controller.signal.aborted ? `no answer within ${requestTimeoutMs} ms` : describeNetworkError(error);
    return { operation, identity, request, error: reason };
  } finally {
    clearTimeout(timer);
  }
}

async function readResponse(response: Response): Promise<ReceivedResponse> {
  const contentType = response.headers.get('content-type');
  let text: string;
  if (contentType?.includes('text/event-stream')) {
    // A stream may never end: read what arrives in the first moments, then let go.
    text = await readSome(response, 1500);
  } else {
    text = await response.text();
  }
  let json: unknown;
  if (contentType && /[/+]json/.test(contentType) && text.length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, headers: response.headers, contentType, text, json };
}

/** Once a whole event has arrived, this much silence ends the read: a live stream that went quiet has shown what it sends. */
const quietAfterAnEventMs = 150;

async function readSome(response: Response, windowMs: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + windowMs;
  try {
    while (Date.now() < deadline && text.length < 64 * 1024) {
      const wait = /\r?\n\r?\n/.test(text) ? Math.min(quietAfterAnEventMs, deadline - Date.now()) : deadline - Date.now();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const next = await Promise.race([reader.read(), new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), Math.max(1, wait))))]);
      clearTimeout(timer);
      if (next === null || next.done) break;
      text += decoder.decode(next.value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text;
}

export function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code) return `${cause.code}${cause.message ? `: ${cause.message}` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

/** A one-line summary of a request for reports: method, URL, and a short body. */
export function describeRequest(request: SentRequest): string {
  const body = request.body === undefined ? '' : ` ${typeof request.body === 'string' ? request.body : JSON.stringify(request.body)}`;
  return `${request.method} ${request.url}${body.length > 200 ? `${body.slice(0, 197)}...` : body}`;
}
