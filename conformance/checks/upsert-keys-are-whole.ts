import { type JsonObject, type OpenApiDocument, type Operation, resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Issue } from '../types.ts';
import { operationPointer, propertiesOf, requestSchema } from './support/contract-model.ts';
import { isExampleCase, named, succeeded } from './support/resources.ts';
import { show } from './support/values.ts';

const name = 'upsert keys are whole';

function upsertKey(operation: Operation): string[] | undefined {
  const upsert = operation.definition['x-upsert'] as JsonObject | undefined;
  return Array.isArray(upsert?.key) ? upsert.key.filter((field): field is string => typeof field === 'string') : undefined;
}

/** The schema of a dotted field of the request body (`config.propertyKey`). */
function fieldSchema(document: OpenApiDocument, body: unknown, path: string): JsonObject | undefined {
  let schema: JsonObject | undefined = body as JsonObject | undefined;
  for (const part of path.split('.')) schema = schema ? propertiesOf(document, schema)[part] : undefined;
  return schema ? resolveRef<JsonObject>(document, schema) : undefined;
}

function valueAt(body: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], body);
}

function withValue(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { ...body, [head!]: value };
  const inner = (body[head!] as Record<string, unknown> | undefined) ?? {};
  return { ...body, [head!]: withValue(inner, rest.join('.'), value) };
}

/** Two values of a key field: the example's (or a first of the run's own) and another, both within its schema; undefined when it has no second. */
function twoValues(schema: JsonObject, current: unknown, suffix: string): [unknown, unknown] | undefined {
  if (Array.isArray(schema.enum)) {
    const other = schema.enum.find((choice) => choice !== current);
    return current !== undefined && other !== undefined ? [current, other] : undefined;
  }
  if (schema.type !== 'string' || schema.format !== undefined || schema.pattern !== undefined) return undefined;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : 200;
  const base = (typeof current === 'string' ? current : 'key').slice(0, Math.max(1, maxLength - suffix.length - 3));
  return [current ?? `${base}-a-${suffix}`, `${base}-b-${suffix}`];
}

/** The id an upsert answers: at the top (`id`) or in the resource it wraps (`card.id`). */
function idIn(answer: unknown): string | undefined {
  const body = answer as Record<string, unknown> | undefined;
  const nested = Object.values(body ?? {}).find((value) => value && typeof value === 'object' && typeof (value as Record<string, unknown>).id === 'string') as Record<string, unknown> | undefined;
  const id = body?.id ?? nested?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

async function judgeField(context: CheckContext, upsert: Operation, field: string, key: string[]): Promise<Issue | undefined> {
  const document = context.contract.document;
  const valid = context.validRequest(upsert);
  const schema = fieldSchema(document, requestSchema(document, upsert), field);
  if (!schema || !valid.body || typeof valid.body !== 'object') return undefined;
  const suffix = context.uniqueSuffix();
  const values = twoValues(schema, valueAt(valid.body as Record<string, unknown>, field), suffix);
  if (!values) return undefined;
  // The other key fields get values of the run's own where they take any text, so nothing earlier is merged with.
  let base = valid.body as Record<string, unknown>;
  for (const other of key.filter((candidate) => candidate !== field)) {
    const otherSchema = fieldSchema(document, requestSchema(document, upsert), other);
    const current = valueAt(base, other);
    if (otherSchema?.type === 'string' && !Array.isArray(otherSchema.enum) && typeof current === 'string' && otherSchema.pattern === undefined && !/id$/i.test(other)) base = withValue(base, other, `${current}-${suffix}`);
  }
  const first = await context.send(upsert, { ...valid, body: withValue(base, field, values[0]) });
  const second = await context.send(upsert, { ...valid, body: withValue(base, field, values[1]) });
  if (!succeeded(first) || !succeeded(second)) return undefined;
  const [firstId, secondId] = [idIn(first.response?.json), idIn(second.response?.json)];
  if (firstId === undefined || firstId !== secondId) return undefined;
  return {
    message: `received ${show(secondId)}, the resource ${named(first)} answered for ${field} ${show(values[0])}, from ${named(second)} sent with ${field} ${show(values[1])} / documented an upsert keyed on ${key.join(', ')}: another ${field} is another resource, not an update of the first`,
    constraint: { pointer: operationPointer(upsert), keyword: 'x-upsert' },
    exchange: second,
  };
}

export const upsertKeysAreWhole = defineCheck({
  name,
  description:
    'An upsert marked `x-upsert: {key: [...]}` sent twice with bodies that differ in one key field only (another enum value, other text) makes two resources: the second answer names another id than the first, for each key field (a unique index that leaves one of them out merges them).',
  level: 'full',
  appliesTo(testCase) {
    return isExampleCase(testCase, name) && upsertKey(testCase.operation) !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const key = upsertKey(testCase.operation)!;
    const issues: Issue[] = [];
    for (const field of key) {
      const issue = await judgeField(context, testCase.operation, field, key);
      if (issue) issues.push(issue);
    }
    return issues;
  },
});
