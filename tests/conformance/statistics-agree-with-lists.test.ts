/**
 * "statistics agree with lists": a counter marked `x-count-of` equals what its
 * list returns for the marked query, with the filters both take set alike.
 */
import { describe, expect, it } from 'vitest';
import { statisticsAgreeWithLists } from '../../conformance/checks/statistics-agree-with-lists.ts';
import { severityOf } from '../../conformance/provenance.ts';
import type { Session } from '../../conformance/session.ts';
import { json, newSession, switchableMockServer } from './harness.ts';

const runflow = { a: { 'x-api-key': 'rf_stats_a' }, b: { 'x-api-key': 'rf_stats_b' } };
const stats = '/api/v1/runtime/v1/observability/reviews/stats';

/** A review of another agent than the statistics' example asks about, so that a counter ignoring agentId shows. */
async function reviewOfAnotherAgent(session: Session): Promise<void> {
  const valid = session.validRequest('createReview');
  await session.call('createReview', { ...valid, path: { executionId: `exec-${session.uniqueSuffix()}` }, body: { ...(valid.body as object), agentId: 'agent-someone-else' } });
}

/** The statistics answer rewritten by `change`; every other request goes to the mock. */
function rewritingStats(server: ReturnType<typeof switchableMockServer>, change: (counters: Record<string, number>, request: Request) => Promise<Record<string, number>> | Record<string, number>): void {
  server.use(async (request) => {
    const response = await server.mock(request);
    if (request.method !== 'GET' || new URL(request.url).pathname !== stats || response.status !== 200) return response;
    return json(200, await change((await response.json()) as Record<string, number>, request));
  });
}

async function judged(session: Session) {
  const issues = await statisticsAgreeWithLists.atCheckpoint!('end', session);
  return issues.map((issue) => ({ message: issue.message, severity: severityOf(session.contract.document, issue.exchange!.operation, issue.constraint).severity }));
}

describe('"statistics agree with lists"', () => {
  const server = switchableMockServer();

  it('passes on the mock, and judges only at the end of a run', async () => {
    server.fresh('runflow');
    const session = newSession('runflow', server.url, runflow);
    await reviewOfAnotherAgent(session);
    expect(await statisticsAgreeWithLists.atCheckpoint!('stateful', session)).toEqual([]);
    expect(await judged(session)).toEqual([]);
  });

  it('fails when pending counts the reviews in progress too (pending, inProgress and resolved are counted side by side)', async () => {
    server.fresh('runflow');
    rewritingStats(server, (counters) => ({ ...counters, pending: counters.pending! + counters.inProgress! }));
    const issues = await judged(newSession('runflow', server.url, runflow));
    expect(issues).toEqual([
      {
        message: expect.stringMatching(/^received pending: \d+ from GET \/api\/v1\/runtime\/v1\/observability\/reviews\/stats\?agentId=agent-42 \/ documented the number of items listReviews\?agentId=agent-42&status=pending_review lists \(\d+\), every page walked$/),
        severity: 'error',
      },
    ]);
  });

  it('warns when highPriority counts the critical reviews too (the contract\'s reading of "highPriority" is designed)', async () => {
    server.fresh('runflow');
    rewritingStats(server, (counters) => ({ ...counters, highPriority: counters.highPriority! + counters.critical! }));
    const issues = await judged(newSession('runflow', server.url, runflow));
    expect(issues).toEqual([
      {
        message: expect.stringMatching(/^received highPriority: \d+ from GET \S+ \/ documented the number of items listReviews\?agentId=agent-42&priority=high lists \(\d+\), every page walked$/),
        severity: 'warning',
      },
    ]);
  });

  it('fails when total ignores the agentId both operations take', async () => {
    server.fresh('runflow');
    // The counter's query drops the agent: every review of the tenant is counted.
    rewritingStats(server, async (counters, request) => {
      const everyone = (await (await server.mock(new Request(new URL('/api/v1/runtime/v1/observability/reviews?limit=100', request.url), { headers: request.headers }))).json()) as { total: number };
      return { ...counters, total: everyone.total };
    });
    const session = newSession('runflow', server.url, runflow);
    await reviewOfAnotherAgent(session);
    expect(await judged(session)).toEqual([
      { message: expect.stringMatching(/^received total: \d+ from GET \S+ \/ documented the number of items listReviews\?agentId=agent-42 lists \(\d+\), every page walked$/), severity: 'error' },
    ]);
  });

  it('says nothing when the counters move between its two reads', async () => {
    server.fresh('runflow');
    let reads = 0;
    // Something else writes meanwhile: each read counts one more review in progress.
    rewritingStats(server, (counters) => ({ ...counters, inProgress: counters.inProgress! + ++reads }));
    expect(await judged(newSession('runflow', server.url, runflow))).toEqual([]);
  });
});
