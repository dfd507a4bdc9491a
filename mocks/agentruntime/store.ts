import type { components, operations } from '../../generated/agentruntime/schema.d.ts';
import type { Environment } from '../stateful/environment.ts';
import type { WithQueryDefaults } from '../stateful/request.ts';
import type { Handler, HandlerContext, ResultOf } from '../stateful/types.ts';
import { RunFeed } from './run-feed.ts';

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

/**
 * The handlers of some AgentRuntime operations, each typed by its operation in the
 * generated types: a group file writes `satisfies AgentRuntimeHandlers<'listPats' | …>`.
 */
/** The query parameters the contract gives a default, which the request parser therefore always fills. */
export const agentRuntimeQueryDefaults = ['limit', 'granularity'] as const;

export type AgentRuntimeHandlers<Ids extends keyof operations> = {
  [Id in Ids]: Handler<WithQueryDefaults<operations[Id], (typeof agentRuntimeQueryDefaults)[number]>, AgentRuntimeCaller, AgentRuntimeStore>;
};

/**
 * What the handler of one operation answers. Handlers declare it as their return type:
 * TypeScript checks a returned object literal field by field (excess properties included)
 * only against a declared return type, not against the one `satisfies` infers, so this is
 * what makes a field the schema no longer has a type error.
 */
export type AgentRuntimeResult<Id extends keyof operations> = ResultOf<operations[Id]>;

/** What the handler of one operation receives. */
export type AgentRuntimeContext<Id extends keyof operations> = HandlerContext<operations[Id], AgentRuntimeCaller, AgentRuntimeStore>;

/** The part of any handler's context that helpers shared across operations need. */
export interface CallerContext {
  caller: AgentRuntimeCaller;
  store: AgentRuntimeStore;
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

/** What each named collection holds; the names are also the keys of a fixture's `collections`. */
export interface CollectionRecords {
  workflows: Schemas['Workflow'];
  versions: Schemas['WorkflowVersion'];
  overrides: Schemas['ConnectionOverrides']['overrides'];
  connections: Schemas['Connection'];
  agents: Schemas['Agent'];
  'mcp-servers': Schemas['McpServer'];
  'mcp-instances': Schemas['Instance'];
  profiles: Schemas['ConfigProfile'];
  jobs: Schemas['ExtractJob'];
}
export type CollectionName = keyof CollectionRecords;

export interface AgentRuntimeStore {
  environment: Environment;
  sequence: number;
  /** The named collections (workflows, agents, connections, …), each record scoped; read them through `collection`. */
  collections: Map<CollectionName, Map<string, Scoped<unknown>>>;
  runs: Map<string, Scoped<StoredRun>>;
  tasks: Map<string, Scoped<Schemas['HumanTask']>>;
  pats: Map<string, Scoped<StoredPat>>;
  webhooks: Map<string, StoredWebhook>;
  credentials: Map<string, Schemas['ConnectionCredentials']>;
  oauthStates: Set<string>;
  memory: Map<string, Scoped<{ id: string; text: string }>>;
  billing: Map<string, BillingState>;
  /** Run events as they happen, for the workflow stream; never saved. */
  runFeed: RunFeed;
}

export function createAgentRuntimeStore(environment: Environment): AgentRuntimeStore {
  return {
    environment, sequence: 0, collections: new Map(), runs: new Map(), tasks: new Map(),
    pats: new Map(), webhooks: new Map(), credentials: new Map(), oauthStates: new Set(), memory: new Map(), billing: new Map(),
    runFeed: new RunFeed(),
  };
}

export const projectScope = (caller: AgentRuntimeCaller) => `${caller.tenant}/${caller.project ?? ''}`;

export function collection<Name extends CollectionName>(store: AgentRuntimeStore, name: Name): Map<string, Scoped<CollectionRecords[Name]>> {
  let items = store.collections.get(name);
  if (!items) {
    items = new Map();
    store.collections.set(name, items);
  }
  // Only `put` (through this accessor) writes a collection, always with its name's record type.
  return items as Map<string, Scoped<CollectionRecords[Name]>>;
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
  return listWhere(map, (entryScope) => entryScope === scope, filter);
}

/**
 * The tenant-wide lists (the run feed, the task inbox): every project of the caller's
 * tenant without X-Project-Id, one project with it.
 */
export function listTenantWide<T>(map: Map<string, Scoped<T>>, caller: AgentRuntimeCaller, filter: (value: T) => boolean = () => true): T[] {
  if (caller.project !== undefined) return listScope(map, projectScope(caller), filter);
  const tenantPrefix = `${caller.tenant}/`;
  return listWhere(map, (entryScope) => entryScope.startsWith(tenantPrefix), filter);
}

function listWhere<T>(map: Map<string, Scoped<T>>, inScopeOf: (scope: string) => boolean, filter: (value: T) => boolean): T[] {
  return [...map.values()].filter((entry) => inScopeOf(entry.scope) && filter(entry.value)).sort((a, b) => b.sequence - a.sequence).map((entry) => entry.value);
}

/** One scoped record in a fixture or snapshot: its key (else the value's id), scope and insertion order. */
export interface FixtureEntry<T> {
  id?: string;
  scope: string;
  /** Kept by snapshots so that newest-first lists keep their order; a hand-written fixture may leave it out. */
  sequence?: number;
  value: T;
}

/**
 * The store's own shape as plain JSON: the demo fixture, and what `snapshotAgentRuntimeStore`
 * writes for persistence (its inverse), so loading a snapshot restores the store exactly.
 */
export interface AgentRuntimeFixture {
  /** The last sequence handed out, so records made after loading sort after every earlier one. */
  sequence?: number;
  collections?: { [Name in CollectionName]?: FixtureEntry<CollectionRecords[Name]>[] };
  runs?: FixtureEntry<StoredRun>[];
  tasks?: FixtureEntry<Schemas['HumanTask']>[];
  pats?: FixtureEntry<StoredPat>[];
  memory?: FixtureEntry<{ id: string; text: string }>[];
  webhooks?: StoredWebhook[];
  credentials?: Record<string, Schemas['ConnectionCredentials']>;
  oauthStates?: string[];
  billing?: Record<string, BillingState>;
}

export function loadAgentRuntimeFixture(store: AgentRuntimeStore, fixture: AgentRuntimeFixture): void {
  for (const [name, entries] of Object.entries(fixture.collections ?? {}) as [CollectionName, FixtureEntry<unknown>[]][]) {
    loadEntries(store, collection(store, name) as Map<string, Scoped<unknown>>, entries, (value) => (value as { id: string }).id);
  }
  loadEntries(store, store.runs, fixture.runs ?? [], (value) => value.run.id);
  loadEntries(store, store.tasks, fixture.tasks ?? [], (value) => value.id);
  loadEntries(store, store.pats, fixture.pats ?? [], (value) => value.pat.id);
  loadEntries(store, store.memory, fixture.memory ?? [], (value) => value.id);
  for (const webhook of fixture.webhooks ?? []) store.webhooks.set(webhook.subscription.id, webhook);
  for (const [id, credentials] of Object.entries(fixture.credentials ?? {})) store.credentials.set(id, credentials);
  for (const state of fixture.oauthStates ?? []) store.oauthStates.add(state);
  for (const [tenant, billing] of Object.entries(fixture.billing ?? {})) store.billing.set(tenant, billing);
  store.sequence = Math.max(store.sequence, fixture.sequence ?? 0);
}

function loadEntries<T>(store: AgentRuntimeStore, map: Map<string, Scoped<T>>, entries: FixtureEntry<T>[], idOf: (value: T) => string): void {
  for (const entry of entries) {
    const sequence = entry.sequence ?? store.sequence + 1;
    store.sequence = Math.max(store.sequence, sequence);
    map.set(entry.id ?? idOf(entry.value), { scope: entry.scope, sequence, value: entry.value });
  }
}

/** The whole store as a fixture: `loadAgentRuntimeFixture` of it gives an equal store. */
export function snapshotAgentRuntimeStore(store: AgentRuntimeStore): AgentRuntimeFixture {
  const collections: Record<string, FixtureEntry<unknown>[]> = {};
  for (const [name, records] of store.collections) collections[name] = entriesOf(records);
  return {
    sequence: store.sequence,
    collections: collections as AgentRuntimeFixture['collections'],
    runs: entriesOf(store.runs),
    tasks: entriesOf(store.tasks),
    pats: entriesOf(store.pats),
    memory: entriesOf(store.memory),
    webhooks: [...store.webhooks.values()],
    credentials: Object.fromEntries(store.credentials),
    oauthStates: [...store.oauthStates],
    billing: Object.fromEntries(store.billing),
  };
}

function entriesOf<T>(map: Map<string, Scoped<T>>): FixtureEntry<T>[] {
  const entries: FixtureEntry<T>[] = [];
  for (const [id, entry] of map) entries.push({ id, scope: entry.scope, sequence: entry.sequence, value: entry.value });
  return entries;
}
