import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { sendJson, startTestServer, type TestServer } from '../helpers/http-server.ts';
import { readmeCodeBlockAfter } from '../helpers/readme.ts';
import { describeSharedServerExample } from './pack-shared-server.ts';

// Another repository's view of the package: npm pack (which compiles the client,
// mocks, suite and descriptors to dist/ through prepack), install the tarball and
// msw into a fresh project (from npm's cache: nothing is fetched that `npm ci` did
// not already fetch), typecheck consumer files with the repository's tsc, and run
// them, and the installed command, under Node 20, 22 and 24 (the last two from the
// node22 / node24 dev dependencies, which carry the binaries). The README's shared
// mock runs here too (pack-shared-server.ts), on the same installed project.
const run = promisify(execFile);
const minutes = 60_000;
const nodes = [
  { version: '20', binary: process.execPath },
  { version: '22', binary: join(repoRoot, 'node_modules/node22/bin/node') },
  { version: '24', binary: join(repoRoot, 'node_modules/node24/bin/node') },
];

const review = {
  id: 'rev-1', executionId: 'exec-1', agentId: 'agent-1', rating: 'needs_improvement', status: 'pending_review',
  priority: 'medium', comment: 'Right answer, wrong tone', tags: [], reviewedBy: 'qa-bot',
  createdAt: '2026-05-20T12:00:00.000Z', updatedAt: '2026-05-20T12:00:00.000Z',
};
const reviews = ['rev-1', 'rev-2', 'rev-3'].map((id) => ({ ...review, id }));

// The README's in-process example, as written, then two lines that show what it got.
const readmeExample = readmeCodeBlockAfter(readFileSync(join(repoRoot, 'README.md'), 'utf8'), '**In-process, without a server.**');
const readmeProbe = `${readmeExample}\nconsole.log(JSON.stringify({ ids: data?.reviews.map((review) => review.id), total: data?.total }));\nserver.close();\n`;
const demoReviewIds = (JSON.parse(readFileSync(join(repoRoot, 'mocks/runflow/fixtures/demo.json'), 'utf8')) as { reviews: { id: string; tenant: string }[] }).reviews
  .filter((stored) => stored.tenant === 'rf_demo_key')
  .map((stored) => stored.id);

describe('the package, installed from its tarball in another project', () => {
  let scratch: string;
  let project: string;
  let packed: { files: { path: string }[]; size: number; unpackedSize: number };
  let server: TestServer;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'agent-contracts-pack-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    const [description] = JSON.parse(stdout) as { filename: string; files: { path: string }[]; size: number; unpackedSize: number }[];
    packed = description!;

    project = join(scratch, 'consumer');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const msw = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.msw!;
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(scratch, description!.filename), `msw@${msw}`], { cwd: project });
    for (const file of ['consumer.ts', 'tsconfig.json']) copyFileSync(join(repoRoot, 'tests/client/consumer', file), join(project, file));
    writeFileSync(join(project, 'readme-in-process.ts'), readmeProbe);

    server = await startTestServer((request, response) => {
      const url = new URL(request.url, 'http://127.0.0.1');
      if (url.pathname.endsWith('/reviews/rev-1')) return sendJson(response, 200, review);
      if (url.pathname.endsWith('/reviews/missing')) return sendJson(response, 404, { statusCode: 404, message: 'Review not found', error: 'Not Found' });
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      sendJson(response, 200, { reviews: reviews.slice(offset, offset + limit), total: reviews.length, limit, offset });
    });
  }, 4 * minutes);

  afterAll(async () => {
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('ships compiled JavaScript with its declarations, the bundled contracts and types, but no TypeScript sources, tests or build scripts', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining([
      'dist/client/index.js', 'dist/client/index.d.ts', 'dist/client/runflow.js', 'dist/client/runflow.d.ts',
      'dist/mocks/registry.js', 'dist/mocks/registry.d.ts', 'dist/mocks/runflow/index.js', 'dist/mocks/runflow/index.d.ts',
      'dist/mocks/runflow/fixtures/demo.json', 'dist/command/mock.js', 'dist/conformance/cli.js',
      'dist/generated/runflow/openapi.json', 'dist/generated/runflow/schema.d.ts', 'generated/runflow/openapi.yaml', 'bin/agent-contracts.js',
    ]));
    expect(paths.filter((path) => (path.endsWith('.ts') && !path.endsWith('.d.ts')) || /^(tests|spec|scripts|bench|client|mocks|contract|conformance|apis)\//.test(path))).toEqual([]);
    // The mock command ships once, bundled: not also as the modules it was bundled from.
    expect(paths).not.toContain('dist/mocks/start.js');
    console.log(`packed: ${(packed.size / 1024).toFixed(0)} KiB, unpacked ${(packed.unpackedSize / 1024).toFixed(0)} KiB, ${paths.length} files`);
  });

  it('needs no TypeScript at run time: tsx and typescript are not among its dependencies', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/agent-contracts/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(installed.dependencies)).not.toContain('tsx');
    expect(Object.keys(installed.dependencies)).not.toContain('typescript');
    expect(existsSync(join(project, 'node_modules/tsx'))).toBe(false);
  });

  it('typechecks the consumer file and the README\'s in-process example against the installed package', async () => {
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const config = JSON.parse(readFileSync(join(project, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { files: string[] };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ ...config, files: [...config.files, 'readme-in-process.ts'] }));
    const result = await run(process.execPath, [tsc, '-p', project], { cwd: project }).catch((error: { stdout: string }) => error);
    expect('stdout' in result ? result.stdout : '').toBe('');
  }, 2 * minutes);

  it.each(nodes)('runs the consumer under Node $version against a local server', async ({ binary, version }) => {
    const { stdout } = await run(binary, ['--version']);
    expect(stdout.trim()).toMatch(new RegExp(`^v${version}\\.`));
    const consumer = await run(binary, [join(project, 'out/consumer.js'), server.url], { cwd: project });
    expect(JSON.parse(consumer.stdout)).toEqual({
      rating: 'needs_improvement',
      ids: ['rev-1', 'rev-2', 'rev-3'],
      notFound: { status: 404, message: 'Review not found' },
      specTitle: expect.stringMatching(/runflow/i),
      listPathInSpec: true,
      intentRunsClient: 'function',
      signatureValid: true,
    });
  });

  it.each(nodes)('runs the README\'s in-process MSW example as written under Node $version', async ({ binary }) => {
    expect(demoReviewIds.length).toBeGreaterThan(0);
    const { stdout } = await run(binary, [join(project, 'out/readme-in-process.js')], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ ids: expect.arrayContaining(demoReviewIds), total: demoReviewIds.length });
  });

  it('keeps the agent-contracts command\'s usage errors', async () => {
    const bin = join(project, 'node_modules/agent-contracts/bin/agent-contracts.js');
    const failure = await run(process.execPath, [bin, 'conformance', '--api', 'runflow'], { cwd: project }).catch((error: { code: number; stderr: string }) => error);
    // Bad usage (no --base-url) exits 2 after loading the conformance CLI and what it imports.
    expect('code' in failure ? failure.code : 0).toBe(2);
    expect('stderr' in failure ? failure.stderr : '').toContain('--base-url is required');
    const mockFailure = await run(process.execPath, [bin, 'mock', '--api', 'nowhere'], { cwd: project }).catch((error: { code: number; stderr: string }) => error);
    expect('stderr' in mockFailure ? mockFailure.stderr : '').toContain('--api: unknown api "nowhere"');
    expect('code' in mockFailure ? mockFailure.code : 0).toBe(2);
  });

  it('starts the mock with `npx agent-contracts mock` from the installed package', async () => {
    const mock = spawn('npx', ['--no-install', 'agent-contracts', 'mock', '--api', 'runflow', '--port', '0', '--fixture', 'demo'], { cwd: project, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    await expectServesDemoReviews(mock);
  }, minutes);

  it.each(nodes)('serves the mock from the installed command under Node $version', async ({ binary }) => {
    const bin = join(project, 'node_modules/agent-contracts/bin/agent-contracts.js');
    const mock = spawn(binary, [bin, 'mock', '--api', 'runflow', '--port', '0', '--fixture', 'demo'], { cwd: project, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    await expectServesDemoReviews(mock);
  }, minutes);

  describeSharedServerExample(() => project, nodes);
});

/** Waits for the started mock to print its URL, lists the demo reviews through it, and stops it. */
async function expectServesDemoReviews(mock: ChildProcess): Promise<void> {
  try {
    const url = await printedUrl(mock);
    const response = await fetch(`${url}/api/v1/runtime/v1/observability/reviews`, { headers: { 'x-api-key': 'rf_demo_key' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { reviews: { id: string }[] };
    expect(body.reviews.map((stored) => stored.id)).toEqual(expect.arrayContaining(demoReviewIds));
  } finally {
    // The whole group: a SIGTERM to npx alone leaves the mock it started running.
    const exited = mock.exitCode === null && mock.signalCode === null ? new Promise((resolve) => mock.once('exit', resolve)) : Promise.resolve();
    try {
      process.kill(-mock.pid!, 'SIGTERM');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error; // the group has already gone
    }
    await exited;
  }
}

function printedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the mock printed no URL within 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the mock exited (${code}) before printing its URL:\n${output}`));
    });
  });
}
