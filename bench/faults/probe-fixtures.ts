/**
 * Request bodies and readers the faults' probes and middlewares of several
 * sets share, per API. A fault's own bug stays in its own file.
 */
import { objectsIn } from './kit.ts';

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
