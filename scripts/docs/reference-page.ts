import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lib/apis.ts';
import { makeOffline } from './offline.ts';

const redoclyBin = join(repoRoot, 'node_modules/.bin/redocly');
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
}

/** Runs Redocly asynchronously, so that several pages build at once. */
function runRedocly(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(redoclyBin, args, {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (error) => reject(new Error(`cannot run ${redoclyBin} (${error.message}): run \`npm install\` first`)));
    child.once('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
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
    '--openapi', JSON.stringify(redocOptions),
  ]);
  if (result.code !== 0) {
    // The CLI opens with framed notices (Node version, Redoc 3); the reason is at the end.
    const reason = result.stderr.split('\n').filter((line) => line.trim() && !/[║╔╚]/.test(line)).slice(-8).join('\n');
    throw new Error(`redocly build-docs failed for ${request.api}:\n${reason}`);
  }
  const html = makeOffline(readFileSync(request.outFile, 'utf8'), `${request.api}.html`);
  writeFileSync(request.outFile, html);
  return Buffer.byteLength(html);
}
