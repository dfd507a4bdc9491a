import type { Scenario } from '../../scenario.ts';

export const listPages: Scenario = {
  title: 'The run list pages with page and pageSize (default 1 and 10), every run once, and refuses pageSize over 100',
  async run(test) {
    const userId = test.unique('user');
    const base = test.request('createRun');
    const created = new Set<string>();
    for (let index = 0; index < 12; index++) {
      const run = test.status(await test.call('createRun', { ...base, body: { ...(base.body as object), userId } }), 201, 'the run is created');
      created.add(run.runId);
    }
    const first = await test.call('listRuns', { query: { userId } });
    const page = test.status(first, 200, 'the list answers');
    test.that(first, page?.page === 1 && page?.pageSize === 10 && page?.data?.length === 10 && page?.total === 12, JSON.stringify({ page: page?.page, pageSize: page?.pageSize, items: page?.data?.length, total: page?.total }), '{"page":1,"pageSize":10,"items":10,"total":12}');
    const seen: string[] = [];
    for (let number = 1; number <= 5; number++) {
      const exchange = await test.call('listRuns', { query: { userId, page: number, pageSize: 5 } });
      const body = test.status(exchange, 200, 'each page answers');
      seen.push(...body.data.map((run: { runId: string }) => run.runId));
      if (body.data.length < 5) break;
    }
    test.that(first, seen.length === created.size && new Set(seen).size === seen.length && seen.every((id) => created.has(id)), `${seen.length} runs, ${new Set(seen).size} distinct`, `each of the ${created.size} runs exactly once`);
    test.status(await test.call('listRuns', { query: { pageSize: 101 } }), 400, 'pageSize is at most 100');
    test.status(await test.call('listRuns', { query: { page: 0 } }), 400, 'page is at least 1');
  },
};
