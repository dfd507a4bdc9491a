import type { Scenario } from '../../scenario.ts';

export const tabUpsert: Scenario = {
  title: 'Upserting a dashboard tab is idempotent on (agentId, name): created the first time, updated after, listed by sortOrder',
  async run(test) {
    const agentId = test.unique('agent');
    const first = await test.call('upsertDashboardTab', { body: { agentId, name: 'Vendas', sortOrder: 1 } });
    const created = test.status(first, [200, 201], 'the tab is upserted');
    test.that(first, created?.created === true, JSON.stringify(created?.created), 'created: true the first time');
    await test.call('upsertDashboardTab', { body: { agentId, name: 'Overview', sortOrder: 0 } });
    const again = await test.call('upsertDashboardTab', { body: { agentId, name: 'Vendas', sortOrder: 5 } });
    const updated = test.status(again, [200, 201], 'the tab is upserted again');
    test.that(again, updated?.created === false && updated.id === created.id, JSON.stringify({ created: updated?.created, id: updated?.id }), `created: false and the same id ${created.id}`);
    test.that(again, updated?.tab?.sortOrder === 5, JSON.stringify(updated?.tab), 'the differing sortOrder updated to 5');
    const list = await test.call('listDashboardTabs', { query: { agentId } });
    const tabs = test.status(list, 200, 'the tabs list answers');
    const names = tabs?.tabs?.map((tab: { name: string }) => tab.name);
    test.that(list, JSON.stringify(names) === '["Overview","Vendas"]', JSON.stringify(names), '["Overview","Vendas"]: one tab per name, sortOrder ascending');
  },
};
