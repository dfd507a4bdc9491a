import type { components } from '../../generated/agentruntime/schema.d.ts';

type RunEvent = components['schemas']['RunEvent'];
export type RunEventListener = (event: RunEvent) => void;

/**
 * The live side of the run event log: the run engine publishes each event as it
 * records it, and the workflow stream's sockets subscribe to one workflow of one
 * project scope. Not part of the saved state: listeners are open sockets.
 */
export class RunFeed {
  private readonly listeners = new Map<string, Set<RunEventListener>>();

  /** Hears every event of the workflow's runs in `scope` from now on; returns the unsubscribe. */
  subscribe(scope: string, workflowId: string, listener: RunEventListener): () => void {
    const key = feedKey(scope, workflowId);
    let forWorkflow = this.listeners.get(key);
    if (!forWorkflow) {
      forWorkflow = new Set();
      this.listeners.set(key, forWorkflow);
    }
    forWorkflow.add(listener);
    return () => {
      forWorkflow.delete(listener);
      if (forWorkflow.size === 0) this.listeners.delete(key);
    };
  }

  publish(scope: string, workflowId: string, event: RunEvent): void {
    const forWorkflow = this.listeners.get(feedKey(scope, workflowId));
    if (!forWorkflow) return;
    // A copy: a listener that unsubscribes while hearing the event must not skip the next one.
    for (const listener of [...forWorkflow]) listener(event);
  }
}

const feedKey = (scope: string, workflowId: string) => `${scope}\n${workflowId}`;
