/**
 * `npm run diff` end to end: the CLI spawned as a user runs it, on copies of a real
 * bundled contract in temporary folders (--base-dir / --head-dir), and on git.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { repoGit, readAtCommit } from '../../scripts/diff/git.ts';
import { builtApis } from '../helpers/apis.ts';

type Doc = {
  info: { version: string };
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }>>;
  components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
};

function diffCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/diff.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'contract-diff-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A generated/-shaped folder holding the given contracts. */
function folder(name: string, contracts: Record<string, unknown>): string {
  const dir = join(scratch, name);
  for (const [api, doc] of Object.entries(contracts)) {
    mkdirSync(join(dir, api), { recursive: true });
    writeFileSync(join(dir, api, 'openapi.json'), typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2));
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const api = builtApis().includes('runflow') ? 'runflow' : builtApis()[0]!;
const original = (): Doc => JSON.parse(readFileSync(join(repoRoot, 'generated', api, 'openapi.json'), 'utf8')) as Doc;

/** The first operation whose success response is a named schema with fields, and that schema's first field. */
function responseField(doc: Doc): { operationId: string; schemaName: string; field: string } {
  for (const pathItem of Object.values(doc.paths)) {
    for (const operation of Object.values(pathItem)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const ref = response.content?.['application/json']?.schema?.$ref;
        const schemaName = ref?.split('/').pop();
        const fields = schemaName ? Object.keys(doc.components.schemas[schemaName]?.properties ?? {}) : [];
        if (status.startsWith('2') && schemaName && fields[0] && operation.operationId) return { operationId: operation.operationId, schemaName, field: fields[0] };
      }
    }
  }
  throw new Error(`no operation of ${api} answers a named schema with fields`);
}

function withoutField(doc: Doc, schemaName: string, field: string): Doc {
  const schema = doc.components.schemas[schemaName]!;
  delete schema.properties![field];
  schema.required = schema.required?.filter((name) => name !== field);
  return doc;
}

describe.concurrent('npm run diff', () => {
  const target = responseField(original());

  it(`reports a removed response field as major, naming operation and field, and exits 1`, async () => {
    const markdown = join(scratch, 'removed.md');
    const head = folder('removed-head', { [api]: withoutField(original(), target.schemaName, target.field) });
    const result = await diffCli(['--base-dir', folder('removed-base', { [api]: original() }), '--head-dir', head, '--markdown', markdown]);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain(`Property \`${target.field}\` of \`${target.schemaName}\` was removed. [property-removed]`);
    expect(result.stdout).toContain(target.operationId);
    expect(result.stdout).toMatch(new RegExp(`✖ ${api} .*BREAKING`));
    const report = readFileSync(markdown, 'utf8');
    expect(report).toContain(`| 🔴 major | Property \`${target.field}\` of \`${target.schemaName}\` was removed.`);
    expect(report).toContain(target.operationId);
    expect(report).toContain(`**The gate fails** on ${api}`);
  });

  it('lets the same removal pass when info.version gets a new major number', async () => {
    const doc = withoutField(original(), target.schemaName, target.field);
    const major = Number(/^\d+/.exec(doc.info.version)?.[0] ?? 0);
    doc.info.version = `${major + 1}.0.0`;
    const result = await diffCli(['--base-dir', folder('bumped-base', { [api]: original() }), '--head-dir', folder('bumped-head', { [api]: doc }), '--markdown', join(scratch, 'bumped.md')]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('breaking, new major version');
  });

  it('passes an added optional response field as minor, and names the version to release', async () => {
    const doc = original();
    doc.components.schemas[target.schemaName]!.properties!.addedByTheDiffTest = { type: 'string' };
    const markdown = join(scratch, 'added.md');
    const result = await diffCli(['--base-dir', folder('added-base', { [api]: original() }), '--head-dir', folder('added-head', { [api]: doc }), '--markdown', markdown]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`✔ ${api}`);
    expect(result.stdout).toContain('added response');
    expect(result.stdout).toContain('addedByTheDiffTest');
    const report = readFileSync(markdown, 'utf8');
    expect(report).toContain('| 🟢 minor | added |');
    expect(report).toContain('**The gate passes.**');
  });

  it('reports an API missing at the base as new, and one missing in the head as removed', async () => {
    const added = await diffCli(['--base-dir', folder('new-base', {}), '--head-dir', folder('new-head', { [api]: original() }), '--markdown', join(scratch, 'new.md')]);
    expect(added.status, added.stdout + added.stderr).toBe(0);
    expect(added.stdout).toContain(`✔ ${api} `);
    expect(added.stdout).toContain('new API: absent at the base');
    const removed = await diffCli(['--base-dir', folder('gone-base', { [api]: original() }), '--head-dir', folder('gone-head', {}), '--markdown', join(scratch, 'gone.md')]);
    expect(removed.status, removed.stdout + removed.stderr).toBe(1);
    expect(removed.stdout).toContain(`✖ ${api}`);
    expect(removed.stdout).toContain('REMOVED');
  });

  it('fails, in one line, on a head contract that is not JSON or has an unresolved $ref', async () => {
    const broken = original();
    broken.components.schemas[target.schemaName] = { $ref: '#/components/schemas/DoesNotExist' } as Doc['components']['schemas'][string];
    const result = await diffCli(['--base-dir', folder('broken-base', { [api]: original(), other: original() }), '--head-dir', folder('broken-head', { [api]: broken, other: '{"openapi": ' }), '--markdown', join(scratch, 'broken.md')]);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`✖ ${api} .*ERROR: .*unresolved.*Can't resolve \\$ref`));
    expect(result.stdout).toMatch(/✖ other: ERROR: .*openapi\.json is not valid JSON/);
  });

  it('compares against a git commit: the head equal to it is unchanged', async () => {
    const atHead = readAtCommit(repoGit, 'HEAD', `generated/${api}/openapi.json`);
    const result = await diffCli(['--base', 'HEAD', '--api', api, '--head-dir', folder('git-head', { [api]: atHead }), '--markdown', join(scratch, 'git.md')]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('contract diff: HEAD (');
    expect(result.stdout).toContain(`✔ ${api} `);
    expect(result.stdout).toContain('unchanged: no changes');
  });

  it('exits 2 with one line on a bad ref, an unknown api or an unknown option', async () => {
    const badRef = await diffCli(['--base', 'no-such-ref-for-the-diff-test']);
    expect(badRef.status).toBe(2);
    expect(badRef.stderr.trim()).toBe('--base: "no-such-ref-for-the-diff-test" is not a commit in this repository');
    const badApi = await diffCli(['--api', 'nope', '--base-dir', folder('empty', {})]);
    expect(badApi.status).toBe(2);
    expect(badApi.stderr.trim()).toMatch(/^--api: unknown api "nope"; expected one of /);
    const badOption = await diffCli(['--frobnicate']);
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toContain("Unknown option '--frobnicate'");
    expect(badOption.stderr).not.toContain('    at ');
  });
});
