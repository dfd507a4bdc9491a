import type { MockDefinition } from '../stateful/app.ts';
import { problem } from '../stateful/problems.ts';
import { runtypeErrorStyle } from './errors.ts';
import { runtypeHandlers } from './resources.ts';
import { createRuntypeStore, loadRuntypeFixture, type RuntypeCaller, type RuntypeFixture, type RuntypeStore } from './store.ts';

export const runtypeMock: MockDefinition<RuntypeCaller, RuntypeStore> = {
  api: 'runtype',
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
};
