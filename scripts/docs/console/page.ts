/**
 * Runs in the console page (bundled by scripts/docs/console-assets.ts): starts the
 * stateful mock in the page behind MSW's service worker, then Scalar's reference,
 * whose "Send" requests go to the mock's same-origin base URL and are answered here.
 * Nothing leaves the machine: the page's CSP allows no other origin.
 */
import { type BrowserApi, setupMockWorker } from '../../../mocks/browser.ts';

export interface ConsoleConfig {
  api: BrowserApi;
  title: string;
  /** The spec Scalar renders, relative to the page. */
  spec: string;
  /** Where the in-page mock answers, relative to the page. */
  mountPath: string;
  /** Scalar's `authentication` option: the mock's demo identity, prefilled. */
  authentication: Record<string, unknown>;
}

declare const Scalar: { createApiReference(selector: string, configuration: Record<string, unknown>): unknown };

function readConfig(): ConsoleConfig {
  return JSON.parse(document.getElementById('console-config')!.textContent!) as ConsoleConfig;
}

function say(text: string, state: 'ready' | 'failed'): void {
  const status = document.getElementById('console-status')!;
  status.textContent = text;
  status.dataset.state = state;
}

async function startMock(config: ConsoleConfig, mountUrl: string): Promise<void> {
  const worker = await setupMockWorker({
    apis: [config.api],
    baseUrls: { [config.api]: mountUrl },
    fixture: 'demo',
    storage: localStorage,
    workerUrl: new URL('mockServiceWorker.js', location.href).pathname,
  });
  const reset = document.getElementById('console-reset') as HTMLButtonElement;
  reset.hidden = false;
  reset.addEventListener('click', () => {
    worker.find(config.api).reset();
    say('Mock reset to the demo data.', 'ready');
  });
  say('Mock running in this page: requests sent below are answered here, and its state is kept in this browser.', 'ready');
}

async function start(): Promise<void> {
  const config = readConfig();
  const mountUrl = new URL(config.mountPath, location.href).href;
  try {
    await startMock(config, mountUrl);
  } catch (error) {
    // Without a service worker (an http page off localhost, a private window that forbids it) the reference still reads.
    say(`The in-browser mock could not start, so "Send" gets no answer: ${(error as Error).message}`, 'failed');
  }
  Scalar.createApiReference('#console', {
    url: config.spec,
    servers: [{ url: mountUrl, description: 'The stateful mock, running in this page' }],
    authentication: config.authentication,
    // Offline: no web fonts, no proxy, no telemetry, none of the hosted tools (AI agent, MCP, SDK generation).
    withDefaultFonts: false,
    proxyUrl: '',
    telemetry: false,
    showDeveloperTools: 'never',
    agent: { disabled: true },
    mcp: { disabled: true },
    hideClientButton: true,
    showOperationId: true,
    persistAuth: false,
    metaData: { title: config.title },
  });
}

void start();
