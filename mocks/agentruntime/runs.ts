import type { components } from '../../generated/agentruntime/schema.d.ts';
import type { LooseContext, LooseHandler } from '../stateful/types.ts';
import { agentRuntimeError } from './errors.ts';
import { cursorPage } from './paging.ts';
import { type AgentRuntimeCaller, type AgentRuntimeStore, collection, inScope, listScope, projectScope, put, type StoredRun } from './store.ts';
import { ownWorkflow, workflowNotFound } from './workflows.ts';

type Schemas = components['schemas'];
type Context = LooseContext<AgentRuntimeCaller, AgentRuntimeStore>;
type Handlers = Record<string, LooseHandler<AgentRuntimeCaller, AgentRuntimeStore>>;
type RunStatus = Schemas['RunStatus'];

function event(store: AgentRuntimeStore, stored: StoredRun, event_type: Schemas['RunEvent']['event_type'], step_id: string | null, data: Record<string, unknown>): void {
  stored.events.push({ id: store.environment.id('ev'), run_id: stored.run.id, step_id, event_type, data, created_at: store.environment.now() });
}

function transition(store: AgentRuntimeStore, stored: StoredRun, to: RunStatus, extra: Partial<Schemas['Run']> = {}): void {
  const from = stored.run.status;
  Object.assign(stored.run, { status: to, updated_at: store.environment.now() }, extra);
  event(store, stored, 'state_changed', null, { from, to });
}

/**
 * Starts a run of a workflow: the mock executes steps in order at once until it
 * reaches a human task (the run then waits for it) or the end (completed).
 * Disabled steps are recorded as synthetic skips (data.skipped, reason step_disabled).
 */
export function startRun(store: AgentRuntimeStore, scope: string, workflow: Schemas['Workflow'], trigger_type: string, params: Record<string, unknown>): StoredRun {
  const now = store.environment.now();
  const payload = { ...(params.use_run_setup_defaults ? (workflow.run_setup?.trigger_payload ?? {}) : {}), ...((params.trigger_payload as object | undefined) ?? {}) };
  const stored: StoredRun = {
    run: { id: store.environment.id('run'), workflow_id: workflow.id, workflow_version: workflow.latest_version ?? null, status: 'queued', trigger_type, stop_mode: null, started_at: now, finished_at: null, created_at: now, updated_at: now },
    events: [],
    context: { run_id: '', input: payload, variables: {}, step_results: {} },
  };
  stored.context.run_id = stored.run.id;
  event(store, stored, 'run_started', null, { trigger_type });
  transition(store, stored, 'running');
  for (const step of workflow.graph.steps) {
    if (step.disabled) {
      event(store, stored, 'step_completed', step.id, { skipped: true, reason: 'step_disabled' });
      continue;
    }
    event(store, stored, 'step_started', step.id, {});
    if (step.type === 'human_task') {
      const task: Schemas['HumanTask'] = { id: store.environment.id('task'), run_id: stored.run.id, workflow_id: workflow.id, step_id: step.id, title: step.name, status: 'pending', created_at: store.environment.now() };
      put(store.tasks as never, store, scope, task.id, task);
      return put(store.runs as never, store, scope, stored.run.id, stored);
    }
    stored.context.step_results[step.id] = { output: `${step.name} done` };
    event(store, stored, 'step_completed', step.id, {});
  }
  transition(store, stored, 'completed', { finished_at: store.environment.now() });
  return put(store.runs as never, store, scope, stored.run.id, stored);
}

function ownRun(context: Context, runId: string | undefined): StoredRun | undefined {
  const stored = inScope(context.store.runs, projectScope(context.caller), runId);
  return stored && (context.path.id === undefined || stored.run.workflow_id === context.path.id) ? stored : undefined;
}

const runNotFound = (id: string | undefined) => agentRuntimeError(404, 'not_found', `Run ${id} not found`);
const refuse = (stored: StoredRun, command: string) => agentRuntimeError(409, 'invalid_state_transition', `Run ${stored.run.id} is ${stored.run.status} and cannot ${command}`);

export const runHandlers: Handlers = {
  runWorkflowCommand: (context) => {
    const workflow = ownWorkflow(context);
    if (!workflow) return workflowNotFound(context.path.id);
    const { command, params = {} } = context.body as { command: string; params?: Record<string, unknown> };
    if (command === 'start') {
      if (workflow.status === 'archived') return agentRuntimeError(409, 'invalid_state_transition', 'An archived workflow cannot start runs');
      return { status: 201, body: startRun(context.store, projectScope(context.caller), workflow, String(params.trigger_type ?? 'api'), params).run };
    }
    const stored = ownRun(context, params.run_id as string);
    if (!stored) return runNotFound(params.run_id as string);
    const status = stored.run.status;
    if (command === 'pause') {
      if (status !== 'running' && status !== 'queued') return refuse(stored, 'be paused');
      transition(context.store, stored, 'paused');
    } else if (command === 'resume') {
      if (status !== 'paused') return refuse(stored, 'be resumed');
      transition(context.store, stored, 'running');
    } else {
      if (!['queued', 'running', 'paused', 'stopping'].includes(status)) return refuse(stored, 'be stopped');
      const mode = (params.mode as 'immediate' | 'graceful' | undefined) ?? 'immediate';
      transition(context.store, stored, mode === 'graceful' ? 'stopping' : 'stopped', { stop_mode: mode, ...(mode === 'immediate' ? { finished_at: context.store.environment.now() } : {}) });
    }
    return { status: 200, body: stored.run };
  },
  listWorkflowRuns: (context) => {
    if (!ownWorkflow(context)) return workflowNotFound(context.path.id);
    const runs = listScope(context.store.runs, projectScope(context.caller), (stored) => stored.run.workflow_id === context.path.id && (!context.query.status || stored.run.status === context.query.status));
    return { status: 200, body: cursorPage(runs.map((stored) => stored.run), context.query) };
  },
  listRuns: (context) => {
    const runs = listScope(context.store.runs, projectScope(context.caller), (stored) => !context.query.status || stored.run.status === context.query.status);
    return { status: 200, body: cursorPage(runs.map((stored) => stored.run), context.query) };
  },
  listRunEvents: (context) => {
    const stored = ownRun(context, context.path.runID);
    return stored ? { status: 200, body: cursorPage(stored.events, context.query) } : runNotFound(context.path.runID);
  },
  getRunContext: (context) => {
    const stored = ownRun(context, context.path.runID);
    return stored ? { status: 200, body: stored.context } : runNotFound(context.path.runID);
  },
  listPendingTasks: (context) => {
    const tasks = listScope(context.store.tasks, projectScope(context.caller), (task) => task.status === 'pending');
    return { status: 200, body: cursorPage(tasks, context.query) };
  },
  listRunPendingTasks: (context) => {
    if (!ownRun(context, context.path.runID)) return runNotFound(context.path.runID);
    const tasks = listScope(context.store.tasks, projectScope(context.caller), (task) => task.status === 'pending' && task.run_id === context.path.runID);
    return { status: 200, body: cursorPage(tasks, context.query) };
  },
  completeTask: (context) => {
    const stored = ownRun(context, context.path.runID);
    const task = inScope(context.store.tasks, projectScope(context.caller), context.path.task_id);
    if (!stored || !task || task.run_id !== stored.run.id) return agentRuntimeError(404, 'not_found', `Task ${context.path.task_id} not found`);
    if (task.status !== 'pending') return agentRuntimeError(409, 'conflict', `Task ${task.id} is already completed`);
    const { approved, result = {} } = context.body as { approved: boolean; result?: Record<string, unknown> };
    const stepResult = { ...result, approved };
    task.status = 'completed';
    stored.context.step_results[task.step_id] = stepResult;
    const store = context.store;
    if (approved) {
      event(store, stored, 'step_completed', task.step_id, { approved });
      transition(store, stored, 'completed', { finished_at: store.environment.now() });
    } else {
      event(store, stored, 'step_failed', task.step_id, { approved, reason: 'rejected' });
      // The steps after the rejected task never start: synthetic skips, reason blocked.
      const workflow = inScope(collection<Schemas['Workflow']>(store, 'workflows'), projectScope(context.caller), stored.run.workflow_id);
      const steps = workflow?.graph.steps ?? [];
      for (const step of steps.slice(steps.findIndex((candidate) => candidate.id === task.step_id) + 1)) {
        event(store, stored, 'step_completed', step.id, { skipped: true, reason: 'blocked' });
      }
      transition(store, stored, 'failed', { finished_at: store.environment.now() });
    }
    return { status: 200, body: { task, step_result: stepResult } };
  },
};
