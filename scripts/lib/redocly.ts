import { spawnSync } from 'node:child_process';
import { repoRoot } from './apis.ts';

const redoclyBin = `${repoRoot}node_modules/.bin/redocly`;

export interface RedoclyResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the pinned Redocly CLI from the repo root, without telemetry. */
export function runRedocly(args: string[]): RedoclyResult {
  const result = spawnSync(redoclyBin, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
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
export function lint(apis: string[]): LintReport {
  const result = runRedocly(['lint', ...apis, '--format=json']);
  let reports: LintJson[];
  try {
    reports = parseLintReports(result.stdout);
  } catch {
    throw new Error(`redocly lint did not print a JSON report:\n${result.stderr.trim()}`);
  }
  if (reports.length === 0) throw new Error(`redocly lint printed no report:\n${result.stderr.trim()}`);
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
