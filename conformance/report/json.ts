import type { RunResult } from '../runner.ts';
import { summarize } from './summary.ts';

export function jsonReport(result: RunResult, api: string, baseUrl: string, level: string): string {
  const checks = summarize(result.session);
  return `${JSON.stringify(
    {
      api,
      baseUrl,
      level,
      passed: checks.every((check) => check.failed === 0),
      durationMs: result.durationMs,
      requests: result.session.requestCount,
      checks,
      findings: result.session.findings,
    },
    null,
    2,
  )}\n`;
}
