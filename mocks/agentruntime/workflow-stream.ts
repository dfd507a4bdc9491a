import type { SocketHandler } from '../stateful/sockets.ts';
import { requireWorkflow } from './lookups.ts';
import { type AgentRuntimeCaller, type AgentRuntimeStore, projectScope } from './store.ts';

/**
 * The workflow WebSocket (`GET /v1/workflows/{id}/stream`, streamWorkflowEvents):
 * once upgraded, one text frame per RunEvent of the workflow's runs, as the run
 * engine records it (run_started, state_changed, step_started, step_completed…,
 * and the rest when a human task is completed). Only events after the upgrade
 * are sent: the past ones are listRunEvents'. The HTTP handler in workflows.ts
 * answers a request that is not an upgrade.
 */
const streamWorkflowEvents: SocketHandler<AgentRuntimeCaller, AgentRuntimeStore> = (context) => {
  // Refused before the upgrade: an unknown workflow (or another project's) is the same 404 as over HTTP.
  const workflow = requireWorkflow(context, context.path.id);
  const scope = projectScope(context.caller);
  return (peer) => context.store.runFeed.subscribe(scope, workflow.id, (event) => peer.send(JSON.stringify(event)));
};

export const sockets = { streamWorkflowEvents };
