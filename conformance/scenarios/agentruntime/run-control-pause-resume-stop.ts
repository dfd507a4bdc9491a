import type { Scenario } from '../../scenario.ts';
import { startRun, workflowWithApproval } from './fixtures.ts';

export const runControl: Scenario = {
  title: 'Run control pauses, resumes and stops a run, and refuses an impossible transition with 409',
  async run(test) {
    const workflow = await workflowWithApproval(test);
    const run = await startRun(test, workflow.id);
    test.that({ ...(await test.call('getRunContext', { path: { id: workflow.id, runID: run.id } })) }, run.status === 'running', run.status, 'running: the run waits at its human task');
    const command = (name: string, params: Record<string, unknown> = {}) => test.call('runWorkflowCommand', { path: { id: workflow.id }, body: { command: name, params: { run_id: run.id, ...params } } });
    const paused = await command('pause');
    test.that(paused, test.status(paused, 200, 'pause is accepted')?.status === 'paused', 'not paused', 'status paused');
    test.status(await command('pause'), 409, 'a paused run cannot be paused again');
    const resumed = await command('resume');
    test.that(resumed, test.status(resumed, 200, 'resume is accepted')?.status === 'running', 'not running', 'status running');
    const stopped = await command('stop');
    const body = test.status(stopped, 200, 'stop is accepted');
    test.that(stopped, body?.status === 'stopped' && body?.stop_mode === 'immediate', JSON.stringify({ status: body?.status, stop_mode: body?.stop_mode }), 'stopped, mode immediate by default');
    test.status(await command('resume'), 409, 'a stopped run cannot be resumed');
    const events = await test.call('listRunEvents', { path: { id: workflow.id, runID: run.id }, query: { limit: 100 } });
    const types = new Set((test.status(events, 200, 'the event log answers')?.data ?? []).map((event: { event_type: string }) => event.event_type));
    test.that(events, types.has('run_started') && types.has('state_changed') && types.has('step_started'), JSON.stringify([...types]), 'run_started, step_started and state_changed events');
  },
};
