import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loopback } from '../lib/ports.ts';
import { maxBodyBytes } from './request.ts';

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

/**
 * Reads the body, but no more than one byte past the mock's limit: the core
 * then answers 413, and the connection is closed instead of draining the rest.
 */
function readBounded(incoming: IncomingMessage): Promise<{ bytes: Uint8Array<ArrayBuffer>; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (truncated: boolean) => resolve({ bytes: new Uint8Array(Buffer.concat(chunks)) as Uint8Array<ArrayBuffer>, truncated });
    incoming.on('data', (chunk: Buffer) => {
      if (size > maxBodyBytes) return;
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

async function bridge(handle: (request: Request) => Promise<Response>, incoming: IncomingMessage, outgoing: ServerResponse, port: number): Promise<void> {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (value !== undefined) headers.set(name, value);
    }
    const method = incoming.method ?? 'GET';
    const body = await readBounded(incoming);
    if (body.truncated) outgoing.setHeader('connection', 'close');
    const abort = new AbortController();
    outgoing.on('close', () => abort.abort());
    const request = new Request(`http://${loopback}:${port}${incoming.url ?? '/'}`, {
      method,
      headers,
      body: method === 'GET' || method === 'HEAD' || body.bytes.byteLength === 0 ? null : body.bytes,
      signal: abort.signal,
    });
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
