import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { sendJson, startTestServer, type TestServer } from '../helpers/http-server.ts';

// Another repository's view of the package: npm pack (which compiles client/ to
// dist/ through prepack), install the tarball into a fresh project (from npm's
// cache: nothing is fetched that `npm ci` did not already fetch), typecheck a
// consumer file with the repository's tsc, and run it with node.
const run = promisify(execFile);
const minutes = 60_000;

const review = {
  id: 'rev-1', executionId: 'exec-1', agentId: 'agent-1', rating: 'needs_improvement', status: 'pending_review',
  priority: 'medium', comment: 'Right answer, wrong tone', tags: [], reviewedBy: 'qa-bot',
  createdAt: '2026-05-20T12:00:00.000Z', updatedAt: '2026-05-20T12:00:00.000Z',
};
const reviews = ['rev-1', 'rev-2', 'rev-3'].map((id) => ({ ...review, id }));

describe('the package, installed from its tarball in another project', () => {
  let scratch: string;
  let project: string;
  let packedFiles: string[];
  let server: TestServer;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'agent-contracts-pack-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    packedFiles = packed!.files.map((file) => file.path);

    project = join(scratch, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(scratch, packed!.filename)], { cwd: project });
    for (const file of ['consumer.ts', 'tsconfig.json']) copyFileSync(join(repoRoot, 'tests/client/consumer', file), join(project, file));

    server = await startTestServer((request, response) => {
      const url = new URL(request.url, 'http://127.0.0.1');
      if (url.pathname.endsWith('/reviews/rev-1')) return sendJson(response, 200, review);
      if (url.pathname.endsWith('/reviews/missing')) return sendJson(response, 404, { statusCode: 404, message: 'Review not found', error: 'Not Found' });
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      sendJson(response, 200, { reviews: reviews.slice(offset, offset + limit), total: reviews.length, limit, offset });
    });
  }, 3 * minutes);

  afterAll(async () => {
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('ships the compiled client, the bundled specs and types, and the command\'s sources, but no tests, build scripts or hand-written specs', () => {
    // The command's sources import the client's (the mock and the suite sign webhooks
    // and read streams with it), so those ship beside dist/; its build step does not.
    expect(packedFiles).toEqual(expect.arrayContaining([
      'dist/index.js', 'dist/index.d.ts', 'dist/runflow.js', 'dist/runflow.d.ts',
      'generated/runflow/openapi.json', 'generated/runflow/schema.d.ts', 'bin/agent-contracts.js', 'conformance/cli.ts',
      'apis/runflow.ts', 'client/webhooks.ts',
    ]));
    expect(packedFiles.filter((file) => /^(tests|spec|client\/build|scripts|bench)\//.test(file) || file.endsWith('.test.ts'))).toEqual([]);
  });

  it('typechecks a consumer file importing the clients, helpers, types and specs by their package names', async () => {
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', project], { cwd: project }).catch((error: { stdout: string }) => error);
    expect('stdout' in result ? result.stdout : '').toBe('');
  }, 2 * minutes);

  it('runs the consumer with node against a local server', async () => {
    const { stdout } = await run(process.execPath, [join(project, 'out/consumer.js'), server.url], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({
      rating: 'needs_improvement',
      ids: ['rev-1', 'rev-2', 'rev-3'],
      notFound: { status: 404, message: 'Review not found' },
      specTitle: expect.stringMatching(/runflow/i),
      listPathInSpec: true,
      intentRunsClient: 'function',
      signatureValid: true,
    });
    expect(server.requests.find((request) => request.url.endsWith('/reviews/rev-1'))?.headers['x-api-key']).toBe('rf_consumer');
  });

  it('keeps the agent-contracts command working from the installed package', async () => {
    const bin = join(project, 'node_modules/agent-contracts/bin/agent-contracts.js');
    const failure = await run(process.execPath, [bin, 'conformance', '--api', 'runflow'], { cwd: project }).catch((error: { code: number; stderr: string }) => error);
    // Bad usage (no --base-url) exits 2 after loading the conformance CLI and what it imports.
    expect('code' in failure ? failure.code : 0).toBe(2);
    expect('stderr' in failure ? failure.stderr : '').toContain('--base-url is required');
    // An unknown --api exits 2 after loading every mock and what each imports (the AgentRuntime mock imports client/webhooks.ts).
    const mockFailure = await run(process.execPath, [bin, 'mock', '--api', 'nowhere'], { cwd: project }).catch((error: { code: number; stderr: string }) => error);
    expect('stderr' in mockFailure ? mockFailure.stderr : '').toContain('--api: unknown api "nowhere"');
    expect('code' in mockFailure ? mockFailure.code : 0).toBe(2);
  });
});
