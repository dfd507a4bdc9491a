import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './apis.ts';
import { isRequestInput, requestInputSchemas } from './request-inputs.ts';

/** The OWASP rules of .spectral.yaml: each reports a request input left unbounded. */
export const spectralRuleset = join(repoRoot, '.spectral.yaml');

export interface OwaspFinding {
  api: string;
  file: string;
  rule: string;
  /** JSON pointer segments into generated/<api>/openapi.json. */
  path: string[];
  message: string;
  /** True when the schema is request input (enforced); false for response-only schemas. */
  requestInput: boolean;
}

interface SpectralResult {
  code: string;
  path: (string | number)[];
  message: string;
  source?: string;
}

export const bundledJson = (api: string) => join(repoRoot, 'generated', api, 'openapi.json');

/** One Spectral process for all the given specs: it spends most of its time starting up. */
function runSpectral(files: string[]): Promise<SpectralResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, 'node_modules/.bin/spectral'), ['lint', ...files, '--ruleset', spectralRuleset, '--format', 'json', '--quiet', '--fail-severity', 'error'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (error) => reject(new Error(`cannot run spectral (${error.message}): run \`npm install\` first`)));
    child.once('close', (code) => {
      // Exit 1 means findings; anything else without a JSON report is Spectral failing.
      try {
        const results = JSON.parse(stdout.trim() === '' ? '[]' : stdout) as SpectralResult[];
        if (code !== 0 && code !== 1) throw new Error(`exit ${code}`);
        resolve(results);
      } catch (error) {
        reject(new Error(`spectral lint failed (${(error as Error).message}):\n${stderr.trim() || stdout.slice(0, 400)}`));
      }
    });
  });
}

export interface SpecToCheck {
  /** The API id, or a label for a spec that is not one of the APIs. */
  api: string;
  file: string;
}

/** Runs the OWASP bounds rules over each spec (one process) and sorts findings into request input and the rest. */
export async function checkSpecs(specs: SpecToCheck[]): Promise<OwaspFinding[]> {
  const results = await runSpectral(specs.map((spec) => spec.file));
  const findings: OwaspFinding[] = [];
  for (const { api, file } of specs) {
    const inputs = requestInputSchemas(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
    for (const result of results) {
      if (result.source !== file) continue;
      findings.push({ api, file, rule: result.code, path: result.path.map(String), message: result.message, requestInput: isRequestInput(inputs, result.path) });
    }
  }
  return findings;
}

/** The check over each API's bundled spec, generated/<api>/openapi.json. */
export function checkOwaspBounds(apis: string[]): Promise<OwaspFinding[]> {
  return checkSpecs(apis.map((api) => ({ api, file: bundledJson(api) })));
}

/** `generated/runflow/openapi.json#/components/schemas/Review/properties/id: owasp:…: message` */
export function formatFinding(finding: OwaspFinding): string {
  const pointer = finding.path.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
  return `${relative(repoRoot, finding.file)}#/${pointer}  ${finding.rule}: ${finding.message}`;
}
