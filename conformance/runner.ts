import { randomInt } from 'node:crypto';
import { findApi } from '../apis/index.ts';
import { type Operation, listOperations, loadSpec } from '../contract/spec.ts';
import { ContractValidator } from '../contract/validator.ts';
import { isWebSocket } from './checks/support/operations.ts';
import { describeNetworkError } from './http.ts';
import { rememberCreated } from './links.ts';
import { coverageIds, ownPath } from './phases/coverage-ids.ts';
import { coverageCases } from './phases/coverage.ts';
import { credentialCases } from './phases/credentials.ts';
import { exampleCase } from './phases/examples.ts';
import { fuzzOperation } from './phases/fuzz.ts';
import { methodCases } from './phases/methods.ts';
import { runSequence, sequenceStarts } from './phases/stateful.ts';
import { registeredChecks } from './registry.ts';
import { ScenarioTest } from './scenario.ts';
import { type Identities, Session } from './session.ts';
import { allPhases, type Check, type Checkpoint, type Exchange, type Level, type Phase, type TestCase } from './types.ts';

export const defaultMaxExamples = 20;
export const defaultTimeBudgetSeconds = 600;
/** Coverage cases per operation at most: every documented edge fits, a runaway schema does not. */
const coverageLimit = 150;

export interface RunOptions {
  api: string;
  baseUrl: string;
  identities: Identities;
  level: Level;
  /** Default: all four. The stateful phase runs at `--level full` only. */
  phases?: Phase[];
  /** Default: a random one, reported in the result so that it can be replayed. */
  seed?: number;
  /** Generated requests per operation in the fuzz phase. */
  maxExamples?: number;
  /** The whole run's wall-clock budget; phases not reached are reported as skipped. */
  timeBudgetSeconds?: number;
  /** Default: every check registered under conformance/checks/. */
  checks?: Check[];
  /** Called before each step, for a progress display. */
  onProgress?: (done: number, total: number, label: string) => void;
}

export interface PhaseTiming {
  /** `run-wide`: the checks that look at the server between phases (atCheckpoint), all checkpoints together. */
  phase: Phase | 'scenarios' | 'run-wide';
  durationMs: number;
  requests: number;
  /** Why the phase did not run, or stopped early. */
  note?: string;
}

export interface RunResult {
  session: Session;
  durationMs: number;
  cleanedUp: number;
  seed: number;
  phases: PhaseTiming[];
}

/** The server could not be reached at all: a usage problem (exit 2), not a finding. */
export class UnreachableServer extends Error {}

export async function runConformance(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  await assertReachable(options.baseUrl);
  const seed = options.seed ?? randomInt(1, 2 ** 31 - 1);
  const deadline = started + (options.timeBudgetSeconds ?? defaultTimeBudgetSeconds) * 1000;
  const maxExamples = options.maxExamples ?? defaultMaxExamples;
  const document = loadSpec(options.api);
  const checks = (options.checks ?? (await registeredChecks())).filter((check) => options.level === 'full' || check.level === 'schema');
  const session = new Session({ api: options.api, document, validator: new ContractValidator(document) }, options.baseUrl, options.identities, options.level, { checks, seed });
  const operations: Operation[] = [];
  for (const operation of listOperations(options.api)) {
    if (isWebSocket(operation)) session.skip('valid input accepted', `${operation.operationId}: WebSocket upgrade: not exercised over plain HTTP`);
    else operations.push(operation);
  }
  const selected = new Set(options.phases ?? allPhases);
  const scenarios = options.level === 'full' && selected.has('stateful') ? findApi(options.api).scenarios : [];
  const starts = options.level === 'full' && selected.has('stateful') ? sequenceStarts(session, operations) : [];
  const steps = (['examples', 'coverage', 'fuzz'] as const).filter((phase) => selected.has(phase)).length * operations.length + starts.length + scenarios.length;
  let done = 0;
  const progress = (label: string) => options.onProgress?.(done++, steps, label);
  const timings: PhaseTiming[] = [];
  const outOfTime = () => Date.now() > deadline;
  const remember = (exchange: Exchange) => rememberCreated(session, exchange);

  const timed = async (phase: Phase | 'scenarios', body: () => Promise<string | undefined>) => {
    if (phase !== 'scenarios' && !selected.has(phase)) return;
    const phaseStarted = Date.now();
    const requestsBefore = session.requestCount;
    const note = outOfTime() ? 'not run: time budget spent' : await body();
    timings.push({ phase, durationMs: Date.now() - phaseStarted, requests: session.requestCount - requestsBefore, ...(note ? { note } : {}) });
    if (phase !== 'scenarios') await checkpoint(phase);
  };

  const runWide: PhaseTiming = { phase: 'run-wide', durationMs: 0, requests: 0 };
  const checkpoint = async (at: Checkpoint) => {
    const checkpointStarted = Date.now();
    const requestsBefore = session.requestCount;
    await session.checkpoint(at);
    runWide.durationMs += Date.now() - checkpointStarted;
    runWide.requests += session.requestCount - requestsBefore;
  };

  await checkpoint('start');

  await timed('examples', async () => {
    for (const operation of operations) {
      if (outOfTime()) return 'stopped: time budget spent';
      progress(`examples ${operation.operationId}`);
      const testCase = exampleCase(session, operation);
      const { exchange } = await session.execute(testCase, { exchange: await session.exampleExchange(operation) });
      remember(exchange);
      for (const extra of [...credentialCases(session, operation), ...methodCases(session, operation)]) await session.execute(extra);
    }
    return undefined;
  });

  await timed('coverage', async () => {
    for (const operation of operations) {
      if (outOfTime()) return 'stopped: time budget spent';
      progress(`coverage ${operation.operationId}`);
      const baseline = (await session.exampleExchange(operation)).response?.status;
      const own = baseline === 404 ? await ownPath(session, operation) : undefined;
      const baselineAccepted = (baseline !== undefined && baseline >= 200 && baseline < 300) || own?.accepted === true;
      const placed = await coverageIds(session, operation, operations, baseline);
      for (const testCase of coverageCases(session, operation, { baselineAccepted, limit: coverageLimit })) {
        const { exchange } = await session.execute(placed(testCase));
        remember(exchange);
      }
    }
    return undefined;
  });

  await timed('fuzz', async () => {
    for (const [index, operation] of operations.entries()) {
      if (outOfTime()) return 'stopped: time budget spent';
      progress(`fuzz ${operation.operationId}`);
      // Each operation gets an equal share of what is left, so that a slow one cannot starve the rest.
      const share = (deadline - Date.now()) / (operations.length - index);
      const own = (await session.exampleExchange(operation)).response?.status === 404 ? await ownPath(session, operation) : undefined;
      await fuzzOperation(session, operation, { seed, maxExamples, timeLimitMs: share, ...(own ? { path: own.path } : {}) }, (_testCase: TestCase, exchange) => remember(exchange));
    }
    return undefined;
  });

  await timed('stateful', async () => {
    if (options.level !== 'full') return 'not run: needs --level full';
    for (const start of starts) {
      if (outOfTime()) return 'stopped: time budget spent';
      progress(`stateful ${start.operationId}`);
      await runSequence(session, start, seed);
    }
    return undefined;
  });

  if (scenarios.length > 0) {
    await timed('scenarios', async () => {
      for (const scenario of scenarios) {
        if (outOfTime()) return 'stopped: time budget spent';
        progress(scenario.title);
        const missing = (scenario.requires ?? []).filter((identity) => !session.hasIdentity(identity));
        if (missing.length > 0) {
          session.skip(scenario.title, `needs ${missing.map((identity) => (identity === 'b' ? '--auth-b' : '--auth-readonly')).join(' and ')}`);
          continue;
        }
        await ScenarioTest.run(session, scenario);
      }
      return undefined;
    });
  }
  await checkpoint('end');
  if (runWide.requests > 0) timings.push(runWide);
  options.onProgress?.(steps, steps, 'cleaning up');
  const cleanedUp = await session.cleanUp();
  return { session, durationMs: Date.now() - started, cleanedUp, seed, phases: timings };
}

/** After a 2xx, registers the DELETE links of what the request created, so that cleanup removes it. */
async function assertReachable(baseUrl: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UnreachableServer(`--base-url: "${baseUrl}" is not a URL`);
  }
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
  } catch (error) {
    throw new UnreachableServer(`cannot reach ${url.origin}: ${describeNetworkError(error)}`);
  }
}
