import type { ScenarioTest } from '../../scenario.ts';

/** A workflow whose runs wait at a human task, so that run control has a live run to act on. */
export async function workflowWithApproval(test: ScenarioTest, extraSteps: { id: string; type: string; name: string; disabled?: boolean }[] = []) {
  const graph = {
    steps: [
      { id: 'draft', type: 'llm', name: 'Draft' },
      ...extraSteps,
      { id: 'approve', type: 'human_task', name: 'Approve the draft' },
      { id: 'send', type: 'tool', name: 'Send' },
    ],
    edges: [{ from: 'draft', to: 'approve' }, { from: 'approve', to: 'send' }],
  };
  const created = await test.call('createWorkflow', { body: { name: test.unique('workflow'), graph } });
  return test.status(created, 201, 'the workflow is created') as { id: string; status: string };
}

export async function startRun(test: ScenarioTest, workflowId: string) {
  const started = await test.call('runWorkflowCommand', { path: { id: workflowId }, body: { command: 'start', params: { trigger_type: 'api', trigger_payload: { topic: 'conformance' } } } });
  return test.status(started, 201, 'start creates a run') as { id: string; status: string };
}
