import { intentRunsContract } from '../../contract/bundled/intent-runs.ts';
import type { operations } from '../../generated/intent-runs/schema.d.ts';
import { type MockDefinition, type MockOptions, StatefulMock } from '../stateful/app.ts';
import { problem } from '../stateful/problems.ts';
import { intentRunsErrorStyle } from './errors.ts';
import { handlers as runs } from './runs.ts';
import { createIntentRunsStore, type IntentRunsCaller, type IntentRunsFixture, type IntentRunsHandlers, type IntentRunsStore, loadIntentRunsFixture, snapshotIntentRunsStore } from './store.ts';
import demoFixture from './fixtures/demo.json' with { type: 'json' };

/** Every intent-runs operation's handler; a missing operation is a type error. */
const intentRunsHandlers: IntentRunsHandlers<keyof operations> = { ...runs };

export const intentRunsMock: MockDefinition<IntentRunsCaller, IntentRunsStore> = {
  api: 'intent-runs',
  document: intentRunsContract,
  fixtures: { demo: demoFixture },
  errorStyle: intentRunsErrorStyle,
  createStore: createIntentRunsStore,
  authenticate(request) {
    const key = request.header('x-api-key');
    if (!key || key.trim() === '') return problem('unauthorized', 401, 'Missing or invalid x-api-key');
    return { account: key };
  },
  handlers: intentRunsHandlers,
  loadFixture: (store, fixture) => loadIntentRunsFixture(store, fixture as IntentRunsFixture),
  snapshot: snapshotIntentRunsStore,
};

// The package's `agent-contracts/mocks/intent-runs`: the mock, its types, fixtures and identities.
export { intentRunsIdentities } from './identities.ts';
export type { IntentRunsCaller, IntentRunsFixture, IntentRunsStore } from './store.ts';

/** The demo fixture (`loadFixture('demo')`), in the store's own shape. */
export const intentRunsFixtures = { demo: demoFixture as unknown as IntentRunsFixture };

/** A intent-runs mock of its own: `handle(request)` answers as the API would, in-process (MSW, a fetch handler) or behind a server. */
export function createIntentRunsMock(options: MockOptions = {}): StatefulMock<IntentRunsCaller, IntentRunsStore> {
  return new StatefulMock(intentRunsMock, options);
}
