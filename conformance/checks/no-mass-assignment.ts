import type { JsonObject, OpenApiDocument, Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Exchange, Issue } from '../types.ts';
import { operationPointer, propertiesOf, requestSchema, type Resource, resourceOf, successSchema } from './support/contract-model.ts';
import { createResource, linkParts, isExampleCase, named, readCreated, succeeded } from './support/resources.ts';
import { holdsWritten, show } from './support/values.ts';

/** At most this many fields are tried per write, one request each, those most worth forging first. */
const maxFields = 10;
/** What an attacker forges first: ownership, state, identity, stamps. */
const priority = /(owner|user|tenant|account|role|admin|status|state|verified|approved|id$|Id$|_id$|By$|_by$|At$|_at$|created|updated)/;

interface Forged {
  field: string;
  value: unknown;
}

/** A value of the response field's type that the server would not have chosen itself. */
function forgedValue(schema: JsonObject, current: unknown, suffix: string): unknown {
  const type = Array.isArray(schema.type) ? schema.type.find((candidate) => candidate !== 'null') : schema.type;
  if (Array.isArray(schema.enum)) return schema.enum.find((value) => value !== current && value !== null);
  if (type === 'string') {
    if (schema.format === 'date-time') return '2001-02-03T04:05:06.000Z';
    if (schema.format === 'date') return '2001-02-03';
    if (schema.format === 'uuid') return '00000000-0000-4000-8000-00000000f0e9';
    if (schema.format || schema.pattern) return undefined;
    return `forged-${suffix}`;
  }
  if (type === 'boolean') return typeof current === 'boolean' ? !current : true;
  if (type === 'integer' || type === 'number') return typeof current === 'number' ? current + 7 : 424242;
  return undefined;
}

/**
 * The fields of the resource a write must not set: read-only in the contract,
 * or documented in the response and absent from the request schema.
 */
function forgeable(document: OpenApiDocument, writer: Operation, response: unknown, current: Record<string, unknown>, suffix: string): Forged[] {
  const request = propertiesOf(document, requestSchema(document, writer));
  const fields = Object.entries(propertiesOf(document, response)).filter(([name, schema]) => schema.readOnly || request[name] === undefined || request[name]!.readOnly);
  fields.sort(([a], [b]) => Number(priority.test(b)) - Number(priority.test(a)));
  const forged: Forged[] = [];
  for (const [field, schema] of fields) {
    const value = forgedValue(schema, current[field], suffix);
    if (value !== undefined && !holdsWritten(value, current[field])) forged.push({ field, value });
    if (forged.length === maxFields) break;
  }
  return forged;
}

function stored(exchange: Exchange | undefined, forged: Forged): boolean {
  const body = exchange?.response?.json as Record<string, unknown> | undefined;
  return succeeded(exchange) && body !== undefined && holdsWritten(forged.value, body[forged.field]);
}

async function tryWrite(context: CheckContext, resource: Resource, writer: Operation, send: (body: Record<string, unknown>) => Promise<Exchange | undefined>, baseline: Record<string, unknown>, read: () => Promise<Exchange | undefined>, issues: Issue[]): Promise<void> {
  const document = context.contract.document;
  const response = successSchema(document, resource.read?.operation ?? writer)?.raw;
  if (!response) return;
  for (const forged of forgeable(document, writer, response, baseline, context.uniqueSuffix())) {
    const written = await send({ [forged.field]: forged.value });
    if (!written || !succeeded(written)) continue;
    const answer = stored(written, forged) ? written : undefined;
    const later = answer ? undefined : await read();
    const shown = answer ?? (later && stored(later, forged) ? later : undefined);
    if (shown) {
      // What the request schema leaves out is not writable: the writer's request body decides the provenance.
      issues.push({
        message: `received ${forged.field}: ${show(forged.value)} from ${named(shown)} after ${writer.operationId} sent it / documented ${forged.field} as not writable (readOnly or absent from the request schema): refused or ignored, never stored (OWASP API6)`,
        constraint: { pointer: [...operationPointer(writer), 'requestBody'] },
        exchange: shown,
      });
    }
  }
}

export const noMassAssignment = defineCheck({
  name: 'no mass assignment',
  description:
    'A field the contract marks readOnly, or leaves out of the request schema (an id, a status, a stamp, an owner), sent in a create or an update, is refused or ignored: neither the answer nor a later read shows the forged value (OWASP API6).',
  level: 'full',
  appliesTo(testCase, contract) {
    return isExampleCase(testCase, 'no mass assignment') && testCase.parts.body !== undefined && typeof testCase.parts.body === 'object' && resourceOf(contract, testCase.operation) !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const resource = resourceOf(context.contract, testCase.operation)!;
    const baselineExchange = await createResource(context, resource);
    if (!succeeded(baselineExchange)) return [];
    const baseline = (baselineExchange.response!.json ?? {}) as Record<string, unknown>;
    const issues: Issue[] = [];
    let latest: Exchange | undefined;
    await tryWrite(
      context,
      resource,
      resource.create,
      async (extra) => (latest = await createResource(context, resource, (valid) => ({ ...(valid as object), ...extra }))),
      baseline,
      async () => (latest && resource.read ? readCreated(context, resource, latest) : undefined),
      issues,
    );
    const update = resource.update;
    const parts = update ? linkParts(context, resource.create, update.link, baselineExchange) : undefined;
    if (update && parts && parts.body && typeof parts.body === 'object') {
      await tryWrite(
        context,
        resource,
        update.operation,
        (extra) => context.send(update.operation, { ...parts, body: { ...(parts.body as object), ...extra } }),
        baseline,
        async () => readCreated(context, resource, baselineExchange),
        issues,
      );
    }
    return issues;
  },
});
