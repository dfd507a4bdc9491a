import type { RunResult } from '../runner.ts';
import { summarize } from './summary.ts';

const maxFindingsShown = 50;

/** The end-of-run report: every finding, then one table row per check. */
export function consoleReport(result: RunResult, api: string, baseUrl: string): string {
  const { session } = result;
  const lines: string[] = [];
  const shown = session.findings.slice(0, maxFindingsShown);
  for (const [index, finding] of shown.entries()) {
    lines.push(`${index + 1}) ${finding.check} — ${finding.operationId}`, `   request:  ${finding.request}`, `   ${finding.message}`, '');
  }
  if (session.findings.length > shown.length) lines.push(`… and ${session.findings.length - shown.length} more findings (see --report-json)`, '');

  const rows = summarize(session);
  lines.push('result  passed  failed  skipped  check');
  for (const row of rows) {
    const mark = row.failed > 0 ? 'FAIL' : row.passed === 0 && row.skipped > 0 ? 'skip' : 'ok';
    const reason = row.skipReasons.length > 0 && row.passed === 0 ? `  (${row.skipReasons[0]})` : '';
    lines.push(`${mark.padEnd(6)}  ${String(row.passed).padStart(6)}  ${String(row.failed).padStart(6)}  ${String(row.skipped).padStart(7)}  ${row.check}${reason}`);
  }
  const failed = rows.filter((row) => row.failed > 0).length;
  lines.push('', `${api} at ${baseUrl}: ${rows.length - failed} of ${rows.length} checks passed, ${session.findings.length} findings, ${session.requestCount} requests, ${(result.durationMs / 1000).toFixed(1)} s; cleaned up ${result.cleanedUp} created resources.`);
  return lines.join('\n');
}
