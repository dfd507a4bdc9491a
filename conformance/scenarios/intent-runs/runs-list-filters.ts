import type { Scenario } from '../../scenario.ts';

export const listFilters: Scenario = {
  title: 'The run list filters by status, userId and repeated customerIntegrationIds, and includes events only on request',
  async run(test) {
    const userId = test.unique('user');
    const base = test.request('createRun');
    const crm = test.unique('crm');
    const erp = test.unique('erp');
    const first = test.status(await test.call('createRun', { ...base, body: { ...(base.body as object), userId, selectedCustomerIntegrationIds: [crm] } }), 201, 'run 1 is created');
    const second = test.status(await test.call('createRun', { ...base, body: { ...(base.body as object), userId, selectedCustomerIntegrationIds: [erp] } }), 201, 'run 2 is created');
    const both = await test.call('listRuns', { query: { userId, customerIntegrationIds: [crm, erp] } });
    const bothBody = test.status(both, 200, 'the list answers');
    test.that(both, bothBody?.total === 2, `${bothBody?.total} runs`, '2 runs: repeated customerIntegrationIds match either');
    const one = await test.call('listRuns', { query: { userId, customerIntegrationIds: [erp] } });
    const oneBody = test.status(one, 200, 'the list answers');
    test.that(one, oneBody?.total === 1 && oneBody.data?.[0]?.runId === second.runId, JSON.stringify(oneBody?.data?.map((run: { runId: string }) => run.runId)), `only ${second.runId}`);
    test.status(await test.call('abortRun', { path: { runId: first.runId } }), 200, 'run 1 is aborted');
    const aborted = await test.call('listRuns', { query: { userId, status: 'ABORTED' } });
    const abortedBody = test.status(aborted, 200, 'the list answers');
    test.that(aborted, abortedBody?.total === 1 && abortedBody.data?.[0]?.runId === first.runId, JSON.stringify(abortedBody?.data?.map((run: { runId: string }) => run.runId)), `only the aborted ${first.runId}`);
    test.that(aborted, abortedBody.data?.[0]?.events?.length === 0, `${abortedBody.data?.[0]?.events?.length} events`, 'no events without includeEvents');
    const withEvents = await test.call('listRuns', { query: { userId, status: 'ABORTED', includeEvents: true } });
    const withEventsBody = test.status(withEvents, 200, 'the list answers');
    test.that(withEvents, withEventsBody?.data?.[0]?.events?.length > 0, `${withEventsBody?.data?.[0]?.events?.length} events`, 'the run\'s events with includeEvents=true');
  },
};
