import type { Scenario } from '../../scenario.ts';

export const accountIsolation: Scenario = {
  title: "Another account's run is 404 and never listed",
  requires: ['b'],
  async run(test) {
    const created = test.status(await test.call('createRun', test.request('createRun')), 201, 'account A creates a run');
    test.status(await test.call('getRun', { path: { runId: created.runId } }, 'b'), 404, "another account's run is not found");
    test.status(await test.call('abortRun', { path: { runId: created.runId } }, 'b'), 404, "another account's run cannot be aborted");
    const list = await test.call('listRuns', { query: { pageSize: 100 } }, 'b');
    const body = test.status(list, 200, 'account B lists its own runs');
    test.that(list, !body?.data?.some((run: { runId: string }) => run.runId === created.runId), 'the run in B\'s list', "A's run absent from B's list");
  },
};
