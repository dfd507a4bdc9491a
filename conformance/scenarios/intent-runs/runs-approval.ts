import type { Scenario } from '../../scenario.ts';

export const approval: Scenario = {
  title: 'A run that needs approval waits for it, and its approval token moves it to RUNNING once, for its own account only',
  requires: ['b'],
  async run(test) {
    const base = test.request('createRun');
    const created = await test.call('createRun', { ...base, body: { ...(base.body as object), approvalStrategy: 'PLAN' } });
    const run = test.status(created, 201, 'the run is created');
    test.that(created, run?.status === 'AWAITING_APPROVAL', String(run?.status), 'AWAITING_APPROVAL with approvalStrategy PLAN');
    const detail = await test.call('getRun', { path: { runId: run.runId }, query: { includeEvents: 'true' } });
    const events = (test.status(detail, 200, 'the run is readable')?.events ?? []) as { text?: string }[];
    const token = events.map((event) => /token (\S+)/.exec(event.text ?? '')?.[1]).find(Boolean);
    if (!token) test.skip('the server does not expose approval tokens through the API (they reach approvers out of band)');
    // A token is not a credential: another account's key does not approve this account's run.
    const outsider = await test.call('approveRun', { query: { token } }, 'b');
    const refused = outsider.response !== undefined && outsider.response.status >= 400 && outsider.response.status < 500;
    test.that(outsider, refused, String(outsider.response?.status), "a 4xx: another account's key approves none of this account's runs");
    test.status(await test.call('approveRun', { query: { token } }), [200, 204], 'the approval is applied');
    const after = await test.call('getRun', { path: { runId: run.runId } });
    const approved = test.status(after, 200, 'the run is readable');
    test.that(after, approved?.status === 'RUNNING', String(approved?.status), 'RUNNING after approval');
    test.status(await test.call('approveRun', { query: { token } }), 404, 'a used token is not accepted twice');
  },
};
