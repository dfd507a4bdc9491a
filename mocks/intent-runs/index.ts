import type { operations } from '../../generated/intent-runs/schema.d.ts';
import type { MockDefinition } from '../stateful/app.ts';
import { problem } from '../stateful/problems.ts';
import { intentRunsErrorStyle } from './errors.ts';
import { handlers as runs } from './runs.ts';
import { createIntentRunsStore, type IntentRunsCaller, type IntentRunsFixture, type IntentRunsHandlers, type IntentRunsStore, loadIntentRunsFixture, snapshotIntentRunsStore } from './store.ts';

/** Every intent-runs operation's handler; a missing operation is a type error. */
const intentRunsHandlers: IntentRunsHandlers<keyof operations> = { ...runs };

export const intentRunsMock: MockDefinition<IntentRunsCaller, IntentRunsStore> = {
  api: 'intent-runs',
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
