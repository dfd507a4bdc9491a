/**
 * npm start [-- --api <id>] [--port <n>] [--deterministic] [--fixture <name>]
 * Starts the stateful mock of every API on its design port (or one API on
 * --port / PORT), prints the URLs and example credentials, and stops on Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { type ApiDescriptor, selectApis } from '../apis/index.ts';
import { type NodeServer, serveOnNode } from './stateful/node.ts';
import { createMock } from './registry.ts';

/** The demo credentials as headers, and which others the mock accepts. */
function credentialsLine(api: ApiDescriptor): string {
  const headers = Object.entries(api.identities.demo).map(([name, value]) => `${name}: ${value}`);
  return `${headers.join(', ')}   (${api.identities.rule})`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      api: { type: 'string' },
      port: { type: 'string' },
      deterministic: { type: 'boolean', default: false },
      fixture: { type: 'string' },
    },
  });
  const chosen = selectApis(values.api);
  const portOverride = values.port ?? process.env.PORT;
  if (portOverride && chosen.length > 1) throw new Error('--port needs --api: one port cannot serve four APIs');
  if (portOverride && !/^\d+$/.test(portOverride)) throw new Error(`--port: expected a number, received "${portOverride}"`);

  const started = Date.now();
  const servers: NodeServer[] = [];
  for (const api of chosen) {
    const mock = createMock(api.id, { deterministic: values.deterministic });
    if (values.fixture) mock.loadFixture(values.fixture);
    const server = await serveOnNode(mock, portOverride ? Number(portOverride) : api.ports.stateful);
    servers.push(server);
    console.log(`${api.id.padEnd(13)} ${server.url}   ${credentialsLine(api)}`);
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
