import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { findWorkflow, requireWorkflow } from './lookups.ts';
import { cursorPage } from './paging.ts';
import { recordEvent, requireRun, transition } from './run-engine.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, inScope, listScope, listTenantWide, projectScope } from './store.ts';

type Schemas = components['schemas'];

export const handlers = {
  listWorkflowRuns: (context): AgentRuntimeResult<'listWorkflowRuns'> => {
    const { query } = context;
    requireWorkflow(context, context.path.id);
    const runs = listScope(context.store.runs, projectScope(context.caller), (stored) => stored.run.workflow_id === context.path.id && (!query.status || stored.run.status === query.status));
    return { status: 200, body: cursorPage(runs.map((stored) => stored.run), query) };
  },
  listRuns: ({ query, caller, store }): AgentRuntimeResult<'listRuns'> => {
    const runs = listTenantWide(store.runs, caller, (stored) => !query.status || stored.run.status === query.status);
    return { status: 200, body: cursorPage(runs.map((stored) => stored.run), query) };
  },
  listRunEvents: (context): AgentRuntimeResult<'listRunEvents'> => ({ status: 200, body: cursorPage(requireRun(context, context.path.id, context.path.runID).events, context.query) }),
  getRunContext: (context): AgentRuntimeResult<'getRunContext'> => ({ status: 200, body: requireRun(context, context.path.id, context.path.runID).context }),
  listPendingTasks: ({ query, caller, store }): AgentRuntimeResult<'listPendingTasks'> => {
    const tasks = listTenantWide(store.tasks, caller, (task) => task.status === 'pending');
    return { status: 200, body: cursorPage(tasks, query) };
  },
  listRunPendingTasks: (context): AgentRuntimeResult<'listRunPendingTasks'> => {
    requireRun(context, context.path.id, context.path.runID);
    const tasks = listScope(context.store.tasks, projectScope(context.caller), (task) => task.status === 'pending' && task.run_id === context.path.runID);
    return { status: 200, body: cursorPage(tasks, context.query) };
  },
  completeTask: (context): AgentRuntimeResult<'completeTask'> => {
    const { store, path } = context;
    const stored = inScope(store.runs, projectScope(context.caller), path.runID);
    const task = inScope(store.tasks, projectScope(context.caller), path.task_id);
    if (!stored || stored.run.workflow_id !== path.id || !task || task.run_id !== stored.run.id) return fail(404, `Task ${path.task_id} not found`, { code: 'not_found' });
    if (task.status !== 'pending') fail(409, `Task ${task.id} is already completed`, { code: 'conflict' });
    const { approved, result = {} } = context.body;
    const stepResult: Schemas['CompletedTask']['step_result'] = { ...result, approved };
    task.status = 'completed';
    stored.context.step_results[task.step_id] = stepResult;
    if (approved) {
      recordEvent(store, stored, 'step_completed', task.step_id, { approved });
      transition(store, stored, 'completed', { finished_at: store.environment.now() });
    } else {
      recordEvent(store, stored, 'step_failed', task.step_id, { approved, reason: 'rejected' });
      // The steps after the rejected task never start: synthetic skips, reason blocked.
      const steps = findWorkflow(context, stored.run.workflow_id)?.graph.steps ?? [];
      for (const step of steps.slice(steps.findIndex((candidate) => candidate.id === task.step_id) + 1)) {
        recordEvent(store, stored, 'step_completed', step.id, { skipped: true, reason: 'blocked' });
      }
      transition(store, stored, 'failed', { finished_at: store.environment.now() });
    }
    return { status: 200, body: { task, step_result: stepResult } };
  },
} satisfies AgentRuntimeHandlers<'listRuns' | 'listPendingTasks' | 'listWorkflowRuns' | 'getRunContext' | 'listRunEvents' | 'listRunPendingTasks' | 'completeTask'>;
