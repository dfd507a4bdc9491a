import type { Environment } from '../stateful/environment.ts';

/** Each `rt_` bearer key is its own account. */
export interface RuntypeCaller {
  account: string;
}

/** Any stored resource: the public fields plus the owner, an insertion order, and write-only values. */
export interface StoredItem {
  id: string;
  account: string;
  sequence: number;
  /** Fields no response may carry (a secret's value). */
  hidden: Record<string, unknown>;
  fields: Record<string, unknown>;
}

export interface RuntypeStore {
  environment: Environment;
  /** By collection (`flows`, `agents`, … and `agent-versions`, `messages`), then by id. */
  collections: Map<string, Map<string, StoredItem>>;
  sequence: number;
}

export function createRuntypeStore(environment: Environment): RuntypeStore {
  return { environment, collections: new Map(), sequence: 0 };
}

export function collection(store: RuntypeStore, name: string): Map<string, StoredItem> {
  let items = store.collections.get(name);
  if (!items) {
    items = new Map();
    store.collections.set(name, items);
  }
  return items;
}

/** An id in the reference's style: a resource prefix, an underscore, letters and digits. */
export function newId(store: RuntypeStore, prefix: string): string {
  return `${prefix}_${store.environment.id('x').replace(/[^A-Za-z0-9]/g, '')}`;
}

export interface RuntypeFixture {
  collections?: Record<string, Omit<StoredItem, 'sequence'>[]>;
}

export function loadRuntypeFixture(store: RuntypeStore, fixture: RuntypeFixture): void {
  for (const [name, items] of Object.entries(fixture.collections ?? {})) {
    for (const item of items) collection(store, name).set(item.id, { ...item, sequence: ++store.sequence });
  }
}
