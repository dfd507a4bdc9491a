/**
 * npm run mock:prism [-- --api <id>] [--port <n>]
 * Serves the contracts' examples with Prism, one server per API on its design port
 * (or --port / PORT when a single API is chosen), and stops them all on Ctrl-C.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { selectApis } from '../../apis/index.ts';
import { type RunningPrism, startPrism } from './prism.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { api: { type: 'string' }, port: { type: 'string' } } });
  const chosen = selectApis(values.api);
  const portOverride = values.port ?? process.env.PORT;
  if (portOverride && chosen.length > 1) throw new Error('--port needs --api: one port cannot serve four APIs');

  const running: RunningPrism[] = [];
  const stopAll = async () => {
    await Promise.all(running.map((server) => server.stop()));
    process.exit(0);
  };
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);

  for (const { id: api, ports } of chosen) {
    if (!existsSync(new URL(`../../generated/${api}/openapi.yaml`, import.meta.url))) {
      console.log(`${api.padEnd(13)} skipped: generated/${api}/openapi.yaml does not exist yet`);
      continue;
    }
    const port = portOverride ? Number(portOverride) : ports.prism;
    const server = await startPrism({ api, port, verbosity: 'warn' });
    running.push(server);
    console.log(`${api.padEnd(13)} Prism mock  ${server.url}`);
  }
  console.log('Prism validates every request and enforces the contracts\' security. Ctrl-C stops.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
