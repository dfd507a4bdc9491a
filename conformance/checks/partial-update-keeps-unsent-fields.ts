import type { OpenApiDocument } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { Issue } from '../types.ts';
import { operationPointer, propertiesOf, requestSchema, type Resource, resourceOf, successSchema } from './support/contract-model.ts';
import { createResource, isExampleCase, linkParts, named, readCreated, succeeded } from './support/resources.ts';
import { freshText, holdsWritten, isChangeableText, sharedFields, show } from './support/values.ts';

const name = 'partial update keeps unsent fields';

function sameValue(before: unknown, after: unknown): boolean {
  return holdsWritten(before, after) && holdsWritten(after, before);
}

/**
 * The body of a partial update: the fields the update requires (from its
 * example request), plus one free-text field given a value unique to this run.
 */
function partialBody(resource: Resource, document: OpenApiDocument, example: Record<string, unknown>, current: Record<string, unknown>, suffix: string): Record<string, unknown> | undefined {
  const update = resource.update!.operation;
  const schema = requestSchema(document, update);
  const properties = propertiesOf(document, schema);
  const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
  const body: Record<string, unknown> = {};
  for (const field of required) if (field in example) body[field] = example[field];
  const changed = Object.keys(properties).find((field) => !(field in body) && isChangeableText(field, properties[field]));
  if (changed === undefined) return undefined;
  const text = freshText(properties[changed]!, current[changed], suffix);
  if (text === undefined) return undefined;
  body[changed] = text;
  return body;
}

export const partialUpdateKeepsUnsentFields = defineCheck({
  name,
  description:
    'A PATCH that sends one field leaves every other field of the resource as it was: a read after it returns the unsent fields unchanged (RFC 5789 partial update). Applies to resources whose documented update link is a PATCH.',
  level: 'full',
  appliesTo(testCase, contract) {
    if (!isExampleCase(testCase, name)) return false;
    const resource = resourceOf(contract, testCase.operation);
    return resource?.update?.operation.method === 'patch' && resource.read !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const resource = resourceOf(context.contract, testCase.operation)!;
    const document = context.contract.document;
    const update = resource.update!.operation;
    const created = await createResource(context, resource);
    if (!succeeded(created)) return [];
    const before = await readCreated(context, resource, created);
    if (!before || !succeeded(before)) return [];
    const current = before.response!.json as Record<string, unknown>;
    const parts = linkParts(context, resource.create, resource.update!.link, created);
    const example = parts?.body;
    if (!parts || !example || typeof example !== 'object' || Array.isArray(example)) return [];
    const body = partialBody(resource, document, example as Record<string, unknown>, current, context.uniqueSuffix());
    if (!body) return [];
    const readSchema = successSchema(document, resource.read!.operation);
    const unsent = sharedFields(document, requestSchema(document, update), readSchema?.raw).filter((field) => !(field in body) && current[field] !== undefined);
    if (unsent.length === 0) return [];
    const patched = await context.send(update, { ...parts, body });
    // A refused partial update is "valid input accepted"'s finding, not this one's.
    if (!succeeded(patched)) return [];
    const after = await readCreated(context, resource, created);
    if (!after || !succeeded(after)) return [];
    const stored = after.response!.json as Record<string, unknown>;
    const constraint = { pointer: [...operationPointer(update), 'requestBody'] };
    const issues: Issue[] = [];
    for (const field of unsent) {
      if (sameValue(current[field], stored[field])) continue;
      issues.push({
        message: `received ${field}: ${show(stored[field])} from ${named(after)} after ${named(patched)} sent only ${Object.keys(body).join(', ')} / documented ${show(current[field])}, unchanged: a partial update leaves the fields it does not send as they were`,
        constraint,
        exchange: after,
      });
    }
    return issues;
  },
});
