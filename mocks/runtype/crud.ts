import { fail } from '../stateful/problems.ts';
import { page, type Pagination } from './pagination.ts';
import { type CollectionName, type Draft, newId, type RuntypeCaller, type RuntypeCollections, type RuntypeStore, type StoredItem } from './store.ts';

/** A resource as a response shows it: its id, its public fields and its dates. */
export type Shown<Resource> = { id: string; createdAt: string; updatedAt: string } & Draft<Resource>;

/** A request body with no field the resource lacks: a write-only one (a secret's value) cannot end up among the shown fields. */
type FieldsOnly<Body, Fields> = Body & Record<Exclude<keyof Body, keyof Fields>, never>;

export interface Scope {
  caller: RuntypeCaller;
  store: RuntypeStore;
}

export interface ById extends Scope {
  path: { id: string };
}

export interface ListQuery extends Scope {
  query: { limit: number; cursor?: string };
}

/** The caller's own item of a collection; another account's is indistinguishable from a missing one. */
export function findOwn<Resource>(items: Map<string, StoredItem<Resource>>, id: string, caller: RuntypeCaller, missing: string): StoredItem<Resource> {
  const item = items.get(id);
  if (!item || item.account !== caller.account) fail(404, missing);
  return item;
}

/** One page of the caller's items that `belongs` accepts, each shown as its response shows it. */
export function listOwn<Resource, Shown>(
  { query, caller }: ListQuery,
  items: Map<string, StoredItem<Resource>>,
  show: (item: StoredItem<Resource>) => Shown,
  belongs: (item: StoredItem<Resource>) => boolean = () => true,
  order: 'newest-first' | 'oldest-first' = 'newest-first',
): { status: 200; body: { data: Shown[]; pagination: Pagination } } {
  const own = [...items.values()].filter((item) => item.account === caller.account && belongs(item));
  const { data, pagination } = page(own, query.limit, query.cursor, order);
  return { status: 200, body: { data: data.map(show), pagination } };
}

/**
 * The list, create, get, update and delete behaviour of one managed resource,
 * typed by what its collection holds. Group files name each operation and
 * delegate here; anything a resource does beyond CRUD they write themselves.
 */
export function crudResource<Name extends CollectionName>(name: Name, noun: string, idPrefix: string) {
  type Resource = RuntypeCollections[Name];
  const items = (store: RuntypeStore) => store.collections[name];

  const show = (item: StoredItem<Resource>): Shown<Resource> => ({ id: item.id, ...item.fields, createdAt: item.createdAt, updatedAt: item.updatedAt ?? item.createdAt });

  const find = ({ path, caller, store }: ById): StoredItem<Resource> => findOwn(items(store), path.id, caller, `No ${noun} with id ${path.id}`);

  const insert = ({ caller, store }: Scope, draft: Draft<Resource>, hidden: Record<string, unknown> = {}): StoredItem<Resource> => {
    const now = store.environment.now();
    const item: StoredItem<Resource> = { id: newId(store, idPrefix), account: caller.account, sequence: ++store.sequence, hidden, fields: draft, createdAt: now, updatedAt: now };
    items(store).set(item.id, item);
    return item;
  };

  const amend = (item: StoredItem<Resource>, store: RuntypeStore, changes: Partial<Draft<Resource>>, hidden: Record<string, unknown> = {}): StoredItem<Resource> => {
    item.fields = { ...item.fields, ...changes };
    item.updatedAt = store.environment.now();
    Object.assign(item.hidden, hidden);
    return item;
  };

  return {
    show,
    find,
    insert,
    amend,
    list: (context: ListQuery) => listOwn(context, items(context.store), show),
    create: <Body extends Draft<Resource>>(context: Scope & { body: FieldsOnly<Body, Draft<Resource>> }) => ({ status: 201 as const, body: show(insert(context, context.body)) }),
    get: (context: ById) => ({ status: 200 as const, body: show(find(context)) }),
    update: <Body extends Partial<Draft<Resource>>>(context: ById & { body: FieldsOnly<Body, Draft<Resource>> }) => ({ status: 200 as const, body: show(amend(find(context), context.store, context.body)) }),
    remove: (context: ById): { status: 204; body: undefined } => {
      items(context.store).delete(find(context).id);
      return { status: 204, body: undefined };
    },
  };
}
