import { listOperations } from '../../contract/spec.ts';
import type { RunResult } from '../runner.ts';
import { apiCoverage, coverageTotals } from './coverage.ts';
import { failingFindings, summarize } from './summary.ts';

export function jsonReport(result: RunResult, api: string, baseUrl: string, level: string, strict = false): string {
  const checks = summarize(result.session);
  const coverage = apiCoverage(result.session, listOperations(api));
  return `${JSON.stringify(
    {
      api,
      baseUrl,
      level,
      seed: result.seed,
      strict,
      passed: failingFindings(result.session, strict) === 0,
      errors: result.session.findings.filter((finding) => finding.severity !== 'warning').length,
      warnings: result.session.findings.filter((finding) => finding.severity === 'warning').length,
      durationMs: result.durationMs,
      requests: result.session.requestCount,
      phases: result.phases,
      checks,
      findings: result.session.findings,
      coverage: { totals: coverageTotals(coverage), operations: coverage },
    },
    null,
    2,
  )}\n`;
}
