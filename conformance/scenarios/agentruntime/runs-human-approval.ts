import type { Scenario } from '../../scenario.ts';
import { startRun, workflowWithApproval } from './fixtures.ts';

export const humanApproval: Scenario = {
  title: 'A pending human task appears in the inbox; completing it merges result into a step result that always has approved, and only once',
  async run(test) {
    const workflow = await workflowWithApproval(test, [{ id: 'off', type: 'tool', name: 'Disabled step', disabled: true }]);
    const run = await startRun(test, workflow.id);
    const inbox = await test.call('listRunPendingTasks', { path: { id: workflow.id, runID: run.id } });
    const task = test.status(inbox, 200, 'the run\'s pending tasks are listed')?.data?.[0];
    test.that(inbox, task?.status === 'pending' && task.run_id === run.id, JSON.stringify(task), 'one pending task of this run');
    const tenantInbox = await test.call('listPendingTasks', { query: { limit: 100 } });
    test.that(tenantInbox, test.status(tenantInbox, 200, 'the tenant inbox answers')?.data?.some((candidate: { id: string }) => candidate.id === task.id), 'not in the inbox', 'the task in the tenant inbox');
    const path = { id: workflow.id, runID: run.id, task_id: task.id };
    const completed = await test.call('completeTask', { path, body: { approved: true, result: { comment_body: 'Ship it' } } });
    const result = test.status(completed, 200, 'the task is completed')?.step_result;
    test.that(completed, result?.approved === true && result?.comment_body === 'Ship it', JSON.stringify(result), '{"approved": true, "comment_body": "Ship it"}');
    test.status(await test.call('completeTask', { path, body: { approved: false } }), 409, 'a completed task cannot be completed again');
    const events = await test.call('listRunEvents', { path: { id: workflow.id, runID: run.id }, query: { limit: 100 } });
    const skipped = (test.status(events, 200, 'the event log answers')?.data ?? []).find((event: { step_id?: string }) => event.step_id === 'off');
    test.that(events, skipped?.event_type === 'step_completed' && skipped.data?.skipped === true && skipped.data?.reason === 'step_disabled', JSON.stringify(skipped), 'a step_completed event with data.skipped true and reason step_disabled for the disabled step');
  },
};
