import type { JsonObject, Operation } from '../../contract/spec.ts';
import type { RequestParts } from '../http.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Contract, Issue } from '../types.ts';
import { itemListOf, operationPointer, operationsOf, propertiesOf, requestSchema, successSchema } from './support/contract-model.ts';
import { ownRequestFor } from './support/own-values.ts';
import { isExampleCase, named, succeeded } from './support/resources.ts';
import { freshText, isChangeableText, show } from './support/values.ts';

const name = 'a replace drops what it was not sent';

/** The GET on a PUT's own path that reads one thing back (not a list), when the contract documents one. */
function readBackOf(contract: Contract, put: Operation): Operation | undefined {
  const get = operationsOf(contract).find((operation) => operation.method === 'get' && operation.path === put.path);
  return get && itemListOf(contract.document, get) === undefined && successSchema(contract.document, get) ? get : undefined;
}

/** An object property that maps any key to a value (`additionalProperties` with a schema, no fixed properties). */
function isMap(property: JsonObject): boolean {
  const extra = property.additionalProperties;
  return property.type === 'object' && extra !== undefined && extra !== false && Object.keys((property.properties ?? {}) as object).length === 0 && property.propertyNames === undefined;
}

/** What the first PUT sends and the second leaves out: optional free-text fields, and one extra entry of each map. */
interface Dropped {
  fields: string[];
  entries: { map: string; key: string }[];
}

/**
 * The first body: the example, with a unique value in every optional
 * free-text field the read shows, and one more entry (a unique key, a value
 * copied from the example's entries) in every map the read shows.
 */
function fullBody(context: CheckContext, put: Operation, get: Operation, example: Record<string, unknown>): { body: Record<string, unknown>; dropped: Dropped } {
  const document = context.contract.document;
  const schema = requestSchema(document, put);
  const required = new Set(Array.isArray(schema?.required) ? (schema.required as string[]) : []);
  const shown = propertiesOf(document, successSchema(document, get)?.raw);
  const body: Record<string, unknown> = { ...example };
  const dropped: Dropped = { fields: [], entries: [] };
  const suffix = context.uniqueSuffix();
  for (const [field, property] of Object.entries(propertiesOf(document, schema))) {
    if (shown[field] === undefined || property.readOnly) continue;
    const current = body[field];
    if (isMap(property) && current && typeof current === 'object' && !Array.isArray(current)) {
      const entries = Object.values(current as Record<string, unknown>);
      if (entries.length === 0) continue;
      const key = `conformance-${suffix.replace(/[^A-Za-z0-9-]/g, '-')}`;
      body[field] = { ...(current as Record<string, unknown>), [key]: entries[0] };
      dropped.entries.push({ map: field, key });
    } else if (!required.has(field) && isChangeableText(field, property)) {
      const text = freshText(property, current, suffix);
      if (text === undefined) continue;
      body[field] = text;
      dropped.fields.push(field);
    }
  }
  return { body, dropped };
}

/** The second body: the first without the optional fields and map entries it added. */
function replacementBody(full: Record<string, unknown>, dropped: Dropped): Record<string, unknown> {
  const body: Record<string, unknown> = { ...full };
  for (const field of dropped.fields) delete body[field];
  for (const { map, key } of dropped.entries) {
    const entries = { ...(body[map] as Record<string, unknown>) };
    delete entries[key];
    body[map] = entries;
  }
  return body;
}

/** The PUT's request with A's own path values where its example names things this server may lack. */
async function workingRequest(context: CheckContext, put: Operation): Promise<RequestParts> {
  return (await ownRequestFor(context, put)) ?? context.validRequest(put);
}

export const replaceDropsWhatItWasNotSent = defineCheck({
  name,
  description:
    'A PUT that is not marked x-upsert replaces what its path holds: after a PUT that sends an optional field or a map entry, a second PUT without it, and a GET of the same path, the field and the entry are gone.',
  level: 'full',
  appliesTo(testCase, contract) {
    const put = testCase.operation;
    if (!isExampleCase(testCase, name) || put.method !== 'put' || put.definition['x-upsert'] !== undefined) return false;
    const body = testCase.parts.body;
    return body !== null && typeof body === 'object' && !Array.isArray(body) && readBackOf(contract, put) !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const put = testCase.operation;
    const get = readBackOf(context.contract, put)!;
    const parts = await workingRequest(context, put);
    const { body, dropped } = fullBody(context, put, get, parts.body as Record<string, unknown>);
    if (dropped.fields.length + dropped.entries.length === 0) return [];
    // Refusals are "valid input accepted"'s findings, not this one's.
    if (!succeeded(await context.send(put, { ...parts, body }))) return [];
    const replacement = replacementBody(body, dropped);
    const replaced = await context.send(put, { ...parts, body: replacement });
    if (!succeeded(replaced)) return [];
    const readParts = context.validRequest(get);
    const read = await context.send(get, { ...readParts, path: { ...readParts.path, ...parts.path } });
    if (!succeeded(read)) return [];
    const stored = (read.response!.json ?? {}) as Record<string, unknown>;
    const leftOut = `${named(replaced)} sent ${show(replacement)}`;
    const constraint = { pointer: operationPointer(put) };
    const issues: Issue[] = [];
    for (const field of dropped.fields) {
      if (stored[field] !== body[field]) continue;
      issues.push({ message: `received ${field}: ${show(stored[field])} from ${named(read)} after ${leftOut} / documented a replace: a field the last PUT did not send is gone`, constraint, exchange: read });
    }
    for (const { map, key } of dropped.entries) {
      const entries = stored[map];
      if (!entries || typeof entries !== 'object' || !(key in entries)) continue;
      issues.push({ message: `received ${map}.${key}: ${show((entries as Record<string, unknown>)[key])} from ${named(read)} after ${leftOut} / documented a replace: an entry the last PUT did not send is gone`, constraint, exchange: read });
    }
    return issues;
  },
});
