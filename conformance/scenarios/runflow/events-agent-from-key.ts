import type { Scenario } from '../../scenario.ts';
import { pollFeed } from './events-feed-and-query.ts';

export const eventsAgentFromKey: Scenario = {
  title: "An ingested event is filed under the API key's agent, whatever agentId its body names",
  async run(test) {
    const eventName = test.unique('signup').replace(/-/g, '_');
    const elsewhere = test.unique('agent-elsewhere');
    const ingested = await test.call('ingestEvents', { body: { events: [{ eventName, agentId: elsewhere, properties: { plan: 'pro' } }] } });
    const status = ingested.response?.status ?? 0;
    // Refusing the field it does not take is as good as ignoring it.
    if (status >= 400 && status < 500) return;
    test.status(ingested, [200, 201, 202], 'the event is accepted or its extra field refused');
    const own = await pollFeed(test, eventName, 1);
    test.that(own, (own.response?.json as { total?: number } | undefined)?.total === 1, String((own.response?.json as { total?: number } | undefined)?.total), "1 event in the key's own feed: agentId is derived from the API key");
    const theirs = await test.call('getEventFeed', { query: { eventName, agentId: elsewhere } });
    const theirsBody = test.status(theirs, 200, 'the feed answers for another agent id');
    test.that(theirs, (theirsBody?.total ?? 0) === 0, `${theirsBody?.total} events under ${elsewhere}`, 'none under the agent the body named');
  },
};
