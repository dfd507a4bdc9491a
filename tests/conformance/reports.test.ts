import { describe, expect, it } from 'vitest';
import { consoleReport } from '../../conformance/report/console.ts';
import { jsonReport } from '../../conformance/report/json.ts';
import { junitReport } from '../../conformance/report/junit.ts';
import { failingFindings } from '../../conformance/report/summary.ts';
import type { RunResult } from '../../conformance/runner.ts';
import { findOperation } from '../../contract/spec.ts';
import { newSession } from './harness.ts';

/** A finished run with one error and one warning, as the session records them. */
function runWithAnErrorAndAWarning(): RunResult {
  const session = newSession('runflow', 'http://127.0.0.1:9', { a: { 'x-api-key': 'rf_reports' } }, 'full');
  const operation = findOperation('runflow', 'listReviews');
  const exchange = { operation, identity: 'a' as const, request: { method: 'GET', url: "http://127.0.0.1:9/reviews?search=it's", headers: { 'x-api-key': 'rf_reports' } } };
  session.pass('response body valid');
  session.fail('response body valid', exchange, 'body.total: received "3" / documented type integer', { severity: 'error', source: 'examples' });
  session.fail('no undocumented data', exchange, 'body.debug: received a field / documented none', { severity: 'warning', source: 'fuzz' });
  session.coverage.record(operation, { query: { limit: 5 } }, 200);
  return { session, durationMs: 1200, cleanedUp: 0, seed: 4242, phases: [{ phase: 'examples', durationMs: 1000, requests: 1 }] };
}

describe('the reports, with an error and a warning', () => {
  it('only errors fail the run, unless --strict', () => {
    const result = runWithAnErrorAndAWarning();
    expect(failingFindings(result.session, false)).toBe(1);
    expect(failingFindings(result.session, true)).toBe(2);
  });

  it('the console shows both severities, a replayable curl command, the seed and the API coverage', () => {
    const text = consoleReport(runWithAnErrorAndAWarning(), 'runflow', 'http://127.0.0.1:9');
    expect(text).toContain('1) [error, examples] response body valid — listReviews');
    expect(text).toContain('2) [warning, fuzz] no undocumented data — listReviews');
    expect(text).toContain(`replay:   curl -sS -i -X GET 'http://127.0.0.1:9/reviews?search=it'\\''s' -H 'x-api-key: rf_reports'`);
    expect(text).toContain('1 errors, 1 warnings');
    expect(text).toContain('seed 4242 (replay the run with --seed 4242)');
    expect(text).toMatch(/API coverage: operations 1\/\d+ .*parameters 1\/\d+/);
  });

  it('JSON carries the seed, both counts and the per-operation coverage; JUnit fails on the warning only under --strict', () => {
    const result = runWithAnErrorAndAWarning();
    const report = JSON.parse(jsonReport(result, 'runflow', 'http://127.0.0.1:9', 'full'));
    expect(report).toMatchObject({ seed: 4242, passed: false, errors: 1, warnings: 1 });
    const listReviews = report.coverage.operations.find((entry: { operationId: string }) => entry.operationId === 'listReviews');
    expect(listReviews.parameters.exercised).toEqual(['query.limit']);
    expect(listReviews.statuses.exercised).toContain('200');
    expect(listReviews.statuses.missed).toContain('401');
    const lenient = junitReport(result, 'runflow');
    expect(lenient).toContain('<testcase classname="runflow" name="no undocumented data"><system-out>');
    expect(lenient).toContain('failures="1"');
    expect(junitReport(result, 'runflow', true)).toContain('<testcase classname="runflow" name="no undocumented data"><failure');
  });
});
