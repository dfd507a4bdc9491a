import { type JsonObject, type OpenApiDocument, type Operation, refSegments, resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, ConstraintRef, Exchange, Issue } from '../types.ts';
import { linksOf, operationPointer, operationsOf, requestSchema, type Resource, resourceOf, successSchema } from './support/contract-model.ts';
import { exemption, isWebSocket } from './support/operations.ts';
import { createResource, linkParts, named, readCreated, succeeded } from './support/resources.ts';
import { freshenBody } from './support/values.ts';

const name = 'stamps move on writes';

/** Names a read gives the instant of a resource's last change. */
const stampNames = /^(updated_?at|modified_?at|last_?modified(_?at)?)$/i;
/** Names a read gives the instant the resource was made: no later write moves it. */
const creationNames = /^(created_?at|creation_?time)$/i;

/** Where a schema, or one of its allOf parts, documents a property: the pointer of that property node. */
function propertyPointer(document: OpenApiDocument, raw: unknown, property: string, at: string[]): string[] | undefined {
  const ref = (raw as JsonObject | undefined)?.$ref;
  const here = typeof ref === 'string' ? refSegments(ref) : at;
  const schema = resolveRef<JsonObject>(document, raw ?? {});
  if ((schema.properties as JsonObject | undefined)?.[property] !== undefined) return [...here, 'properties', property];
  for (const [index, part] of ((schema.allOf as unknown[] | undefined) ?? []).entries()) {
    const found = propertyPointer(document, part, property, [...here, 'allOf', String(index)]);
    if (found) return found;
  }
  return undefined;
}

/** The read's update stamp: a date-time property under a name like updatedAt, and the node that documents it. */
function stampOf(document: OpenApiDocument, read: Operation, names: RegExp = stampNames): { field: string; pointer: string[] } | undefined {
  const success = successSchema(document, read);
  if (!success) return undefined;
  const at = [...operationPointer(read), 'responses', success.status, 'content', 'application/json', 'schema'];
  for (const field of stampFields(document, success.raw, names)) {
    const pointer = propertyPointer(document, success.raw, field, at);
    if (pointer) return { field, pointer };
  }
  return undefined;
}

function stampFields(document: OpenApiDocument, raw: unknown, names: RegExp): string[] {
  const schema = resolveRef<JsonObject>(document, raw ?? {});
  const fields: string[] = [];
  for (const part of (schema.allOf as unknown[] | undefined) ?? []) fields.push(...stampFields(document, part, names));
  for (const [field, property] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
    if (names.test(field) && resolveRef<JsonObject>(document, property).format === 'date-time') fields.push(field);
  }
  return fields;
}

/** A write the create's links lead to: an update (PATCH, PUT), a delete, or an action POSTed to the created resource. */
interface Write {
  link: string;
  operation: Operation;
}

function writesOf(contract: CheckContext['contract'], resource: Resource): Write[] {
  const writes: Write[] = [];
  for (const [link, definition] of Object.entries(linksOf(contract.document, resource.create))) {
    const operation = operationsOf(contract).find((candidate) => candidate.operationId === definition.operationId);
    if (!operation || definition.requestBody !== undefined || !['patch', 'put', 'post', 'delete'].includes(operation.method)) continue;
    if (operation.method === 'post' && !isActionOn(contract.document, operation, resource)) continue;
    writes.push({ link, operation });
  }
  return writes;
}

/**
 * An action POSTed to the resource changes the resource itself: it answers
 * the resource (the read's schema) or nothing. A POST that answers something
 * else (a run started from a workflow, a version published) makes another
 * resource, which need not touch this one's stamp.
 */
function isActionOn(document: OpenApiDocument, operation: Operation, resource: Resource): boolean {
  if (!operation.parameters.some((parameter) => parameter.in === 'path') || !resource.read) return false;
  const answer = successSchema(document, operation);
  if (!answer) return true;
  const read = successSchema(document, resource.read.operation);
  const refOf = (raw: unknown) => (raw as JsonObject | undefined)?.$ref;
  return read !== undefined && refOf(answer.raw) !== undefined && refOf(answer.raw) === refOf(read.raw);
}

/** The stamp a read shows; undefined when it has none that parses. */
function stampIn(read: Exchange | undefined, field: string): { text: string; instant: number } | undefined {
  if (!read || !succeeded(read)) return undefined;
  const text = (read.response!.json as Record<string, unknown> | undefined)?.[field];
  if (typeof text !== 'string' || Number.isNaN(Date.parse(text))) return undefined;
  return { text, instant: Date.parse(text) };
}

/** A write to make at a later checkpoint, on a resource of its own read before. */
interface Pending {
  resource: Resource;
  write: Write;
  stamp: { field: string; pointer: string[] };
  created: Exchange;
  before: { text: string; instant: number };
  /** The creation stamp, where the read documents one, as read before the write. */
  creation?: { field: string; pointer: string[]; before: { text: string; instant: number } };
}

/** Per run: the writes waiting for the clock to move, and when their stamps were read. */
const pendingByRun = new WeakMap<CheckContext, { pending: Pending[]; readAt: number }>();

/**
 * More than a second between the read before a write and the write: a clock
 * that counts whole seconds (a DATETIME column printed as `.000`) has moved
 * too, so a later stamp is due whatever the server's precision. One wait per
 * run, not one per write: the stamps are read at the start and the writes
 * made after the first phase.
 */
const clockMoveMs = 1100;

/** Creates a resource for each write and reads its stamp; a resource the server refuses or cannot read says nothing. */
async function prepare(context: CheckContext): Promise<Pending[]> {
  const pending: Pending[] = [];
  for (const operation of operationsOf(context.contract)) {
    const resource = resourceOf(context.contract, operation);
    if (!resource?.read || exemption(operation, name) !== undefined || isWebSocket(operation)) continue;
    const stamp = stampOf(context.contract.document, resource.read.operation);
    if (!stamp) continue;
    // Each write on a resource of its own: an action that ends the resource must not hide what an update does.
    for (const write of writesOf(context.contract, resource)) {
      const created = await createResource(context, resource);
      if (!succeeded(created)) continue;
      const read = await readCreated(context, resource, created);
      const before = stampIn(read, stamp.field);
      const creationStamp = stampOf(context.contract.document, resource.read.operation, creationNames);
      const creationBefore = creationStamp ? stampIn(read, creationStamp.field) : undefined;
      if (before) pending.push({ resource, write, stamp, created, before, ...(creationStamp && creationBefore ? { creation: { ...creationStamp, before: creationBefore } } : {}) });
    }
  }
  return pending;
}

/** The write, then a read: a write the server refuses, or after which the resource cannot be read (a hard delete), says nothing about stamps. */
async function judgeWrite(context: CheckContext, { resource, write, stamp, created, before, creation }: Pending): Promise<Issue[]> {
  const document = context.contract.document;
  const parts = linkParts(context, resource.create, write.link, created);
  if (!parts) return [];
  // An update that rewrites what is stored with the same values may leave the stamp alone: fresh text makes it a change.
  const body = write.operation.method === 'patch' || write.operation.method === 'put' ? freshenBody(document, requestSchema(document, write.operation), parts.body, context.uniqueSuffix()) : parts.body;
  const written = await context.send(write.operation, { ...parts, ...(body !== undefined ? { body } : {}) });
  if (!succeeded(written)) return [];
  const read = await readCreated(context, resource, created);
  const after = stampIn(read, stamp.field);
  const via = [operationPointer(resource.read!.operation), operationPointer(write.operation)];
  const issues: Issue[] = [];
  if (after && after.instant <= before.instant) {
    issues.push({
      message: `received ${stamp.field}: ${after.text} from ${named(read!)} after ${named(written)} / documented ${stamp.field} later than ${before.text}, read more than a second before that write: the stamp of the last change moves with each change`,
      constraint: { pointer: stamp.pointer, via } satisfies ConstraintRef,
      exchange: read!,
    });
  }
  const creationAfter = creation ? stampIn(read, creation.field) : undefined;
  if (creation && creationAfter && creationAfter.instant !== creation.before.instant) {
    issues.push({
      message: `received ${creation.field}: ${creationAfter.text} from ${named(read!)} after ${named(written)} / documented ${creation.field} ${creation.before.text}, as read before that write: a resource is made once, and no later write moves when`,
      constraint: { pointer: creation.pointer, via } satisfies ConstraintRef,
      exchange: read!,
    });
  }
  return issues;
}

export const stampsMoveOnWrites = defineCheck({
  name,
  description:
    "Run-wide: for each write the create's links lead to (an update, an action on the resource, a delete that leaves it readable), a resource of its own is made and its update stamp (updatedAt, updated_at… as date-time) read before the first phase; after it, more than a second later, the write is made and a read must show a later stamp, and the same creation stamp (createdAt, created_at) as before.",
  level: 'full',
  appliesTo: () => false,
  judge: () => [],
  async atCheckpoint(checkpoint, context) {
    if (checkpoint === 'start') {
      pendingByRun.set(context, { pending: await prepare(context), readAt: Date.now() });
      return [];
    }
    const run = pendingByRun.get(context);
    if (!run || run.pending.length === 0) return [];
    pendingByRun.delete(context);
    const wait = run.readAt + clockMoveMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const issues: Issue[] = [];
    for (const pending of run.pending) issues.push(...(await judgeWrite(context, pending)));
    return issues;
  },
});
