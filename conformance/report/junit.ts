import type { RunResult } from '../runner.ts';
import { summarize } from './summary.ts';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One testcase per check; its failures carry every finding of that check. */
export function junitReport(result: RunResult, api: string): string {
  const checks = summarize(result.session);
  const failures = checks.filter((check) => check.failed > 0).length;
  const skipped = checks.filter((check) => check.failed === 0 && check.passed === 0).length;
  const cases = checks.map((check) => {
    const name = escapeXml(check.check);
    const findings = result.session.findings.filter((finding) => finding.check === check.check);
    if (findings.length > 0) {
      const detail = findings.map((finding) => `${finding.operationId}: ${finding.request}\n${finding.message}`).join('\n\n');
      return `    <testcase classname="${api}" name="${name}"><failure message="${escapeXml(findings[0]!.message)}">${escapeXml(detail)}</failure></testcase>`;
    }
    if (check.passed === 0) return `    <testcase classname="${api}" name="${name}"><skipped message="${escapeXml(check.skipReasons.join('; '))}"/></testcase>`;
    return `    <testcase classname="${api}" name="${name}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="agent-contracts conformance" tests="${checks.length}" failures="${failures}">`,
    `  <testsuite name="${api}" tests="${checks.length}" failures="${failures}" skipped="${skipped}" time="${(result.durationMs / 1000).toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
