import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { findWorkflow, requireWorkflow } from './lookups.ts';
import { cursorPage } from './paging.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, collection, inScope, listScope, projectScope, put } from './store.ts';

type Schemas = components['schemas'];

/** What is wrong with a graph: every edge joins two steps, step ids are unique, and the graph has a step. */
function graphErrors(graph: Schemas['WorkflowGraph']): { step: string; message: string }[] {
  const errors: { step: string; message: string }[] = [];
  const ids = new Set<string>();
  if (graph.steps.length === 0) errors.push({ step: 'graph', message: 'The graph has no steps' });
  for (const step of graph.steps) {
    if (ids.has(step.id)) errors.push({ step: step.id, message: `Duplicate step id ${step.id}` });
    ids.add(step.id);
  }
  for (const edge of graph.edges) {
    for (const end of [edge.from, edge.to]) if (!ids.has(end)) errors.push({ step: end, message: `Edge refers to unknown step ${end}` });
  }
  return errors;
}

/**
 * The dry run. A graph with errors is refused with 422, one detail per error (the
 * documentation: "422 often signals validation errors from dry-run or graph checks");
 * a passing graph answers its report, which can only hold warnings.
 */
export function validateGraph(graph: Schemas['WorkflowGraph']): Schemas['ValidationReport'] {
  const errors = graphErrors(graph);
  if (errors.length > 0) {
    const violations = errors.map((error) => ({ at: 'graph', field: error.step === 'graph' ? 'graph' : `graph.steps.${error.step}`, keyword: 'graph', documented: 'a valid workflow graph', received: error.message }));
    fail(422, `The workflow graph has ${errors.length} error${errors.length === 1 ? '' : 's'}`, { code: 'validation_failed', violations });
  }
  return { valid: true, issues: [] };
}

export const handlers = {
  listWorkflows: ({ query, caller, store }): AgentRuntimeResult<'listWorkflows'> => ({ status: 200, body: cursorPage(listScope(collection(store, 'workflows'), projectScope(caller)), query) }),
  createWorkflow: ({ body, caller, store }): AgentRuntimeResult<'createWorkflow'> => {
    const now = store.environment.now();
    const workflow: Schemas['Workflow'] = { id: store.environment.id('wf'), name: body.name, description: body.description ?? null, status: 'draft', graph: body.graph ?? { steps: [], edges: [] }, run_setup: {}, latest_version: null, created_at: now, updated_at: now };
    return { status: 201, body: put(collection(store, 'workflows'), store, projectScope(caller), workflow.id, workflow) };
  },
  getWorkflow: (context): AgentRuntimeResult<'getWorkflow'> => ({ status: 200, body: requireWorkflow(context, context.path.id) }),
  updateWorkflow: (context): AgentRuntimeResult<'updateWorkflow'> => {
    const workflow = requireWorkflow(context, context.path.id);
    if (workflow.status === 'archived') fail(409, 'An archived workflow cannot be changed', { code: 'conflict' });
    Object.assign(workflow, context.body, { updated_at: context.store.environment.now() });
    return { status: 200, body: workflow };
  },
  archiveWorkflow: (context): AgentRuntimeResult<'archiveWorkflow'> => {
    const workflow = requireWorkflow(context, context.path.id);
    Object.assign(workflow, { status: 'archived', updated_at: context.store.environment.now() });
    return { status: 200, body: workflow };
  },
  publishWorkflowVersion: (context): AgentRuntimeResult<'publishWorkflowVersion'> => {
    const { store } = context;
    const workflow = requireWorkflow(context, context.path.id);
    validateGraph(workflow.graph);
    const number = (workflow.latest_version ?? 0) + 1;
    const version: Schemas['WorkflowVersion'] = { id: store.environment.id('wfv'), workflow_id: workflow.id, version: number, graph: structuredClone(workflow.graph), run_setup: structuredClone(workflow.run_setup ?? {}), notes: context.body?.notes ?? null, published_at: store.environment.now() };
    Object.assign(workflow, { latest_version: number, status: 'published' });
    return { status: 201, body: put(collection(store, 'versions'), store, projectScope(context.caller), version.id, version) };
  },
  listWorkflowVersions: (context): AgentRuntimeResult<'listWorkflowVersions'> => {
    requireWorkflow(context, context.path.id);
    const versions = listScope(collection(context.store, 'versions'), projectScope(context.caller), (version) => version.workflow_id === context.path.id);
    return { status: 200, body: cursorPage(versions, context.query) };
  },
  validateWorkflow: (context): AgentRuntimeResult<'validateWorkflow'> => ({ status: 200, body: validateGraph(requireWorkflow(context, context.path.id).graph) }),
  getConnectionOverrides: (context): AgentRuntimeResult<'getConnectionOverrides'> => {
    const workflow = requireWorkflow(context, context.path.id);
    return { status: 200, body: { overrides: inScope(collection(context.store, 'overrides'), projectScope(context.caller), workflow.id) ?? {} } };
  },
  replaceConnectionOverrides: (context): AgentRuntimeResult<'replaceConnectionOverrides'> => {
    const workflow = requireWorkflow(context, context.path.id);
    put(collection(context.store, 'overrides'), context.store, projectScope(context.caller), workflow.id, context.body.overrides);
    return { status: 200, body: { overrides: context.body.overrides } };
  },
  // The WebSocket itself is workflow-stream.ts' (the server hands it upgrades); this answers plain HTTP to the
  // route: an unknown workflow is 404, a known one gets the documented refusal of a request that is not an upgrade.
  streamWorkflowEvents: (context): AgentRuntimeResult<'streamWorkflowEvents'> => {
    if (!findWorkflow(context, context.path.id)) fail(404, `Workflow ${context.path.id} not found`, { code: 'not_found' });
    return fail(426, 'This route only serves WebSocket upgrades: connect with a WebSocket client (Upgrade: websocket)', { code: 'validation_failed' });
  },
} satisfies AgentRuntimeHandlers<'listWorkflows' | 'createWorkflow' | 'getWorkflow' | 'updateWorkflow' | 'archiveWorkflow' | 'publishWorkflowVersion' | 'listWorkflowVersions' | 'validateWorkflow' | 'getConnectionOverrides' | 'replaceConnectionOverrides' | 'streamWorkflowEvents'>;
