#!/usr/bin/env node
// The package's command: `agent-contracts conformance …` for backend teams and
// `agent-contracts mock …` for frontend teams. It runs the JavaScript that `npm pack`
// compiled into dist/, so nothing compiles TypeScript when a consumer runs it. The
// mock command is one bundled file (scripts/package/bundle-mock-command.js): loading
// it is most of the time from the command to four mocks accepting connections.
import module from 'node:module';

const commands = {
  conformance: '../dist/conformance/cli.js',
  mock: '../dist/command/mock.js',
};

const [command, ...rest] = process.argv.slice(2);
if (!Object.hasOwn(commands, command ?? '')) {
  console.error(
    [
      'usage: agent-contracts conformance --api <id> --base-url <url> --auth "Header: value" [options]',
      '       agent-contracts mock [--api <id>] [--port <n>] [--deterministic] [--fixture <name>] [--state <dir>]',
      command ? `unknown command "${command}"` : 'a command is required',
    ].join('\n'),
  );
  process.exit(2);
}
const entry = new URL(commands[command], import.meta.url);
process.argv = [process.argv[0], entry.pathname, ...rest];
// Node 22+ keeps V8's compiled code between runs (in the system's temporary folder); Node 20 has no such cache.
module.enableCompileCache?.();
try {
  await import(entry.href);
} catch (error) {
  // In a checkout, dist/ exists only after `npm run build:package` (or `npm pack`).
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(entry.pathname)) throw error;
  console.error(`agent-contracts: ${entry.pathname} is missing; in a checkout of the repository, run \`npm run build:package\` first`);
  process.exit(2);
}
