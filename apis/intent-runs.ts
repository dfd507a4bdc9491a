import { createIntentRunsClient } from '../client/intent-runs.ts';
import { intentRunsScenarios } from '../conformance/scenarios/intent-runs/index.ts';
import { intentRunsMock } from '../mocks/intent-runs/index.ts';
import { intentRunsIdentities } from '../mocks/intent-runs/identities.ts';
import type { ApiDescriptor } from './descriptor.ts';

export const intentRuns: ApiDescriptor = {
  id: 'intent-runs',
  ports: { stateful: 4013, prism: 4113 },
  mock: intentRunsMock,
  client: (baseUrl) => createIntentRunsClient({ baseUrl, apiKey: 'ir_test_key' }),
  identities: intentRunsIdentities,
  scenarios: intentRunsScenarios,
};
