import { afterAll, beforeAll } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { loadSpec } from '../../contract/spec.ts';
import { ContractValidator } from '../../contract/validator.ts';
import { createMock } from '../../mocks/registry.ts';
import { Session, type Identities } from '../../conformance/session.ts';
import type { Level } from '../../conformance/types.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { type MockDefinition, StatefulMock } from '../../mocks/stateful/app.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';

type Handle = (request: Request) => Promise<Response>;

/** One real server whose behaviour a test swaps: the correct mock, or a deliberately broken one. */
export async function startSwitchableServer(): Promise<NodeServer & { use(handle: Handle): void }> {
  let current: Handle = async () => new Response('no handler', { status: 500 });
  const server = await serveOnNode((request: Request) => current(request), await freePort());
  return { ...server, use: (handle) => (current = handle) };
}

/**
 * A switchable server for one describe block, started before its tests and
 * closed after them. `fresh(api)` serves a new mock of the API and makes it
 * `mock`, which a broken server then wraps.
 */
export function switchableMockServer(): { readonly url: string; readonly mock: Handle; use(handle: Handle): void; fresh(api: string): void } {
  let server: Awaited<ReturnType<typeof startSwitchableServer>> | undefined;
  let mock: Handle = async () => new Response('no mock yet', { status: 500 });
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server?.close());
  return {
    get url() {
      return server!.url;
    },
    get mock() {
      return mock;
    },
    use: (handle) => server!.use(handle),
    fresh(api) {
      mock = createMock(api).handle;
      server!.use(mock);
    },
  };
}

/** The API's stateful mock with some handlers replaced by wrong ones. */
export function brokenMock(api: string, handlers: Record<string, (context: any) => unknown>): StatefulMock {
  const definition = findApi(api).mock;
  return new StatefulMock({ ...definition, handlers: { ...definition.handlers, ...(handlers as MockDefinition<any, any>['handlers']) } });
}

/** Wraps a handler so that a test can rewrite what it answers. */
export function rewriting(inner: Handle, rewrite: (request: Request, response: Response) => Response | Promise<Response>): Handle {
  return async (request) => rewrite(request.clone(), await inner(request));
}

export function newSession(api: string, baseUrl: string, identities: Identities, level: Level = 'full'): Session {
  const document = loadSpec(api);
  return new Session({ api, document, validator: new ContractValidator(document) }, baseUrl, identities, level);
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers } });
}

/** The same request with another URL or JSON body. */
export async function resent(request: Request, changes: { url?: string; body?: unknown }): Promise<Request> {
  const text = changes.body !== undefined ? JSON.stringify(changes.body) : await request.clone().text();
  return new Request(changes.url ?? request.url, { method: request.method, headers: request.headers, ...(text ? { body: text } : {}) });
}
