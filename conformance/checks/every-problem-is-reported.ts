import { type JsonObject, type OpenApiDocument, type Operation, refSegments, resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, ConstraintRef, Issue } from '../types.ts';
import { operationPointer, propertiesOf, requestSchema } from './support/contract-model.ts';
import { isExampleCase, named } from './support/resources.ts';
import { show } from './support/values.ts';

const name = 'every problem is reported';

/** The member of an error entry that names the offending field. */
const pathMembers = ['path', 'field', 'pointer', 'loc', 'property'];

/** A node and where it sits, its `$ref` followed. */
function followed(document: OpenApiDocument, raw: unknown, at: string[]): { node: JsonObject; at: string[] } {
  const ref = (raw as JsonObject | undefined)?.$ref;
  return typeof ref === 'string' ? { node: resolveRef<JsonObject>(document, raw), at: refSegments(ref) } : { node: (raw ?? {}) as JsonObject, at };
}

/** Where a validation refusal lists its problems: an array of entries that each name a field. */
interface ProblemList {
  status: string;
  property: string;
  member: string;
  pointer: string[];
}

function problemListOf(document: OpenApiDocument, operation: Operation): ProblemList | undefined {
  const responses = (operation.definition.responses ?? {}) as Record<string, unknown>;
  for (const status of ['400', '422']) {
    if (responses[status] === undefined) continue;
    const response = followed(document, responses[status], [...operationPointer(operation), 'responses', status]);
    const media = (response.node.content as Record<string, JsonObject> | undefined)?.['application/json'];
    if (!media?.schema) continue;
    const schema = followed(document, media.schema, [...response.at, 'content', 'application/json', 'schema']);
    for (const [property, raw] of Object.entries((schema.node.properties ?? {}) as Record<string, unknown>)) {
      const array = followed(document, raw, [...schema.at, 'properties', property]);
      if (array.node.type !== 'array') continue;
      const entry = followed(document, array.node.items, [...array.at, 'items']);
      const member = pathMembers.find((candidate) => (entry.node.properties as JsonObject | undefined)?.[candidate] !== undefined);
      if (member) return { status, property, member, pointer: array.at };
    }
  }
  return undefined;
}

/** Two required top-level fields the example sends: the body without both has two independent problems. */
function twoRequiredFields(document: OpenApiDocument, operation: Operation, body: Record<string, unknown>): [string, string] | undefined {
  const schema = requestSchema(document, operation);
  const required = ((schema?.required as string[] | undefined) ?? []).filter((field) => body[field] !== undefined && propertiesOf(document, schema ?? {})[field] !== undefined);
  return required.length >= 2 ? [required[0]!, required[1]!] : undefined;
}

function namesField(entry: unknown, member: string, field: string): boolean {
  const value = (entry as Record<string, unknown> | undefined)?.[member];
  const text = Array.isArray(value) ? value.join('.') : String(value ?? '');
  return text === field || text.endsWith(`.${field}`) || text.endsWith(`/${field}`) || text.endsWith(`[${field}]`);
}

async function judgeOperation(context: CheckContext, operation: Operation): Promise<Issue[]> {
  const document = context.contract.document;
  const problems = problemListOf(document, operation);
  const valid = context.validRequest(operation);
  const body = valid.body as Record<string, unknown> | undefined;
  if (!problems || !body || typeof body !== 'object' || Array.isArray(body)) return [];
  const fields = twoRequiredFields(document, operation, body);
  if (!fields) return [];
  const broken = Object.fromEntries(Object.entries(body).filter(([field]) => !fields.includes(field)));
  const refused = await context.send(operation, { ...valid, body: broken });
  const entries = (refused.response?.json as Record<string, unknown> | undefined)?.[problems.property];
  // Another refusal (a 404 for the example's ids, a status without the list) says nothing about how problems are listed.
  if (String(refused.response?.status) !== problems.status || !Array.isArray(entries)) return [];
  const unreported = fields.filter((field) => !entries.some((entry) => namesField(entry, problems.member, field)));
  if (unreported.length === 0 || unreported.length === fields.length) return [];
  const reported = entries.map((entry) => (entry as Record<string, unknown>)?.[problems.member]);
  return [
    {
      message: `received ${entries.length} ${problems.property} entr${entries.length === 1 ? 'y' : 'ies'} (${problems.member}: ${reported.map((value) => show(value)).join(', ')}) from ${named(refused)}, a body without the required ${fields.join(' and ')} / documented one entry per problem: ${unreported.join(', ')} missing too`,
      constraint: { pointer: problems.pointer, via: [operationPointer(operation)] } satisfies ConstraintRef,
      exchange: refused,
    },
  ];
}

export const everyProblemIsReported = defineCheck({
  name,
  description:
    "A refusal that lists its problems (a 400 or 422 whose body holds an array of entries that each name a field: `details[].path`) lists each of them: the example body without two of its required fields must be answered with an entry for each, not only for the first (a validator that stops at the first problem makes a client fix them one round trip at a time).",
  level: 'full',
  appliesTo(testCase) {
    return isExampleCase(testCase, name) && ['post', 'put', 'patch'].includes(testCase.operation.method);
  },
  judge(testCase, _exchange, context) {
    return judgeOperation(context, testCase.operation);
  },
});
