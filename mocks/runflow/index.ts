import { runflowContract } from '../../contract/bundled/runflow.ts';
import type { operations } from '../../generated/runflow/schema.d.ts';
import { type MockDefinition, type MockOptions, StatefulMock } from '../stateful/app.ts';
import type { MockRequest } from '../stateful/message.ts';
import { problem } from '../stateful/problems.ts';
import { handlers as dashboards } from './dashboards.ts';
import { runflowErrorStyle } from './errors.ts';
import { handlers as events } from './events.ts';
import { handlers as reviews } from './reviews.ts';
import { agentIdForKey, createRunflowStore, loadRunflowFixture, snapshotRunflowStore, type RunflowCaller, type RunflowFixture, type RunflowHandlers, type RunflowStore } from './store.ts';
import demoFixture from './fixtures/demo.json' with { type: 'json' };

/** Keys of this shape are valid but have the observability scope disabled. */
export const scopelessKeyPrefix = 'rf_noscope_';

/** The key from `x-api-key`, or from `Authorization: Bearer`. */
function presentedKey(request: MockRequest): string | undefined {
  const header = request.header('x-api-key');
  if (header) return header;
  const authorization = request.header('authorization');
  return authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
}

/** Every Runflow operation's handler, one spec group per file; a missing operation is a type error. */
const runflowHandlers: RunflowHandlers<keyof operations> = { ...reviews, ...events, ...dashboards };

export const runflowMock: MockDefinition<RunflowCaller, RunflowStore> = {
  api: 'runflow',
  document: runflowContract,
  fixtures: { demo: demoFixture },
  errorStyle: runflowErrorStyle,
  createStore: createRunflowStore,
  authenticate(request) {
    const key = presentedKey(request);
    if (!key) return problem('unauthorized', 401, 'Missing API key: send x-api-key or Authorization: Bearer');
    if (!key.startsWith('rf_')) return problem('unauthorized', 401, 'Invalid API key');
    // The documentation's 403: "API key is valid but lacks access" (a disabled scope). The mock's stand-in.
    if (key.startsWith(scopelessKeyPrefix)) return problem('forbidden', 403, 'API key lacks access to the observability scope');
    // The documentation stamps reviews with the key's label ("name your keys descriptively"), never the key itself:
    // the mock names a key by what follows its prefix (rf_qa-bot → qa-bot).
    return { tenant: key, agentId: agentIdForKey(key), label: key.slice('rf_'.length) };
  },
  handlers: runflowHandlers,
  loadFixture: (store, fixture) => loadRunflowFixture(store, fixture as RunflowFixture),
  snapshot: snapshotRunflowStore,
};

// The package's `agent-contracts/mocks/runflow`: the mock, its types, fixtures and identities.
export { runflowIdentities } from './identities.ts';
export type { RunflowCaller, RunflowFixture, RunflowStore } from './store.ts';

/** The demo fixture (`loadFixture('demo')`), in the store's own shape. */
export const runflowFixtures = { demo: demoFixture as unknown as RunflowFixture };

/** A runflow mock of its own: `handle(request)` answers as the API would, in-process (MSW, a fetch handler) or behind a server. */
export function createRunflowMock(options: MockOptions = {}): StatefulMock<RunflowCaller, RunflowStore> {
  return new StatefulMock(runflowMock, options);
}
