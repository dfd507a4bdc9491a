import type { components } from '../../generated/intent-runs/schema.d.ts';
import { addEvent } from './store.ts';
import type { IntentRunsStore, StoredRun } from './store.ts';

type StreamEvent = components['schemas']['RunStreamEvent'];

function frame(id: number, event: StreamEvent): string {
  return `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * The run's updates as Server-Sent Events. A mock has no real execution, so
 * watching a RUNNING run drives it to completion: a step, a tool call (sent
 * only with includeToolCalls), a second step, then the result; the run is
 * COMPLETED afterwards. A run awaiting approval, or one already finished,
 * streams its status (and result or error) and the stream ends.
 */
export function streamRunEvents(store: IntentRunsStore, run: StoredRun, includeToolCalls: boolean): Response {
  const events: StreamEvent[] = [{ type: 'status', runId: run.runId, status: run.status }];
  if (run.status === 'RUNNING' || run.status === 'QUEUED' || run.status === 'PLANNING') {
    events.push({ type: 'step', runId: run.runId, text: 'Reading the selected integrations' });
    addEvent(store, run, { type: 'STEP_COMPLETED', text: 'Reading the selected integrations' });
    if (includeToolCalls) events.push({ type: 'tool_call', runId: run.runId, name: 'integrations.search', arguments: { query: run.intent } });
    addEvent(store, run, { type: 'TOOL_CALL', text: 'integrations.search', toolCall: { name: 'integrations.search', arguments: { query: run.intent } } });
    events.push({ type: 'step', runId: run.runId, text: 'Writing the answer' });
    run.result = { summary: `Completed: ${run.intent}` };
    run.status = 'COMPLETED';
    addEvent(store, run, { type: 'RESULT', status: 'COMPLETED', text: 'Run completed' });
    events.push({ type: 'status', runId: run.runId, status: 'COMPLETED' });
  }
  if (run.status === 'COMPLETED') events.push({ type: 'result', runId: run.runId, result: run.result ?? {} });
  if (run.status === 'FAILED') events.push({ type: 'error', runId: run.runId, message: 'The run failed' });
  const body = events.map((event, index) => frame(index + 1, event)).join('');
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
}
