import type { Operation } from '../../contract/spec.ts';
import type { MockDefinition } from '../stateful/app.ts';
import type { MockRequest } from '../stateful/message.ts';
import { problem } from '../stateful/problems.ts';
import { agentRuntimeErrorStyle } from './errors.ts';
import { agentRuntimeHandlers } from './handlers.ts';
import { type AgentRuntimeCaller, type AgentRuntimeFixture, type AgentRuntimeStore, createAgentRuntimeStore, loadAgentRuntimeFixture, type Role } from './store.ts';

const rank: Record<Role, number> = { viewer: 0, contributor: 1, tenant_admin: 2 };
const roleOfPat: Record<string, Role> = { viewer: 'viewer', contributor: 'contributor', admin: 'tenant_admin' };

/** The PAT from `Authorization: Bearer`, or (unless the operation takes only bearer) the session cookie. */
function presentedToken(request: MockRequest, operation: Operation): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1];
  if (bearer) return bearer;
  const bearerOnly = (operation.definition.security as unknown[] | undefined)?.length === 1;
  if (bearerOnly) return undefined;
  return /(?:^|;\s*)agentruntime_session=([^;]+)/.exec(request.header('cookie') ?? '')?.[1];
}

export const agentRuntimeMock: MockDefinition<AgentRuntimeCaller, AgentRuntimeStore> = {
  api: 'agentruntime',
  errorStyle: agentRuntimeErrorStyle,
  createStore: createAgentRuntimeStore,
  authenticate(request, operation) {
    const token = presentedToken(request, operation);
    if (!token) return problem('unauthorized', 401, 'Missing or invalid authentication');
    const [, roleName, tenant] = /^pat_(viewer|contributor|admin)_([a-z0-9-]+)_.+$/.exec(token) ?? [];
    if (!roleName || !tenant) return problem('unauthorized', 401, 'Missing or invalid authentication: expected pat_<role>_<tenant>_<anything>');
    const role = roleOfPat[roleName]!;
    const headerTenant = request.header('x-tenant-id');
    if (headerTenant !== null && headerTenant !== tenant) return problem('forbidden', 403, `This token does not belong to tenant ${headerTenant}`);
    const needed = (operation.definition['x-min-role'] as Role | undefined) ?? 'viewer';
    if (rank[role] < rank[needed]) return problem('forbidden', 403, `This operation needs the ${needed} role; the token has ${role}`);
    return { tenant, project: request.header('x-project-id') ?? undefined, role, token };
  },
  handlers: agentRuntimeHandlers,
  loadFixture: (store, fixture) => loadAgentRuntimeFixture(store, fixture as AgentRuntimeFixture),
};
