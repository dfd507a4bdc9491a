import { ws, type WebSocketHandler } from 'msw';
import type { StatefulMock } from './app.ts';
import type { MockRequest } from './message.ts';

/**
 * A mock's WebSocket operations inside MSW (browser or test): MSW intercepts the
 * page's `new WebSocket(url)`, and the mock accepts or refuses it exactly as the
 * Node server does, then sends its frames. A browser sends no custom headers on
 * a WebSocket handshake, so what it cannot send is given here.
 */
export interface MockSocketLinkOptions {
  /**
   * Handshake headers added to every intercepted socket: the ones a browser cannot
   * send (`X-Tenant-Id`, `X-Project-Id`, or `Authorization` when the page has no
   * session cookie). A function is asked on every connection (the current project).
   */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** The path the mock routes on, from the intercepted URL (default: its path and query). */
  mockPath?(url: URL): string;
}

/** Refusals close the socket with 4000 + the HTTP status (4401, 4403, 4404…): a browser never sees a handshake's status. */
export const refusedCloseCodeBase = 4000;

/**
 * An MSW handler for `link` (a `ws://`/`wss://` URL or pattern, e.g.
 * `wss://api.example.com/v1/workflows/:id/stream`), for `setupWorker(...)` or `setupServer(...)`.
 */
export function mockSocketLink(mock: StatefulMock, link: string, options: MockSocketLinkOptions = {}): WebSocketHandler {
  // The handler to give MSW is what addEventListener returns, not the link itself.
  return ws.link(link).addEventListener('connection', ({ client }) => {
    void (async () => {
      const request = handshake(client.url, options);
      const outcome = await mock.connect(request);
      if (!outcome.accepted) {
        client.close(refusedCloseCodeBase + outcome.response.status, refusalReason(outcome.response.body));
        return;
      }
      const stop = outcome.open({ send: (text) => client.send(text), close: (code, reason) => client.close(code, reason) });
      client.addEventListener('close', stop);
    })();
  });
}

function handshake(url: URL, options: MockSocketLinkOptions): MockRequest {
  const extra = typeof options.headers === 'function' ? options.headers() : (options.headers ?? {});
  const headers = new Map<string, string>([
    ['host', url.host],
    ['upgrade', 'websocket'],
    ['connection', 'Upgrade'],
    // Any 16 bytes in base64: the intercepted socket has no real handshake, and the contract requires the header.
    ['sec-websocket-key', 'bW9jay1oYW5kc2hha2Uta2V5'],
    ['sec-websocket-version', '13'],
  ]);
  const cookie = (globalThis as { document?: { cookie?: string } }).document?.cookie;
  if (cookie) headers.set('cookie', cookie);
  for (const [name, value] of Object.entries(extra)) headers.set(name.toLowerCase(), value);
  return {
    method: 'GET',
    url: options.mockPath ? options.mockPath(url) : `${url.pathname}${url.search}`,
    header: (name) => headers.get(name.toLowerCase()) ?? null,
    body: '',
    bodyTooLarge: false,
  };
}

/** The error body's message as the close reason (which the protocol limits to 123 bytes). */
function refusalReason(body: string | null): string {
  let message = '';
  try {
    message = String((JSON.parse(body ?? '{}') as { message?: unknown }).message ?? '');
  } catch {
    message = '';
  }
  const bytes = new TextEncoder().encode(message);
  return bytes.length <= 123 ? message : new TextDecoder().decode(bytes.slice(0, 120)).replace(/\uFFFD$/, '') + '...';
}
