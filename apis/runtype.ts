import { createRuntypeClient } from '../client/runtype.ts';
import { runtypeScenarios } from '../conformance/scenarios/runtype/index.ts';
import { runtypeMock } from '../mocks/runtype/index.ts';
import type { ApiDescriptor } from './descriptor.ts';

export const runtype: ApiDescriptor = {
  id: 'runtype',
  ports: { stateful: 4012, prism: 4112 },
  mock: runtypeMock,
  client: (baseUrl) => createRuntypeClient({ baseUrl, apiKey: 'rt_test_key' }),
  identities: {
    demo: { Authorization: 'Bearer rt_demo_key' },
    rule: 'any bearer key starting rt_; each key is its own account',
    conformance: { a: { Authorization: 'Bearer rt_conformance_a' }, b: { Authorization: 'Bearer rt_conformance_b' } },
  },
  scenarios: runtypeScenarios,
};
