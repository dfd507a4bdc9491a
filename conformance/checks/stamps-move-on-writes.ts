import { type JsonObject, type OpenApiDocument, type Operation, refSegments, resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, ConstraintRef, Exchange, Issue } from '../types.ts';
import { linksOf, operationPointer, operationsOf, requestSchema, type Resource, resourceOf, successSchema } from './support/contract-model.ts';
import { createResource, isExampleCase, linkParts, named, readCreated, succeeded } from './support/resources.ts';
import { freshenBody } from './support/values.ts';

const name = 'stamps move on writes';

/** Names a read gives the instant of a resource's last change. */
const stampNames = /^(updated_?at|modified_?at|last_?modified(_?at)?)$/i;

/** Long enough that a clock counting milliseconds has moved between the read before a write and the write. */
const pauseMs = 5;

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
function stampOf(document: OpenApiDocument, read: Operation): { field: string; pointer: string[] } | undefined {
  const success = successSchema(document, read);
  if (!success) return undefined;
  const at = [...operationPointer(read), 'responses', success.status, 'content', 'application/json', 'schema'];
  for (const field of stampFields(document, success.raw)) {
    const pointer = propertyPointer(document, success.raw, field, at);
    if (pointer) return { field, pointer };
  }
  return undefined;
}

function stampFields(document: OpenApiDocument, raw: unknown): string[] {
  const schema = resolveRef<JsonObject>(document, raw ?? {});
  const fields: string[] = [];
  for (const part of (schema.allOf as unknown[] | undefined) ?? []) fields.push(...stampFields(document, part));
  for (const [field, property] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
    if (stampNames.test(field) && resolveRef<JsonObject>(document, property).format === 'date-time') fields.push(field);
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

/** The stamp a read shows, with whether its text has a sub-second part; undefined when it has none that parses. */
function stampIn(read: Exchange | undefined, field: string): { text: string; instant: number; subSecond: boolean } | undefined {
  if (!read || !succeeded(read)) return undefined;
  const text = (read.response!.json as Record<string, unknown> | undefined)?.[field];
  if (typeof text !== 'string' || Number.isNaN(Date.parse(text))) return undefined;
  return { text, instant: Date.parse(text), subSecond: /T\d{2}:\d{2}:\d{2}[.,]\d+/.test(text) };
}

/**
 * One write on a resource of its own: read, pause, write, read again. A write
 * the server refuses, or after which the resource can no longer be read (a
 * hard delete), says nothing about stamps.
 */
async function judgeWrite(context: CheckContext, resource: Resource, write: Write, stamp: { field: string; pointer: string[] }): Promise<Issue[]> {
  const document = context.contract.document;
  const created = await createResource(context, resource);
  if (!succeeded(created)) return [];
  const before = stampIn(await readCreated(context, resource, created), stamp.field);
  const parts = linkParts(context, resource.create, write.link, created);
  if (!before || !parts) return [];
  // An update that rewrites what is stored with the same values may leave the stamp alone: fresh text makes it a change.
  const body = write.operation.method === 'patch' || write.operation.method === 'put' ? freshenBody(document, requestSchema(document, write.operation), parts.body, context.uniqueSuffix()) : parts.body;
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const written = await context.send(write.operation, { ...parts, ...(body !== undefined ? { body } : {}) });
  if (!succeeded(written)) return [];
  const read = await readCreated(context, resource, created);
  const after = stampIn(read, stamp.field);
  if (!after) return [];
  // Without a sub-second part the clock may not have moved a whole second: only an earlier stamp is wrong then.
  const strict = before.subSecond && after.subSecond;
  if (strict ? after.instant > before.instant : after.instant >= before.instant) return [];
  const constraint: ConstraintRef = { pointer: stamp.pointer, via: [operationPointer(resource.read!.operation), operationPointer(write.operation)] };
  const documented = strict ? `${stamp.field} later than ${before.text}` : `${stamp.field} no earlier than ${before.text}`;
  return [{ message: `received ${stamp.field}: ${after.text} from ${named(read!)} after ${named(written)} / documented ${documented}, read before that write: the stamp of the last change moves with each change`, constraint, exchange: read! }];
}

export const stampsMoveOnWrites = defineCheck({
  name,
  description:
    "After a write the create's links lead to (an update, an action on the resource, a delete that leaves it readable) is accepted, a read shows an update stamp (updatedAt, updated_at… as date-time) later than the one read before the write; where the stamps have no sub-second part, one no earlier.",
  level: 'full',
  appliesTo(testCase, contract) {
    if (!isExampleCase(testCase, name)) return false;
    const resource = resourceOf(contract, testCase.operation);
    return resource?.read !== undefined && writesOf(contract, resource).length > 0 && stampOf(contract.document, resource.read.operation) !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const resource = resourceOf(context.contract, testCase.operation)!;
    const stamp = stampOf(context.contract.document, resource.read!.operation)!;
    const issues: Issue[] = [];
    // Each write on a resource of its own: an action that ends the resource must not hide what an update does.
    for (const write of writesOf(context.contract, resource)) issues.push(...(await judgeWrite(context, resource, write, stamp)));
    return issues;
  },
});
