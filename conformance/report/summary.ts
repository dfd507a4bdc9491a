import type { Session } from '../session.ts';

export interface CheckSummary {
  check: string;
  passed: number;
  /** Failures of either severity. */
  failed: number;
  /** Of the failures, those that broke only designed (x-designed) constraints. */
  warnings: number;
  skipped: number;
  skipReasons: string[];
}

export function summarize(session: Session): CheckSummary[] {
  return [...session.tallies.entries()].map(([check, tally]) => ({
    check,
    passed: tally.passed,
    failed: tally.failed,
    warnings: tally.warnings,
    skipped: tally.skipped,
    skipReasons: [...tally.skipReasons],
  }));
}

/** Findings that fail the run: errors always, warnings too under --strict. */
export function failingFindings(session: Session, strict: boolean): number {
  return session.findings.filter((finding) => strict || finding.severity !== 'warning').length;
}
