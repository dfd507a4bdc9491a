import type { Scenario } from '../../scenario.ts';

export const cardUpsert: Scenario = {
  title: 'Upserting a dashboard card is idempotent on (agentId, eventName, cardType, aggregation, propertyKey)',
  async run(test) {
    const agentId = test.unique('agent');
    const card = { agentId, title: 'Total alerts', cardType: 'number', config: { eventName: 'alert_received', aggregation: 'count' } };
    const first = await test.call('upsertDashboardCard', { body: card });
    const created = test.status(first, [200, 201], 'the card is upserted');
    const renamed = await test.call('upsertDashboardCard', { body: { ...card, title: 'Alerts' } });
    const renamedBody = test.status(renamed, [200, 201], 'the same card is upserted again');
    test.that(renamed, renamedBody?.id === created?.id && renamedBody?.created === false, JSON.stringify({ id: renamedBody?.id, created: renamedBody?.created }), `the same id ${created?.id}, created: false`);
    test.status(await test.call('upsertDashboardCard', { body: { ...card, cardType: 'gauge' } }), [200, 201], 'a card with another cardType is upserted');
    const list = await test.call('listDashboardCards', { query: { agentId } });
    const cards = test.status(list, 200, 'the cards list answers');
    test.that(list, cards?.total === 2 && cards?.cards?.length === 2, `${cards?.total} cards`, '2 cards: the rename updated, the other cardType added');
  },
};
