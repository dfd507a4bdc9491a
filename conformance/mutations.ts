import { type JsonObject, type OpenApiDocument, type Operation, resolveRef } from '../contract/spec.ts';
import type { RequestParts } from './http.ts';

/** A valid request made invalid in exactly one documented way. */
export interface Mutation {
  /** What was broken, in the report's words: `body.rating: a value outside its enum`. */
  description: string;
  parts: RequestParts;
}

const maxMutations = 8;

function typeOf(schema: JsonObject): string | undefined {
  return Array.isArray(schema.type) ? (schema.type.length === 1 ? schema.type[0] : undefined) : (schema.type as string | undefined);
}

/** Violations of one schema, as replacement values; each violates exactly one documented constraint. */
function invalidValues(schema: JsonObject): { value: unknown; why: string }[] {
  const values: { value: unknown; why: string }[] = [];
  const type = typeOf(schema);
  if (Array.isArray(schema.enum)) values.push({ value: 'not-a-documented-value', why: 'a value outside its enum' });
  if (type === 'string' && schema.format === 'uuid') values.push({ value: 'not-a-uuid', why: 'a string that is not a uuid' });
  if (type === 'string' && schema.format === 'date-time') values.push({ value: 'yesterday', why: 'a string that is not a date-time' });
  if ((type === 'integer' || type === 'number')) values.push({ value: 'not-a-number', why: `a string where ${type} is documented` });
  if (type === 'boolean') values.push({ value: 'not-a-boolean', why: 'a string where boolean is documented' });
  if (type === 'string' && !schema.enum && schema.format === undefined) values.push({ value: 12345, why: 'a number where string is documented' });
  if (type === 'array') values.push({ value: 'not-an-array', why: 'a string where array is documented' });
  if (type === 'object') values.push({ value: 'not-an-object', why: 'a string where object is documented' });
  if (typeof schema.minLength === 'number' && schema.minLength > 0) values.push({ value: 'x'.repeat(schema.minLength - 1), why: `a string shorter than minLength ${schema.minLength}` });
  if (typeof schema.maxLength === 'number' && schema.maxLength <= 10_000) values.push({ value: 'x'.repeat(schema.maxLength + 1), why: `a string longer than maxLength ${schema.maxLength}` });
  if (typeof schema.minimum === 'number') values.push({ value: schema.minimum - 1, why: `a number below minimum ${schema.minimum}` });
  if (typeof schema.maximum === 'number') values.push({ value: schema.maximum + 1, why: `a number above maximum ${schema.maximum}` });
  return values;
}

/**
 * Invalid variants of a valid request: a required body field or query parameter
 * left out, a field given a value its schema forbids, an undocumented field where
 * additionalProperties is false, a body of the wrong type. Query parameter ranges
 * are left alone: the seeds say servers may clamp them ("capped at 100").
 */
export function mutateRequest(document: OpenApiDocument, operation: Operation, valid: RequestParts): Mutation[] {
  const mutations: Mutation[] = [];

  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' && parameter.in !== 'path') continue;
    const schema = resolveRef<JsonObject>(document, parameter.schema ?? {});
    if (parameter.in === 'query' && parameter.required) {
      const query = { ...valid.query };
      delete query[parameter.name];
      mutations.push({ description: `required query parameter ${parameter.name} left out`, parts: { ...valid, query } });
    }
    // In a query string every value is text, and one value is a valid one-item array: only
    // values that no documented type can read (a word for a number, outside an enum) are invalid.
    const first = invalidValues(schema).find((candidate) => !/minimum|maximum|minLength|maxLength|number where string|where array|where object/.test(candidate.why));
    if (!first) continue;
    if (parameter.in === 'path') {
      if (!/uuid|integer|number/.test(first.why)) continue;
      mutations.push({ description: `path parameter ${parameter.name}: ${first.why}`, parts: { ...valid, path: { ...valid.path, [parameter.name]: String(first.value) } } });
    } else {
      mutations.push({ description: `query parameter ${parameter.name}: ${first.why}`, parts: { ...valid, query: { ...valid.query, [parameter.name]: first.value } } });
    }
  }

  const body = valid.body;
  const requestBody = operation.definition.requestBody ? resolveRef<JsonObject>(document, operation.definition.requestBody) : undefined;
  const media = (requestBody?.content as Record<string, JsonObject> | undefined)?.['application/json'];
  if (media?.schema && body !== undefined) {
    const schema = resolveRef<JsonObject>(document, media.schema);
    if (typeOf(schema) === 'object' || schema.properties) {
      mutations.push({ description: 'a JSON array where an object body is documented', parts: { ...valid, body: [] } });
    }
    if (body && typeof body === 'object' && !Array.isArray(body) && schema.properties) {
      const record = body as Record<string, unknown>;
      for (const name of ((schema.required as string[] | undefined) ?? []).slice(0, 2)) {
        const { [name]: _dropped, ...rest } = record;
        mutations.push({ description: `required body field ${name} left out`, parts: { ...valid, body: rest } });
      }
      if (schema.additionalProperties === false) {
        mutations.push({ description: 'an undocumented body field (additionalProperties: false)', parts: { ...valid, body: { ...record, undocumentedField: true } } });
      }
      for (const [name, rawProperty] of Object.entries(schema.properties as Record<string, unknown>)) {
        const property = resolveRef<JsonObject>(document, rawProperty);
        if (property.readOnly) continue;
        for (const candidate of invalidValues(property).slice(0, 2)) {
          mutations.push({ description: `body.${name}: ${candidate.why}`, parts: { ...valid, body: { ...record, [name]: candidate.value } } });
        }
      }
    }
  }
  return mutations.slice(0, maxMutations);
}
