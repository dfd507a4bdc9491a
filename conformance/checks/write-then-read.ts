import { type JsonObject, type OpenApiDocument, type Operation, resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Exchange, Issue } from '../types.ts';
import { itemListOf, operationPointer, propertiesOf, requestSchema, type Resource, resourceOf, successSchema } from './support/contract-model.ts';
import { createResource, findListed, isExampleCase, keyOf, linkParts, named, readCreated, succeeded } from './support/resources.ts';
import { freshenBody, holdsWritten, sharedFields, show } from './support/values.ts';

/**
 * Compares what a write sent with what later reads return, for the fields the
 * request and the read's response both document. Free-text fields are made
 * unique first, so that a server that drops a write cannot pass on stale data.
 */
async function compareReads(context: CheckContext, resource: Resource, writer: Operation, sent: Record<string, unknown>, created: Exchange, issues: Issue[]): Promise<void> {
  const document = context.contract.document;
  const written = requestSchema(document, writer);
  const read = await readCreated(context, resource, created);
  if (read && resource.read) {
    const readSchema = successSchema(document, resource.read.operation);
    if (!succeeded(read)) {
      issues.push({ message: `received ${read.response?.status ?? 'no response'} from ${named(read)} after ${writer.operationId} / documented the written resource as readable`, exchange: read });
    } else if (readSchema) {
      compareFields(sharedFields(document, written, readSchema.raw), sent, read.response!.json as Record<string, unknown>, named(read), read, writer, issues);
    }
  }
  const key = keyOf(resource, created);
  if (!resource.list || key === undefined) return;
  const listed = await findListed(context, resource, created);
  const itemSchema = itemListOf(document, resource.list)?.rawItem;
  if (!listed || !itemSchema) return;
  if (!listed.item) {
    if (listed.complete) issues.push({ message: `received no item with ${resource.key} ${show(key)} in ${resource.list.operationId} after ${writer.operationId} / documented every written resource as listed`, ...(listed.exchange ? { exchange: listed.exchange } : {}) });
    return;
  }
  compareFields(sharedFields(document, written, itemSchema), sent, listed.item, resource.list.operationId, listed.exchange, writer, issues);
}

/**
 * A field that does not hold what was written breaks the writer's request
 * body (documented unless marked designed there); the finding replays the
 * read that showed it.
 */
function compareFields(fields: string[], sent: Record<string, unknown>, stored: Record<string, unknown>, where: string, shownBy: Exchange | undefined, writer: Operation, issues: Issue[]): void {
  const constraint = { pointer: [...operationPointer(writer), 'requestBody'] };
  for (const field of fields) {
    if (!(field in sent) || holdsWritten(sent[field], stored[field])) continue;
    issues.push({ message: `received ${field}: ${show(stored[field])} from ${where} / documented ${show(sent[field])}, as ${writer.operationId} wrote it`, constraint, ...(shownBy ? { exchange: shownBy } : {}) });
  }
}

/** Long enough for the column widths stores cut text at (255, 1000, 2000…), short enough to stay a cheap request. */
const longText = 4096;

/**
 * A second create whose free-text fields are long (up to their maxLength): a
 * store that cuts text to a column's width answers the create in full and
 * reads back less. A server may refuse the long text; that is no finding here.
 */
async function longTextRoundTrips(context: CheckContext, resource: Resource, issues: Issue[]): Promise<void> {
  const document = context.contract.document;
  const suffix = context.uniqueSuffix();
  let sent: Record<string, unknown> | undefined;
  const created = await createResource(context, resource, (valid) => (sent = freshenBody(document, requestSchema(document, resource.create), valid, suffix, { longText }) as Record<string, unknown>));
  const hasLongText = sent !== undefined && Object.values(sent).some((value) => typeof value === 'string' && value.length > 255);
  if (!hasLongText || !succeeded(created)) return;
  await compareReads(context, resource, resource.create, sent!, created, issues);
}

/** Items a lengthened array holds: enough that a store keeping only the first, or only the last, shows it. */
const manyItems = 3;

/** The body with each top-level array of its example grown to `manyItems` (within maxItems), the copies' free text made unique. */
function withManyItems(document: OpenApiDocument, schema: unknown, body: unknown, suffix: string): Record<string, unknown> | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const properties = propertiesOf(document, schema);
  const grown: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  let changed = false;
  for (const [name, value] of Object.entries(grown)) {
    const property = properties[name];
    if (!Array.isArray(value) || value.length === 0 || value.length >= manyItems || !property) continue;
    const count = Math.min(manyItems, typeof property.maxItems === 'number' ? property.maxItems : manyItems);
    if (count <= value.length) continue;
    const items = [...value];
    const choices = resolveRef<JsonObject>(document, property.items ?? {}).enum;
    if (Array.isArray(choices)) {
      // A list of choices grows by other choices, never by values outside them.
      for (const choice of choices) if (items.length < count && !items.includes(choice)) items.push(choice);
      if (items.length === value.length) continue;
      grown[name] = items;
      changed = true;
      continue;
    }
    for (let index = items.length; index < count; index++) {
      const copy = value[index % value.length];
      // Objects get their free text freshened (names often must differ); scalars are kept apart by a suffix where they are text.
      items.push(copy && typeof copy === 'object' ? freshenBody(document, property.items, copy, `${suffix}-${index}`) : typeof copy === 'string' ? `${copy}-${index}` : copy);
    }
    grown[name] = items;
    changed = true;
  }
  return changed ? grown : undefined;
}

/** A schema that takes any keys with any values: a bag of metadata, settings, properties. */
function isFreeFormMap(schema: JsonObject | undefined): boolean {
  if (!schema || schema.type !== 'object' || schema.properties !== undefined) return false;
  return schema.additionalProperties === undefined || schema.additionalProperties === true;
}

/** The body with each free-form map it may send given one nested object more: a store that flattens (`address.city`) or drops what is nested shows it. */
function withNestedMaps(document: OpenApiDocument, schema: unknown, body: Record<string, unknown>): Record<string, unknown> | undefined {
  const properties = propertiesOf(document, schema);
  const nested: Record<string, unknown> = { ...body };
  let changed = false;
  for (const [name, property] of Object.entries(properties)) {
    const value = body[name] ?? {};
    if (typeof value !== 'object' || Array.isArray(value) || property.readOnly || !isFreeFormMap(resolveRef<JsonObject>(document, property))) continue;
    nested[name] = { ...(value as Record<string, unknown>), address: { city: 'Lisboa', lines: ['Rua Augusta 1', '2º andar'] } };
    changed = true;
  }
  return changed ? nested : undefined;
}

/**
 * A third create whose arrays hold several items and whose free-form maps hold
 * a nested object: a store that keeps only the first item (a return inside the
 * insert loop) answers the create from the request and reads back one; one
 * that keeps a map as flat key-value rows reads back `address.city`. A server
 * may refuse the longer arrays; no finding then.
 */
async function manyItemsRoundTrip(context: CheckContext, resource: Resource, issues: Issue[]): Promise<void> {
  const document = context.contract.document;
  const suffix = context.uniqueSuffix();
  let sent: Record<string, unknown> | undefined;
  const created = await createResource(context, resource, (valid) => {
    const schema = requestSchema(document, resource.create);
    const fresh = freshenBody(document, schema, valid, suffix);
    const grown = withManyItems(document, schema, fresh, suffix);
    sent = withNestedMaps(document, schema, grown ?? (fresh as Record<string, unknown>)) ?? grown;
    return sent ?? fresh;
  });
  if (!sent || !succeeded(created)) return;
  await compareReads(context, resource, resource.create, sent, created, issues);
}

export const writeThenRead = defineCheck({
  name: 'write then read',
  description:
    'What a create or update accepted is what a later get and list return, field by field, for the fields the request and the response both document. The create and update are followed through their documented links.',
  level: 'full',
  appliesTo(testCase, contract) {
    return isExampleCase(testCase, 'write then read') && testCase.parts.body !== undefined && resourceOf(contract, testCase.operation) !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const resource = resourceOf(context.contract, testCase.operation)!;
    const document = context.contract.document;
    const issues: Issue[] = [];
    const suffix = context.uniqueSuffix();
    let sent: unknown;
    const created = await createResource(context, resource, (valid) => (sent = freshenBody(document, requestSchema(document, resource.create), valid, suffix)));
    // A refused create is "valid input accepted"'s finding, not this one's.
    if (!succeeded(created) || !sent || typeof sent !== 'object') return [];
    await compareReads(context, resource, resource.create, sent as Record<string, unknown>, created, issues);
    await longTextRoundTrips(context, resource, issues);
    await manyItemsRoundTrip(context, resource, issues);

    if (!resource.update) return issues;
    const parts = linkParts(context, resource.create, resource.update.link, created);
    if (!parts || parts.body === undefined) return issues;
    const update = resource.update.operation;
    const schema = requestSchema(document, update);
    const updateSuffix = context.uniqueSuffix();
    // Boldest first: other choices and fresh text, then fresh text only, then the example update as it is;
    // a server may refuse a changed value for reasons of its own, and the example update must still hold.
    const attempts = [freshenBody(document, schema, parts.body, updateSuffix, { addFreeText: true, otherEnumValues: true }), freshenBody(document, schema, parts.body, updateSuffix, { addFreeText: true }), parts.body];
    let updated: Exchange | undefined;
    let sentUpdate: unknown;
    for (const attempt of attempts) {
      if (sentUpdate !== undefined && JSON.stringify(attempt) === JSON.stringify(sentUpdate)) continue;
      updated = await context.send(update, { ...parts, body: attempt });
      sentUpdate = attempt;
      if (succeeded(updated)) break;
    }
    if (!succeeded(updated) || !sentUpdate || typeof sentUpdate !== 'object') return issues;
    await compareReads(context, resource, update, sentUpdate as Record<string, unknown>, created, issues);
    return issues;
  },
});
