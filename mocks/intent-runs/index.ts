import type { MockDefinition } from '../stateful/app.ts';
import { problem } from '../stateful/problems.ts';
import { intentRunsErrorStyle } from './errors.ts';
import { runHandlers } from './runs.ts';
import { createIntentRunsStore, type IntentRunsCaller, type IntentRunsFixture, type IntentRunsStore, loadIntentRunsFixture } from './store.ts';

export const intentRunsMock: MockDefinition<IntentRunsCaller, IntentRunsStore> = {
  api: 'intent-runs',
  errorStyle: intentRunsErrorStyle,
  createStore: createIntentRunsStore,
  authenticate(request) {
    const key = request.header('x-api-key');
    if (!key || key.trim() === '') return problem('unauthorized', 401, 'Missing or invalid x-api-key');
    return { account: key };
  },
  handlers: runHandlers,
  loadFixture: (store, fixture) => loadIntentRunsFixture(store, fixture as IntentRunsFixture),
};
