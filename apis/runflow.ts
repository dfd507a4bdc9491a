import { createRunflowClient } from '../client/runflow.ts';
import { runflowScenarios } from '../conformance/scenarios/runflow/index.ts';
import { runflowMock } from '../mocks/runflow/index.ts';
import type { ApiDescriptor } from './descriptor.ts';

export const runflow: ApiDescriptor = {
  id: 'runflow',
  ports: { stateful: 4011, prism: 4111 },
  mock: runflowMock,
  client: (baseUrl) => createRunflowClient({ baseUrl, apiKey: 'rf_test_key' }),
  identities: {
    demo: { 'x-api-key': 'rf_demo_key' },
    rule: 'any key starting rf_; each key is its own tenant',
    conformance: { a: { 'x-api-key': 'rf_conformance_a' }, b: { 'x-api-key': 'rf_conformance_b' } },
  },
  scenarios: runflowScenarios,
};
