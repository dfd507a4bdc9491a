/**
 * "filters match whole values": an identifier filter does not match by prefix.
 */
import { describe, expect, it } from 'vitest';
import { findApi } from '../../apis/index.ts';
import { filtersMatchWholeValues } from '../../conformance/checks/filters-match-whole-values.ts';
import { intentRunsMock } from '../../mocks/intent-runs/index.ts';
import { judgeExample } from './behaviour-harness.ts';
import { brokenMock, newSession, switchableMockServer } from './harness.ts';

const intentRuns = findApi('intent-runs').identities.conformance;
const handlers = intentRunsMock.handlers as Record<string, (context: any) => any>;

describe('"filters match whole values"', () => {
  const server = switchableMockServer();

  it('passes on the mock, whose userId filter is exact', async () => {
    server.fresh('intent-runs');
    expect(await judgeExample(filtersMatchWholeValues, newSession('intent-runs', server.url, intentRuns), 'listRuns')).toEqual([]);
  });

  it('fails when userId matches every user id that starts with it', async () => {
    // The repository method behind the Console's user picker: LIKE :userId || '%'.
    const broken = brokenMock('intent-runs', {
      listRuns(context: any) {
        const wanted = context.query.userId;
        if (!wanted) return handlers.listRuns!(context);
        const runs = [...context.store.runs.values()];
        const everyone = handlers.listRuns!({ ...context, query: { ...context.query, userId: undefined, pageSize: 100, page: 1 } }).body.data;
        const data = everyone.filter((run: any) => runs.find((stored: any) => stored.runId === run.runId)?.userId.startsWith(wanted));
        return { status: 200, body: { data, page: 1, pageSize: context.query.pageSize, total: data.length } };
      },
    });
    server.use(broken.handle);
    expect(await judgeExample(filtersMatchWholeValues, newSession('intent-runs', server.url, intentRuns), 'listRuns')).toEqual([
      expect.stringMatching(/^received runId "[0-9a-f-]{36}", created with userId "userId-\S+2", in GET \/v1\/runs\?\S+ \/ documented userId as a filter by that value: an item whose userId only starts with "userId-\S+" is not a match$/),
    ]);
  });

  it('fails when a filter by userId looks across every account', async () => {
    // The admin console's repository method: find runs by user, no account clause.
    const broken = brokenMock('intent-runs', {
      listRuns(context: any) {
        const wanted = context.query.userId;
        if (!wanted) return handlers.listRuns!(context);
        const data = [...context.store.runs.values()].filter((run: any) => run.userId === wanted).map((run: any) => ({ runId: run.runId, repeatKey: run.repeatKey, status: run.status, executionPlanId: run.executionPlanId, events: [], intent: run.intent, context: run.context, createdAt: run.createdAt, updatedAt: run.updatedAt }));
        return { status: 200, body: { data, page: 1, pageSize: context.query.pageSize, total: data.length } };
      },
    });
    server.use(broken.handle);
    expect(await judgeExample(filtersMatchWholeValues, newSession('intent-runs', server.url, intentRuns), 'listRuns')).toEqual([
      expect.stringMatching(/^received runId "[0-9a-f-]{36}", identity A's item created with userId "userId-\S+", in GET \/v1\/runs\?\S+ as identity B \/ documented only the caller's own items, whatever value of userId two accounts choose alike$/),
    ]);
  });
});
