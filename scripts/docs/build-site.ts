import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { listApis, repoRoot, UsageError } from '../lib/apis.ts';
import { writeConsoleAssets } from './console-assets.ts';
import { consoleFiles, renderConsolePage } from './console-page.ts';
import { withoutPrefilledFilters } from './console-spec.ts';
import { renderIndexPage, siteFiles } from './index-page.ts';
import { withDesignedNotes } from './designed-notes.ts';
import { buildReferencePage } from './reference-page.ts';
import { bundledSpecPath, loadBundledSpec, summarizeApi } from './spec-summary.ts';

export const defaultDocsDir = join(repoRoot, '.artifacts/docs');
const stylesheet = join(repoRoot, 'docs/portal.css');

export interface BuildOptions {
  outDir?: string;
  apis?: string[];
}

export interface BuiltPage {
  /** Relative to the site's folder. */
  file: string;
  bytes: number;
}

export interface BuildReport {
  outDir: string;
  pages: BuiltPage[];
  milliseconds: number;
}

/** Empties the output folder, refusing one that holds something other than an earlier build. */
function prepareOutDir(outDir: string): void {
  if (existsSync(outDir)) {
    const entries = readdirSync(outDir);
    if (entries.length > 0 && !entries.includes('index.html')) {
      throw new UsageError(`${outDir} is not empty and holds no earlier portal build; choose an empty or new folder`);
    }
    rmSync(outDir, { recursive: true, force: true });
  }
  mkdirSync(join(outDir, 'specs'), { recursive: true });
}

/** Builds the portal: the index, the stylesheet, the specs to download, one Redoc page and one console page per API. */
export async function buildDocs(options: BuildOptions = {}): Promise<BuildReport> {
  const started = performance.now();
  const outDir = options.outDir ?? defaultDocsDir;
  const apis = options.apis ?? listApis();
  // Read every spec first, so that a missing one stops the build before anything is deleted.
  const specs = apis.map((api) => loadBundledSpec(api));
  const summaries = apis.map((api, index) => summarizeApi(api, specs[index]!));

  prepareOutDir(outDir);
  const written = (file: string): BuiltPage => ({ file, bytes: statSync(join(outDir, file)).size });
  const pages: BuiltPage[] = [];

  for (const api of apis) {
    const files = siteFiles(api);
    copyFileSync(bundledSpecPath(api, 'yaml'), join(outDir, files.yaml));
    copyFileSync(bundledSpecPath(api, 'json'), join(outDir, files.json));
  }
  copyFileSync(stylesheet, join(outDir, 'portal.css'));
  writeFileSync(join(outDir, 'index.html'), renderIndexPage(summaries));
  pages.push(written('index.html'));

  // The console (Scalar, answered by the mock in the page) renders the same annotated copy.
  const consoleAssets = writeConsoleAssets(outDir);
  for (const [index, summary] of summaries.entries()) {
    const spec = specs[index] as unknown as { components?: { securitySchemes?: Record<string, { type: string }> } };
    writeFileSync(join(outDir, consoleFiles.spec(summary.id)), JSON.stringify(withoutPrefilledFilters(withDesignedNotes(specs[index] as unknown as Record<string, unknown>).spec)));
    const page = consoleFiles.page(summary.id);
    writeFileSync(join(outDir, page), renderConsolePage({ api: summary.id, title: `${summary.title} console`, schemes: spec.components?.securitySchemes ?? {}, referencePage: siteFiles(summary.id).reference }));
    pages.push(written(page));
  }

  // Redoc renders a copy with each designed node's note in its description; the
  // downloads above stay the contract as generated.
  const scratch = mkdtempSync(join(tmpdir(), 'docs-specs-'));
  try {
    // One Redocly process per API, all at once: each spends about a second starting up.
    const references = await Promise.all(
      summaries.map(async (summary, index) => {
        const files = siteFiles(summary.id);
        const specFile = join(scratch, `${summary.id}.json`);
        writeFileSync(specFile, JSON.stringify(withDesignedNotes(specs[index] as unknown as Record<string, unknown>).spec));
        const bytes = await buildReferencePage({
          api: summary.id,
          specFile,
          title: `${summary.title} reference`,
          outFile: join(outDir, files.reference),
          downloads: { yaml: files.yaml, json: files.json },
          consolePage: consoleFiles.page(summary.id),
        });
        return { file: files.reference, bytes };
      }),
    );
    pages.push(...references);
    await consoleAssets;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { outDir, pages, milliseconds: Math.round(performance.now() - started) };
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}

/** One line per page with its size, then the total time. */
export function printReport(report: BuildReport): void {
  const fromHere = relative(process.cwd(), report.outDir);
  const shown = fromHere === '' ? '.' : fromHere.startsWith('..') ? report.outDir : fromHere;
  for (const page of report.pages) console.log(`wrote ${shown}/${page.file}  ${formatSize(page.bytes)}`);
  console.log(`built the docs portal (${report.pages.length} pages) in ${(report.milliseconds / 1000).toFixed(1)} s`);
}
