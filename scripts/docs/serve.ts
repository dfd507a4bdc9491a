/**
 * npm run docs:serve [-- --port <n>] [--dir <folder>]
 * Serves the built portal on http://127.0.0.1:4300/, building it first when
 * .artifacts/docs/index.html is missing. Ctrl-C stops it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../lib/apis.ts';
import { buildDocs, defaultDocsDir, printReport } from './build-site.ts';
import { serveDocs } from './server.ts';

// 4010-4013 and 4110-4113 are the mocks' ports (design.md); this stays clear of them.
const defaultPort = 4300;
const usage = 'usage: npm run docs:serve [-- --port <n>] [--dir <folder>]';

function parsePort(text: string | undefined): number {
  if (text === undefined) return defaultPort;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected a port number, received '${text}'\n${usage}`);
  return port;
}

async function main(): Promise<void> {
  let values: { port?: string; dir?: string };
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, dir: { type: 'string' } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`);
  }
  const port = parsePort(values.port);
  const dir = values.dir ? resolve(values.dir) : defaultDocsDir;

  if (!existsSync(join(dir, 'index.html'))) {
    console.log(`${join(dir, 'index.html')} is missing: building the portal first`);
    printReport(await buildDocs({ outDir: dir }));
  }

  const server = await serveDocs({ dir, port });
  console.log(`docs portal: ${server.url}  (Ctrl-C to stop)`);

  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(130); // a second Ctrl-C does not wait for the first
    stopping = true;
    console.log('\nstopping the docs server');
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof UsageError ? 2 : 1);
});
