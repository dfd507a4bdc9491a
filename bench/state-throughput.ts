/**
 * What `--state <dir>` costs: the start of `npm start -- --api agentruntime`
 * with and without a saved state, and the throughput of a mutating request
 * (PATCH of one workflow, so the state stays the same size) and a read, each
 * with and without persistence. 10 connections for BENCH_SECONDS (default 10)
 * seconds each. Prints figures; asserts nothing.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../mocks/lib/net.ts';
import { createMock } from '../mocks/registry.ts';
import { serveOnNode } from '../mocks/stateful/node.ts';
import { persistMockState, writeAtomically } from '../mocks/stateful/persistence.ts';
import { encodeState } from '../mocks/stateful/persistence-format.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const savedWorkflows = 1000;
const repository = new URL('../', import.meta.url).pathname;
const headers = { authorization: 'Bearer pat_admin_acme_bench', 'x-tenant-id': 'acme', 'x-project-id': 'proj-main', 'content-type': 'application/json' };

/** The median of three starts: one start on a shared machine is noise. */
async function timeToReady(extra: string[]): Promise<number> {
  const times: number[] = [];
  for (let attempt = 0; attempt < 3; attempt++) times.push(await timeOneStart(extra));
  return times.sort((a, b) => a - b)[1]!;
}

/** Milliseconds from spawning the start command to its "ready" line. */
function timeOneStart(extra: string[]): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/start.ts', '--api', 'agentruntime', '--port', '0', ...extra], { cwd: repository, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('ready in')) return;
      const elapsed = performance.now() - started;
      child.once('exit', () => resolve(elapsed));
      child.kill('SIGTERM');
    });
    child.on('error', reject);
  });
}

/** A state folder holding `count` workflows, written as the mock would. */
async function savedState(folder: string, count: number): Promise<void> {
  const mock = createMock('agentruntime');
  for (let index = 0; index < count; index++) {
    await mock.handle(new Request('http://bench/v1/workflows', { method: 'POST', headers, body: JSON.stringify({ name: `Workflow ${index}`, graph: { steps: [{ id: 'draft', type: 'llm', name: 'Draft' }], edges: [] } }) }));
  }
  writeAtomically(join(folder, 'agentruntime.json'), encodeState('agentruntime', mock.snapshot()));
}

async function throughput(persistIn: string | undefined, method: 'GET' | 'PATCH'): Promise<{ requestsPerSecond: number; p99: number; errors: number }> {
  const mock = createMock('agentruntime');
  mock.loadFixture('demo');
  if (persistIn) persistMockState(mock, persistIn).save();
  const server = await serveOnNode(mock, await freePort());
  try {
    const workflow = await (await fetch(`${server.url}/v1/workflows`, { method: 'POST', headers, body: JSON.stringify({ name: 'Benchmarked' }) })).json();
    const body = method === 'PATCH' ? JSON.stringify({ name: 'Benchmarked again' }) : undefined;
    const result = await autocannon({ url: `${server.url}/v1/workflows/${workflow.id}`, method, headers, body, connections: 10, duration: seconds });
    return { requestsPerSecond: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
  } finally {
    await server.close();
  }
}

export async function benchState(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-state-'));
  try {
    const cold = await timeToReady([]);
    const empty = await timeToReady(['--state', join(folder, 'empty')]);
    await savedState(folder, savedWorkflows);
    const resumed = await timeToReady(['--state', folder]);
    console.log(`\nnpm start -- --api agentruntime, spawn to ready: ${cold.toFixed(0)} ms without --state, ${empty.toFixed(0)} ms with an empty --state, ${resumed.toFixed(0)} ms resuming ${savedWorkflows} saved workflows`);

    console.log(`\n--state throughput, agentruntime, 10 connections, ${seconds} s each (demo fixture + 1 workflow)`);
    console.log('request                          req/s   p99 ms  errors');
    for (const method of ['PATCH', 'GET'] as const) {
      for (const persist of [false, true]) {
        const figures = await throughput(persist ? join(folder, `run-${method}`) : undefined, method);
        const name = `${method} /v1/workflows/{id}${persist ? ' --state' : ''}`;
        console.log(`${name.padEnd(32)} ${figures.requestsPerSecond.toFixed(0).padStart(6)}  ${String(figures.p99).padStart(7)}  ${String(figures.errors).padStart(6)}`);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchState();
