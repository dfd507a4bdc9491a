/**
 * Checks that look past one case: what identity A came to own over the whole
 * run, seen from identity B ("isolation over the run"), and the routes no link
 * names that must forget a deleted resource too ("gone means gone").
 */
import { describe, expect, it } from 'vitest';
import { goneMeansGone } from '../../conformance/checks/gone-means-gone.ts';
import { isolationOverTheRun } from '../../conformance/checks/isolation-over-the-run.ts';
import { readsAndListsAgree } from '../../conformance/checks/reads-and-lists-agree.ts';
import type { Session } from '../../conformance/session.ts';
import { findApi } from '../../apis/index.ts';
import { judgeExample } from './behaviour-harness.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const agentruntime = findApi('agentruntime').identities.conformance;
const runflow = { a: { 'x-api-key': 'rf_runwide_a' }, b: { 'x-api-key': 'rf_runwide_b' } };
const reviews = '/api/v1/runtime/v1/observability/reviews';

/** The check's view of a run: a start, what the test does as identity A, an end; the messages of the end. */
async function overTheRun(session: Session, asA: (session: Session) => Promise<unknown>): Promise<string[]> {
  await isolationOverTheRun.atCheckpoint!('start', session);
  await asA(session);
  return (await isolationOverTheRun.atCheckpoint!('end', session)).map((issue) => issue.message);
}

const createConnection = (session: Session) => session.call('createConnection', session.validRequest('createConnection'));
const createReview = (session: Session) => {
  const valid = session.validRequest('createReview');
  return session.call('createReview', { ...valid, path: { ...valid.path, executionId: `exec-${session.uniqueSuffix()}` } });
};

/** Answers identity B's request as the mock would answer identity A's. */
function asIdentityA(request: Request): Request {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(runflow.a)) headers.set(name, value);
  return new Request(request.url, { method: request.method, headers });
}

describe('run-wide checks fail against a server with exactly their fault', () => {
  const server = switchableMockServer();

  it('"isolation over the run": passes on the mock while identity A creates', async () => {
    server.fresh('agentruntime');
    expect(await overTheRun(newSession('agentruntime', server.url, agentruntime), createConnection)).toEqual([]);
  });

  it('"isolation over the run": fails when a list answers every tenant\'s items, whichever operation made them', async () => {
    server.fresh('agentruntime');
    const callers = new Map<string, Headers>();
    // The list reads the table without its tenant clause: every caller gets everyone's connections.
    server.use(async (request) => {
      const url = new URL(request.url);
      callers.set(request.headers.get('authorization') ?? '', request.headers);
      if (request.method !== 'GET' || url.pathname !== '/v1/connections') return server.mock(request);
      const everyone: unknown[] = [];
      for (const headers of callers.values()) everyone.push(...((await (await server.mock(new Request(url, { headers }))).json()) as { data: unknown[] }).data);
      return json(200, { data: [...new Map(everyone.map((item) => [(item as { id: string }).id, item])).values()], next_cursor: null });
    });
    const messages = await overTheRun(newSession('agentruntime', server.url, agentruntime), createConnection);
    expect(messages).toContainEqual(
      expect.stringMatching(/^received id "[^"]+" in GET \/v1\/connections\S* as identity B: identity A's list holds it, and this caller's list did not when the run began \/ documented only the caller's own items, whatever operation made them$/),
    );
  });

  it('"isolation over the run": fails when a read by id serves identity A\'s item to identity B', async () => {
    server.fresh('runflow');
    expect(await overTheRun(newSession('runflow', server.url, runflow), createReview)).toEqual([]);
    // The read looks the review up by id alone.
    server.use(async (request) => {
      const path = new URL(request.url).pathname;
      const read = request.method === 'GET' && path.startsWith(`${reviews}/`) && path.split('/').length === reviews.split('/').length + 1;
      const response = await server.mock(request);
      return read && response.status === 404 ? server.mock(asIdentityA(request)) : response;
    });
    const messages = await overTheRun(newSession('runflow', server.url, runflow), createReview);
    expect(messages).toEqual([expect.stringMatching(/^received 200 from GET \/api\/v1\/runtime\/v1\/observability\/reviews\/\S+ as identity B, an item of identity A's listReviews \/ documented another identity's resource as invisible \(404\)$/)]);
  });

  it('"gone means gone": fails when a legacy delete leaves the resource in the current list', async () => {
    server.fresh('agentruntime');
    expect(await judgeExample(goneMeansGone, newSession('agentruntime', server.url, agentruntime), 'legacyCreateMcpConnection')).toEqual([]);
    // The legacy route deletes only its own binding: the connection stays under /v1/connections.
    const unbound = new Set<string>();
    server.use(async (request) => {
      const url = new URL(request.url);
      const legacy = /^\/v1\/mcp\/connections\/([^/]+)$/.exec(url.pathname);
      if (legacy && request.method === 'DELETE') {
        unbound.add(legacy[1]!);
        return new Response(null, { status: 204 });
      }
      if (request.method === 'GET' && url.pathname === '/v1/mcp/connections') {
        const listed = (await (await server.mock(request)).json()) as { data: { id: string }[]; next_cursor: string | null };
        return json(200, { ...listed, data: listed.data.filter((connection) => !unbound.has(connection.id)) });
      }
      const credentials = /^\/v1\/mcp\/connections\/([^/]+)\/credentials$/.exec(url.pathname);
      if (credentials && unbound.has(credentials[1]!)) return json(404, { code: 'not_found', message: 'not found' });
      return server.mock(request);
    });
    const messages = await judgeExample(goneMeansGone, newSession('agentruntime', server.url, agentruntime), 'legacyCreateMcpConnection');
    expect(messages).toContainEqual(expect.stringMatching(/^received id "[^"]+" in listConnections after DELETE \/v1\/mcp\/connections\/\S+, a list that held it before the delete \/ documented a deleted resource as unlisted everywhere$/));
  });
});

describe('"reads and lists agree" fails against a server whose list and read disagree', () => {
  const server = switchableMockServer();

  /** A review, listed once (so that a cache holds the list), then given another status. */
  async function reviewChangedAfterListing(session: Session): Promise<void> {
    const created = await createReview(session);
    const id = (created.response?.json as { id: string }).id;
    await session.call('listReviews', session.validRequest('listReviews'));
    const update = session.validRequest('updateReview');
    await session.call('updateReview', { ...update, path: { ...update.path, reviewId: id }, body: { status: 'resolved' } });
  }

  it('passes on the mock', async () => {
    server.fresh('runflow');
    const session = newSession('runflow', server.url, runflow);
    await reviewChangedAfterListing(session);
    expect(await readsAndListsAgree.atCheckpoint!('examples', session)).toEqual([]);
  });

  it('fails when the list is cached and a PATCH does not clear it', async () => {
    server.fresh('runflow');
    let cached: unknown;
    server.use(async (request) => {
      const listing = request.method === 'GET' && new URL(request.url).pathname === reviews;
      if (request.method === 'POST' || request.method === 'DELETE') cached = undefined;
      if (listing && cached !== undefined) return json(200, cached);
      const response = await server.mock(request);
      if (listing && response.status === 200) cached = await response.clone().json();
      return response;
    });
    const session = newSession('runflow', server.url, runflow);
    await reviewChangedAfterListing(session);
    const messages = (await readsAndListsAgree.atCheckpoint!('examples', session)).map((issue) => issue.message);
    expect(messages).toEqual([expect.stringMatching(/^received status: "\w+" for id "[^"]+" in listReviews, and "resolved" from GET \S+, twice in a row \/ documented one resource: its list entry and its read agree on every field both show$/)]);
  });
});
