/**
 * Spectral's OWASP bounds rules (.spectral.yaml) over every bundled spec: no request
 * input may be left unbounded. One Spectral process checks the four APIs and a tiny
 * spec whose findings are known, so that a ruleset that silently stopped loading
 * cannot pass for a clean contract.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApis } from '../../scripts/lib/apis.ts';
import { bundledJson, checkSpecs, formatFinding, type OwaspFinding } from '../../scripts/lib/owasp.ts';
import { unboundedSpec } from './unbounded-spec.ts';

const apis = listApis();

describe('OWASP bounds on request input', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'owasp-'));
  const fixture = join(scratch, 'unbounded.json');
  let findings: OwaspFinding[] = [];

  beforeAll(async () => {
    writeFileSync(fixture, JSON.stringify(unboundedSpec));
    findings = await checkSpecs([...apis.map((api) => ({ api, file: bundledJson(api) })), { api: 'fixture', file: fixture }]);
  }, 120_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds the unbounded inputs of a known spec, and only its inputs', () => {
    const reported = findings
      .filter((finding) => finding.api === 'fixture')
      .map((finding) => `${finding.requestInput ? 'input' : 'other'} ${finding.rule.replace('owasp:api4:2023-', '')} ${finding.path.join('/')}`)
      .sort();
    expect(reported).toEqual(
      [
        'input string-limit components/parameters/Search/schema',
        'input integer-limit paths//things/get/parameters/1/schema',
        'input string-limit components/schemas/NewThing/properties/name',
        'input array-limit components/schemas/NewThing/properties/tags',
        'input string-limit components/schemas/NewThing/properties/tags/items',
        'input string-limit components/schemas/Node/properties/label',
        'other string-limit components/schemas/Thing/properties/id',
        'other string-limit components/schemas/NewThing/properties/stamp',
        // Example data that happens to look like a schema: Spectral reports it, the check does not enforce it.
        'other string-limit paths//things/get/responses/200/content/application/json/example/shape',
      ].sort(),
    );
  });

  for (const api of apis) {
    it(`${api}: every request input is bounded (maxLength, maxItems, minimum and maximum)`, () => {
      const unbounded = findings.filter((finding) => finding.api === api && finding.requestInput).map(formatFinding);
      expect(unbounded, `${unbounded.length} unbounded request inputs; bound each (and mark the bound x-designed when the seed states none):\n${unbounded.join('\n')}`).toEqual([]);
    });
  }
});
