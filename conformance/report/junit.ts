import type { RunResult } from '../runner.ts';
import { summarize } from './summary.ts';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * One testcase per check. Its failures carry every finding that fails the run
 * (errors, and warnings under --strict); warnings that do not fail it are
 * listed in the testcase's system-out, since JUnit has no warning outcome.
 */
export function junitReport(result: RunResult, api: string, strict = false): string {
  const checks = summarize(result.session);
  const fails = (severity: string | undefined) => strict || severity !== 'warning';
  const failing = checks.filter((check) => result.session.findings.some((finding) => finding.check === check.check && fails(finding.severity)));
  const skipped = checks.filter((check) => check.failed === 0 && check.passed === 0).length;
  const describe = (finding: RunResult['session']['findings'][number]) => `${finding.operationId} [${finding.severity ?? 'error'}]: ${finding.request}\n${finding.message}${finding.curl ? `\nreplay: ${finding.curl}` : ''}`;
  const cases = checks.map((check) => {
    const name = escapeXml(check.check);
    const findings = result.session.findings.filter((finding) => finding.check === check.check);
    const failures = findings.filter((finding) => fails(finding.severity));
    const warnings = findings.filter((finding) => !fails(finding.severity));
    const out = warnings.length > 0 ? `<system-out>${escapeXml(warnings.map(describe).join('\n\n'))}</system-out>` : '';
    if (failures.length > 0) {
      return `    <testcase classname="${api}" name="${name}"><failure message="${escapeXml(failures[0]!.message)}">${escapeXml(failures.map(describe).join('\n\n'))}</failure>${out}</testcase>`;
    }
    if (check.passed === 0 && findings.length === 0) return `    <testcase classname="${api}" name="${name}"><skipped message="${escapeXml(check.skipReasons.join('; '))}"/></testcase>`;
    return out ? `    <testcase classname="${api}" name="${name}">${out}</testcase>` : `    <testcase classname="${api}" name="${name}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="agent-contracts conformance" tests="${checks.length}" failures="${failing.length}">`,
    `  <testsuite name="${api}" tests="${checks.length}" failures="${failing.length}" skipped="${skipped}" time="${(result.durationMs / 1000).toFixed(3)}">`,
    `    <properties><property name="seed" value="${result.seed}"/></properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
