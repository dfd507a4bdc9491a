import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lib/apis.ts';
import { meaningfulLines, runRedocly } from '../lib/redocly.ts';
import { makeOffline } from './offline.ts';

export const referenceTemplate = join(repoRoot, 'docs/reference-page.hbs');
/** The height of the portal bar in docs/reference-page.hbs, so that Redoc scrolls headings below it. */
const portalBarHeight = 44;

export interface ReferencePageRequest {
  api: string;
  /** The spec to render: the bundled spec with its designed notes (designed-notes.ts). */
  specFile: string;
  title: string;
  outFile: string;
  /** Site-relative links to the copies of the bundled spec. */
  downloads: { yaml: string; json: string };
  /** The API's console page, linked from the portal bar. */
  consolePage: string;
}

/** Renders the API's spec with Redoc into one self-contained, offline HTML file. */
export async function buildReferencePage(request: ReferencePageRequest): Promise<number> {
  const redocOptions = {
    scrollYOffset: portalBarHeight,
    downloadUrls: [
      { title: 'YAML', url: request.downloads.yaml },
      { title: 'JSON', url: request.downloads.json },
    ],
  };
  const result = await runRedocly([
    'build-docs',
    request.specFile,
    '--output', request.outFile,
    '--inlineBundle', // without it the page loads Redoc itself from cdn.redocly.com
    '--template', referenceTemplate,
    '--title', request.title,
    '--templateOptions.yaml', request.downloads.yaml,
    '--templateOptions.json', request.downloads.json,
    '--templateOptions.console', request.consolePage,
    '--openapi', JSON.stringify(redocOptions),
  ]);
  if (result.status !== 0) {
    // The reason is at the end of what the CLI prints.
    const reason = meaningfulLines(result.stderr).slice(-8).join('\n');
    throw new Error(`redocly build-docs failed for ${request.api}:\n${reason}`);
  }
  const html = makeOffline(readFileSync(request.outFile, 'utf8'), `${request.api}.html`);
  writeFileSync(request.outFile, html);
  return Buffer.byteLength(html);
}
