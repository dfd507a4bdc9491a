/**
 * npm run bench:faults [-- --set all|main|holdout|unseen|fresh|untried|novel|unmet|unheard|uncharted] [--only <text>] [--parallel 1|2] [--seed <n>]
 *
 * How many realistic faults the conformance suite catches, measured from
 * outside: each faulty server of bench/faults/ (the stateful mock with one
 * injected bug) and each faithful variant (a server that differs from the mock
 * only where the documentation is silent) runs on a fresh server, and the
 * suite runs against it with its default phases and a fixed seed. Detected:
 * the run fails (at least one error, exit status 1). A variant that fails is a
 * false failure. Nine sets: `main`, the faults the suite was improved against
 * (a biased figure); `holdout`, written afterwards, whose first figure was
 * unbiased before it too was looked at; `unseen`, written blind to the suite,
 * since looked at too; `fresh`, written blind after all three, since looked at
 * too; `untried`, written blind after all four, since looked at too; `novel`,
 * written blind after all five, since looked at too; `unmet`, written blind
 * after all six, measured once and since looked at; `unheard`, written blind
 * after all seven and not yet measured; `uncharted`, written blind after all
 * eight and not yet measured; `--set` picks one (default: all nine, with the
 * controls either way). Prints a table and the totals per set; writes
 * .artifacts/fault-detection.json. Runs in at most two worker processes, each
 * holding its server and the suite in-process.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BenchSet, benchSets, controlServers, faithfulVariants, faults, setOf } from './faults/index.ts';
import { type Job, type Measurement, measure } from './faults/run-one.ts';

const defaultSeed = 20_260_520;
const reportFile = '.artifacts/fault-detection.json';
/** Slowest API first, so that two workers finish together. */
const apiOrder = ['agentruntime', 'runtype', 'runflow', 'intent-runs'];

type FaultOutcome = 'detected' | 'warning-only' | 'missed' | 'suite crashed' | 'not run';

function outcomeOf(measurement: Measurement): FaultOutcome {
  if (measurement.problem) return 'not run';
  if (measurement.crash) return 'suite crashed';
  if (measurement.failed) return 'detected';
  return measurement.warnings > 0 ? 'warning-only' : 'missed';
}

function variantOutcome(measurement: Measurement): string {
  if (measurement.problem) return 'not run';
  if (measurement.crash) return 'suite crashed';
  if (measurement.failed) return 'FALSE FAILURE';
  return measurement.warnings > 0 ? 'passed (warnings)' : 'passed';
}

function titleOf(finding: Measurement['firstError']): string {
  return finding ? `${finding.check} — ${finding.operationId}` : '';
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}

/* ── the worker: runs the jobs it is sent, one at a time ───────────────── */

async function serveAsWorker(): Promise<void> {
  process.on('message', async (message: { job?: Job; seed: number; stop?: boolean }) => {
    if (message.stop) process.exit(0);
    if (!message.job) return;
    const measurement = await measure(message.job, message.seed);
    process.send!({ measurement });
  });
}

/* ── the coordinator ───────────────────────────────────────────────────── */

function startWorker(): ChildProcess {
  return fork(fileURLToPath(import.meta.url), ['--worker'], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** Hands the jobs out to `parallel` workers as each becomes free; resolves with every measurement. */
async function runJobs(jobs: Job[], seed: number, parallel: number, onDone: (measurement: Measurement, done: number) => void): Promise<Measurement[]> {
  if (parallel === 1 && jobs.length > 0) {
    // One at a time needs no worker: the coordinator measures in its own process.
    const results: Measurement[] = [];
    for (const job of jobs) {
      results.push(await measure(job, seed));
      onDone(results[results.length - 1]!, results.length);
    }
    return results;
  }
  const queue = [...jobs];
  const results: Measurement[] = [];
  const workers = Array.from({ length: Math.min(parallel, jobs.length) }, startWorker);
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const next = () => {
            const job = queue.shift();
            if (!job) {
              worker.send({ stop: true, seed });
              resolve();
              return;
            }
            worker.send({ job, seed });
          };
          worker.on('message', (message: { measurement: Measurement }) => {
            results.push(message.measurement);
            onDone(message.measurement, results.length);
            next();
          });
          worker.on('exit', (code) => (queue.length > 0 || code !== 0 ? reject(new Error(`a worker stopped with exit code ${code}`)) : resolve()));
          next();
        }),
    ),
  );
  return results;
}

function printFaults(measurements: Measurement[]): void {
  console.log(`\n${'fault'.padEnd(56)} ${'set'.padEnd(8)} ${'api'.padEnd(12)} ${'family'.padEnd(18)} ${'outcome'.padEnd(12)} first error finding`);
  for (const fault of faults) {
    const measurement = measurements.find((candidate) => candidate.id === fault.id);
    if (!measurement) continue;
    console.log(`${fault.id.padEnd(56)} ${(setOf(fault.id) ?? '').padEnd(8)} ${fault.api.padEnd(12)} ${fault.family.padEnd(18)} ${outcomeOf(measurement).padEnd(12)} ${titleOf(measurement.firstError) || measurement.crash || measurement.problem || ''}`);
  }
}

function printMisses(measurements: Measurement[]): void {
  const misses = faults.map((fault) => ({ fault, measurement: measurements.find((candidate) => candidate.id === fault.id) })).filter(({ measurement }) => measurement && !measurement.failed);
  if (misses.length === 0) return;
  console.log('\nwhy the suite did not fail these runs:');
  for (const { fault, measurement } of misses) {
    console.log(`- ${fault.id} [${setOf(fault.id)}] (${outcomeOf(measurement!)}): ${fault.bug}`);
    console.log(`    should be caught by: ${fault.caughtBy}`);
    if (measurement!.crash) console.log(`    the suite threw instead of reporting: ${measurement!.crash} (the CLI would exit 1 with no finding)`);
    for (const tally of measurement!.expectedChecks) {
      const skipped = tally.skipped > 0 ? `, ${tally.skipped} skipped (${tally.skipReasons.slice(0, 2).join('; ')})` : '';
      console.log(`    "${tally.check}": ${tally.passed} passed, ${tally.failed} failed of which ${tally.warnings} warnings${skipped}`);
    }
    if (measurement!.firstWarning) console.log(`    reported only as a warning: ${titleOf(measurement!.firstWarning)}: ${measurement!.firstWarning.message.slice(0, 220)}`);
  }
}

function printVariants(measurements: Measurement[]): void {
  console.log(`\n${'faithful variant / control'.padEnd(56)} ${'set'.padEnd(8)} ${'api'.padEnd(12)} ${'outcome'.padEnd(18)} first error finding (a false failure) or first warning`);
  for (const variant of [...controlServers, ...faithfulVariants]) {
    const measurement = measurements.find((candidate) => candidate.id === variant.id);
    if (!measurement) continue;
    const shown = measurement.firstError ? `${titleOf(measurement.firstError)}: ${measurement.firstError.message.slice(0, 160)}` : titleOf(measurement.firstWarning);
    console.log(`${variant.id.padEnd(56)} ${(setOf(variant.id) ?? 'control').padEnd(8)} ${variant.api.padEnd(12)} ${variantOutcome(measurement).padEnd(18)} ${shown || measurement.crash || measurement.problem || ''}`);
  }
}

interface Totals {
  faults: number;
  detected: number;
  warningOnly: number;
  missed: number;
  crashed: number;
  detectionRate: number | null;
  variants: number;
  falseFailures: number;
}

function totalsOf(faultResults: Measurement[], variantResults: Measurement[]): Totals {
  const counted = (outcome: FaultOutcome) => faultResults.filter((measurement) => outcomeOf(measurement) === outcome).length;
  const detected = counted('detected');
  return {
    faults: faultResults.length,
    detected,
    warningOnly: counted('warning-only'),
    missed: counted('missed'),
    crashed: counted('suite crashed'),
    detectionRate: faultResults.length ? detected / faultResults.length : null,
    variants: variantResults.length,
    falseFailures: variantResults.filter((measurement) => measurement.failed || measurement.crash).length,
  };
}

function printTotals(label: string, totals: Totals): void {
  const crashed = totals.crashed ? `, suite crashed ${totals.crashed} (exit 1 without a finding; not counted as detected)` : '';
  console.log(`${label.padEnd(9)} detected ${totals.detected}/${totals.faults} (${percent(totals.detected, totals.faults)}), warning-only ${totals.warningOnly}, missed ${totals.missed}${crashed}; false failures on faithful variants ${totals.falseFailures}/${totals.variants}`);
}

const setChoices = ['all', ...benchSets] as const;
type SetChoice = (typeof setChoices)[number];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { set: { type: 'string', default: 'all' }, only: { type: 'string' }, parallel: { type: 'string', default: '2' }, seed: { type: 'string' }, worker: { type: 'boolean', default: false } } });
  if (values.worker) return serveAsWorker();
  if (!(setChoices as readonly string[]).includes(values.set)) throw new Error(`--set: expected one of ${setChoices.join(', ')}, received "${values.set}"`);
  const chosenSet = values.set as SetChoice;
  const sets: readonly BenchSet[] = chosenSet === 'all' ? benchSets : [chosenSet];
  const parallel = Number(values.parallel);
  if (parallel !== 1 && parallel !== 2) throw new Error(`--parallel: expected 1 or 2 (the machine has two cores), received "${values.parallel}"`);
  const seed = values.seed === undefined ? defaultSeed : Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed: expected a whole number, received "${values.seed}"`);
  const named = (id: string) => values.only === undefined || id.includes(values.only);
  const inSets = (id: string) => sets.includes(setOf(id)!);
  const jobs: Job[] = [
    ...controlServers.filter((server) => named(server.id)).map((server) => ({ kind: 'control' as const, id: server.id, api: server.api })),
    ...faults.filter((server) => named(server.id) && inSets(server.id)).map((server) => ({ kind: 'fault' as const, id: server.id, api: server.api })),
    ...faithfulVariants.filter((server) => named(server.id) && inSets(server.id)).map((server) => ({ kind: 'variant' as const, id: server.id, api: server.api })),
  ]
    .sort((a, b) => apiOrder.indexOf(a.api) - apiOrder.indexOf(b.api))
    .map(({ kind, id }) => ({ kind, id }));
  if (jobs.length === 0) throw new Error(`--only: no fault, variant or control id contains "${values.only}"`);

  const counts = (kind: Job['kind']) => jobs.filter((job) => job.kind === kind).length;
  console.log(`fault detection, set ${chosenSet}: ${jobs.length} servers (${counts('fault')} faults, ${counts('variant')} faithful variants, ${counts('control')} controls), seed ${seed}, ${parallel} at a time`);
  const started = performance.now();
  const measurements = await runJobs(jobs, seed, parallel, (measurement, done) => {
    process.stderr.write(`[${String(done).padStart(2)}/${jobs.length}] ${measurement.id} ${(measurement.durationMs / 1000).toFixed(1)} s\n`);
  });
  const wallSeconds = (performance.now() - started) / 1000;

  const faultResults = measurements.filter((measurement) => measurement.kind === 'fault');
  const variantResults = measurements.filter((measurement) => measurement.kind === 'variant');
  const controlResults = measurements.filter((measurement) => measurement.kind === 'control');
  printFaults(faultResults);
  printMisses(faultResults);
  printVariants([...controlResults, ...variantResults]);

  const ofSet = (list: Measurement[], set: BenchSet) => list.filter((measurement) => setOf(measurement.id) === set);
  const totalsBySet = Object.fromEntries(sets.map((set) => [set, totalsOf(ofSet(faultResults, set), ofSet(variantResults, set))])) as Partial<Record<BenchSet, Totals>>;
  const totals = totalsOf(faultResults, variantResults);
  const failedControls = controlResults.filter((measurement) => measurement.failed || measurement.problem).length;
  const runSeconds = measurements.reduce((sum, measurement) => sum + measurement.durationMs, 0) / 1000;
  console.log('\nper set (main: the faults the suite was improved against; holdout: written afterwards, since looked at too; unseen: written blind to the suite, since looked at too; fresh: written blind after all three, since looked at too; untried: written blind after all four, since looked at too; novel: written blind after all five, since looked at too; unmet: written blind after all six, since looked at too; unheard: written blind after all seven, never tuned against; the goal is at least 95 % detected and no false failure):');
  for (const set of sets) printTotals(set, totalsBySet[set]!);
  if (sets.length > 1) printTotals('all', totals);
  console.log(`controls failed: ${failedControls}/${controlResults.length}`);
  console.log(`total time ${wallSeconds.toFixed(1)} s wall clock (${runSeconds.toFixed(1)} s of runs, ${parallel} at a time)`);

  const describe = (measurement: Measurement) => {
    const fault = faults.find((candidate) => candidate.id === measurement.id);
    const variant = [...faithfulVariants, ...controlServers].find((candidate) => candidate.id === measurement.id);
    const set = setOf(measurement.id) ?? 'control';
    return fault
      ? { ...measurement, set, outcome: outcomeOf(measurement), family: fault.family, bug: fault.bug, documented: fault.documented, caughtBy: fault.caughtBy }
      : { ...measurement, set, outcome: variantOutcome(measurement), difference: variant?.difference, faithful: variant?.faithful };
  };
  const order = (list: Measurement[], ids: string[]) => [...list].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)).map(describe);
  mkdirSync('.artifacts', { recursive: true });
  writeFileSync(
    reportFile,
    `${JSON.stringify(
      {
        seed,
        parallel,
        set: chosenSet,
        wallSeconds: Number(wallSeconds.toFixed(1)),
        totals: { ...totals, controls: controlResults.length, failedControls },
        totalsBySet,
        faults: order(faultResults, faults.map((fault) => fault.id)),
        variants: order(variantResults, faithfulVariants.map((variant) => variant.id)),
        controls: order(controlResults, controlServers.map((control) => control.id)),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written to ${reportFile}`);
}

main().catch((error: unknown) => {
  console.error(`bench:faults: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
