import type { Scenario } from '../../scenario.ts';

export const accountsIsolated: Scenario = {
  title: "Another account's resources are 404 and never listed",
  requires: ['b'],
  async run(test) {
    const created = test.status(await test.call('createTool', test.request('createTool')), 201, 'account A creates a tool');
    test.status(await test.call('getTool', { path: { id: created.id } }, 'b'), 404, "another account's tool is not found");
    test.status(await test.call('deleteTool', { path: { id: created.id } }, 'b'), 404, "another account's tool cannot be deleted");
    const list = await test.call('listTools', { query: { limit: 100 } }, 'b');
    const body = test.status(list, 200, 'account B lists its own tools');
    test.that(list, !body?.data?.some((tool: { id: string }) => tool.id === created.id), "A's tool in B's list", "A's tool absent from B's list");
    test.status(await test.call('getTool', { path: { id: created.id } }), 200, 'account A still has its tool');
    await test.call('deleteTool', { path: { id: created.id } });
  },
};
