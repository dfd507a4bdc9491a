import type { JsonObject, Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import { evaluate } from '../links.ts';
import type { Issue } from '../types.ts';
import { operationPointer, propertiesOf, requestSchema, resourceOf } from './support/contract-model.ts';
import { createResource, findListed, isExampleCase, named, readCreated, succeeded } from './support/resources.ts';
import { freshenBody, holdsWritten, show } from './support/values.ts';

const name = 'upsert keeps unsent fields';

/** The operation's `x-upsert` when it promises that a repeat leaves unsent fields alone. */
function mergingUpsert(operation: Operation): { key: string[] } | undefined {
  const upsert = operation.definition['x-upsert'] as JsonObject | undefined;
  if (!upsert || upsert.keepsUnsentFields !== true || !Array.isArray(upsert.key)) return undefined;
  return { key: upsert.key.filter((field): field is string => typeof field === 'string') };
}

/**
 * The repeat: the same upsert key, every other optional field left out. The
 * first call's required fields are kept, since a server may refuse without them.
 */
function repeatBody(first: Record<string, unknown>, key: string[], required: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of Object.keys(first)) if (key.includes(field) || required.includes(field)) body[field] = first[field];
  return body;
}

/**
 * A number or a flag moved off its default (the schema's, else 0 or false),
 * within its bounds: a repeat that resets the field could not show otherwise.
 */
function offDefault(property: JsonObject | undefined, value: unknown): unknown {
  if (typeof value === 'boolean') return value === (property?.default ?? false) ? !value : value;
  if (typeof value !== 'number' || value !== (property?.default ?? 0)) return value;
  const maximum = typeof property?.maximum === 'number' ? property.maximum : Infinity;
  const minimum = typeof property?.minimum === 'number' ? property.minimum : -Infinity;
  const step = Number.isInteger(value) ? 1 : 0.5;
  if (value + step <= maximum) return value + step;
  return value - step >= minimum ? value - step : value;
}

export const upsertKeepsUnsentFields = defineCheck({
  name,
  description:
    'An upsert the contract marks `x-upsert: { key, keepsUnsentFields: true }`, repeated with the same key and without an optional field, leaves that field as the first call stored it: a later read or list shows the first value, not a default.',
  level: 'full',
  appliesTo(testCase, contract) {
    return isExampleCase(testCase, name) && mergingUpsert(testCase.operation) !== undefined && resourceOf(contract, testCase.operation) !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const resource = resourceOf(context.contract, testCase.operation)!;
    const { key } = mergingUpsert(testCase.operation)!;
    const document = context.contract.document;
    const schema = requestSchema(document, resource.create);
    const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
    const suffix = context.uniqueSuffix();
    let sent: Record<string, unknown> | undefined;
    // A fresh key, so that the first call creates and the repeat finds what it created.
    const properties = propertiesOf(document, schema);
    const created = await createResource(context, resource, (valid) => {
      sent = freshenBody(document, schema, valid, suffix) as Record<string, unknown>;
      for (const field of Object.keys(sent)) if (!key.includes(field) && !required.includes(field)) sent[field] = offDefault(properties[field], sent[field]);
      return sent;
    });
    if (!succeeded(created) || !sent) return [];
    const body = repeatBody(sent, key, required);
    const unsent = Object.keys(sent).filter((field) => !(field in body));
    if (unsent.length === 0) return [];
    const path = Object.fromEntries(resource.create.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => [parameter.name, String(evaluate(`$request.path.${parameter.name}`, created))]));
    const repeated = await context.send(resource.create, { ...context.validRequest(resource.create), path, body });
    // A refused repeat is "valid input accepted"'s finding, not this one's.
    if (!succeeded(repeated)) return [];
    const read = await readCreated(context, resource, created);
    const listed = read ? undefined : await findListed(context, resource, created);
    const stored = (read && succeeded(read) ? read.response!.json : listed?.item) as Record<string, unknown> | undefined;
    const shownBy = read ?? listed?.exchange;
    if (!stored || !shownBy) return [];
    const constraint = { pointer: [...operationPointer(resource.create), 'x-upsert'] };
    const issues: Issue[] = [];
    for (const field of unsent) {
      if (!(field in stored) || holdsWritten(sent[field], stored[field])) continue;
      issues.push({
        message: `received ${field}: ${show(stored[field])} from ${named(shownBy)} after ${named(repeated)} sent only ${Object.keys(body).join(', ')} / documented ${show(sent[field])}, as the first call stored it: a repeated upsert leaves the fields it does not send as they were`,
        constraint,
        exchange: shownBy,
      });
    }
    return issues;
  },
});
