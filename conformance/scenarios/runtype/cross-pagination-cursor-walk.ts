import type { Scenario } from '../../scenario.ts';

export const cursorWalk: Scenario = {
  title: 'Walking a list by its cursors yields every item exactly once, even while items are created',
  async run(test) {
    const base = test.request('createRecord');
    const type = test.unique('walk');
    const created = new Set<string>();
    for (let index = 0; index < 7; index++) {
      created.add(test.status(await test.call('createRecord', { ...base, body: { type, name: `record ${index}` } }), 201, 'the record is created').id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pageNumber = 0; pageNumber < 100; pageNumber++) {
      const exchange = await test.call('listRecords', { query: { limit: 3, ...(cursor ? { cursor } : {}) } });
      const body = test.status(exchange, 200, 'each page answers');
      test.that(exchange, body.pagination?.limit === 3 && body.data.length <= 3, JSON.stringify(body.pagination), 'pagination.limit 3 and at most 3 items');
      seen.push(...body.data.filter((item: { type: string }) => item.type === type).map((item: { id: string }) => item.id));
      if (pageNumber === 0) await test.call('createRecord', { ...base, body: { type, name: 'created mid-walk' } });
      test.that(exchange, body.pagination.hasMore === (body.pagination.nextCursor !== null), JSON.stringify(body.pagination), 'hasMore true exactly when nextCursor is set');
      if (!body.pagination.hasMore) break;
      cursor = body.pagination.nextCursor;
    }
    const walked = seen.filter((id) => created.has(id));
    test.that({ operation: test.session.operation('listRecords'), identity: 'a', request: { method: 'GET', url: 'listRecords', headers: {} } }, walked.length === created.size && new Set(walked).size === walked.length, `${walked.length} of the ${created.size} records, ${new Set(walked).size} distinct`, 'each record that existed when the walk began exactly once');
  },
};
