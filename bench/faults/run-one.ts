/**
 * One measurement: a fresh server (the mock behind one middleware) on
 * 127.0.0.1:0, the conformance suite run against it with the default phases at
 * --level full and a fixed seed, and what the run found. Detected means what
 * the CLI's exit status 1 means: at least one error-severity finding.
 */
import { findApi } from '../../apis/index.ts';
import { failingFindings, summarize } from '../../conformance/report/summary.ts';
import { runConformance, UnreachableServer } from '../../conformance/runner.ts';
import type { Finding } from '../../conformance/types.ts';
import { createMock } from '../../mocks/registry.ts';
import { serveOnNode } from '../../mocks/stateful/node.ts';
import { controlServers, faithfulVariants, faults } from './index.ts';
import type { Middleware } from './kit.ts';

export type Kind = 'fault' | 'variant' | 'control';

export interface FindingSummary {
  check: string;
  operationId: string;
  source?: string;
  message: string;
}

export interface Measurement {
  id: string;
  kind: Kind;
  api: string;
  /** The run failed: at least one error (the CLI would exit 1). */
  failed: boolean;
  errors: number;
  warnings: number;
  firstError?: FindingSummary;
  firstWarning?: FindingSummary;
  /** The checks that reported errors, and those that reported only warnings. */
  checksWithErrors: string[];
  checksWithWarnings: string[];
  /** For a fault: the tally of each check its `caughtBy` names, to tell "did not run" from "ran and passed". */
  expectedChecks: { check: string; passed: number; failed: number; warnings: number; skipped: number; skipReasons: string[] }[];
  requests: number;
  durationMs: number;
  /** The run could not be made (the server could not be started or reached). */
  problem?: string;
  /** The suite itself threw (the CLI then exits 1 with no finding): the message and where. */
  crash?: string;
}

export interface Job {
  kind: Kind;
  id: string;
}

function summary(finding: Finding | undefined): FindingSummary | undefined {
  if (!finding) return undefined;
  return { check: finding.check, operationId: finding.operationId, ...(finding.source ? { source: finding.source } : {}), message: finding.message.slice(0, 400) };
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

function serverOf(job: Job): { api: string; wrap: Middleware; caughtBy: string } {
  const pool = job.kind === 'fault' ? faults : job.kind === 'variant' ? faithfulVariants : controlServers;
  const found = pool.find((server) => server.id === job.id);
  if (!found) throw new Error(`no ${job.kind} named "${job.id}"`);
  return { api: found.api, wrap: found.wrap, caughtBy: 'caughtBy' in found ? found.caughtBy : '' };
}

export async function measure(job: Job, seed: number): Promise<Measurement> {
  const { api, wrap, caughtBy } = serverOf(job);
  const started = performance.now();
  // Deterministic ids and clock: with the fixed seed, a run sends and receives the same thing every time.
  const mock = createMock(api, { deterministic: true });
  const server = await serveOnNode({ respond: wrap(mock.respond) }, 0);
  try {
    const result = await runConformance({ api, baseUrl: server.url, identities: findApi(api).identities.conformance, level: 'full', seed });
    const findings = result.session.findings;
    const errors = findings.filter((finding) => finding.severity !== 'warning');
    const warnings = findings.filter((finding) => finding.severity === 'warning');
    const tallies = summarize(result.session).filter((tally) => caughtBy.includes(tally.check));
    return {
      id: job.id,
      kind: job.kind,
      api,
      failed: failingFindings(result.session, false) > 0,
      errors: errors.length,
      warnings: warnings.length,
      ...(errors[0] ? { firstError: summary(errors[0]) } : {}),
      ...(warnings[0] ? { firstWarning: summary(warnings[0]) } : {}),
      checksWithErrors: distinct(errors.map((finding) => finding.check)),
      checksWithWarnings: distinct(warnings.map((finding) => finding.check)),
      expectedChecks: tallies,
      requests: result.session.requestCount,
      durationMs: performance.now() - started,
    };
  } catch (error) {
    const empty = { id: job.id, kind: job.kind, api, failed: false, errors: 0, warnings: 0, checksWithErrors: [], checksWithWarnings: [], expectedChecks: [], requests: 0, durationMs: performance.now() - started };
    if (error instanceof UnreachableServer) return { ...empty, problem: error.message };
    return { ...empty, crash: describeCrash(error) };
  } finally {
    await server.close();
  }
}

/** The error and the first frame of this repository that threw it (conformance/…:line). */
function describeCrash(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frame = (error.stack ?? '').split('\n').find((line) => line.includes('/conformance/'));
  const where = frame ? /(conformance\/[^):]+:\d+)/.exec(frame)?.[1] : undefined;
  return where ? `${error.message} (at ${where})` : error.message;
}
