/**
 * npm start [-- --api <id>] [--port <n>] [--deterministic] [--fixture <name>] [--state <dir>]
 * Starts the stateful mock of every API on its design port (or one API on
 * --port / PORT; --port 0 is a free port for each), prints the URLs and example
 * credentials, and stops on Ctrl-C. `npm start` and `agent-contracts mock` run
 * it bundled into one file, dist/command/mock.js (scripts/package/bundle-mock-command.js).
 * With --state, each API's state is kept in <dir>/<api>.json: resumed at start,
 * saved after every change before it is answered; --fixture then only seeds an
 * API that has no saved state yet.
 */
import { parseArgs } from 'node:util';
import { type ApiDescriptor, selectApis } from '../apis/index.ts';
import { type NodeServer, serveOnNode } from './stateful/node.ts';
import { persistMockState } from './stateful/persistence.ts';
import { createMock } from './registry.ts';

/** The demo credentials as headers, and which others the mock accepts. */
function credentialsLine(api: ApiDescriptor): string {
  const headers = Object.entries(api.identities.demo).map(([name, value]) => `${name}: ${value}`);
  return `${headers.join(', ')}   (${api.identities.rule})`;
}

/**
 * The port every chosen API listens on, or undefined for their design ports.
 * 0 asks the system for a free port (one each), so it is the only port that
 * serves several APIs.
 */
function portOf(requested: string | undefined, apiCount: number): number | undefined {
  if (requested === undefined || requested === '') return undefined;
  if (!/^\d+$/.test(requested) || Number(requested) > 65535) throw new Error(`--port: expected a number from 0 to 65535, received "${requested}"`);
  const port = Number(requested);
  if (port !== 0 && apiCount > 1) throw new Error('--port needs --api: one port cannot serve four APIs (or --port 0: a free port for each)');
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      api: { type: 'string' },
      port: { type: 'string' },
      deterministic: { type: 'boolean', default: false },
      fixture: { type: 'string' },
      state: { type: 'string' },
    },
  });
  const chosen = selectApis(values.api);
  const port = portOf(values.port ?? process.env.PORT, chosen.length);

  if (values.state !== undefined && values.state.trim() === '') throw new Error('--state: expected a folder, received an empty string');

  const started = Date.now();
  // Every saved state is read before anything listens: one bad file stops the start with nothing served or written.
  const prepared = [];
  for (const api of chosen) {
    const mock = createMock(api.id, { deterministic: values.deterministic });
    const persisted = values.state === undefined ? undefined : persistMockState(mock, values.state);
    if (values.fixture && !persisted?.restored) {
      mock.loadFixture(values.fixture);
      persisted?.save();
    }
    const origin = persisted === undefined ? '' : persisted.restored ? `   state resumed from ${persisted.file}` : `   state kept in ${persisted.file}`;
    prepared.push({ api, mock, origin });
  }
  const servers: NodeServer[] = [];
  for (const { api, mock, origin } of prepared) {
    const server = await serveOnNode(mock, port ?? api.ports.stateful);
    servers.push(server);
    console.log(`${api.id.padEnd(13)} ${server.url}   ${credentialsLine(api)}${origin}`);
  }
  console.log(`ready in ${Date.now() - started} ms. State controls: POST <url>/__mock/reset, POST <url>/__mock/fixtures/<name>. Ctrl-C stops.`);
  const stop = async () => {
    await Promise.all(servers.map((server) => server.close()));
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(/EADDRINUSE/.test(message) ? `${message}: is another mock already running? Use --port.` : message);
  process.exit(2);
});
