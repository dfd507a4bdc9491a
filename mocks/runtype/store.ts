import type { components, operations } from '../../generated/runtype/schema.d.ts';
import type { Environment } from '../stateful/environment.ts';
import type { WithQueryDefaults } from '../stateful/request.ts';
import type { Handler } from '../stateful/types.ts';

type Schemas = components['schemas'];

/** Each `rt_` bearer key is its own account. */
export interface RuntypeCaller {
  account: string;
}

/** What each collection holds, as clients see it. */
export interface RuntypeCollections {
  flows: Schemas['Flow'];
  agents: Schemas['Agent'];
  'agent-versions': Schemas['AgentVersion'];
  records: Schemas['RecordItem'];
  products: Schemas['Product'];
  tools: Schemas['Tool'];
  secrets: Schemas['Secret'];
  'model-configs': Schemas['ModelConfig'];
  'client-tokens': Schemas['ClientToken'];
  conversations: Schemas['Conversation'];
  messages: Schemas['Message'];
  'api-keys': Schemas['ApiKey'];
}

export type CollectionName = keyof RuntypeCollections;

/** The fields a request sets; the mock stamps the id and the dates itself. */
export type Draft<Resource> = Omit<Resource, 'id' | 'createdAt' | 'updatedAt'>;

/** Any stored resource: its public fields and stamps, plus the owner, an insertion order, and write-only values. */
export interface StoredItem<Resource> {
  id: string;
  account: string;
  sequence: number;
  /** Fields no response may carry (a secret's value). */
  hidden: Record<string, unknown>;
  fields: Draft<Resource>;
  createdAt: string;
  /** Absent on what is never changed (agent versions, messages). */
  updatedAt?: string;
}

export interface RuntypeStore {
  environment: Environment;
  collections: { [Name in CollectionName]: Map<string, StoredItem<RuntypeCollections[Name]>> };
  sequence: number;
}

/** The query parameters the contract gives a default, which the request parser therefore always fills. */
export const runtypeQueryDefaults = ['limit'] as const;

/** Handlers for some Runtype operations, each typed by its operation in the generated types. */
export type RuntypeHandlers<OperationId extends keyof operations> = {
  [Id in OperationId]: Handler<WithQueryDefaults<operations[Id], (typeof runtypeQueryDefaults)[number]>, RuntypeCaller, RuntypeStore>;
};

export function createRuntypeStore(environment: Environment): RuntypeStore {
  return {
    environment,
    collections: {
      flows: new Map(),
      agents: new Map(),
      'agent-versions': new Map(),
      records: new Map(),
      products: new Map(),
      tools: new Map(),
      secrets: new Map(),
      'model-configs': new Map(),
      'client-tokens': new Map(),
      conversations: new Map(),
      messages: new Map(),
      'api-keys': new Map(),
    },
    sequence: 0,
  };
}

/** An id in the reference's style: a resource prefix, an underscore, letters and digits. */
export function newId(store: RuntypeStore, prefix: string): string {
  return `${prefix}_${store.environment.id('x').replace(/[^A-Za-z0-9]/g, '')}`;
}

/**
 * The store's own shape as plain JSON: the demo fixture, and what `snapshotRuntypeStore`
 * writes for persistence (its inverse). Sequences are the pagination cursors, so a snapshot
 * keeps them; a hand-written fixture may leave them out.
 */
export interface RuntypeFixture {
  sequence?: number;
  collections?: { [Name in CollectionName]?: (Omit<StoredItem<RuntypeCollections[Name]>, 'sequence'> & { sequence?: number })[] };
}

export function loadRuntypeFixture(store: RuntypeStore, fixture: RuntypeFixture): void {
  for (const name of Object.keys(fixture.collections ?? {})) {
    if (!isCollectionName(store, name)) throw new Error(`Runtype fixture: no collection named "${name}"; known: ${Object.keys(store.collections).join(', ')}`);
    loadCollection(store, name, fixture.collections?.[name] ?? []);
  }
  store.sequence = Math.max(store.sequence, fixture.sequence ?? 0);
}

function isCollectionName(store: RuntypeStore, name: string): name is CollectionName {
  return Object.hasOwn(store.collections, name);
}

function loadCollection<Name extends CollectionName>(store: RuntypeStore, name: Name, items: (Omit<StoredItem<RuntypeCollections[Name]>, 'sequence'> & { sequence?: number })[]): void {
  for (const item of items) {
    const sequence = item.sequence ?? store.sequence + 1;
    store.sequence = Math.max(store.sequence, sequence);
    store.collections[name].set(item.id, { ...item, sequence });
  }
}

/** The whole store as a fixture: `loadRuntypeFixture` of it gives an equal store. */
export function snapshotRuntypeStore(store: RuntypeStore): RuntypeFixture {
  const collections: Record<string, unknown[]> = {};
  for (const name of Object.keys(store.collections) as CollectionName[]) collections[name] = [...store.collections[name].values()];
  return { sequence: store.sequence, collections: collections as RuntypeFixture['collections'] };
}
