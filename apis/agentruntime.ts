import { createAgentRuntimeClient } from '../client/agentruntime.ts';
import { agentRuntimeScenarios } from '../conformance/scenarios/agentruntime/index.ts';
import { agentRuntimeMock } from '../mocks/agentruntime/index.ts';
import { agentRuntimeIdentities } from '../mocks/agentruntime/identities.ts';
import type { ApiDescriptor } from './descriptor.ts';

export const agentruntime: ApiDescriptor = {
  id: 'agentruntime',
  ports: { stateful: 4010, prism: 4110 },
  mock: agentRuntimeMock,
  client: (baseUrl) => createAgentRuntimeClient({ baseUrl, token: 'pat_admin_acme_test', tenantId: 'acme', projectId: 'proj-main' }),
  identities: agentRuntimeIdentities,
  scenarios: agentRuntimeScenarios,
};
