import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DocsServer {
  /** e.g. http://127.0.0.1:4300/ */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  dir: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
}

/** The file a request path names inside `root`, or undefined for anything outside it or not a file. */
export function resolveRequestPath(root: string, requestUrl: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://docs.invalid').pathname);
  } catch {
    return undefined; // a malformed %-escape
  }
  if (pathname.includes('\0')) return undefined;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(join(root, pathname));
  // The URL parser already folds "..", but an encoded "%2e%2e%2f" only appears after decoding.
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** Serves a built portal folder, read-only, on 127.0.0.1 (nothing else on the network can reach it). */
export function serveDocs(options: ServeOptions): Promise<DocsServer> {
  const root = resolve(options.dir);
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      return send(response, 405, 'method not allowed\n');
    }
    const file = resolveRequestPath(root, request.url ?? '/');
    if (!file) return send(response, 404, 'not found\n');
    response.writeHead(200, {
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${options.port} on ${host} is already in use; pick another with --port`) : error);
    });
    server.listen(options.port, host, () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({
        url: `http://${host}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // A browser keeps connections open; they must not hold the process up.
            server.closeAllConnections();
          }),
      });
    });
  });
}
