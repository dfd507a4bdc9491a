import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseProvenance } from '../../conformance/provenance.ts';
import { type Scenario, ScenarioTest } from '../../conformance/scenario.ts';
import { findOperation, loadSpec } from '../../contract/spec.ts';
import { createMock } from '../../mocks/registry.ts';
import { json, newSession, startSwitchableServer } from './harness.ts';

const identities = { a: { 'x-api-key': 'rf_scenario_a' } };

/** Runs one scenario against the server and returns its findings as [severity, message]. */
async function findingsOf(url: string, scenario: Scenario): Promise<[string, string][]> {
  const session = newSession('runflow', url, identities);
  await ScenarioTest.run(session, scenario);
  return session.findings.map((finding) => [String(finding.severity), finding.message]);
}

describe("a scenario's findings: errors for what the documentation promises, warnings for what we designed", () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
    server.use(createMock('runflow').handle);
  });
  afterAll(() => server.close());

  it('expecting a status the contract designed (createReview 201) is a warning when a 200 comes instead', async () => {
    const mock = createMock('runflow');
    server.use(async (request) => {
      const response = await mock.handle(request);
      return response.status === 201 ? json(200, await response.json()) : response;
    });
    const findings = await findingsOf(server.url, {
      title: 'a review is created',
      run: async (test) => void test.status(await test.call('createReview', test.request('createReview', { path: { executionId: test.unique('exec') } })), 201, 'created'),
    });
    expect(findings).toEqual([['warning', expect.stringMatching(/^received 200 .* \/ documented 201: created \(designed: the contract chose 201\)$/)]]);
  });

  it('a success where the scenario expects a designed refusal is an error: the refusal, not its status, was the promise', async () => {
    // intent-runs documents pageSize up to 100; the 400 that refuses more is this contract's choice.
    expect(responseProvenance(loadSpec('intent-runs'), findOperation('intent-runs', 'listRuns'), 400).severity).toBe('warning');
    const mock = createMock('intent-runs');
    server.use(async (request) => {
      const url = new URL(request.url);
      if (url.searchParams.get('pageSize') === '101') url.searchParams.set('pageSize', '100');
      return mock.handle(new Request(url, { headers: request.headers }));
    });
    const scenario: Scenario = {
      title: 'pageSize over 100 is refused',
      run: async (test) => void test.status(await test.call('listRuns', { query: { pageSize: 101 } }), 400, 'pageSize is at most 100'),
    };
    const session = newSession('intent-runs', server.url, { a: { 'x-api-key': 'ir_scenario_a' } });
    await ScenarioTest.run(session, scenario);
    expect(session.findings.map((finding) => [finding.severity, finding.message])).toEqual([['error', expect.stringMatching(/^received 200 .* \/ documented 400: pageSize is at most 100$/)]]);
  });

  it('an unmet expectation on a documented answer is an error', async () => {
    server.use(createMock('runflow').handle);
    const findings = await findingsOf(server.url, {
      title: 'an unknown review is not found',
      run: async (test) => void test.status(await test.call('getReview', { path: { reviewId: 'rev-missing' } }), 200, 'deliberately wrong, to see the severity'),
    });
    expect(findings).toEqual([['error', expect.stringMatching(/^received 404 .* \/ documented 200: deliberately wrong/)]]);
  });

  it('an answer the scenario cannot read is its finding, and the run goes on', async () => {
    server.use(createMock('runflow').handle);
    const findings = await findingsOf(server.url, {
      title: 'reads the first review of an empty list',
      run: async (test) => {
        const body = test.status(await test.call('listReviews', { query: { status: 'resolved' } }), 200, 'listed');
        void body.reviews[0].id;
      },
    });
    expect(findings).toEqual([['error', expect.stringMatching(/^received an answer the scenario could not follow \(.*\) \/ documented the answers its next step relies on$/)]]);
  });
});
