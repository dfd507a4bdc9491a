import { createAgentRuntimeClient } from '../client/agentruntime.ts';
import { agentRuntimeScenarios } from '../conformance/scenarios/agentruntime/index.ts';
import { agentRuntimeMock } from '../mocks/agentruntime/index.ts';
import type { ApiDescriptor } from './descriptor.ts';

/** The headers of a PAT `pat_<role>_<tenant>_<anything>` in its own tenant and the demo project. */
const pat = (role: 'viewer' | 'contributor' | 'admin', tenant: string, label: string) => ({
  Authorization: `Bearer pat_${role}_${tenant}_${label}`,
  'X-Tenant-Id': tenant,
  'X-Project-Id': 'proj-main',
});

export const agentruntime: ApiDescriptor = {
  id: 'agentruntime',
  ports: { stateful: 4010, prism: 4110 },
  mock: agentRuntimeMock,
  client: (baseUrl) => createAgentRuntimeClient({ baseUrl, token: 'pat_admin_acme_test', tenantId: 'acme', projectId: 'proj-main' }),
  identities: {
    demo: pat('admin', 'acme', 'demo'),
    rule: 'Bearer pat_<viewer|contributor|admin>_<tenant>_<anything>; X-Tenant-Id must be that tenant',
    conformance: {
      a: pat('admin', 'acme', 'conformance'),
      b: pat('admin', 'globex', 'conformance'),
      readonly: pat('viewer', 'acme', 'conformance'),
    },
  },
  scenarios: agentRuntimeScenarios,
};
