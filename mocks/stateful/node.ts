import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { loopback } from '../lib/net.ts';
import { decodeUtf8, fromWebResponse, type MockRequest, type MockResponse } from './message.ts';
import { maxBodyBytes } from './request.ts';
import type { ConnectOutcome } from './sockets.ts';

export interface NodeServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Respond = (request: MockRequest) => Promise<MockResponse>;
type Handle = (request: Request) => Promise<Response>;
type Connect = (request: MockRequest) => Promise<ConnectOutcome>;

/**
 * Serves with node:http on 127.0.0.1. Given a mock (anything with `respond`),
 * plain objects are used end to end; given a web `(Request) => Response`
 * handler, a web Request is built for every call (slower, but any handler works).
 */
export async function serveOnNode(target: { respond: Respond; connect?: Connect } | Handle, port: number): Promise<NodeServer> {
  const server: Server = createServer((incoming, outgoing) => {
    void bridge(target, incoming, outgoing);
  });
  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (incoming: IncomingMessage, socket: Socket, head: Buffer) => {
    if (typeof target === 'function' || !target.connect) {
      refuseUpgrade(socket, { status: 426, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'This server serves no WebSockets' }) });
      return;
    }
    void upgrade(target.connect, sockets, incoming, socket, head);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, loopback, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    url: `http://${loopback}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        // Upgraded sockets are no longer the HTTP server's connections: close them too, or close() waits for them.
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Reads the body, but no more than one byte past the mock's limit: the core
 * then answers 413, and the connection is closed instead of draining the rest.
 */
function readBounded(incoming: IncomingMessage): Promise<{ text: string; valid: boolean; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (truncated: boolean) => {
      if (settled) return;
      settled = true;
      resolve({ ...decodeUtf8(Buffer.concat(chunks)), truncated });
    };
    incoming.on('data', (chunk: Buffer) => {
      if (settled) return;
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > maxBodyBytes) {
        incoming.pause();
        finish(true);
      }
    });
    incoming.on('end', () => finish(false));
    incoming.on('error', reject);
  });
}

function headerOf(incoming: IncomingMessage): (name: string) => string | null {
  return (name) => {
    const value = incoming.headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  };
}

function toWebRequest(incoming: IncomingMessage, body: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(`http://${incoming.headers.host ?? loopback}${incoming.url ?? '/'}`, { method, headers, body: hasBody ? body : null });
}

async function bridge(target: { respond: Respond } | Handle, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  try {
    const method = incoming.method ?? 'GET';
    const body = method === 'GET' || method === 'HEAD' ? { text: '', valid: true, truncated: false } : await readBounded(incoming);
    if (body.truncated) outgoing.setHeader('connection', 'close');
    const response =
      typeof target === 'function'
        ? fromWebResponse(await target(toWebRequest(incoming, body.truncated ? 'x'.repeat(maxBodyBytes + 1) : body.text)))
        : await target.respond({ method, url: incoming.url ?? '/', header: headerOf(incoming), body: body.text, bodyTooLarge: body.truncated, bodyNotUtf8: !body.valid });
    outgoing.writeHead(response.status, response.headers);
    if (!response.stream) {
      outgoing.end(response.body ?? undefined);
      return;
    }
    const reader = response.stream.getReader();
    outgoing.on('close', () => void reader.cancel().catch(() => undefined));
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!outgoing.write(value)) await new Promise((resolve) => outgoing.once('drain', resolve));
    }
    outgoing.end();
  } catch (error) {
    if (!outgoing.headersSent) {
      outgoing.writeHead(500, { 'content-type': 'application/json' });
      outgoing.end(JSON.stringify({ message: 'Internal mock error' }));
    } else {
      outgoing.destroy(error as Error);
    }
  }
}

/**
 * A WebSocket handshake: the mock decides (route, credentials, tenant, the
 * workflow's existence) before anything is upgraded, so a refusal is an
 * ordinary HTTP response with the API's error body.
 */
async function upgrade(connect: Connect, sockets: WebSocketServer, incoming: IncomingMessage, socket: Socket, head: Buffer): Promise<void> {
  socket.on('error', () => socket.destroy());
  const outcome = await connect({ method: incoming.method ?? 'GET', url: incoming.url ?? '/', header: headerOf(incoming), body: '', bodyTooLarge: false });
  if (!outcome.accepted) {
    refuseUpgrade(socket, outcome.response);
    return;
  }
  sockets.handleUpgrade(incoming, socket, head, (client) => {
    const stop = outcome.open({
      send: (text) => {
        if (client.readyState === client.OPEN) client.send(text);
      },
      close: (code, reason) => client.close(code, reason),
    });
    client.on('close', stop);
    // The stream is server to client only (the contract: the client sends nothing); whatever arrives is ignored.
    client.on('error', () => client.terminate());
  });
}

function refuseUpgrade(socket: Socket, response: MockResponse): void {
  if (!socket.writable) return;
  const body = response.body ?? '';
  const headers = { ...response.headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  const lines = [`HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}
