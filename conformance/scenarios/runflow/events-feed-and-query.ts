import type { Scenario, ScenarioTest } from '../../scenario.ts';
import type { Exchange } from '../../types.ts';

/** Ingest is fire-and-forget: poll, boundedly, until the events are queryable. */
export async function pollFeed(test: ScenarioTest, eventName: string, expected: number): Promise<Exchange> {
  let exchange = await test.call('getEventFeed', { query: { eventName } });
  for (let attempt = 0; attempt < 50 && ((exchange.response?.json as { total?: number } | undefined)?.total ?? 0) < expected; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    exchange = await test.call('getEventFeed', { query: { eventName } });
  }
  return exchange;
}

export const eventsFeedAndQuery: Scenario = {
  title: 'Ingested events reach the feed most recent first, and raw and aggregate queries over them',
  async run(test) {
    const eventName = test.unique('sale').replace(/-/g, '_');
    const events = [
      { eventName, properties: { category: 'books', amount: 10 }, timestamp: '2026-05-01T10:00:00.000Z' },
      { eventName, properties: { category: 'books', amount: 30 }, timestamp: '2026-05-02T10:00:00.000Z' },
      { eventName, properties: { category: 'games', amount: 5 }, timestamp: '2026-05-03T10:00:00.000Z' },
    ];
    test.status(await test.call('ingestEvents', { body: { events } }), [200, 201, 202], 'the events are accepted');
    const feed = await pollFeed(test, eventName, 3);
    const feedBody = test.status(feed, 200, 'the feed answers');
    const amounts = feedBody?.events?.map((event: { properties: { amount: number } }) => event.properties.amount);
    test.that(feed, JSON.stringify(amounts) === '[5,30,10]', JSON.stringify(amounts), '[5,30,10]: most recent first, within 5 s of ingest');

    const raw = await test.call('queryEvents', { body: { eventName, mode: 'raw', columns: ['amount'], filters: [{ propertyKey: 'amount', operator: 'gte', value: 10 }] } });
    const rawBody = test.status(raw, 200, 'a raw query answers');
    test.that(raw, rawBody?.total === 2 && rawBody.columns?.[0]?.key === 'amount', JSON.stringify({ total: rawBody?.total, columns: rawBody?.columns }), 'total 2 (amount >= 10) and the amount column');

    const grouped = await test.call('queryEvents', {
      body: { eventName, mode: 'aggregate', groupBy: 'category', metrics: [{ aggregation: 'count', alias: 'orders' }, { aggregation: 'sum', propertyKey: 'amount', alias: 'revenue' }] },
    });
    const groupedBody = test.status(grouped, 200, 'an aggregate query answers');
    const books = groupedBody?.rows?.find((row: { category?: string }) => row.category === 'books');
    test.that(grouped, books?.orders === 2 && books?.revenue === 40, JSON.stringify(books), '{"category": "books", "orders": 2, "revenue": 40}');
  },
};
