import type { components } from '../../generated/agentruntime/schema.d.ts';
import type { Environment } from '../stateful/environment.ts';

type Schemas = components['schemas'];
export type Role = Schemas['Role'];

/** Who is calling: from a PAT `pat_<role>_<tenant>_<anything>` (role admin is tenant_admin). */
export interface AgentRuntimeCaller {
  tenant: string;
  /** The X-Project-Id of the request; undefined on tenant-level routes that omit it. */
  project: string | undefined;
  role: Role;
  token: string;
}

/** Records are kept per scope: `${tenant}/${project}` for project data, `${tenant}` for tenant data. */
export interface Scoped<T> {
  scope: string;
  sequence: number;
  value: T;
}

export interface StoredRun {
  run: Schemas['Run'];
  events: Schemas['RunEvent'][];
  context: Schemas['RunContext'];
}

export interface StoredPat {
  pat: Schemas['Pat'];
  token: string;
}

export interface StoredWebhook {
  subscription: Schemas['InboundWebhook'];
  secret: string;
  scope: string;
  bearer?: string;
}

export interface BillingState {
  status: Schemas['BillingStatus'];
  balance: number;
}

export interface AgentRuntimeStore {
  environment: Environment;
  sequence: number;
  /** Generic collections by name (workflows, agents, connections, …), each record scoped. */
  collections: Map<string, Map<string, Scoped<any>>>;
  runs: Map<string, Scoped<StoredRun>>;
  tasks: Map<string, Scoped<Schemas['HumanTask']>>;
  stepResults: Map<string, Record<string, unknown>>;
  pats: Map<string, Scoped<StoredPat>>;
  webhooks: Map<string, StoredWebhook>;
  credentials: Map<string, Record<string, string>>;
  oauthStates: Set<string>;
  memory: Map<string, Scoped<{ id: string; text: string }>>;
  billing: Map<string, BillingState>;
}

export function createAgentRuntimeStore(environment: Environment): AgentRuntimeStore {
  return {
    environment, sequence: 0, collections: new Map(), runs: new Map(), tasks: new Map(), stepResults: new Map(),
    pats: new Map(), webhooks: new Map(), credentials: new Map(), oauthStates: new Set(), memory: new Map(), billing: new Map(),
  };
}

export const projectScope = (caller: AgentRuntimeCaller) => `${caller.tenant}/${caller.project ?? ''}`;

export function collection<T>(store: AgentRuntimeStore, name: string): Map<string, Scoped<T>> {
  let items = store.collections.get(name);
  if (!items) {
    items = new Map();
    store.collections.set(name, items);
  }
  return items as Map<string, Scoped<T>>;
}

export function put<T>(map: Map<string, Scoped<T>>, store: AgentRuntimeStore, scope: string, id: string, value: T): T {
  map.set(id, { scope, sequence: ++store.sequence, value });
  return value;
}

/** A record of the caller's scope, or undefined (another tenant's record is indistinguishable from none). */
export function inScope<T>(map: Map<string, Scoped<T>>, scope: string, id: string | undefined): T | undefined {
  const entry = id === undefined ? undefined : map.get(id);
  return entry && entry.scope === scope ? entry.value : undefined;
}

export function listScope<T>(map: Map<string, Scoped<T>>, scope: string, filter: (value: T) => boolean = () => true): T[] {
  return [...map.values()].filter((entry) => entry.scope === scope && filter(entry.value)).sort((a, b) => b.sequence - a.sequence).map((entry) => entry.value);
}

export interface AgentRuntimeFixture {
  collections?: Record<string, { scope: string; value: { id: string } }[]>;
}

export function loadAgentRuntimeFixture(store: AgentRuntimeStore, fixture: AgentRuntimeFixture): void {
  for (const [name, entries] of Object.entries(fixture.collections ?? {})) {
    for (const entry of entries) put(collection(store, name), store, entry.scope, entry.value.id, entry.value);
  }
}
