import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registeredChecks } from '../../conformance/registry.ts';
import { runConformance } from '../../conformance/runner.ts';
import type { Phase } from '../../conformance/types.ts';
import { createMock } from '../../mocks/registry.ts';
import type { StatefulMock } from '../../mocks/stateful/app.ts';
import { json, rewriting, startSwitchableServer } from './harness.ts';

const identities = { a: { 'x-api-key': 'rf_cases_a' } };

/**
 * The checks that judge the phases' own cases, each run through the engine as a
 * user runs it (its phase, its check), against Runflow's mock made wrong in
 * one way: every check fails with a received/documented message.
 */
describe('each case-source check fails against a server that breaks its rule', () => {
  let server: Awaited<ReturnType<typeof startSwitchableServer>>;
  let mock: StatefulMock;
  beforeAll(async () => {
    server = await startSwitchableServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    mock = createMock('runflow');
    server.use(mock.handle);
  });

  async function run(check: string, phases: Phase[]) {
    const checks = (await registeredChecks()).filter((candidate) => candidate.name === check);
    return runConformance({ api: 'runflow', baseUrl: server.url, identities, level: 'full', phases, seed: 7, maxExamples: 5, checks });
  }

  async function findings(check: string, phases: Phase[]): Promise<string[]> {
    const { session } = await run(check, phases);
    return session.findings.filter((finding) => finding.check === check).map((finding) => `${finding.operationId}: ${finding.message}`);
  }

  it('"valid input accepted" passes on the mock and fails when the server refuses a valid review', async () => {
    expect(await findings('valid input accepted', ['examples'])).toEqual([]);
    server.use(async (request) => (request.method === 'POST' && request.url.endsWith('/reviews') ? json(400, { statusCode: 400, message: ['no'], error: 'Bad Request' }) : mock.handle(request)));
    expect(await findings('valid input accepted', ['examples'])).toContainEqual(expect.stringMatching(/^createReview: received 400 .* \/ documented a 2xx/));
  });

  it('"invalid input rejected" passes on the mock and fails when the server accepts anything', async () => {
    expect(await findings('invalid input rejected', ['coverage'])).toEqual([]);
    server.use(rewriting(mock.handle, (_request, response) => (response.status === 400 || response.status === 422 ? json(201, { accepted: true }) : response)));
    const messages = await findings('invalid input rejected', ['coverage']);
    expect(messages).toContainEqual(expect.stringMatching(/^createReview: received 201 for .*agentId.* \/ documented a 4xx rejection$/));
    expect(messages).toContainEqual(expect.stringMatching(/^createReview: received 201 for body\.rating: .*enum.* \/ documented a 4xx rejection$/));
  });

  it('"missing or invalid credentials rejected" fails when the server lets an anonymous caller in', async () => {
    expect(await findings('missing or invalid credentials rejected', ['examples'])).toEqual([]);
    server.use((request) => {
      const headers = new Headers(request.headers);
      if (!headers.get('x-api-key')?.startsWith('rf_')) headers.set('x-api-key', 'rf_anyone');
      return mock.handle(new Request(request, { headers }));
    });
    const messages = await findings('missing or invalid credentials rejected', ['examples']);
    expect(messages).toContainEqual(expect.stringMatching(/^listReviews: received 200 .*without credentials.* \/ documented 401/));
  });

  it('"invalid input rejected" fails when a body that is not JSON makes the server fail, and the finding is an error', async () => {
    server.use(async (request) => {
      if (request.method !== 'POST' || !request.url.endsWith('/reviews')) return mock.handle(request);
      const text = await request.clone().text();
      try {
        JSON.parse(text);
      } catch {
        return json(500, { statusCode: 500, message: 'Internal server error' });
      }
      return mock.handle(request);
    });
    const { session } = await run('invalid input rejected', ['coverage']);
    const malformed = session.findings.filter((finding) => finding.message.includes('not JSON'));
    expect(malformed.map((finding) => `${finding.severity} ${finding.operationId}: ${finding.message}`)).toEqual([
      expect.stringMatching(/^error createReview: received 500 for a body that is not JSON \(\{"agentId".*\) sent as application\/json \/ documented a 4xx rejection$/),
    ]);
  });

  /** Lets any credential through on the list of reviews when `accepts` says so, as identity A; every other route checks keys as the mock does. */
  function listReviewsLetsIn(accepts: (key: string) => boolean) {
    server.use((request) => {
      const headers = new Headers(request.headers);
      const key = headers.get('x-api-key') || /^Bearer\s+(.+)$/i.exec(headers.get('authorization') ?? '')?.[1];
      const listing = request.method === 'GET' && new URL(request.url).pathname.endsWith('/observability/reviews');
      if (listing && key !== undefined && accepts(key)) {
        headers.delete('authorization');
        headers.set('x-api-key', identities.a['x-api-key']);
      }
      return mock.handle(new Request(request, { headers }));
    });
  }

  it('"not a server error" fails when a cursor the server never issued makes it fail (coverage sends one to every cursor parameter)', async () => {
    const runtype = createMock('runtype');
    // The cursor is decoded outside the validation layer: one it did not issue throws.
    server.use(async (request) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      if (cursor !== null && !cursor.startsWith('cur_')) return json(500, { error: 'Internal server error' });
      return runtype.handle(request);
    });
    const checks = (await registeredChecks()).filter((candidate) => candidate.name === 'not a server error');
    const { session } = await runConformance({ api: 'runtype', baseUrl: server.url, identities: { a: { Authorization: 'Bearer rt_cursor_a' } }, level: 'full', phases: ['coverage'], seed: 7, maxExamples: 5, checks });
    const failures = session.findings.filter((finding) => finding.check === 'not a server error');
    expect(failures.length).toBeGreaterThan(0);
    for (const finding of failures) expect(`${finding.request} ${finding.message}`).toMatch(/cursor=not-issued-by-this-server.* received 500 \/ documented an answer that is not a server error$/s);
  });

  it('"missing or invalid credentials rejected" fails when one operation takes any credential that is present', async () => {
    listReviewsLetsIn(() => true);
    const messages = await findings('missing or invalid credentials rejected', ['examples']);
    expect(messages).toEqual([
      'listReviews: received 200 with credentials no scheme can read (x-api-key: "", authorization: "Bearer not a credential!") / documented 401',
      'listReviews: received 200 with unknown credentials shaped like identity A\'s (x-api-key: "sg_dbtft_b") / documented 401, as GET /api/v1/runtime/v1/observability/reviews/stats?agentId=agent-42 answered to the same credentials',
    ]);
  });

  it('"missing or invalid credentials rejected" fails when one operation checks only a key\'s shape, not whether it was issued', async () => {
    listReviewsLetsIn((key) => /^[a-z]{2}_\w+$/.test(key));
    expect(await findings('missing or invalid credentials rejected', ['examples'])).toEqual([
      'listReviews: received 200 with unknown credentials shaped like identity A\'s (x-api-key: "sg_dbtft_b") / documented 401, as GET /api/v1/runtime/v1/observability/reviews/stats?agentId=agent-42 answered to the same credentials',
    ]);
  });

  it('"missing or invalid credentials rejected" takes a server that opens an account for every well-formed key, as long as it refuses malformed ones', async () => {
    server.use((request) => {
      const headers = new Headers(request.headers);
      const key = headers.get('x-api-key');
      if (key && /^\w+$/.test(key) && !key.startsWith('rf_')) headers.set('x-api-key', `rf_${key}`);
      return mock.handle(new Request(request, { headers }));
    });
    expect(await findings('missing or invalid credentials rejected', ['examples'])).toEqual([]);
  });

  it('"undocumented method rejected" fails when the server serves a method the path does not document', async () => {
    expect(await findings('undocumented method rejected', ['examples'])).toEqual([]);
    server.use((request) => mock.handle(request.method === 'PUT' ? new Request(request.url, { headers: request.headers }) : request));
    expect(await findings('undocumented method rejected', ['examples'])).toContainEqual(expect.stringMatching(/received 200 for PUT .*\/reviews .* documented only GET/));
  });
});
