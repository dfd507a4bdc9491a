import { createRuntypeClient } from '../client/runtype.ts';
import { runtypeScenarios } from '../conformance/scenarios/runtype/index.ts';
import { runtypeMock } from '../mocks/runtype/index.ts';
import { runtypeIdentities } from '../mocks/runtype/identities.ts';
import type { ApiDescriptor } from './descriptor.ts';

export const runtype: ApiDescriptor = {
  id: 'runtype',
  ports: { stateful: 4012, prism: 4112 },
  mock: runtypeMock,
  client: (baseUrl) => createRuntypeClient({ baseUrl, apiKey: 'rt_test_key' }),
  identities: runtypeIdentities,
  scenarios: runtypeScenarios,
};
