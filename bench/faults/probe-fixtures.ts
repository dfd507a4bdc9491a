/**
 * Request bodies and readers the faults' probes and middlewares of several
 * sets share, per API. A fault's own bug stays in its own file.
 */
import type { MockRequest } from '../../mocks/stateful/message.ts';
import { type Middleware, objectsIn, responseJson, route, withHeaders } from './kit.ts';

/** An intent-runs create body, with any field replaced. */
export const runBody = (overrides: Record<string, unknown> = {}) => ({ intent: 'Summarise the latest sales data', selectedCustomerIntegrationIds: ['*'], context: 'Q4 only', userId: 'user-probe', ...overrides });

/** The approval tokens an intent-runs run's events announce (the link sent to the approver). */
export function approvalTokensIn(answer: unknown): string[] {
  const tokens: string[] = [];
  for (const object of objectsIn(answer)) {
    const token = typeof object.text === 'string' ? /apr_[A-Za-z0-9]+/.exec(object.text)?.[0] : undefined;
    if (token) tokens.push(token);
  }
  return tokens;
}

/** An AgentRuntime workflow whose second step waits for a person: a run of it stops there with a pending task. */
export const approvalWorkflow = {
  name: 'Weekly digest',
  graph: {
    steps: [
      { id: 'step-draft', type: 'llm', name: 'Draft the digest' },
      { id: 'step-approve', type: 'human_task', name: 'Approve the digest' },
    ],
    edges: [{ from: 'step-draft', to: 'step-approve' }],
  },
};

/** Sets `field` on every intent-runs run (an object with a runId) of an answer for which `valueFor` has a value. */
export function restamp(answer: unknown, field: string, valueFor: (runId: string) => unknown): unknown {
  for (const object of objectsIn(answer)) {
    const value = typeof object.runId === 'string' ? valueFor(object.runId) : undefined;
    if (value !== undefined) object[field] = value;
  }
  return answer;
}

const runKeyOf = (request: MockRequest) => request.header('x-api-key') ?? '';

/**
 * An intent-runs route of one run (`/v1/runs/{runId}`, its stream) that checks
 * only that a key was sent: where the mock refuses another account (404), it
 * answers as the run's owner.
 */
export function runServedToAnyKey(template: '/v1/runs/{runId}' | '/v1/runs/{runId}/sse'): Middleware {
  return (inner) => {
    const ownerOfRun = new Map<string, string>();
    return async (request) => {
      const response = await inner(request);
      if (route('intent-runs', request, 'POST', '/v1/runs') && response.status === 201) {
        const created = responseJson(response);
        if (typeof created?.runId === 'string') ownerOfRun.set(created.runId, runKeyOf(request));
      }
      const addressed = route('intent-runs', request, 'GET', template);
      const owner = addressed && response.status === 404 && runKeyOf(request) ? ownerOfRun.get(addressed.runId) : undefined;
      return owner && owner !== runKeyOf(request) ? inner(withHeaders(request, { 'x-api-key': owner })) : response;
    };
  };
}
