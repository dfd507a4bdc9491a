import type { Session } from '../session.ts';

export interface CheckSummary {
  check: string;
  passed: number;
  failed: number;
  skipped: number;
  skipReasons: string[];
}

export function summarize(session: Session): CheckSummary[] {
  return [...session.tallies.entries()].map(([check, tally]) => ({
    check,
    passed: tally.passed,
    failed: tally.failed,
    skipped: tally.skipped,
    skipReasons: [...tally.skipReasons],
  }));
}
