import { fail } from '../stateful/problems.ts';
import { requireWorkflow } from './lookups.ts';
import { requireRun, startRun, transition } from './run-engine.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, projectScope, type StoredRun } from './store.ts';

const refuse = (stored: StoredRun, command: string): never => fail(409, `Run ${stored.run.id} is ${stored.run.status} and cannot ${command}`, { code: 'invalid_state_transition' });

export const handlers = {
  runWorkflowCommand: (context): AgentRuntimeResult<'runWorkflowCommand'> => {
    const { body, store } = context;
    const workflow = requireWorkflow(context, context.path.id);
    if (body.command === 'start') {
      if (workflow.status === 'archived') fail(409, 'An archived workflow cannot start runs', { code: 'invalid_state_transition' });
      const params = body.params ?? {};
      return { status: 201, body: startRun(store, projectScope(context.caller), workflow, params.trigger_type ?? 'api', params).run };
    }
    const stored = requireRun(context, workflow.id, body.params.run_id);
    const status = stored.run.status;
    if (body.command === 'stop') {
      if (!['queued', 'running', 'paused', 'stopping'].includes(status)) refuse(stored, 'be stopped');
      const mode = body.params.mode ?? 'immediate';
      transition(store, stored, mode === 'graceful' ? 'stopping' : 'stopped', { stop_mode: mode, ...(mode === 'immediate' ? { finished_at: store.environment.now() } : {}) });
    } else if (body.command === 'pause') {
      if (status !== 'running' && status !== 'queued') refuse(stored, 'be paused');
      transition(store, stored, 'paused');
    } else {
      if (status !== 'paused') refuse(stored, 'be resumed');
      transition(store, stored, 'running');
    }
    return { status: 200, body: stored.run };
  },
} satisfies AgentRuntimeHandlers<'runWorkflowCommand'>;
