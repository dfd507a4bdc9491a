import { http, type HttpHandler } from 'msw';
import { agentRuntimeMock } from './agentruntime/index.ts';
import { intentRunsMock } from './intent-runs/index.ts';
import { runflowMock } from './runflow/index.ts';
import { runtypeMock } from './runtype/index.ts';
import { type MockDefinition, type MockState, StatefulMock } from './stateful/app.ts';

/**
 * The stateful mocks in a browser: no Node built-ins, contracts and fixtures
 * bundled as JSON modules. Each API is answered at a base URL (its contract's
 * server by default), so the typed clients reach it unchanged.
 */

// Imported one by one (not through apis/index.ts) so a bundle takes only the mocks, not the conformance suite.
const definitions = {
  runflow: runflowMock,
  agentruntime: agentRuntimeMock,
  runtype: runtypeMock,
  'intent-runs': intentRunsMock,
} as Record<string, MockDefinition<unknown, unknown>>;

export type BrowserApi = 'runflow' | 'agentruntime' | 'runtype' | 'intent-runs';
export const browserApis: readonly BrowserApi[] = ['runflow', 'agentruntime', 'runtype', 'intent-runs'];

export interface BrowserMockOptions {
  /** Which APIs to answer (default: all four). */
  apis?: readonly BrowserApi[];
  /**
   * Where each API is answered, e.g. `{ runflow: '/api/runflow' }` (resolved against
   * the page) for a dev server's own origin. Default: the contract's server URL
   * (`https://api.runflow.ai`, `https://api.runtype.com/v1`, …).
   */
  baseUrls?: Partial<Record<BrowserApi, string>>;
  /** Seeded ids and a stepping clock, as `npm start -- --deterministic`. */
  deterministic?: boolean;
  /** A fixture to start from (`demo`) when no saved state is found. */
  fixture?: string;
  /**
   * Keeps each API's state in this storage (`localStorage`, `sessionStorage`) and
   * resumes from it on the next page load; without it, state lasts as long as the page.
   */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Prefix of the storage keys (default `agent-contracts:mock:`), one key per API. */
  storageKeyPrefix?: string;
}

export interface BrowserMock {
  api: BrowserApi;
  /** The absolute URL the API is answered at. */
  baseUrl: string;
  mock: StatefulMock;
  /** Forgets everything, saved state included, and starts again from the fixture, if one was given. */
  reset(): void;
}

export interface BrowserMocks {
  mocks: BrowserMock[];
  /** MSW request handlers, for `setupWorker(...handlers)` (or `setupServer` in a test). */
  handlers: HttpHandler[];
  find(api: BrowserApi): BrowserMock;
}

export function defaultBaseUrl(api: BrowserApi): string {
  const url = definitions[api]!.document.servers?.[0]?.url;
  if (!url) throw new Error(`the ${api} contract declares no server; give its address in baseUrls`);
  return url;
}

/** The page's URL when there is a page (relative base URLs), else a placeholder origin. */
function pageUrl(): string {
  return typeof location === 'undefined' ? 'http://localhost/' : location.href;
}

const withoutTrailingSlash = (text: string) => text.replace(/\/+$/, '');

function checkApis(apis: readonly string[]): void {
  for (const api of apis) {
    if (!(api in definitions)) throw new Error(`apis: unknown API "${api}"; expected one of ${browserApis.join(', ')}`);
  }
}

/** Restores the saved state; a state that no longer fits (an older contract) is dropped with a warning. */
function resume(mock: StatefulMock, storage: BrowserMockOptions['storage'], key: string): boolean {
  const saved = storage?.getItem(key);
  if (!saved) return false;
  try {
    mock.restore(JSON.parse(saved) as MockState);
    return true;
  } catch (error) {
    console.warn(`[${mock.api} mock] dropping the saved state in storage key "${key}": ${(error as Error).message}`);
    storage!.removeItem(key);
    return false;
  }
}

function startFrom(mock: StatefulMock, fixture: string | undefined): void {
  if (fixture === undefined) mock.reset();
  else mock.loadFixture(fixture);
}

/**
 * A request to the mounted base URL, readdressed to the contract's own path, which
 * is what the mock routes on (`<base>/flows` becomes `/v1/flows` for runtype).
 */
async function readdress(request: Request, mount: URL, contractPath: string): Promise<Request> {
  const url = new URL(request.url);
  const rest = url.pathname.slice(withoutTrailingSlash(mount.pathname).length);
  // The state controls (/__mock/reset, /__mock/fixtures/<name>) sit at the root, whatever the base path.
  url.pathname = rest.startsWith('/__mock/') ? rest : contractPath + rest;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
  });
}

/** Creates the mocks and their MSW handlers; nothing is intercepted until the handlers are given to MSW. */
export function createBrowserMocks(options: BrowserMockOptions = {}): BrowserMocks {
  const apis = options.apis ?? browserApis;
  checkApis(apis);
  const prefix = options.storageKeyPrefix ?? 'agent-contracts:mock:';
  const mocks: BrowserMock[] = [];
  const handlers: HttpHandler[] = [];

  for (const api of apis) {
    const definition = definitions[api]!;
    const mock = new StatefulMock(definition, { deterministic: options.deterministic });
    const key = `${prefix}${api}`;
    const storage = options.storage;
    if (!resume(mock, storage, key)) startFrom(mock, options.fixture);
    if (storage) {
      // Serialised at once: the state holds the live store (app.ts).
      mock.onStateChange = (state) => storage.setItem(key, JSON.stringify(state));
    }

    const mount = new URL(withoutTrailingSlash(options.baseUrls?.[api] ?? defaultBaseUrl(api)), pageUrl());
    const contractPath = withoutTrailingSlash(new URL(defaultBaseUrlOrRoot(definition)).pathname);
    const baseUrl = withoutTrailingSlash(mount.href);
    handlers.push(
      http.all(`${baseUrl}/*`, async ({ request }) => mock.handle(await readdress(request, mount, contractPath))),
    );
    mocks.push({
      api,
      baseUrl,
      mock,
      reset() {
        storage?.removeItem(key);
        startFrom(mock, options.fixture);
        if (storage) storage.setItem(key, JSON.stringify(mock.snapshot()));
      },
    });
  }

  return {
    mocks,
    handlers,
    find(api) {
      const found = mocks.find((candidate) => candidate.api === api);
      if (!found) throw new Error(`the ${api} mock was not started; started: ${mocks.map((candidate) => candidate.api).join(', ')}`);
      return found;
    },
  };
}

function defaultBaseUrlOrRoot(definition: MockDefinition<unknown, unknown>): string {
  return definition.document.servers?.[0]?.url ?? 'http://localhost/';
}
