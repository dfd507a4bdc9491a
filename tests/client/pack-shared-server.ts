/**
 * The README's shared mock (`npx agent-contracts mock … --state …`), run as written in
 * the empty project that installed the packed package. Registered from pack.test.ts,
 * inside its describe, so that the slow pack and install happen once for both files'
 * tests (vitest runs each test file in its own worker, which cannot share them).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { readmeCodeBlockAfter } from '../helpers/readme.ts';

const marker = '<!-- shared-server-example: tests/client/pack-shared-server.ts -->';
const readmeBlock = readmeCodeBlockAfter(readFileSync(join(repoRoot, 'README.md'), 'utf8'), marker);
const readmeCommand = readmeBlock.split('\n').find((line) => line.startsWith('npx agent-contracts mock '));

// The demo tenant and project of agentruntime's fixture, with a role that may create.
const headers = { authorization: 'Bearer pat_admin_acme_shared', 'x-tenant-id': 'acme', 'x-project-id': 'proj-main', 'content-type': 'application/json' };
const startDeadlineMs = 30_000;

interface NodeRuntime {
  version: string;
  binary: string;
}

/**
 * The README's command with its port and folder swapped for the given ones, and nothing
 * else changed; it fails on a README whose command no longer has one of each.
 */
function commandOnPortAndFolder(port: number, folder: string): string {
  if (!readmeCommand) throw new Error(`README has no "npx agent-contracts mock …" line in the block after ${marker}`);
  const readmePort = [...readmeCommand.matchAll(/ --port (\S+)/g)];
  const readmeFolder = [...readmeCommand.matchAll(/ --state (\S+)/g)];
  if (readmePort.length !== 1 || readmeFolder.length !== 1) throw new Error(`expected one --port and one --state in the README's command: ${readmeCommand}`);
  return readmeCommand.replace(readmePort[0]![0], ` --port ${port}`).replace(readmeFolder[0]![0], ` --state ${folder}`);
}

function apiOf(command: string): string {
  const api = / --api (\S+)/.exec(command)?.[1];
  if (!api) throw new Error(`the README's command names no --api: ${command}`);
  return api;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('the probe server has no port');
  return address.port;
}

/** Resolves once nothing accepts connections on the port any more (the killed mock's socket is gone). */
async function portReleased(port: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (!accepted) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`port ${port} still accepts connections after the mock was killed`);
}

/** The executables of the processes in the child's group (Linux's /proc), to tell which Node serves. */
function groupExecutables(child: ChildProcess): string[] {
  const executables: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // stat: "pid (comm) state ppid pgrp …"; comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (group === child.pid) executables.push(realpathSync(`/proc/${entry}/exe`));
    } catch {
      // the process ended while the list was read
    }
  }
  return executables;
}

/**
 * Runs the README's command through a shell, as a person would type it, on the given Node
 * (first on PATH, which `npx` and the command's `#!/usr/bin/env node` both follow). The
 * shell leads its own process group, so a kill reaches npx and the mock under it.
 */
class ShellCommands {
  private readonly running = new Set<ChildProcess>();

  constructor(private readonly project: () => string) {}

  spawn(command: string, node: NodeRuntime): ChildProcess {
    const env = { ...process.env, PATH: `${dirname(node.binary)}${delimiter}${process.env.PATH ?? ''}` };
    const child = spawn(command, { cwd: this.project(), env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.running.add(child);
    child.on('exit', () => this.running.delete(child));
    return child;
  }

  /** Starts the command and resolves once it prints the URL on the port it was given. */
  startServing(command: string, port: number, node: NodeRuntime): Promise<{ child: ChildProcess; url: string }> {
    const child = this.spawn(command, node);
    const url = `http://127.0.0.1:${port}`;
    return new Promise((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`\`${command}\` printed no ${url} within ${startDeadlineMs / 1000} s:\n${output}`)), startDeadlineMs);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(url)) {
          clearTimeout(timer);
          resolve({ child, url });
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`\`${command}\` exited (${code}) before serving ${url}:\n${output}`));
      });
    });
  }

  /** Runs the command expecting it to stop by itself: its exit code and output. */
  runToExit(command: string, node: NodeRuntime): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = this.spawn(command, node);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  }

  /** kill -9 of the whole group (shell, npx, the mock), as a crash would. */
  async killHard(child: ChildProcess): Promise<void> {
    const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
    try {
      // The group, even when the shell has gone: npx or the mock may outlive it.
      process.kill(-child.pid!, 'SIGKILL');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
    await exited;
  }

  async killAll(): Promise<void> {
    for (const child of [...this.running]) await this.killHard(child);
  }
}

/** The shared-mock tests, for the consumer project that pack.test.ts installs. */
export function describeSharedServerExample(project: () => string, nodes: NodeRuntime[]): void {
  const shell = new ShellCommands(project);
  afterAll(() => shell.killAll());

  it('finds the README\'s shared-mock command, for agentruntime with --state', () => {
    expect(readmeBlock.split('\n')[0]).toBe('npm install -D agent-contracts');
    expect(readmeCommand).toMatch(/^npx agent-contracts mock .*--state /);
    expect(apiOf(readmeCommand!)).toBe('agentruntime');
  });

  it.each(nodes)('runs the README\'s shared mock as written under Node $version: kept across kill -9, forgotten on reset, a corrupt file refused', async (node) => {
    const folder = mkdtempSync(join(tmpdir(), 'agent-contracts-shared-state-'));
    try {
      const port = await freePort();
      const command = commandOnPortAndFolder(port, folder);
      const stateFile = join(folder, `${apiOf(command)}.json`);

      const first = await shell.startServing(command, port, node);
      const nodeBinaries = new Set(nodes.map((runtime) => realpathSync(runtime.binary)));
      // npx and the mock under it run on the Node that PATH gave them, and on no other.
      const servingNodes = new Set(groupExecutables(first.child).filter((executable) => nodeBinaries.has(executable)));
      expect(servingNodes).toEqual(new Set([realpathSync(node.binary)]));
      const seeded = (await (await fetch(`${first.url}/v1/workflows`, { headers })).json()) as { data: unknown[] };
      expect(seeded.data.length).toBeGreaterThan(0); // --fixture demo took effect
      const created = await fetch(`${first.url}/v1/workflows`, { method: 'POST', headers, body: JSON.stringify({ name: `Kept across kill -9 on Node ${node.version}` }) });
      expect(created.status).toBe(201);
      const workflow = (await created.json()) as { id: string };
      await shell.killHard(first.child);
      expect(existsSync(stateFile)).toBe(true);
      await portReleased(port);

      const second = await shell.startServing(command, port, node);
      const served = await fetch(`${second.url}/v1/workflows/${workflow.id}`, { headers });
      expect(served.status).toBe(200);
      expect(await served.json()).toEqual(workflow);
      expect((await fetch(`${second.url}/__mock/reset`, { method: 'POST' })).status).toBe(204);
      expect((await fetch(`${second.url}/v1/workflows/${workflow.id}`, { headers })).status).toBe(404);
      await shell.killHard(second.child);
      await portReleased(port);

      // The reset reached the file: a third start does not bring the workflow back.
      const third = await shell.startServing(command, port, node);
      expect((await fetch(`${third.url}/v1/workflows/${workflow.id}`, { headers })).status).toBe(404);
      await shell.killHard(third.child);
      await portReleased(port);

      const corrupt = readFileSync(stateFile, 'utf8').slice(0, 40);
      writeFileSync(stateFile, corrupt);
      const refused = await shell.runToExit(command, node);
      expect(refused.code).toBe(2);
      const lines = refused.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(stateFile);
      expect(lines[0]).toMatch(/not valid JSON/);
      expect(refused.stdout).not.toContain(`127.0.0.1:${port}`);
      expect(readFileSync(stateFile, 'utf8')).toBe(corrupt);
    } finally {
      await shell.killAll();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 2 * 60_000);
}
