import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { createMock } from '../../mocks/registry.ts';
import { json, startSwitchableServer } from './harness.ts';

/** Runs the CLI as a user would; asynchronously, so that servers in this process keep answering. */
function conformance(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(repoRoot, 'node_modules/.bin/tsx'), ['conformance/cli.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the conformance CLI', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  const reports = mkdtempSync(join(tmpdir(), 'conformance-reports-'));
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(async () => {
    await server.close();
    rmSync(reports, { recursive: true, force: true });
  });

  it('exits 2 with a one-line reason when nothing listens on the port', async () => {
    const port = await freePort();
    const result = await conformance(['--api', 'runflow', '--base-url', `http://127.0.0.1:${port}`, '--auth', 'x-api-key: rf_x']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`cannot reach http://127.0.0.1:${port}: connection refused`);
  });

  it('exits 2 and shows the usage on bad arguments', async () => {
    const missingAuth = await conformance(['--api', 'runflow', '--base-url', 'http://127.0.0.1:9']);
    expect(missingAuth.status).toBe(2);
    expect(missingAuth.stderr).toContain("--auth 'Header: value' is required");
    const badHeader = await conformance(['--api', 'runflow', '--base-url', 'http://127.0.0.1:9', '--auth', 'no-colon']);
    expect(badHeader.stderr).toContain("--auth: expected 'Header: value', received 'no-colon'");
    const badApi = await conformance(['--api', 'nope', '--base-url', 'http://127.0.0.1:9', '--auth', 'a: b']);
    expect(badApi.stderr).toContain('--api: unknown api "nope"');
    expect(badApi.status).toBe(2);
    const badRole = await conformance(['--api', 'runflow', '--base-url', 'http://127.0.0.1:9', '--auth', 'a: b', '--auth-role', 'Authorization: Bearer x']);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain("--auth-role: expected '<role>=Header: value', received 'Authorization: Bearer x'");
  });

  it('refuses bad --phases, --seed and --max-examples with the reason', async () => {
    const base = ['--api', 'runflow', '--base-url', 'http://127.0.0.1:9', '--auth', 'x-api-key: rf_cli'];
    const phases = await conformance([...base, '--phases', 'examples,chaos']);
    expect(phases.status).toBe(2);
    expect(phases.stderr).toContain('--phases: expected a comma-separated list of examples, coverage, fuzz, stateful, received "examples,chaos"');
    const seed = await conformance([...base, '--seed', 'abc']);
    expect(seed.stderr).toContain('--seed: expected a whole number of at least 0, received "abc"');
    const examples = await conformance([...base, '--max-examples', '0']);
    expect(examples.stderr).toContain('--max-examples: expected a whole number of at least 1, received "0"');
  });

  it('prints the seed it was given and runs only the phases asked for', async () => {
    server.use(createMock('runflow').handle);
    const result = await conformance(['--api', 'runflow', '--base-url', server.url, '--auth', 'x-api-key: rf_cli', '--level', 'schema', '--phases', 'examples', '--seed', '77', '--report-json', join(reports, 'phases.json')]);
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('seed 77, phases examples');
    expect(result.stdout).toContain('seed 77 (replay the run with --seed 77)');
    const report = JSON.parse(readFileSync(join(reports, 'phases.json'), 'utf8'));
    expect(report.seed).toBe(77);
    expect(report.phases.map((phase: { phase: string }) => phase.phase)).toEqual(['examples']);
  });

  it('exits 0 against the mock and writes JSON and JUnit reports', async () => {
    server.use(createMock('runflow').handle);
    const result = await conformance(['--api', 'runflow', '--base-url', server.url, '--auth', 'x-api-key: rf_cli', '--level', 'schema', '--report-json', join(reports, 'ok.json'), '--report-junit', join(reports, 'ok.xml')]);
    expect(result.status, result.stdout).toBe(0);
    const report = JSON.parse(readFileSync(join(reports, 'ok.json'), 'utf8'));
    expect(report).toMatchObject({ api: 'runflow', level: 'schema', passed: true, findings: [] });
    expect(readFileSync(join(reports, 'ok.xml'), 'utf8')).toContain('<testcase classname="runflow" name="valid input accepted"/>');
  });

  it('exits 1 against a server that answers 500, naming check, operation, request and received/documented', async () => {
    server.use(async () => json(500, { statusCode: 500, message: 'boom', error: 'Internal Server Error' }));
    const result = await conformance(['--api', 'runflow', '--base-url', server.url, '--auth', 'x-api-key: rf_cli', '--level', 'schema', '--report-junit', join(reports, 'bad.xml')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/not a server error — createReview\n {3}request: {2}POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/runtime\/v1\/observability\/executions\/exec-7f3a2c\/reviews .*\n {3}received 500 \/ documented an answer that is not a server error/);
    expect(readFileSync(join(reports, 'bad.xml'), 'utf8')).toContain('<failure message="received 500 / documented an answer that is not a server error">');
  });
});
