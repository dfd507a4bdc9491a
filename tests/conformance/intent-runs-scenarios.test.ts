import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScenarioTest, type Scenario } from '../../conformance/scenario.ts';
import { intentRunsScenarios } from '../../conformance/scenarios/intent-runs/index.ts';
import { intentRunsMock } from '../../mocks/intent-runs/index.ts';
import { createMock } from '../../mocks/registry.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { brokenMock, json, newSession, rewriting, startSwitchableServer } from './harness.ts';

const handlers = intentRunsMock.handlers;
type Break = () => StatefulMock | ((request: Request) => Promise<Response>);

/** For each scenario, a server wrong in exactly the way the scenario guards against. */
const breakages: Record<string, Break> = {
  'A run gets a generated repeatKey, and creating with that key repeats the run and sets repeatRunId, kept when read back': () =>
    brokenMock('intent-runs', { createRun: (context: any) => { context.store.runByRepeatKey.clear(); return handlers.createRun!(context); } }),
  'An outputSchema that is not a JSON Schema draft-7 document is refused with 400': () =>
    brokenMock('intent-runs', { createRun: (context: any) => handlers.createRun!({ ...context, body: { ...context.body, outputSchema: undefined } }) }),
  'The run list answers page 1 by default, echoes page and pageSize, and refuses pageSize over 100 and page 0': () =>
    brokenMock('intent-runs', { listRuns: (context: any) => handlers.listRuns!({ ...context, query: { ...context.query, page: 1 } }) }),
  'The run list filters by status, userId and repeated customerIntegrationIds, and includes events only on request': () =>
    brokenMock('intent-runs', { listRuns: (context: any) => handlers.listRuns!({ ...context, query: { ...context.query, customerIntegrationIds: context.query.customerIntegrationIds?.slice(0, 1) } }) }),
  'An unknown run is 404; aborting a running run answers 200 with no content and makes it ABORTED (its events shown on request), and aborting it again is refused with 409': () =>
    brokenMock('intent-runs', { abortRun: async (context: any) => { await handlers.abortRun!(context); return { status: 200, body: { runId: context.path.runId, status: 'ABORTED' } }; } }),
  'A run that needs approval waits for it, and its approval token moves it to RUNNING once, for its own account only': () =>
    brokenMock('intent-runs', { approveRun: () => ({ status: 204, body: undefined }) }),
  'The run stream is text/event-stream of typed JSON events, with tool calls only when includeToolCalls is true (not by default)': () =>
    brokenMock('intent-runs', { streamRun: (context: any) => handlers.streamRun!({ ...context, query: { includeToolCalls: 'true' } }) }),
};

describe('every intent-runs scenario', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());

  const identities = { a: { 'x-api-key': 'ir_scn_a' }, b: { 'x-api-key': 'ir_scn_b' } };
  const run = async (scenario: Scenario) => {
    const session = newSession('intent-runs', server.url, identities);
    await ScenarioTest.run(session, scenario);
    return session;
  };

  it('has a deliberately broken server in this table', () => {
    expect(Object.keys(breakages).sort()).toEqual(intentRunsScenarios.map((scenario) => scenario.title).sort());
  });

  it.each(intentRunsScenarios.map((scenario) => [scenario.title, scenario] as const))('%s: passes on the mock, fails on a broken server', async (title, scenario) => {
    server.use(createMock('intent-runs').handle);
    const good = await run(scenario);
    expect(good.findings).toEqual([]);
    expect(good.tally(title).passed).toBe(1);

    const broken = breakages[title]!();
    server.use(typeof broken === 'function' ? broken : broken.handle);
    const bad = await run(scenario);
    const failure = bad.findings.find((finding) => finding.check === title);
    expect(failure?.message, `scenario "${title}" did not fail on its broken server`).toMatch(/^received .* \/ documented .*/s);
  });

  it('reports the approval scenario as skipped, with the reason, when the server exposes no token', async () => {
    const mock = createMock('intent-runs');
    server.use(rewriting(mock.handle, async (request, response) => {
      if (!/\/v1\/runs\/[^/]+$/.test(new URL(request.url).pathname) || request.method !== 'GET') return response;
      const body = await response.json();
      return json(response.status, { ...body, events: [] });
    }));
    const approvalScenario = intentRunsScenarios.find((scenario) => scenario.title.startsWith('A run that needs approval'))!;
    const session = await run(approvalScenario);
    expect(session.findings).toEqual([]);
    expect([...session.tally(approvalScenario.title).skipReasons]).toEqual(['the server does not expose approval tokens through the API (they reach approvers out of band)']);
  });

  it('fails when the read of one run ignores includeEvents=true (the list shows the events, the read does not)', async () => {
    server.use(brokenMock('intent-runs', { getRun: (context: any) => handlers.getRun!({ ...context, query: { ...context.query, includeEvents: undefined } }) }).handle);
    const scenario = intentRunsScenarios.find((candidate) => candidate.title.startsWith('An unknown run is 404'))!;
    const session = await run(scenario);
    expect(session.findings.map((finding) => finding.message)).toEqual(["received 0 events / documented the run's events, read with includeEvents=true (as the list shows them)"]);
  });

  it('fails when the stream sends tool calls by default (includeToolCalls unset)', async () => {
    const mock = createMock('intent-runs');
    // The default inverted: a stream asked for without includeToolCalls is served as if it said true.
    server.use(async (request) => {
      const url = new URL(request.url);
      if (!url.pathname.endsWith('/sse') || url.searchParams.has('includeToolCalls')) return mock.handle(request);
      url.searchParams.set('includeToolCalls', 'true');
      return mock.handle(new Request(url, { method: request.method, headers: request.headers }));
    });
    const scenario = intentRunsScenarios.find((candidate) => candidate.title.startsWith('The run stream'))!;
    const session = await run(scenario);
    expect(session.findings.map((finding) => finding.message)).toContainEqual(expect.stringMatching(/^received [1-9]\d* tool_call events with includeToolCalls unset \/ documented no tool calls without includeToolCalls=true$/));
    expect(session.findings.some((finding) => finding.message.includes('includeToolCalls false'))).toBe(false);
  });

  it('fails when the repeat answers repeatRunId but does not store it', async () => {
    server.use(brokenMock('intent-runs', { getRun: async (context: any) => { const result: any = await handlers.getRun!(context); return { ...result, body: { ...result.body, repeatRunId: undefined } }; } }).handle);
    const scenario = intentRunsScenarios.find((candidate) => candidate.title.startsWith('A run gets a generated repeatKey'))!;
    const session = await run(scenario);
    expect(session.findings.map((finding) => finding.message)).toEqual([expect.stringMatching(/^received undefined \/ documented repeatRunId \S+ when the repeat is read back, as its create answered$/)]);
  });

  it('the approval scenario fails when a token approves the run whatever account sends it', async () => {
    const mock = createMock('intent-runs');
    // The approval looks the run up by token alone: whoever sends it, it acts for the run's account.
    server.use(async (request) => {
      const url = new URL(request.url);
      if (url.pathname !== '/v1/runs/approval') return mock.handle(request);
      return mock.handle(new Request(url, { headers: { 'x-api-key': identities.a['x-api-key'] } }));
    });
    const scenario = intentRunsScenarios.find((candidate) => candidate.title.startsWith('A run that needs approval'))!;
    const session = await run(scenario);
    expect(session.findings.map((finding) => finding.message)[0]).toMatch(/^received 20[04] \/ documented a 4xx: another account's key approves none of this account's runs$/);
  });
});

