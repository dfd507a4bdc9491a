/**
 * npm run docs [-- --out <dir>]
 * Builds the static, offline API portal into .artifacts/docs/: an index of the
 * four APIs and a Redoc reference page per API, from generated/<api>/.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, UsageError } from '../lib/apis.ts';
import { buildDocs, defaultDocsDir, printReport } from './build-site.ts';

async function main(): Promise<void> {
  let values: { out?: string };
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string' } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nusage: npm run docs [-- --out <dir>]`);
  }
  const outDir = values.out ? resolve(values.out) : defaultDocsDir;
  if (outDir === resolve(repoRoot)) throw new UsageError('--out: the repository root is not a place to build into');
  printReport(await buildDocs({ outDir }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof UsageError ? 2 : 1);
});
