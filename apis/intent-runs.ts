import { createIntentRunsClient } from '../client/intent-runs.ts';
import { intentRunsScenarios } from '../conformance/scenarios/intent-runs/index.ts';
import { intentRunsMock } from '../mocks/intent-runs/index.ts';
import type { ApiDescriptor } from './descriptor.ts';

export const intentRuns: ApiDescriptor = {
  id: 'intent-runs',
  ports: { stateful: 4013, prism: 4113 },
  mock: intentRunsMock,
  client: (baseUrl) => createIntentRunsClient({ baseUrl, apiKey: 'ir_test_key' }),
  identities: {
    demo: { 'x-api-key': 'ir_demo_key' },
    rule: 'any non-empty key; each key is its own account',
    conformance: { a: { 'x-api-key': 'ir_conformance_a' }, b: { 'x-api-key': 'ir_conformance_b' } },
  },
  scenarios: intentRunsScenarios,
};
