import type { components } from '../../generated/agentruntime/schema.d.ts';
import type { LooseContext, LooseHandler } from '../stateful/types.ts';
import { agentRuntimeError } from './errors.ts';
import { cursorPage } from './paging.ts';
import { type AgentRuntimeCaller, type AgentRuntimeStore, collection, inScope, listScope, projectScope, put } from './store.ts';

type Workflow = components['schemas']['Workflow'];
type Graph = components['schemas']['WorkflowGraph'];
type Version = components['schemas']['WorkflowVersion'];
type Context = LooseContext<AgentRuntimeCaller, AgentRuntimeStore>;
type Handlers = Record<string, LooseHandler<AgentRuntimeCaller, AgentRuntimeStore>>;

export const workflowNotFound = (id: string | undefined) => agentRuntimeError(404, 'not_found', `Workflow ${id} not found`);

export function ownWorkflow(context: Context): Workflow | undefined {
  return inScope(collection<Workflow>(context.store, 'workflows'), projectScope(context.caller), context.path.id);
}

/** The dry run: every edge joins two steps, step ids are unique, and the graph has a step. */
export function validateGraph(graph: Graph): components['schemas']['ValidationReport'] {
  const issues: components['schemas']['ValidationReport']['issues'] = [];
  const ids = new Set<string>();
  if (graph.steps.length === 0) issues.push({ severity: 'error', step_id: null, message: 'The graph has no steps' });
  for (const step of graph.steps) {
    if (ids.has(step.id)) issues.push({ severity: 'error', step_id: step.id, message: `Duplicate step id ${step.id}` });
    ids.add(step.id);
  }
  for (const edge of graph.edges) {
    for (const end of [edge.from, edge.to]) if (!ids.has(end)) issues.push({ severity: 'error', step_id: end, message: `Edge refers to unknown step ${end}` });
  }
  return { valid: !issues.some((issue) => issue.severity === 'error'), issues };
}

export const workflowHandlers: Handlers = {
  listWorkflows: ({ query, caller, store }) => ({ status: 200, body: cursorPage(listScope(collection<Workflow>(store, 'workflows'), projectScope(caller)), query) }),
  createWorkflow: ({ body, caller, store }) => {
    const now = store.environment.now();
    const workflow: Workflow = { id: store.environment.id('wf'), name: body.name, description: body.description ?? null, status: 'draft', graph: body.graph ?? { steps: [], edges: [] }, run_setup: {}, latest_version: null, created_at: now, updated_at: now };
    return { status: 201, body: put(collection(store, 'workflows'), store, projectScope(caller), workflow.id, workflow) };
  },
  getWorkflow: (context) => {
    const workflow = ownWorkflow(context);
    return workflow ? { status: 200, body: workflow } : workflowNotFound(context.path.id);
  },
  updateWorkflow: (context) => {
    const workflow = ownWorkflow(context);
    if (!workflow) return workflowNotFound(context.path.id);
    if (workflow.status === 'archived') return agentRuntimeError(409, 'conflict', 'An archived workflow cannot be changed');
    Object.assign(workflow, context.body, { updated_at: context.store.environment.now() });
    return { status: 200, body: workflow };
  },
  archiveWorkflow: (context) => {
    const workflow = ownWorkflow(context);
    if (!workflow) return workflowNotFound(context.path.id);
    Object.assign(workflow, { status: 'archived', updated_at: context.store.environment.now() });
    return { status: 200, body: workflow };
  },
  publishWorkflowVersion: (context) => {
    const workflow = ownWorkflow(context);
    if (!workflow) return workflowNotFound(context.path.id);
    const report = validateGraph(workflow.graph);
    if (!report.valid) return { status: 422, body: { code: 'validation_failed', message: 'The graph is not valid', details: report.issues.map((issue) => ({ field: issue.step_id ?? 'graph', message: issue.message })) } };
    const number = (workflow.latest_version ?? 0) + 1;
    const version: Version = { id: context.store.environment.id('wfv'), workflow_id: workflow.id, version: number, graph: structuredClone(workflow.graph), run_setup: structuredClone(workflow.run_setup ?? {}), notes: context.body?.notes ?? null, published_at: context.store.environment.now() };
    Object.assign(workflow, { latest_version: number, status: 'published' });
    return { status: 201, body: put(collection(context.store, 'versions'), context.store, projectScope(context.caller), version.id, version) };
  },
  listWorkflowVersions: (context) => {
    if (!ownWorkflow(context)) return workflowNotFound(context.path.id);
    const versions = listScope(collection<Version>(context.store, 'versions'), projectScope(context.caller), (version) => version.workflow_id === context.path.id);
    return { status: 200, body: cursorPage(versions, context.query) };
  },
  validateWorkflow: (context) => {
    const workflow = ownWorkflow(context);
    return workflow ? { status: 200, body: validateGraph(workflow.graph) } : workflowNotFound(context.path.id);
  },
  getConnectionOverrides: (context) => {
    const workflow = ownWorkflow(context);
    if (!workflow) return workflowNotFound(context.path.id);
    return { status: 200, body: { overrides: inScope(collection<Record<string, string>>(context.store, 'overrides'), projectScope(context.caller), workflow.id) ?? {} } };
  },
  replaceConnectionOverrides: (context) => {
    const workflow = ownWorkflow(context);
    if (!workflow) return workflowNotFound(context.path.id);
    put(collection(context.store, 'overrides'), context.store, projectScope(context.caller), workflow.id, context.body.overrides);
    return { status: 200, body: { overrides: context.body.overrides } };
  },
  // The mock serves HTTP only; a WebSocket client gets the documented refusal for a non-upgrade request.
  streamWorkflowEvents: (context) => (ownWorkflow(context) ? agentRuntimeError(426, 'validation_failed', 'This mock does not serve WebSocket upgrades; read the run events with listRunEvents') : workflowNotFound(context.path.id)),
};
