import { agentRuntimeContract } from '../../contract/bundled/agentruntime.ts';
import { WEBHOOK_SIGNATURE_HEADER } from '../../client/webhooks.ts';
import type { Operation } from '../../contract/spec.ts';
import type { operations } from '../../generated/agentruntime/schema.d.ts';
import { type MockDefinition, type MockOptions, StatefulMock } from '../stateful/app.ts';
import type { MockRequest } from '../stateful/message.ts';
import { type Problem, problem } from '../stateful/problems.ts';
import { handlers as agents } from './agents.ts';
import { handlers as analytics } from './analytics.ts';
import { handlers as autopilot } from './autopilot.ts';
import { handlers as billing } from './billing.ts';
import { handlers as connections } from './connections.ts';
import { agentRuntimeErrorStyle } from './errors.ts';
import { handlers as inboundWebhooks } from './inbound-webhooks.ts';
import { handlers as instances } from './instances.ts';
import { handlers as llm } from './llm.ts';
import { handlers as mcp } from './mcp.ts';
import { handlers as memory } from './memory.ts';
import { handlers as pats } from './pats.ts';
import { handlers as runControl } from './run-control.ts';
import { handlers as runs } from './runs.ts';
import { type AgentRuntimeCaller, type AgentRuntimeFixture, type AgentRuntimeHandlers, type AgentRuntimeStore, createAgentRuntimeStore, loadAgentRuntimeFixture, snapshotAgentRuntimeStore, type Role } from './store.ts';
import { handlers as workflows } from './workflows.ts';
import { sockets } from './workflow-stream.ts';
import demoFixture from './fixtures/demo.json' with { type: 'json' };

const rank: Record<Role, number> = { viewer: 0, contributor: 1, tenant_admin: 2 };
const roleOfPat: Record<string, Role> = { viewer: 'viewer', contributor: 'contributor', admin: 'tenant_admin' };

/** Every AgentRuntime operation's handler, one spec group each (each group is typed by its operations); a missing one is a type error. */
const handlers: AgentRuntimeHandlers<keyof operations> = {
  ...workflows,
  ...runControl,
  ...runs,
  ...inboundWebhooks,
  ...connections,
  ...mcp,
  ...instances,
  ...autopilot,
  ...llm,
  ...memory,
  ...billing,
  ...agents,
  ...analytics,
  ...pats,
};

/** The PAT from `Authorization: Bearer`, or (unless the operation takes only bearer) the session cookie. */
function presentedToken(request: MockRequest, operation: Operation): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1];
  if (bearer) return bearer;
  const bearerOnly = (operation.definition.security as unknown[] | undefined)?.length === 1;
  if (bearerOnly) return undefined;
  return /(?:^|;\s*)agentruntime_session=([^;]+)/.exec(request.header('cookie') ?? '')?.[1];
}

/**
 * The webhook ingress's signature is a credential: any wrong one, malformed or missing
 * included, is 401 invalid_signature, as documented, never the validation status its
 * header schema would otherwise give. The handler checks the HMAC itself.
 */
function unsignedIngress(request: MockRequest, operation: Operation): Problem | undefined {
  const signed = operation.parameters.some((parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === WEBHOOK_SIGNATURE_HEADER.toLowerCase());
  if (!signed || /^sha256=[0-9a-f]{64}$/i.test(request.header(WEBHOOK_SIGNATURE_HEADER)?.trim() ?? '')) return undefined;
  return problem('unauthorized', 401, `${WEBHOOK_SIGNATURE_HEADER} must be sha256=<hex HMAC-SHA256 of the raw body>`, { code: 'invalid_signature' });
}

export const agentRuntimeMock: MockDefinition<AgentRuntimeCaller, AgentRuntimeStore> = {
  api: 'agentruntime',
  document: agentRuntimeContract,
  fixtures: { demo: demoFixture },
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
    const signatureProblem = unsignedIngress(request, operation);
    if (signatureProblem) return signatureProblem;
    return { tenant, project: request.header('x-project-id') ?? undefined, role, token };
  },
  handlers,
  loadFixture: (store, fixture) => loadAgentRuntimeFixture(store, fixture as AgentRuntimeFixture),
  snapshot: snapshotAgentRuntimeStore,
  sockets,
};

// The package's `agent-contracts/mocks/agentruntime`: the mock, its types, fixtures and identities.
export { agentRuntimeIdentities } from './identities.ts';
export type { AgentRuntimeCaller, AgentRuntimeFixture, AgentRuntimeStore } from './store.ts';

/** The demo fixture (`loadFixture('demo')`), in the store's own shape. */
export const agentRuntimeFixtures = { demo: demoFixture as unknown as AgentRuntimeFixture };

/** A agentruntime mock of its own: `handle(request)` answers as the API would, in-process (MSW, a fetch handler) or behind a server. */
export function createAgentRuntimeMock(options: MockOptions = {}): StatefulMock<AgentRuntimeCaller, AgentRuntimeStore> {
  return new StatefulMock(agentRuntimeMock, options);
}
