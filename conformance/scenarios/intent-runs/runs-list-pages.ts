import type { Scenario } from '../../scenario.ts';

// The default page size and walking every run once are the generic check "pages are consistent".
export const listPages: Scenario = {
  title: 'The run list answers page 1 by default, echoes page and pageSize, and refuses pageSize over 100 and page 0',
  async run(test) {
    const userId = test.unique('user');
    const base = test.request('createRun');
    test.status(await test.call('createRun', { ...base, body: { ...(base.body as object), userId } }), 201, 'the run is created');
    const first = await test.call('listRuns', { query: { userId } });
    const page = test.status(first, 200, 'the list answers');
    test.that(first, page?.page === 1 && page?.pageSize === 10 && page?.total === 1, JSON.stringify({ page: page?.page, pageSize: page?.pageSize, total: page?.total }), '{"page":1,"pageSize":10,"total":1}');
    const second = await test.call('listRuns', { query: { userId, page: 2, pageSize: 5 } });
    const echoed = test.status(second, 200, 'a later page answers');
    test.that(second, echoed?.page === 2 && echoed?.pageSize === 5 && echoed?.data?.length === 0, JSON.stringify({ page: echoed?.page, pageSize: echoed?.pageSize, items: echoed?.data?.length }), '{"page":2,"pageSize":5,"items":0}');
    test.status(await test.call('listRuns', { query: { pageSize: 101 } }), 400, 'pageSize is at most 100');
    test.status(await test.call('listRuns', { query: { page: 0 } }), 400, 'page is at least 1');
  },
};
