import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScenarioTest, type Scenario } from '../../conformance/scenario.ts';
import { runflowScenarios } from '../../conformance/scenarios/runflow/index.ts';
import { createMock } from '../../mocks/registry.ts';
import { runflowMock } from '../../mocks/runflow/index.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { brokenMock, json, newSession, rewriting, startSwitchableServer } from './harness.ts';

const handlers = runflowMock.handlers;
type Break = () => StatefulMock | ((request: Request) => Promise<Response>);

/** Runflow's mock behind a cache of the GETs whose path ends in `path`, per query, cleared only by the methods in `evictedBy`. */
function cachedGets(path: string, evictedBy: string[]): (request: Request) => Promise<Response> {
  const mock = createMock('runflow');
  const cached = new Map<string, string>();
  return async (request) => {
    const url = new URL(request.url);
    if (evictedBy.includes(request.method)) cached.clear();
    if (request.method !== 'GET' || !url.pathname.endsWith(path)) return mock.handle(request);
    const hit = cached.get(url.search);
    if (hit) return json(200, JSON.parse(hit));
    const response = await mock.handle(request);
    if (response.status === 200) cached.set(url.search, await response.clone().text());
    return response;
  };
}

/** For each scenario, a server wrong in exactly the way the scenario guards against. */
const breakages: Record<string, Break> = {
  'A new review starts as pending_review, and the exists check answers with its summary': () =>
    brokenMock('runflow', { checkReviewExists: () => ({ status: 200, body: { exists: false } }) }),
  'A second review of the same execution is refused with 409 "Execution already has a review"': () =>
    brokenMock('runflow', { createReview: (context: any) => { context.store.reviewByExecution.clear(); return handlers.createReview!(context); } }),
  'A review comment shorter than 10 characters is refused with 422 and nothing is stored': () => {
    const mock = createMock('runflow');
    return rewriting(mock.handle, (_request, response) => (response.status === 422 ? json(400, { statusCode: 400, message: ['comment too short'], error: 'Bad Request' }) : response));
  },
  'The review list searches comments ignoring case and accents': () =>
    brokenMock('runflow', { listReviews: (context: any) => handlers.listReviews!({ ...context, query: { ...context.query, search: undefined } }) }),
  'The review list returns 100 reviews for limit=100 and never more than 100': () =>
    brokenMock('runflow', { listReviews: (context: any) => handlers.listReviews!({ ...context, query: { ...context.query, limit: Math.min(context.query.limit ?? 50, 99) } }) }),
  'Setting a review to resolved stamps resolvedBy and resolvedAt': () =>
    brokenMock('runflow', { updateReview: (context: any) => handlers.updateReview!({ ...context, body: { ...context.body, status: context.body.status === 'resolved' ? 'in_progress' : context.body.status } }) }),
  'A deleted review is gone: reading it answers 404 and its execution has no review': () =>
    brokenMock('runflow', { deleteReview: () => ({ status: 204, body: undefined }) }),
  "Review stats require agentId and count the agent's reviews by status, rating and priority, and no deleted one": () =>
    brokenMock('runflow', { getReviewStats: (context: any) => { const result: any = handlers.getReviewStats!(context); return { ...result, body: { ...result.body, badReviews: 0 } }; } }),
  "The training export puts a resolved review's latest correctedOutput in the assistant turn and says so in its metadata": () =>
    brokenMock('runflow', { exportTrainingData: (context: any) => { const result: any = handlers.exportTrainingData!(context); for (const example of result.body.training_examples) example.messages.at(-1).content = 'the original answer'; return result; } }),
  "An ingested event is filed under the API key's agent, whatever agentId its body names": () =>
    // Each event is spread over the key's context, so an agentId in the body wins.
    brokenMock('runflow', {
      ingestEvents: async (context: any) => {
        const result: any = await handlers.ingestEvents!(context);
        const named = context.body?.events?.find((event: { agentId?: string }) => event.agentId)?.agentId;
        if (named) for (const event of context.store.events ?? []) if (event.eventName === context.body.events[0].eventName) event.agentId = named;
        return result;
      },
    }),
  'A PATCH that sends tags sets exactly those tags, and one that sends none leaves them as they were': () =>
    // A deep merge: arrays are merged index by index into what is stored.
    brokenMock('runflow', {
      updateReview: (context: any) => {
        const stored: string[] = context.store.reviews.get(context.path.reviewId)?.tags ?? [];
        const tags = context.body?.tags ? stored.map((tag: string, index: number) => context.body.tags[index] ?? tag) : undefined;
        return handlers.updateReview!({ ...context, body: { ...context.body, ...(tags ? { tags } : {}) } });
      },
    }),
  'Ingested events reach the feed most recent first, and raw and aggregate queries over them': () =>
    brokenMock('runflow', { getEventFeed: (context: any) => { const result: any = handlers.getEventFeed!(context); result.body.events.reverse(); return result; } }),
  'Upserting a dashboard tab is idempotent on (agentId, name): created the first time, updated after, listed by sortOrder': () =>
    brokenMock('runflow', { upsertDashboardTab: (context: any) => handlers.upsertDashboardTab!({ ...context, body: { ...context.body, name: `${context.body.name}-${Math.random()}` } }) }),
  'Upserting a dashboard card is idempotent on (agentId, eventName, cardType, aggregation, propertyKey)': () =>
    brokenMock('runflow', { upsertDashboardCard: (context: any) => handlers.upsertDashboardCard!({ ...context, body: { ...context.body, config: { ...context.body.config, propertyKey: String(Math.random()) } } }) }),
};

describe('every Runflow scenario', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());

  const identities = { a: { 'x-api-key': 'rf_scn_a' }, b: { 'x-api-key': 'rf_scn_b' } };
  const run = async (scenario: Scenario) => {
    const session = newSession('runflow', server.url, identities);
    await ScenarioTest.run(session, scenario);
    return session;
  };

  it('has a deliberately broken server in this table', () => {
    expect(Object.keys(breakages).sort()).toEqual(runflowScenarios.map((scenario) => scenario.title).sort());
  });

  it.each(runflowScenarios.map((scenario) => [scenario.title, scenario] as const))('%s: passes on the mock, fails on a broken server', async (title, scenario) => {
    server.use(createMock('runflow').handle);
    const good = await run(scenario);
    expect(good.findings).toEqual([]);
    expect(good.tally(title).passed).toBe(1);

    const broken = breakages[title]!();
    server.use(typeof broken === 'function' ? broken : broken.handle);
    const bad = await run(scenario);
    const failure = bad.findings.find((finding) => finding.check === title);
    expect(failure?.message, `scenario "${title}" did not fail on its broken server`).toMatch(/^received .* \/ documented .*/s);
  });

  it('the stats scenario fails when a stats cache outlives a delete', async () => {
    // Stats are cached per query; a create or an update evicts them, a delete does not.
    server.use(cachedGets('/reviews/stats', ['POST', 'PATCH']));
    const scenario = runflowScenarios.find((candidate) => candidate.title.startsWith('Review stats'))!;
    const session = await run(scenario);
    expect(session.findings.map((finding) => finding.message)).toEqual(['received {"total":3,"pending":2} / documented {"total":0,"pending":0}: deleted reviews (a hard delete) are counted no more']);
  });

  it('the training export scenario fails when the export is served from a cache a PATCH does not evict', async () => {
    server.use(cachedGets('/export/training-data', ['POST', 'DELETE']));
    const scenario = runflowScenarios.find((candidate) => candidate.title.startsWith('The training export'))!;
    const session = await run(scenario);
    expect(session.findings.map((finding) => finding.message)).toEqual([expect.stringMatching(/^received "Corrected answer [^"]+" \/ documented the updated correctedOutput "Corrected again [^"]+" in the next export$/)]);
  });
});

