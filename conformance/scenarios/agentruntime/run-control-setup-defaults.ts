import type { Scenario } from '../../scenario.ts';
import { workflowWithApproval } from './fixtures.ts';

export const setupDefaults: Scenario = {
  title: 'A start with use_run_setup_defaults merges the saved defaults into its input, and the request\'s keys win on a conflict',
  async run(test) {
    const workflow = await workflowWithApproval(test);
    const saved = { topic: 'saved topic', tone: 'formal' };
    test.status(await test.call('updateWorkflow', { path: { id: workflow.id }, body: { run_setup: { trigger_payload: saved } } }), 200, 'the defaults are saved');
    // The documentation reads the defaults "from the workflow version": publish, so either reading finds them.
    test.status(await test.call('publishWorkflowVersion', { path: { id: workflow.id }, body: {} }), 201, 'a version is published');
    const params = { trigger_type: 'api', trigger_payload: { topic: 'asked topic' }, use_run_setup_defaults: true };
    const started = await test.call('runWorkflowCommand', { path: { id: workflow.id }, body: { command: 'start', params } });
    const run = test.status(started, 201, 'start creates a run');
    const context = await test.call('getRunContext', { path: { id: workflow.id, runID: run.id } });
    const input = test.status(context, 200, 'the run context answers')?.input;
    const received = JSON.stringify({ topic: input?.topic, tone: input?.tone });
    test.that(context, input?.topic === 'asked topic' && input?.tone === 'formal', received, '{"topic":"asked topic","tone":"formal"}: the saved tone merged, the asked topic kept');
  },
};
