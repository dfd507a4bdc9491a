import { createRunflowClient } from '../client/runflow.ts';
import { runflowScenarios } from '../conformance/scenarios/runflow/index.ts';
import { runflowMock } from '../mocks/runflow/index.ts';
import { runflowIdentities } from '../mocks/runflow/identities.ts';
import type { ApiDescriptor } from './descriptor.ts';

export const runflow: ApiDescriptor = {
  id: 'runflow',
  ports: { stateful: 4011, prism: 4111 },
  mock: runflowMock,
  client: (baseUrl) => createRunflowClient({ baseUrl, apiKey: 'rf_test_key' }),
  identities: runflowIdentities,
  scenarios: runflowScenarios,
};
