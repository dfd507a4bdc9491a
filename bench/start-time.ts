/**
 * npm run bench:start (and part of npm run bench): how long the mock takes to
 * start, from spawning the command to all four mocks accepting a TCP
 * connection, for the package's command (`node bin/agent-contracts.js mock`,
 * what `npx agent-contracts mock` runs) and for `npm start`. Both get
 * `--port 0`, so they serve on free ports and never collide with a mock already
 * running on the design ports; the work is the same.
 *
 * Beside them, two floors that are not ours to shorten: Node starting and
 * exiting (`node -e 0`), and npm running a script that only does that. What a
 * command takes above its floor is the mock's own start.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../scripts/lib/apis.ts';

const runs = Number(process.env.BENCH_START_RUNS ?? 7);

export interface StartFigure {
  command: string;
  /** What the time runs to. */
  until: string;
  median: number;
  min: number;
  runs: number;
}

/** Builds dist/ once (the package's command runs it), then times every command `runs` times after one untimed run. */
export async function startTimes(): Promise<StartFigure[]> {
  const build = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/package/build.ts')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:package failed');
  const scratch = mkdtempSync(join(tmpdir(), 'agent-contracts-start-'));
  try {
    // A project of its own, so `npm run` there does all npm does for `npm start` and then nothing.
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'start-floor', private: true, scripts: { noop: 'node -e 0' } }));
    const ready = 'all four mocks accepting connections';
    return [
      await timed('node bin/agent-contracts.js mock --port 0', ready, () => untilFourAccept(process.execPath, [join(repoRoot, 'bin/agent-contracts.js'), 'mock', '--port', '0'], repoRoot)),
      await timed('npm start -- --port 0', ready, () => untilFourAccept('npm', ['start', '--', '--port', '0'], repoRoot)),
      await timed('node -e 0', 'exit', () => untilExit(process.execPath, ['-e', '0'], scratch)),
      await timed('npm run noop (a script running `node -e 0`)', 'exit', () => untilExit('npm', ['run', 'noop'], scratch)),
    ];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function benchStart(): Promise<void> {
  const [bin, npmStart, node, npmRun] = await startTimes();
  console.log(`\nstart, spawn to ${bin!.until} (median / min of ${runs})`);
  for (const figure of [bin!, npmStart!]) console.log(`  ${figure.command.padEnd(46)} ${show(figure)}`);
  console.log(`floors, spawn to exit`);
  for (const figure of [node!, npmRun!]) console.log(`  ${figure.command.padEnd(46)} ${show(figure)}`);
  console.log(`the mock's own part (median above its floor): ${(bin!.median - node!.median).toFixed(0)} ms for the command, ${(npmStart!.median - npmRun!.median).toFixed(0)} ms for npm start`);
  console.log(`\`${bin!.command}\`: ${bin!.median.toFixed(0)} ms (target < 300 ms)`);
}

function show(figure: StartFigure): string {
  return `${figure.median.toFixed(0).padStart(5)} ms / ${figure.min.toFixed(0).padStart(4)} ms`;
}

async function timed(command: string, until: string, once: () => Promise<number>): Promise<StartFigure> {
  await once(); // untimed: the files are in the page cache, and npm start has its bundle
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await once());
  times.sort((a, b) => a - b);
  return { command, until, median: times[Math.floor(times.length / 2)]!, min: times[0]!, runs };
}

async function untilExit(command: string, args: string[], cwd: string): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: 'ignore' });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${String(code)}`);
  return performance.now() - started;
}

/**
 * Spawns the command in a process group of its own, since npm does not pass a
 * signal on to the script it runs: the whole group is stopped after each run.
 */
async function untilFourAccept(command: string, args: string[], cwd: string): Promise<number> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const ports = await printedPorts(child, 4);
    await Promise.all(ports.map(acceptsConnection));
    return performance.now() - started;
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

function printedPorts(child: ChildProcess, count: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ports = [...output.matchAll(/http:\/\/127\.0\.0\.1:(\d+)/g)].map((match) => Number(match[1]));
      if (ports.length >= count) resolve(ports.slice(0, count));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the mock command exited (${code}) before serving ${count} APIs:\n${output}`)));
  });
}

/** Resolves once a TCP connection to the port succeeds (retrying while it is refused). */
async function acceptsConnection(port: number): Promise<void> {
  for (;;) {
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (accepted) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStart();
