/**
 * `npm start -- --state <dir>` as a real child process on 127.0.0.1: what was
 * answered survives SIGKILL, a reset clears the file, and a state file that is
 * not this API's state stops the start with one clear line, leaving it untouched.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repository = new URL('../../', import.meta.url).pathname;
const headers = { authorization: 'Bearer pat_admin_acme_state', 'x-tenant-id': 'acme', 'x-project-id': 'proj-main', 'content-type': 'application/json' };
const running = new Set<ChildProcess>();

function startArguments(folder: string, extra: string[] = []): string[] {
  return ['--import', 'tsx', 'mocks/start.ts', '--api', 'agentruntime', '--port', '0', '--state', folder, ...extra];
}

/** Starts the mock and resolves with its URL once it is ready. */
function startMock(folder: string, extra: string[] = []): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, startArguments(folder, extra), { cwd: repository, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (url && output.includes('ready in')) resolve({ url, child });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`the mock exited with ${code} before it was ready: ${output}`)));
  });
}

/** Starts the mock expecting it to refuse: its exit code and what it printed on stderr. */
function failedStart(folder: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, startArguments(folder), { cwd: repository, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => {
    running.delete(child);
    resolve({ code, stderr });
  }));
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('the mock with --state', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'mock-state-'));
  });
  afterEach(() => {
    for (const child of running) child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves a resource created right before a SIGKILL after a restart, and new ids do not collide with it', async () => {
    const first = await startMock(folder, ['--deterministic']);
    const created = await fetch(`${first.url}/v1/workflows`, { method: 'POST', headers, body: JSON.stringify({ name: 'Survives kill -9' }) });
    expect(created.status).toBe(201);
    const workflow = await created.json();
    await killHard(first.child);

    const second = await startMock(folder, ['--deterministic']);
    const served = await fetch(`${second.url}/v1/workflows/${workflow.id}`, { headers });
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(workflow);
    const next = await (await fetch(`${second.url}/v1/workflows`, { method: 'POST', headers, body: JSON.stringify({ name: 'After the restart' }) })).json();
    expect(next.id).not.toBe(workflow.id);
    expect(Date.parse(next.created_at)).toBeGreaterThan(Date.parse(workflow.created_at));
    await killHard(second.child);
  });

  it('seeds from --fixture only when there is no saved state, and a reset clears the file', async () => {
    const first = await startMock(folder, ['--fixture', 'demo']);
    const seeded = await (await fetch(`${first.url}/v1/workflows`, { headers })).json();
    expect(seeded.data.length).toBeGreaterThan(0);
    const created = await (await fetch(`${first.url}/v1/workflows`, { method: 'POST', headers, body: JSON.stringify({ name: 'Mine' }) })).json();
    await killHard(first.child);

    // The fixture does not overwrite what the team made since.
    const second = await startMock(folder, ['--fixture', 'demo']);
    expect((await fetch(`${second.url}/v1/workflows/${created.id}`, { headers })).status).toBe(200);
    expect((await fetch(`${second.url}/__mock/reset`, { method: 'POST' })).status).toBe(204);
    const saved = JSON.parse(readFileSync(join(folder, 'agentruntime.json'), 'utf8'));
    expect(saved.store.collections).toEqual({});
    await killHard(second.child);

    const third = await startMock(folder);
    expect((await fetch(`${third.url}/v1/workflows/${created.id}`, { headers })).status).toBe(404);
    await killHard(third.child);
  });

  const unreadable: [string, string, RegExp][] = [
    ['a truncated file', '{"format":"agent-contracts/mock-state","version":1,"api":"agentrun', /not valid JSON/],
    ['an empty file', '', /empty/],
    ['another API\'s state', JSON.stringify({ format: 'agent-contracts/mock-state', version: 1, api: 'runflow', store: {} }), /state of "runflow", not of agentruntime/],
    ['a file of another format', JSON.stringify({ workflows: [] }), /expected format "agent-contracts\/mock-state"/],
    ['a newer version', JSON.stringify({ format: 'agent-contracts/mock-state', version: 99, api: 'agentruntime', store: {} }), /newer version/],
    ['a state that does not fit the store', JSON.stringify({ format: 'agent-contracts/mock-state', version: 1, api: 'agentruntime', store: { runs: [{ scope: 'acme/proj-main' }] } }), /does not fit the agentruntime store/],
  ];
  for (const [what, content, message] of unreadable) {
    it(`refuses to start from ${what}: exit 2, one line naming the file, the file untouched`, async () => {
      const file = join(folder, 'agentruntime.json');
      writeFileSync(file, content);
      const { code, stderr } = await failedStart(folder);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(file);
      expect(stderr).toMatch(message);
      expect(readFileSync(file, 'utf8')).toBe(content);
    });
  }
});
