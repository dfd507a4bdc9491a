#!/usr/bin/env node
// The package's command: `agent-contracts conformance …` for backend teams and
// `agent-contracts mock …` for frontend teams. The tools are TypeScript run by tsx,
// so consumers need no build step of their own.
import { tsImport } from 'tsx/esm/api';

const commands = {
  conformance: '../conformance/cli.ts',
  mock: '../mocks/start.ts',
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
await tsImport(entry.href, import.meta.url);
