import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCheck, registeredChecks } from '../../conformance/registry.ts';
import { runConformance } from '../../conformance/runner.ts';
import type { TestCase } from '../../conformance/types.ts';
import { createMock } from '../../mocks/registry.ts';
import { startSwitchableServer } from './harness.ts';

describe('checks are registered, not imported by the engine', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
    server.use(createMock('intent-runs').handle);
  });
  afterAll(() => server.close());

  it('the registry collects every check defined under conformance/checks/, each name once', async () => {
    const names = (await registeredChecks()).map((check) => check.name);
    for (const name of ['not a server error', 'response body valid', 'valid input accepted', 'invalid input rejected', 'missing or invalid credentials rejected', 'undocumented method rejected']) expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("the README's check tables name exactly the registered checks", async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### The checks'), readme.indexOf('### Severity'));
    const documented = [...section.matchAll(/^\| ([^|]+?) \|/gm)].map((match) => match[1]!).filter((name) => name !== 'check' && !/^-+$/.test(name));
    const names = (await registeredChecks()).map((check) => check.name);
    expect([...documented].sort()).toEqual([...names].sort());
  });

  it('the runner pairs every case with the checks it is given, and reports their issues with a severity', async () => {
    const seen = new Map<string, number>();
    const counting = defineCheck({
      name: 'counts cases',
      description: 'sees every case; complains about the examples of one operation',
      level: 'schema',
      appliesTo: () => true,
      judge(testCase: TestCase) {
        seen.set(testCase.source, (seen.get(testCase.source) ?? 0) + 1);
        return testCase.source === 'examples' && testCase.operation.operationId === 'listRuns' ? [{ message: 'received something / documented something else' }] : [];
      },
    });
    const { session } = await runConformance({ api: 'intent-runs', baseUrl: server.url, identities: { a: { 'x-api-key': 'ir_registry' } }, level: 'schema', phases: ['examples', 'coverage'], seed: 1, checks: [counting] });
    expect([...seen.keys()].sort()).toEqual(['coverage', 'credentials', 'examples', 'methods']);
    expect(session.findings.map((finding) => [finding.check, finding.operationId, finding.severity])).toEqual([['counts cases', 'listRuns', 'error']]);
    expect([...session.tallies.keys()]).toEqual(['counts cases']);
  });
});
