/**
 * npm run diff -- [--base <git ref>] [--api <id>] [--markdown <file>] [--gate]
 *                 [--base-dir <dir>] [--head-dir <dir>]
 *
 * The breaking-change gate. For each API it compares the bundled contract
 * (generated/<api>/openapi.json) at a base commit with the working tree's, using
 * `redocly diff` to find and rate every change, and reports the changes per operation.
 * It fails when a change is major and the API's info.version did not get a new major
 * number. --base-dir / --head-dir compare folders shaped like generated/ instead.
 *
 * Exit status: 0 nothing breaks (or no base to compare with), 1 a breaking change
 * without a new major version (or a contract that cannot be compared), 2 bad usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, UsageError } from './lib/apis.ts';
import { compareApi } from './diff/compare.ts';
import { repoGit } from './diff/git.ts';
import { consoleLines, markdownReport, noBaseMarkdown } from './diff/report.ts';
import { findSources } from './diff/sources.ts';

const usage = 'usage: npm run diff -- [--base <git ref> | --base-dir <dir>] [--head-dir <dir>] [--api <id>] [--markdown <file>] [--gate]';

function parseOptions() {
  try {
    return parseArgs({
      options: {
        base: { type: 'string' },
        'base-dir': { type: 'string' },
        'head-dir': { type: 'string' },
        api: { type: 'string' },
        markdown: { type: 'string' },
        gate: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    // parseArgs explains an unknown or incomplete option in one sentence.
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

function writeReport(file: string, markdown: string): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, markdown);
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') ? file : shown;
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (options.help) {
    console.log(usage);
    return 0;
  }
  const markdownFile = options.markdown !== undefined ? resolve(options.markdown) : join(repoRoot, '.artifacts', 'contract-diff.md');
  const sources = findSources({
    ...(options.base !== undefined ? { base: options.base } : {}),
    ...(options['base-dir'] !== undefined ? { baseDir: options['base-dir'] } : {}),
    ...(options['head-dir'] !== undefined ? { headDir: options['head-dir'] } : {}),
    ...(options.api !== undefined ? { api: options.api } : {}),
    git: repoGit,
  });

  if (sources.kind === 'no-base') {
    const shown = writeReport(markdownFile, noBaseMarkdown(sources.reason));
    console.log(`contract diff: nothing to compare: ${sources.reason}; report: ${shown}`);
    return 0;
  }

  try {
    // One engine process per API, all at once: each is mostly Node start-up.
    const compared = await Promise.all(sources.pairs.map((pair) => compareApi(pair)));
    const notBuilt = sources.notBuilt.map((api) => ({ api, status: 'not-built' as const, fails: false, note: `not bundled yet (no generated/${api}/openapi.json)` }));
    const run = { baseLabel: sources.baseLabel, headLabel: sources.headLabel, outcomes: [...compared, ...notBuilt] };
    for (const line of consoleLines(run, options.gate)) console.log(line);
    const shown = writeReport(markdownFile, markdownReport(run));
    const failing = compared.filter((outcome) => outcome.fails).map((outcome) => outcome.api);
    console.log(
      failing.length > 0
        ? `contract diff failed for ${failing.join(', ')} (report: ${shown})`
        : `contract diff passed: ${compared.length} API(s) compared (report: ${shown})`,
    );
    return failing.length > 0 ? 1 : 0;
  } finally {
    sources.cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
