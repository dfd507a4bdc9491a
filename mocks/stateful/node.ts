import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { loopback } from '../lib/ports.ts';

export interface NodeServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves a web-standard handler with node:http on 127.0.0.1. */
export async function serveOnNode(handle: (request: Request) => Promise<Response>, port: number): Promise<NodeServer> {
  const server: Server = createServer((incoming, outgoing) => {
    void bridge(handle, incoming, outgoing, port);
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
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function bridge(handle: (request: Request) => Promise<Response>, incoming: IncomingMessage, outgoing: ServerResponse, port: number): Promise<void> {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (value !== undefined) headers.set(name, value);
    }
    const method = incoming.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const abort = new AbortController();
    outgoing.on('close', () => abort.abort());
    const request = new Request(`http://${loopback}:${port}${incoming.url ?? '/'}`, {
      method,
      headers,
      body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : null,
      signal: abort.signal,
      // Node's fetch Request needs this to accept a streamed body.
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit);
    const response = await handle(request);
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) {
      outgoing.end();
      return;
    }
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (!outgoing.write(chunk)) await new Promise((resolve) => outgoing.once('drain', resolve));
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
