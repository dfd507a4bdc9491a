/**
 * Runs `redocly diff` on two bundled contracts and returns its JSON report. Redocly
 * is the diff engine: it finds every change and rates it by the semver bump it needs.
 * Everything else in scripts/diff/ only reads that report.
 */
import { join } from 'node:path';
import { repoRoot } from '../lib/apis.ts';
import { meaningfulLines, runRedocly } from '../lib/redocly.ts';

export type Impact = 'major' | 'minor' | 'patch';

/** Where a change sits in one of the two files (a JSON pointer into that file). */
export interface EngineLocation {
  file: string;
  pointer: string;
  line: number;
  col: number;
  value?: unknown;
}

export interface EngineVerdict {
  ruleId: string;
  impact: Impact;
  message: string;
  location: EngineLocation;
}

/** One change as `redocly diff --format json` (reportVersion 1) prints it. */
export interface EngineChange {
  /** The JSON pointer of the change as the engine reached it, through resolved $refs. */
  path: string;
  typeName: string;
  kind: 'added' | 'removed' | 'modified';
  impact: Impact;
  /** The rules that rated the change; empty when no rule applies (the engine's default impact). */
  verdicts: EngineVerdict[];
  property?: string;
  base?: EngineLocation;
  revision?: EngineLocation;
}

export interface EngineReport {
  reportVersion: string;
  infoVersions: { base?: string; revision?: string };
  summary: Record<Impact, number>;
  bump?: Impact;
  changes: EngineChange[];
}

export interface EngineResult {
  report: EngineReport;
  /** Problems that leave the revision partly unresolved: the diff may miss changes there. */
  revisionProblems: string[];
}

/** The config that turns on `diff-recommended` and this repository's own diff rules. */
export const diffConfigPath = join(repoRoot, 'redocly-diff.yaml');

/** Compares two OpenAPI files with the pinned Redocly CLI and parses its JSON report. */
export async function runEngine(baseFile: string, revisionFile: string, configPath = diffConfigPath): Promise<EngineResult> {
  // --fail-on none: the gate decides what fails (it knows about info.version);
  // a non-zero exit then only means the revision itself has errors.
  const args = ['diff', baseFile, revisionFile, '--config', configPath, '--format', 'json', '--fail-on', 'none'];
  const { status, stdout, stderr } = await runRedocly(args);
  let report: EngineReport;
  try {
    report = JSON.parse(stdout) as EngineReport;
  } catch {
    throw new Error(`redocly diff printed no report (exit ${status}): ${firstMeaningfulLine(stderr)}`);
  }
  if (report.reportVersion !== '1') {
    throw new Error(`redocly diff printed report version ${report.reportVersion}; scripts/diff/ reads version 1`);
  }
  return { report, revisionProblems: status === 0 ? [] : problemsOf(stderr) };
}

function firstMeaningfulLine(stderr: string): string {
  const lines = meaningfulLines(stderr);
  // An uncaught error prints a generic sentence first; the "Error: …" line says what went wrong.
  return lines.find((line) => line.startsWith('Error:')) ?? lines[0] ?? '(nothing on stderr)';
}

/** The codeframe problems: "[1] file:line:col at #/pointer" followed, after the frame, by the message. */
function problemsOf(stderr: string): string[] {
  const lines = meaningfulLines(stderr);
  const problems: string[] = [];
  lines.forEach((line, index) => {
    const head = /^\[\d+\] \S+ at (#\S*)$/.exec(line);
    if (head) problems.push(`${lines[index + 1] ?? 'problem'} at ${head[1]}`);
  });
  return problems.length > 0 ? problems : [firstMeaningfulLine(stderr)];
}
