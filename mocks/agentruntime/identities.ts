import type { MockIdentities } from '../stateful/types.ts';

/** The headers of a PAT `pat_<role>_<tenant>_<anything>` in its own tenant and the demo project. */
const pat = (role: 'viewer' | 'contributor' | 'admin', tenant: string, label: string) => ({
  Authorization: `Bearer pat_${role}_${tenant}_${label}`,
  'X-Tenant-Id': tenant,
  'X-Project-Id': 'proj-main',
});

/** Credentials the agentruntime mock accepts; the demo ones own the demo fixture. */
export const agentRuntimeIdentities: MockIdentities = {
  demo: pat('admin', 'acme', 'demo'),
  rule: 'Bearer pat_<viewer|contributor|admin>_<tenant>_<anything>; X-Tenant-Id must be that tenant',
  conformance: {
    a: pat('admin', 'acme', 'conformance'),
    b: pat('admin', 'globex', 'conformance'),
    readonly: pat('viewer', 'acme', 'conformance'),
    roles: { contributor: pat('contributor', 'acme', 'conformance') },
  },
};
