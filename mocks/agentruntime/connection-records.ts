import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { cursorPage } from './paging.ts';
import { type CallerContext, collection, inScope, listScope, projectScope, put } from './store.ts';

type Schemas = components['schemas'];
type Connection = Schemas['Connection'];

/**
 * Connections as both their routes see them: /v1/connections and the legacy
 * /v1/mcp/connections serve the same records, so both groups call these.
 */
export function createConnection({ caller, store }: CallerContext, fields: Schemas['CreateConnectionRequest']): Connection {
  const now = store.environment.now();
  const connection: Connection = { id: store.environment.id('conn'), name: fields.name, provider: fields.provider, status: 'active', config: fields.config ?? {}, created_at: now, updated_at: now };
  if (fields.credentials) store.credentials.set(connection.id, fields.credentials);
  return put(collection(store, 'connections'), store, projectScope(caller), connection.id, connection);
}

export function findConnection({ caller, store }: CallerContext, id: string | undefined): Connection | undefined {
  return inScope(collection(store, 'connections'), projectScope(caller), id);
}

export function requireConnection(context: CallerContext, id: string | undefined): Connection {
  return findConnection(context, id) ?? fail(404, `Connection ${id} not found`, { code: 'not_found' });
}

export function connectionPage({ caller, store }: CallerContext, query: { limit: number; cursor?: string }): Schemas['ConnectionList'] {
  return cursorPage(listScope(collection(store, 'connections'), projectScope(caller)), query);
}

export function updateConnection(context: CallerContext, id: string, changes: Schemas['UpdateConnectionRequest']): Connection {
  const connection = requireConnection(context, id);
  const { credentials, ...fields } = changes;
  if (credentials) context.store.credentials.set(connection.id, credentials);
  Object.assign(connection, fields, { updated_at: context.store.environment.now() });
  return connection;
}

export function deleteConnection(context: CallerContext, id: string): void {
  const connection = requireConnection(context, id);
  collection(context.store, 'connections').delete(connection.id);
  context.store.credentials.delete(connection.id);
}

/** Metadata only: a name and a masked hint per field, never the value. */
export function credentialMetadata(context: CallerContext, id: string): Schemas['CredentialMetadata'] {
  const connection = requireConnection(context, id);
  const stored = context.store.credentials.get(connection.id) ?? {};
  const fields = Object.entries(stored).map(([name, value]) => ({ name, hint: `••••${value.slice(-4)}`, updated_at: connection.updated_at }));
  return { connection_id: connection.id, fields, expires_at: null };
}
