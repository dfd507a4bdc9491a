import { listOperations } from '../../contract/spec.ts';
import type { RunResult } from '../runner.ts';
import { apiCoverage, coverageTotals } from './coverage.ts';
import { summarize } from './summary.ts';

const maxFindingsShown = 50;
const maxCoverageGapsShown = 10;

const fraction = ([exercised, documented]: [number, number]) => `${exercised}/${documented}${documented > 0 ? ` (${Math.round((exercised / documented) * 100)}%)` : ''}`;

/** The end-of-run report: every finding (replayable), one row per check, the phases, and the API coverage. */
export function consoleReport(result: RunResult, api: string, baseUrl: string, strict = false): string {
  const { session } = result;
  const lines: string[] = [];
  const shown = session.findings.slice(0, maxFindingsShown);
  for (const [index, finding] of shown.entries()) {
    const severity = finding.severity === 'warning' ? `warning${strict ? ' (fails: --strict)' : ''}` : 'error';
    lines.push(
      `${index + 1}) [${severity}${finding.source ? `, ${finding.source}` : ''}] ${finding.check} — ${finding.operationId}`,
      `   request:  ${finding.request}`,
      `   ${finding.message}`,
      ...(finding.curl ? [`   replay:   ${finding.curl}`] : []),
      '',
    );
  }
  if (session.findings.length > shown.length) lines.push(`… and ${session.findings.length - shown.length} more findings (see --report-json)`, '');

  const rows = summarize(session);
  lines.push('result  passed  errors  warnings  skipped  check');
  for (const row of rows) {
    const errors = row.failed - row.warnings;
    const mark = errors > 0 || (strict && row.warnings > 0) ? 'FAIL' : row.warnings > 0 ? 'warn' : row.passed === 0 && row.skipped > 0 ? 'skip' : 'ok';
    const reason = row.skipReasons.length > 0 && row.passed === 0 ? `  (${row.skipReasons[0]})` : '';
    lines.push(`${mark.padEnd(6)}  ${String(row.passed).padStart(6)}  ${String(errors).padStart(6)}  ${String(row.warnings).padStart(8)}  ${String(row.skipped).padStart(7)}  ${row.check}${reason}`);
  }

  lines.push('', 'phase       time     requests');
  for (const phase of result.phases) lines.push(`${phase.phase.padEnd(10)}  ${(phase.durationMs / 1000).toFixed(2).padStart(6)} s  ${String(phase.requests).padStart(8)}${phase.note ? `  (${phase.note})` : ''}`);

  const coverage = apiCoverage(session, listOperations(api));
  const totals = coverageTotals(coverage);
  lines.push('', `API coverage: operations ${fraction(totals.operations)}, documented statuses ${fraction(totals.statuses)}, parameters ${fraction(totals.parameters)}, body fields ${fraction(totals.bodyFields)}`);
  const gaps = coverage.filter((entry) => entry.parameters.missed.length + entry.bodyFields.missed.length > 0).slice(0, maxCoverageGapsShown);
  for (const entry of gaps) lines.push(`  ${entry.operationId}: not sent ${[...entry.parameters.missed, ...entry.bodyFields.missed.map((field) => `body.${field}`)].join(', ')}`);
  if (gaps.length === maxCoverageGapsShown) lines.push('  … (every operation, with the statuses not received, in --report-json)');

  const errors = session.findings.filter((finding) => finding.severity !== 'warning').length;
  const warnings = session.findings.length - errors;
  const failed = rows.filter((row) => row.failed - row.warnings > 0 || (strict && row.warnings > 0)).length;
  lines.push(
    '',
    `${api} at ${baseUrl}: ${rows.length - failed} of ${rows.length} checks passed, ${errors} errors, ${warnings} warnings${strict ? ' (--strict: warnings fail)' : ''}, ${session.requestCount} requests, ${(result.durationMs / 1000).toFixed(1)} s; cleaned up ${result.cleanedUp} created resources.`,
    `seed ${result.seed} (replay the run with --seed ${result.seed})`,
  );
  return lines.join('\n');
}
