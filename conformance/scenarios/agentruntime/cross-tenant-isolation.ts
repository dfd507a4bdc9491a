import type { Scenario } from '../../scenario.ts';

// Another tenant's resources answering 404 and never listed is the generic check "isolation".
export const tenantsIsolated: Scenario = {
  title: "A PAT used with another tenant's X-Tenant-Id is 403",
  requires: ['b'],
  async run(test) {
    const a = test.session.identities.a;
    const b = test.session.identities.b!;
    const headerOf = (identity: Record<string, string>) => Object.keys(identity).find((name) => name.toLowerCase() === 'x-tenant-id');
    const tenantOfB = b[headerOf(b) ?? ''];
    if (tenantOfB === undefined) return test.skip('--auth-b carries no X-Tenant-Id header');
    const crossed = await test.call('listWorkflows', { rawHeaders: { ...a, [headerOf(a) ?? 'X-Tenant-Id']: tenantOfB } });
    test.status(crossed, 403, "A's PAT with B's X-Tenant-Id");
  },
};
