import type { Scenario } from '../../scenario.ts';

export const getAndAbort: Scenario = {
  title: 'An unknown run is 404; aborting a running run answers 200 with no content and makes it ABORTED (its events shown on request), and aborting it again is refused with 409',
  async run(test) {
    test.status(await test.call('getRun', { path: { runId: '00000000-0000-4000-8000-00000000dead' } }), 404, 'an unknown run id is not found');
    const created = test.status(await test.call('createRun', test.request('createRun')), 201, 'the run is created');
    const aborted = await test.call('abortRun', { path: { runId: created.runId } });
    test.status(aborted, 200, 'a running or queued run can be aborted');
    test.that(aborted, (aborted.response?.text ?? '') === '', JSON.stringify(aborted.response?.text.slice(0, 80)), 'no content ("Run successfully aborted")');
    const read = await test.call('getRun', { path: { runId: created.runId }, query: { includeEvents: 'true' } });
    const stored = test.status(read, 200, 'the aborted run is readable');
    test.that(read, stored?.status === 'ABORTED', String(stored?.status), 'status ABORTED when read back');
    test.that(read, stored?.events?.length > 0, `${stored?.events?.length} events`, "the run's events, read with includeEvents=true (as the list shows them)");
    test.status(await test.call('abortRun', { path: { runId: created.runId } }), 409, 'a run that is no longer running or queued cannot be aborted', {
      designed: 'the documentation is silent on aborting a finished run',
    });
  },
};
