/**
 * The mock command as `npm start` and `agent-contracts mock` run it: bundled by
 * esbuild into dist/command/mock.js. Everything happens in a temporary copy of
 * the sources the bundle is made from, so the repository's dist/ is neither read
 * nor rewritten: the copy starts as a fresh clone does, without a bundle.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { apiIds, findApi } from '../../apis/index.ts';
import { runConformance } from '../../conformance/runner.ts';
import { validatingFetch } from '../helpers/validating-fetch.ts';

const copiedFolders = ['mocks', 'contract', 'apis', 'generated', 'client', 'conformance'];
const copiedFiles = ['package.json', 'tsconfig.json', 'scripts/start-mock.js', 'scripts/package/bundle-mock-command.js'];
const running = new Set<ChildProcess>();

interface Started {
  urls: string[];
  stdout: string;
  stderr: string;
  child: ChildProcess;
}

/** Runs a Node script of the copy and resolves once it prints its ready line. */
function startMock(copy: string, script: string, args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [join(copy, script), ...args], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ready in')) resolve({ urls: [...stdout.matchAll(/http:\/\/127\.0\.0\.1:\d+/g)].map((match) => match[0]), stdout, stderr, child });
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready:\n${stdout}${stderr}`)));
  });
}

/** Runs a Node script of the copy expecting it to refuse: its exit code and what it printed. */
function failedStart(copy: string, script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(copy, script), ...args], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('the bundled mock command', () => {
  let copy: string;
  const bundle = () => join(copy, 'dist/command/mock.js');

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'bundled-mock-'));
    for (const folder of copiedFolders) cpSync(join(repoRoot, folder), join(copy, folder), { recursive: true });
    for (const file of copiedFiles) {
      mkdirSync(join(copy, file, '..'), { recursive: true });
      cpSync(join(repoRoot, file), join(copy, file));
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  });
  afterEach(async () => {
    await Promise.all([...running].map(stop));
  });
  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  it('is bundled by `npm start` when missing, then serves all four mocks on free ports with the documented answers', async () => {
    const started = await startMock(copy, 'scripts/start-mock.js', ['--port', '0']);
    expect(started.stderr).toContain('bundling the mock command');
    expect(statSync(bundle()).isFile()).toBe(true);
    expect(started.urls).toHaveLength(4);
    expect(new Set(started.urls.map((url) => new URL(url).port)).size).toBe(4);
    for (const url of started.urls) {
      expect((await fetch(`${url}/__mock/fixtures/demo`, { method: 'POST' })).status, url).toBe(204);
    }

    // runflow is the second API in the printed order (design.md's order, as in apis/index.ts).
    const checked = validatingFetch('runflow');
    const response = await checked.fetch(new Request(`${started.urls[1]}/api/v1/runtime/v1/observability/reviews`, { headers: { 'x-api-key': 'rf_demo_key' } }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { reviews: { id: string }[]; total: number };
    const demo = JSON.parse(readFileSync(join(repoRoot, 'mocks/runflow/fixtures/demo.json'), 'utf8')) as { reviews: { id: string; tenant: string }[] };
    const demoIds = demo.reviews.filter((review) => review.tenant === 'rf_demo_key').map((review) => review.id);
    expect(body.reviews.map((review) => review.id).sort()).toEqual([...demoIds].sort());
    expect(checked.problems).toEqual([]);
  });

  it('answers as the contract says through the whole bundle (dependencies and their own JSON included): the examples phase of conformance finds no error on any API', async () => {
    const started = await startMock(copy, 'dist/command/mock.js', ['--port', '0', '--fixture', 'demo']);
    const printed = [...started.stdout.matchAll(/^(\S+)\s+(http:\/\/127\.0\.0\.1:\d+)/gm)].map((match) => ({ api: match[1]!, url: match[2]! }));
    expect(printed.map(({ api }) => api).sort()).toEqual([...apiIds].sort());
    for (const { api, url } of printed) {
      const { session } = await runConformance({ api, baseUrl: url, identities: findApi(api).identities.conformance, level: 'full', phases: ['examples'], seed: 1 });
      expect(session.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.operationId}: ${finding.check}: ${finding.message}`), api).toEqual([]);
      expect(started.stderr, api).not.toContain('Internal mock error');
    }
  });

  it('runs one API on the port given, with the arguments passed through `npm start`', async () => {
    const started = await startMock(copy, 'scripts/start-mock.js', ['--api', 'intent-runs', '--port', '0', '--fixture', 'demo']);
    expect(started.stderr).not.toContain('bundling');
    expect(started.urls).toHaveLength(1);
    const checked = validatingFetch('intent-runs');
    const response = await checked.fetch(new Request(`${started.urls[0]}/v1/runs`, { headers: { 'x-api-key': 'ir_demo_key' } }));
    expect(response.status).toBe(200);
    expect(checked.problems).toEqual([]);
  });

  it('refuses a bad flag, port or api with one line and exit code 2, before serving anything', async () => {
    for (const args of [['--bogus'], ['--port', '70000', '--api', 'runflow'], ['--port', '4999'], ['--api', 'nowhere']]) {
      const result = await failedStart(copy, 'dist/command/mock.js', args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
    expect((await failedStart(copy, 'dist/command/mock.js', ['--port', '70000', '--api', 'runflow'])).stderr).toContain('--port: expected a number from 0 to 65535, received "70000"');
    expect((await failedStart(copy, 'dist/command/mock.js', ['--bogus'])).stderr).toContain("Unknown option '--bogus'");
  });

  it('is rebuilt by `npm start` when a source changed after it was built, and serves the change', async () => {
    const builtAt = statSync(bundle()).mtimeMs;
    const start = join(copy, 'mocks/start.ts');
    const source = readFileSync(start, 'utf8');
    expect(source).toContain('State controls:');
    writeFileSync(start, source.replace('State controls:', 'State controls (rebuilt):'));

    const started = await startMock(copy, 'scripts/start-mock.js', ['--api', 'runflow', '--port', '0']);
    expect(started.stderr).toContain('mocks/start.ts changed since it was built');
    expect(statSync(bundle()).mtimeMs).toBeGreaterThan(builtAt);
    expect(started.stdout).toContain('State controls (rebuilt):');
  });
});
