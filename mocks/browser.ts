import { setupWorker, type SetupWorker } from 'msw/browser';
import { type BrowserMock, type BrowserMockOptions, type BrowserMocks, createBrowserMocks } from './browser-mocks.ts';

export { type BrowserApi, type BrowserMock, type BrowserMockOptions, type BrowserMocks, browserApis, createBrowserMocks, defaultBaseUrl } from './browser-mocks.ts';

export interface MockWorkerOptions extends BrowserMockOptions {
  /**
   * Where the page serves MSW's worker script (default `/mockServiceWorker.js`;
   * `npx msw init <public folder>` copies it there). It must come from the page's
   * own origin, over https or from localhost / 127.0.0.1.
   */
  workerUrl?: string;
  /** Log each request the worker answers in the console (MSW's own log; default: quiet). */
  logRequests?: boolean;
}

export interface MockWorker extends BrowserMocks {
  worker: SetupWorker;
  /** The mock of one API, to reset or inspect. */
  find(api: BrowserMock['api']): BrowserMock;
  /** Stops answering; requests go to the network again. */
  stop(): void;
}

/**
 * Starts MSW's service worker with the stateful mocks: every request the page
 * sends to a mocked base URL (fetch, openapi-fetch clients, an API console) is
 * answered in the page, by the same mock `npm start` serves. Other requests pass.
 */
export async function setupMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const mocks = createBrowserMocks(options);
  const worker = setupWorker(...mocks.handlers);
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    quiet: !options.logRequests,
    onUnhandledRequest: 'bypass',
  });
  return { ...mocks, worker, stop: () => worker.stop() };
}
