import type { LooseContext, LooseHandler } from '../stateful/types.ts';
import { runtypeError } from './errors.ts';
import { page } from './pagination.ts';
import { collection, newId, type RuntypeCaller, type RuntypeStore, type StoredItem } from './store.ts';

type Context = LooseContext<RuntypeCaller, RuntypeStore>;
type AnyHandler = LooseHandler<RuntypeCaller, RuntypeStore>;

/** One managed resource: its collection, id prefix, and the operation names its five routes use. */
export interface ResourceSpec {
  collection: string;
  prefix: string;
  /** Operation id stems: `Flow` → listFlows, createFlow, getFlow, updateFlow, deleteFlow. */
  singular: string;
  plural: string;
  /** Request fields that are stored but never returned (a secret's value). */
  writeOnly?: string[];
  /** A credential made on create and returned in that one response only. */
  revealOnCreate?: { field: string; make(store: RuntypeStore): string; describe?(value: string): Record<string, unknown> };
  patchable?: boolean;
}

export function view(item: StoredItem): Record<string, unknown> {
  return { id: item.id, ...item.fields };
}

export function ownItem(store: RuntypeStore, name: string, caller: RuntypeCaller, id: string | undefined): StoredItem | undefined {
  const item = id === undefined ? undefined : collection(store, name).get(id);
  return item && item.account === caller.account ? item : undefined;
}

export function listPage(context: Context, name: string, filter: (item: StoredItem) => boolean = () => true, oldestFirst = false) {
  const items = [...collection(context.store, name).values()].filter((item) => item.account === context.caller.account && filter(item));
  const result = page(oldestFirst ? items.map((item) => ({ ...item, sequence: -item.sequence })) : items, context.query.limit ?? 50, context.query.cursor);
  if ('invalidCursor' in result) {
    return { status: 400, body: { error: 'Validation error', details: [{ code: 'INVALID_FORMAT', message: 'cursor is not one this API issued', path: 'cursor' }] } };
  }
  const data = result.data.map((item) => view(oldestFirst ? { ...item, sequence: -item.sequence } : item));
  return { status: 200, body: { data, pagination: result.pagination } };
}

/** The list, create, get, update and delete handlers of one resource. */
export function crudHandlers(spec: ResourceSpec): Record<string, AnyHandler> {
  const name = spec.collection;
  const handlers: Record<string, AnyHandler> = {
    [`list${spec.plural}`]: (context) => listPage(context, name),
    [`create${spec.singular}`]: ({ body, caller, store }) => {
      const now = store.environment.now();
      const hidden: Record<string, unknown> = {};
      const fields: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
        if (spec.writeOnly?.includes(key)) hidden[key] = value;
        else fields[key] = value;
      }
      const revealed = spec.revealOnCreate ? spec.revealOnCreate.make(store) : undefined;
      if (revealed && spec.revealOnCreate?.describe) Object.assign(fields, spec.revealOnCreate.describe(revealed));
      Object.assign(fields, { createdAt: now, updatedAt: now });
      const item: StoredItem = { id: newId(store, spec.prefix), account: caller.account, sequence: ++store.sequence, hidden, fields };
      collection(store, name).set(item.id, item);
      const body201 = revealed ? { ...view(item), [spec.revealOnCreate!.field]: revealed } : view(item);
      return { status: 201, body: body201 };
    },
    [`get${spec.singular}`]: ({ path, caller, store }) => {
      const item = ownItem(store, name, caller, path.id);
      return (item ? { status: 200, body: view(item) } : runtypeError(404, `No ${spec.singular} with id ${path.id}`));
    },
    [`delete${spec.singular}`]: ({ path, caller, store }) => {
      const item = ownItem(store, name, caller, path.id);
      if (!item) return runtypeError(404, `No ${spec.singular} with id ${path.id}`);
      collection(store, name).delete(item.id);
      return { status: 204, body: undefined };
    },
  };
  if (spec.patchable !== false) {
    handlers[`update${spec.singular}`] = ({ path, body, caller, store }) => {
      const item = ownItem(store, name, caller, path.id);
      if (!item) return runtypeError(404, `No ${spec.singular} with id ${path.id}`);
      for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
        if (spec.writeOnly?.includes(key)) item.hidden[key] = value;
        else item.fields[key] = value;
      }
      item.fields.updatedAt = store.environment.now();
      return { status: 200, body: view(item) };
    };
  }
  return handlers;
}
