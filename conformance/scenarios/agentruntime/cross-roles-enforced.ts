import type { Scenario } from '../../scenario.ts';

export const rolesEnforced: Scenario = {
  title: 'A viewer reads but cannot write or run, and only a tenant_admin changes billing: 403 otherwise',
  requires: ['readonly'],
  async run(test) {
    const workflow = test.status(await test.call('createWorkflow', { body: { name: test.unique('wf') } }), 201, 'identity A creates a workflow');
    test.status(await test.call('getWorkflow', { path: { id: workflow.id } }, 'readonly'), 200, 'a viewer reads a workflow');
    test.status(await test.call('listRuns', {}, 'readonly'), 200, 'a viewer reads the run feed');
    test.status(await test.call('createWorkflow', { body: { name: 'not allowed' } }, 'readonly'), 403, 'a viewer cannot create (contributor+)');
    test.status(await test.call('runWorkflowCommand', { path: { id: workflow.id }, body: { command: 'start', params: {} } }, 'readonly'), 403, 'a viewer cannot start runs (contributor+)');
    test.status(await test.call('startTrial', { body: { plan_code: 'team' } }, 'readonly'), 403, 'a viewer cannot change billing (tenant_admin)');
  },
};
