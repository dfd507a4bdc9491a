/**
 * A typed WebSocket that runs in browsers (their global WebSocket) and in
 * Node (the `ws` package: Node 20 has no global WebSocket without a flag).
 * Incoming frames are parsed (JSON by default) and read with `for await`.
 */

/** What the browser's WebSocket and the `ws` package's have in common, and all this needs. */
export interface WebSocketLike {
  binaryType: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
}

/**
 * A WebSocket class. The third argument reaches `ws` (handshake headers); a
 * browser's constructor ignores it, and browsers send no custom headers on a
 * WebSocket handshake: there, authentication is the session cookie.
 */
// Called as `new WebSocket(url, protocols, { headers })`; typed loosely because the
// `ws` package declares its constructor as overloads no single signature matches.
export type WebSocketConstructor = new (...args: any[]) => WebSocketLike;

export interface TypedWebSocketOptions<Incoming> {
  /** A `ws://` or `wss://` URL (an `http(s)://` one is converted). */
  url: string;
  /** Default: `globalThis.WebSocket` (browsers, Node ≥ 22). In Node 20 pass `WebSocket` from the `ws` package. */
  WebSocket?: WebSocketConstructor;
  /** Handshake headers, for `ws` in Node (credentials, tenant). Ignored by browsers. */
  headers?: Record<string, string>;
  protocols?: string | string[];
  /** Turns one text frame into a typed message. Default: JSON.parse. */
  parse?(text: string): Incoming;
  /** Aborting closes the socket and ends the iteration. */
  signal?: AbortSignal;
}

export interface TypedWebSocket<Incoming, Outgoing> extends AsyncIterable<Incoming> {
  /** Resolves once the socket is open; rejects when it could not connect. */
  readonly opened: Promise<void>;
  /** Sends one message as a JSON text frame. */
  send(message: Outgoing): void;
  /** Closes normally: the iteration ends after the messages already received. */
  close(code?: number, reason?: string): void;
}

/** The socket closed abnormally, or could not be opened. */
export class WebSocketClosedError extends Error {
  override readonly name = 'WebSocketClosedError';
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(message);
  }
}

export function toWebSocketUrl(url: string): string {
  return url.replace(/^http(s?):\/\//i, (_match, secure: string) => `ws${secure}://`);
}

export function openTypedWebSocket<Incoming, Outgoing = never>(options: TypedWebSocketOptions<Incoming>): TypedWebSocket<Incoming, Outgoing> {
  const Constructor = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!Constructor) {
    throw new TypeError('no WebSocket implementation: this runtime has no global WebSocket; pass one as `WebSocket` (in Node 20: the `ws` package)');
  }
  const url = toWebSocketUrl(options.url);
  const parse = options.parse ?? ((text: string) => JSON.parse(text) as Incoming);
  const socket = new Constructor(url, options.protocols, options.headers ? { headers: options.headers } : undefined);
  socket.binaryType = 'arraybuffer';

  const queue: Incoming[] = [];
  let ended: { error?: unknown } | undefined;
  let wake: (() => void) | undefined;
  let isOpen = false;
  const finish = (error?: unknown) => {
    ended ??= error === undefined ? {} : { error };
    wake?.();
  };
  const decoder = new TextDecoder();
  let resolveOpened!: () => void;
  let rejectOpened!: (error: unknown) => void;
  const opened = new Promise<void>((resolve, reject) => {
    resolveOpened = resolve;
    rejectOpened = reject;
  });
  opened.catch(() => {}); // the iteration reports the same failure; an unobserved rejection must not crash the process

  socket.addEventListener('open', () => {
    isOpen = true;
    resolveOpened();
  });
  socket.addEventListener('message', (event: { data: unknown }) => {
    if (ended) return;
    try {
      const text = typeof event.data === 'string' ? event.data : decoder.decode(event.data as ArrayBuffer);
      queue.push(parse(text));
      wake?.();
    } catch (error) {
      finish(new WebSocketClosedError(`a frame from ${url} could not be read: ${error instanceof Error ? error.message : String(error)}`));
      socket.close(1003, 'unreadable frame');
    }
  });
  socket.addEventListener('error', (event: { message?: string }) => {
    const error = new WebSocketClosedError(
      isOpen ? `the WebSocket ${url} failed${event.message ? `: ${event.message}` : ''}` : `could not open the WebSocket ${url}${event.message ? `: ${event.message}` : ''}`,
    );
    rejectOpened(error);
    finish(error);
  });
  socket.addEventListener('close', (event: { code: number; reason: string }) => {
    const normal = event.code === 1000 || event.code === 1005;
    const error = new WebSocketClosedError(`the WebSocket ${url} closed with code ${event.code}${event.reason ? ` (${event.reason})` : ''}`, event.code);
    rejectOpened(error);
    finish(normal ? undefined : error);
  });
  const abort = () => {
    finish(options.signal!.reason);
    socket.close(1000, 'aborted');
  };
  if (options.signal?.aborted) abort();
  else options.signal?.addEventListener('abort', abort, { once: true });

  return {
    opened,
    send(message) {
      socket.send(JSON.stringify(message));
    },
    close(code = 1000, reason) {
      socket.close(code, reason);
    },
    async *[Symbol.asyncIterator]() {
      try {
        for (;;) {
          if (queue.length > 0) {
            yield queue.shift()!;
            continue;
          }
          if (ended) {
            if (ended.error !== undefined) throw ended.error;
            return;
          }
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      } finally {
        // Leaving the loop early (break, throw) closes the socket.
        if (!ended) {
          finish();
          socket.close(1000);
        }
      }
    },
  };
}
