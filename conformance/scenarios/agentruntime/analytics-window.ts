import type { Scenario } from '../../scenario.ts';

export const analyticsWindow: Scenario = {
  title: 'Analytics take window=month|week|all or a from/to range, not both',
  async run(test) {
    for (const window of ['month', 'week', 'all']) test.status(await test.call('getRunsCount', { query: { window } }), 200, `window=${window} is accepted`);
    test.status(await test.call('getRunsCount', { query: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } }), 200, 'a from/to range is accepted');
    test.status(await test.call('getRunsCount', { query: { window: 'week', from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } }), 422, 'window together with from/to is refused');
    test.status(await test.call('getRunsCount', { query: { window: 'year' } }), [400, 422], 'an unknown window is refused');
    const series = await test.call('getRunsTimeseries', { query: { window: 'all', granularity: 'day' } });
    test.that(series, test.status(series, 200, 'a timeseries answers')?.granularity === 'day', JSON.stringify((series.response?.json as { granularity?: string } | undefined)?.granularity), 'granularity day');
  },
};
