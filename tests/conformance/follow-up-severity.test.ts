import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseProvenance } from '../../conformance/provenance.ts';
import { registeredChecks } from '../../conformance/registry.ts';
import { runConformance } from '../../conformance/runner.ts';
import { findOperation, loadSpec } from '../../contract/spec.ts';
import { createMock } from '../../mocks/registry.ts';
import { startSwitchableServer } from './harness.ts';

const identities = { a: { 'x-api-key': 'rf_severity_a' }, b: { 'x-api-key': 'rf_severity_b' } };

/**
 * Runflow's createReview answers a 201 this contract designed; getReview's 404
 * is documented. A leak found by reading another caller's review breaks the
 * documented 404: an error, whatever the create's own answer was.
 */
describe('a finding shown by a follow-up request takes its severity from that request', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());

  it('the premise holds: the create answer is designed, the read\'s 404 documented', () => {
    const document = loadSpec('runflow');
    expect(responseProvenance(document, findOperation('runflow', 'createReview'), 201).severity).toBe('warning');
    expect(responseProvenance(document, findOperation('runflow', 'getReview'), 404).severity).toBe('error');
  });

  it('"isolation" and "gone means gone" findings are errors, named and replayed by the read that showed them', async () => {
    const mock = createMock('runflow');
    const reviewRead = /\/reviews\/[^/]+$/;
    // Reads of one review ignore the caller and the delete: every read answers as the owner would have before it.
    const snapshots = new Map<string, Response>();
    server.use(async (request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'GET' && reviewRead.test(path)) {
        const cached = snapshots.get(path);
        if (cached) return cached.clone();
        const response = await mock.handle(new Request(request.url, { headers: { 'x-api-key': identities.a['x-api-key'] } }));
        if (response.status === 200) snapshots.set(path, response.clone());
        return response;
      }
      return mock.handle(request);
    });
    const checks = (await registeredChecks()).filter((check) => check.name === 'isolation' || check.name === 'gone means gone');
    const { session } = await runConformance({ api: 'runflow', baseUrl: server.url, identities, level: 'full', phases: ['examples'], seed: 3, checks });
    const onReviews = session.findings.filter((finding) => finding.operationId === 'getReview');
    expect(onReviews.map((finding) => finding.check).sort()).toEqual(['gone means gone', 'isolation']);
    for (const finding of onReviews) {
      expect(finding.severity).toBe('error');
      expect(finding.curl).toMatch(/^curl -sS -i -X GET '.*\/reviews\/[^/']+'/);
    }
  });

  it('an outsider served where the refusal\'s status is designed: still an error (only which refusal is designed, not whether)', async () => {
    const mock = createMock('intent-runs');
    const owners = new Map<string, string>();
    // The abort is published by run id alone: any account's key aborts the run.
    server.use(async (request) => {
      const path = new URL(request.url).pathname;
      const response = await mock.handle(request);
      if (request.method === 'POST' && path === '/v1/runs' && response.status === 201) owners.set((await response.clone().json()).runId, request.headers.get('x-api-key')!);
      const runId = request.method === 'DELETE' ? /^\/v1\/runs\/([^/]+)$/.exec(path)?.[1] : undefined;
      const owner = runId && response.status === 404 ? owners.get(runId) : undefined;
      return owner ? mock.handle(new Request(request.url, { method: 'DELETE', headers: { 'x-api-key': owner } })) : response;
    });
    const document = loadSpec('intent-runs');
    expect(responseProvenance(document, findOperation('intent-runs', 'abortRun'), 404).severity).toBe('warning');
    const checks = (await registeredChecks()).filter((check) => check.name === 'isolation');
    const identities = { a: { 'x-api-key': 'ir_severity_a' }, b: { 'x-api-key': 'ir_severity_b' } };
    const { session } = await runConformance({ api: 'intent-runs', baseUrl: server.url, identities, level: 'full', phases: ['examples'], seed: 3, checks });
    const aborts = session.findings.filter((finding) => finding.operationId === 'abortRun');
    expect(aborts.map((finding) => [finding.message.replace(/runs\/[^ ]+/, 'runs/{runId}'), finding.severity])).toEqual([
      ["received 200 from DELETE /v1/runs/{runId} as identity B / documented another identity's resource as out of reach (404)", 'error'],
    ]);
  });
});
