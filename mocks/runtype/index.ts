import { runtypeContract } from '../../contract/bundled/runtype.ts';
import type { operations } from '../../generated/runtype/schema.d.ts';
import { type MockDefinition, type MockOptions, StatefulMock } from '../stateful/app.ts';
import { problem } from '../stateful/problems.ts';
import { handlers as agents } from './agents.ts';
import { handlers as apiKeys } from './api-keys.ts';
import { handlers as clientTokens } from './client-tokens.ts';
import { handlers as conversations } from './conversations.ts';
import { runtypeErrorStyle } from './errors.ts';
import { handlers as flows } from './flows.ts';
import { handlers as modelConfigs } from './model-configs.ts';
import { handlers as products } from './products.ts';
import { handlers as records } from './records.ts';
import { handlers as secrets } from './secrets.ts';
import { createRuntypeStore, loadRuntypeFixture, snapshotRuntypeStore, type RuntypeCaller, type RuntypeFixture, type RuntypeHandlers, type RuntypeStore } from './store.ts';
import { handlers as tools } from './tools.ts';
import demoFixture from './fixtures/demo.json' with { type: 'json' };

/** Every Runtype operation's handler, one spec group per file; a missing operation is a type error. */
const runtypeHandlers: RuntypeHandlers<keyof operations> = {
  ...agents,
  ...apiKeys,
  ...clientTokens,
  ...conversations,
  ...flows,
  ...modelConfigs,
  ...products,
  ...records,
  ...secrets,
  ...tools,
};

export const runtypeMock: MockDefinition<RuntypeCaller, RuntypeStore> = {
  api: 'runtype',
  document: runtypeContract,
  fixtures: { demo: demoFixture },
  errorStyle: runtypeErrorStyle,
  createStore: createRuntypeStore,
  authenticate(request) {
    const key = /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1];
    if (!key) return problem('unauthorized', 401, 'Missing API key: send Authorization: Bearer <key>');
    if (!key.startsWith('rt_')) return problem('unauthorized', 401, 'Invalid API key');
    return { account: key };
  },
  handlers: runtypeHandlers,
  loadFixture: (store, fixture) => loadRuntypeFixture(store, fixture as RuntypeFixture),
  snapshot: snapshotRuntypeStore,
};

// The package's `agent-contracts/mocks/runtype`: the mock, its types, fixtures and identities.
export { runtypeIdentities } from './identities.ts';
export type { RuntypeCaller, RuntypeFixture, RuntypeStore } from './store.ts';

/** The demo fixture (`loadFixture('demo')`), in the store's own shape. */
export const runtypeFixtures = { demo: demoFixture as unknown as RuntypeFixture };

/** A runtype mock of its own: `handle(request)` answers as the API would, in-process (MSW, a fetch handler) or behind a server. */
export function createRuntypeMock(options: MockOptions = {}): StatefulMock<RuntypeCaller, RuntypeStore> {
  return new StatefulMock(runtypeMock, options);
}
