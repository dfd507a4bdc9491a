import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { type AgentRuntimeStore, type CallerContext, inScope, projectScope, put, type StoredRun } from './store.ts';

type Schemas = components['schemas'];
type RunStatus = Schemas['RunStatus'];
type StartParams = NonNullable<Schemas['StartCommand']['params']>;

/** Appends an event to the run's log and hands it to the workflow stream's listeners. */
export function recordEvent(store: AgentRuntimeStore, stored: StoredRun, event_type: Schemas['RunEvent']['event_type'], step_id: string | null, data: Schemas['RunEvent']['data']): void {
  const event: Schemas['RunEvent'] = { id: store.environment.id('ev'), run_id: stored.run.id, step_id, event_type, data, created_at: store.environment.now() };
  stored.events.push(event);
  const scope = store.runs.get(stored.run.id)?.scope;
  if (scope !== undefined) store.runFeed.publish(scope, stored.run.workflow_id, event);
}

export function transition(store: AgentRuntimeStore, stored: StoredRun, to: RunStatus, extra: Partial<Schemas['Run']> = {}): void {
  const from = stored.run.status;
  Object.assign(stored.run, { status: to, updated_at: store.environment.now() }, extra);
  recordEvent(store, stored, 'state_changed', null, { from, to });
}

const projectOf = (scope: string) => scope.slice(scope.indexOf('/') + 1);

/**
 * Starts a run of a workflow: the mock executes steps in order at once until it
 * reaches a human task (the run then waits for it) or the end (completed).
 * Disabled steps are recorded as synthetic skips (data.skipped, reason step_disabled).
 */
export function startRun(store: AgentRuntimeStore, scope: string, workflow: Schemas['Workflow'], trigger_type: string, params: StartParams): StoredRun {
  const now = store.environment.now();
  const payload = { ...(params.use_run_setup_defaults ? (workflow.run_setup?.trigger_payload ?? {}) : {}), ...(params.trigger_payload ?? {}) };
  const stored: StoredRun = {
    // The scope is `<tenant>/<project>`: the project, so that the tenant-wide feed can tell runs apart.
    run: { id: store.environment.id('run'), workflow_id: workflow.id, project_id: projectOf(scope), workflow_version: workflow.latest_version ?? null, status: 'queued', trigger_type, stop_mode: null, started_at: now, finished_at: null, created_at: now, updated_at: now },
    events: [],
    context: { run_id: '', input: payload, variables: {}, step_results: {} },
  };
  stored.context.run_id = stored.run.id;
  // Stored before its first event, so the stream knows whose run each event is as the run advances.
  put(store.runs, store, scope, stored.run.id, stored);
  recordEvent(store, stored, 'run_started', null, { trigger_type });
  transition(store, stored, 'running');
  for (const step of workflow.graph.steps) {
    if (step.disabled) {
      recordEvent(store, stored, 'step_completed', step.id, { skipped: true, reason: 'step_disabled' });
      continue;
    }
    recordEvent(store, stored, 'step_started', step.id, {});
    if (step.type === 'human_task') {
      const task: Schemas['HumanTask'] = { id: store.environment.id('task'), run_id: stored.run.id, workflow_id: workflow.id, project_id: projectOf(scope), step_id: step.id, title: step.name, status: 'pending', created_at: store.environment.now() };
      put(store.tasks, store, scope, task.id, task);
      return stored;
    }
    stored.context.step_results[step.id] = { output: `${step.name} done` };
    recordEvent(store, stored, 'step_completed', step.id, {});
  }
  transition(store, stored, 'completed', { finished_at: store.environment.now() });
  return stored;
}

/** A run of the caller's project, and of the given workflow when one is named; 404 otherwise. */
export function requireRun({ caller, store }: CallerContext, workflowId: string | undefined, runId: string | undefined): StoredRun {
  const stored = inScope(store.runs, projectScope(caller), runId);
  if (stored && (workflowId === undefined || stored.run.workflow_id === workflowId)) return stored;
  return fail(404, `Run ${runId} not found`, { code: 'not_found' });
}
