import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './apis.ts';

const redoclyBin = join(repoRoot, 'node_modules', '.bin', 'redocly');

export interface RedoclyResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the pinned Redocly CLI from the repo root, without telemetry or colours.
 * Asynchronous, so that several runs (one per API) can go at once: each spends
 * about a second starting up.
 */
export function runRedocly(args: string[]): Promise<RedoclyResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(redoclyBin, args, {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', (error) => reject(new Error(`cannot run ${redoclyBin} (${error.message}): run \`npm install\` first`)));
    child.once('close', (code) =>
      resolve({ status: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** Redocly's stderr without the framed notices it opens with (Node 20 deprecation, Redoc 3) and blank lines. */
export function meaningfulLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/[╔║╚]/.test(line));
}

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { source: { ref: string }; pointer?: string; start?: { line: number; col: number } }[];
}

export interface LintReport {
  errors: number;
  warnings: number;
  /** Problems listed, with their reasons, in .redocly.lint-ignore.yaml. */
  ignored: number;
  lines: string[];
}

type LintJson = { totals: { errors: number; warnings: number; ignored: number }; problems: LintProblem[] };

/**
 * Redocly prints one JSON report per API, one after the other (not an array), so
 * the output is split where the next report's `{"totals"` begins.
 */
function parseLintReports(stdout: string): LintJson[] {
  return stdout
    .split(/(?<=\})\s*(?=\{\s*"totals")/)
    .filter((part) => part.trim() !== '')
    .map((part) => JSON.parse(part) as LintJson);
}

/** Lints the given apis and returns every problem as a `file:line rule message` line. */
export async function lint(apis: string[]): Promise<LintReport> {
  const result = await runRedocly(['lint', ...apis, '--format=json']);
  let reports: LintJson[];
  try {
    reports = parseLintReports(result.stdout);
  } catch {
    throw new Error(`redocly lint did not print a JSON report:\n${meaningfulLines(result.stderr).join('\n')}`);
  }
  if (reports.length === 0) throw new Error(`redocly lint printed no report:\n${meaningfulLines(result.stderr).join('\n')}`);
  const parsed: LintJson = {
    totals: {
      errors: reports.reduce((sum, report) => sum + report.totals.errors, 0),
      warnings: reports.reduce((sum, report) => sum + report.totals.warnings, 0),
      ignored: reports.reduce((sum, report) => sum + report.totals.ignored, 0),
    },
    problems: reports.flatMap((report) => report.problems),
  };
  const lines = parsed.problems.map((problem) => {
    const where = problem.location[0];
    const at = where ? `${where.source.ref}:${where.start?.line ?? '?'} ${where.pointer ?? ''}` : '(no location)';
    return `${problem.severity.padEnd(5)} ${problem.ruleId}  ${at}\n      ${problem.message}`;
  });
  return { errors: parsed.totals.errors, warnings: parsed.totals.warnings, ignored: parsed.totals.ignored, lines };
}
