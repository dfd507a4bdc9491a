import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../lib/apis.ts';
import { consoleFiles } from './console-page.ts';

const scalarBundle = join(repoRoot, 'node_modules/@scalar/api-reference/dist/browser/standalone.js');
const mswWorker = join(repoRoot, 'node_modules/msw/lib/mockServiceWorker.js');
const pageScript = join(repoRoot, 'scripts/docs/console/page.ts');

/**
 * Bundles a browser entry: platform browser, so a Node built-in reached from it
 * (the mock core must have none) fails the build instead of the page.
 */
export async function bundleForBrowser(entry: string, outFile: string, format: 'iife' | 'esm' = 'iife', alias: Record<string, string> = {}): Promise<void> {
  const result = await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    format,
    alias,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'linked',
    logLevel: 'silent',
  });
  if (result.errors.length > 0) throw new Error(`bundling ${entry} failed: ${result.errors.map((error) => error.text).join('; ')}`);
}

/** Writes what every console page shares: the page script (mock and glue), Scalar, MSW's worker. */
export async function writeConsoleAssets(outDir: string): Promise<void> {
  for (const file of [scalarBundle, mswWorker]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm install`);
  }
  mkdirSync(dirname(join(outDir, consoleFiles.script)), { recursive: true });
  copyFileSync(scalarBundle, join(outDir, consoleFiles.scalar));
  copyFileSync(mswWorker, join(outDir, consoleFiles.worker));
  await bundleForBrowser(pageScript, join(outDir, consoleFiles.script));
}
