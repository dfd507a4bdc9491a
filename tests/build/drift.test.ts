import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { findDrift } from '../../scripts/lib/drift.ts';

describe('the generated-files drift check', () => {
  let copy = '';
  const copyGenerated = () => {
    copy = mkdtempSync(join(tmpdir(), 'drift-test-'));
    cpSync(join(repoRoot, 'generated', 'runflow'), join(copy, 'runflow'), { recursive: true });
    return copy;
  };
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  it('passes when generated/ is what the spec produces', async () => {
    expect(await findDrift(copyGenerated(), ['runflow'])).toEqual([]);
  });

  it('names a generated file that was edited by hand', async () => {
    const dir = copyGenerated();
    appendFileSync(join(dir, 'runflow', 'schema.d.ts'), '\nexport type HandEdit = 1;\n');
    const json = join(dir, 'runflow', 'openapi.json');
    writeFileSync(json, readFileSync(json, 'utf8').replace('"Create a review"', '"Create a review!"'));
    expect(await findDrift(dir, ['runflow'])).toEqual([
      'generated/runflow/openapi.json: differs from what spec/runflow/ produces',
      'generated/runflow/schema.d.ts: differs from what spec/runflow/ produces',
    ]);
  });

  it('names a generated file that is missing', async () => {
    const dir = copyGenerated();
    rmSync(join(dir, 'runflow', 'openapi.yaml'));
    expect(await findDrift(dir, ['runflow'])).toEqual(['generated/runflow/openapi.yaml: missing']);
  });
});
