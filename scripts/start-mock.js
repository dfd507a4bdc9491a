/**
 * npm start [-- --api <id>] [--port <n>] [--deterministic] [--fixture <name>] [--state <dir>]
 *
 * Runs the mock command bundled into dist/command/mock.js (the file
 * `agent-contracts mock` runs), in this process, with the arguments as given.
 * The bundle is rebuilt first when it is missing or older than anything it was
 * made from, so a fresh clone needs only `npm install`, and an edit to a mock or
 * a contract is served by the next `npm start`.
 *
 * Plain JavaScript that checks freshness by modification times only (no
 * hashing) and loads esbuild only to rebuild: when nothing changed, starting
 * costs a few stat calls on top of the bundle itself.
 */
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleMockCommand, inputsListOf, mockCommandBundle, repoRoot } from './package/bundle-mock-command.js';

/** Why the bundle must be rebuilt, or undefined when it is up to date. */
function staleness(bundle) {
  let builtAt;
  let inputs;
  try {
    builtAt = statSync(bundle).mtimeMs;
    inputs = JSON.parse(readFileSync(inputsListOf(bundle), 'utf8'));
  } catch {
    return `${bundle} is not built yet`;
  }
  for (const input of inputs) {
    const changedAt = statSync(join(repoRoot, input), { throwIfNoEntry: false })?.mtimeMs;
    if (changedAt === undefined) return `${input}, one of its sources, is gone`;
    if (changedAt > builtAt) return `${input} changed since it was built`;
  }
  return undefined;
}

const reason = staleness(mockCommandBundle);
if (reason !== undefined) {
  console.error(`npm start: bundling the mock command (${reason})…`);
  try {
    await bundleMockCommand();
  } catch (error) {
    // esbuild has already printed where; a stack trace of the bundler would add nothing.
    console.error(`npm start: the mock command did not bundle: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(2);
  }
}

// Node 22+ keeps V8's compiled code between runs; Node 20 has no such cache and compiles each time.
module.enableCompileCache?.();
await import(pathToFileURL(mockCommandBundle).href);
