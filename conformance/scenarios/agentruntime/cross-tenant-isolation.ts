import type { Scenario } from '../../scenario.ts';

export const tenantsIsolated: Scenario = {
  title: "Another tenant's workflow is 404, and a PAT used with another tenant's X-Tenant-Id is 403",
  requires: ['b'],
  async run(test) {
    const workflow = test.status(await test.call('createWorkflow', { body: { name: test.unique('wf') } }), 201, 'tenant A creates a workflow');
    test.status(await test.call('getWorkflow', { path: { id: workflow.id } }, 'b'), 404, "another tenant's workflow is not found");
    const list = await test.call('listWorkflows', { query: { limit: 100 } }, 'b');
    test.that(list, !test.status(list, 200, 'tenant B lists its workflows')?.data?.some((item: { id: string }) => item.id === workflow.id), "A's workflow in B's list", "A's workflow absent");
    const a = test.session.identities.a;
    const b = test.session.identities.b!;
    const headerOf = (identity: Record<string, string>) => Object.keys(identity).find((name) => name.toLowerCase() === 'x-tenant-id');
    const tenantOfB = b[headerOf(b) ?? ''];
    if (tenantOfB === undefined) return test.skip('--auth-b carries no X-Tenant-Id header');
    const crossed = await test.call('listWorkflows', { rawHeaders: { ...a, [headerOf(a) ?? 'X-Tenant-Id']: tenantOfB } });
    test.status(crossed, 403, "A's PAT with B's X-Tenant-Id");
  },
};
