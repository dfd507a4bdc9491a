import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../scripts/lib/apis.ts';

const runs = 5;

/**
 * From spawning the package's compiled command (`node bin/agent-contracts.js mock`,
 * what `npx agent-contracts mock` runs) to every mock it prints accepting a TCP
 * connection: the median of a few runs, after building dist/ once. It serves the
 * design ports, so those must be free.
 */
export async function commandStartTime(): Promise<{ command: string; milliseconds: number; runs: number }> {
  const build = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/package/build.ts')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:package failed');
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await timeOneStart());
  times.sort((a, b) => a - b);
  return { command: 'node bin/agent-contracts.js mock', milliseconds: times[Math.floor(times.length / 2)]!, runs };
}

async function timeOneStart(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(repoRoot, 'bin/agent-contracts.js'), 'mock'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const ports = await printedPorts(child, 4);
    await Promise.all(ports.map(acceptsConnection));
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

function printedPorts(child: ReturnType<typeof spawn>, count: number): Promise<number[]> {
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
