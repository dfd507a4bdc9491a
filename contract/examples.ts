import type { JsonObject, OpenApiDocument, Operation, Parameter } from './document.ts';
import { resolveRef } from './json-pointer.ts';

/** A request the contract documents as valid, built from its examples. */
export interface ExampleRequest {
  path: Record<string, string>;
  query: Record<string, unknown>;
  header: Record<string, string>;
  mediaType?: string;
  body?: unknown;
}

/**
 * Builds a valid request for an operation: required parameters and the body
 * from the contract's own examples, falling back to values sampled from the
 * schemas. Optional parameters are left out, so filters do not hide results.
 */
export function exampleRequest(document: OpenApiDocument, operation: Operation): ExampleRequest {
  const request: ExampleRequest = { path: {}, query: {}, header: {} };
  for (const parameter of operation.parameters) {
    if (!parameter.required) continue;
    const value = parameterExample(document, parameter);
    if (parameter.in === 'path') request.path[parameter.name] = String(value);
    else if (parameter.in === 'query') request.query[parameter.name] = value;
    else if (parameter.in === 'header') request.header[parameter.name] = String(value);
  }
  const requestBody = operation.definition.requestBody
    ? resolveRef<JsonObject>(document, operation.definition.requestBody)
    : undefined;
  const content = requestBody?.content as Record<string, JsonObject> | undefined;
  if (content) {
    const mediaType = Object.keys(content).find((type) => type.includes('json')) ?? Object.keys(content)[0]!;
    request.mediaType = mediaType;
    request.body = mediaExample(document, content[mediaType]!);
  }
  return request;
}

export function parameterExample(document: OpenApiDocument, parameter: Parameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const named = firstNamedExample(document, parameter.examples);
  if (named !== undefined) return named;
  return sampleSchema(document, parameter.schema ?? { type: 'string' });
}

/** The first example of a media type object: `example`, then `examples`, then a sample of its schema. */
export function mediaExample(document: OpenApiDocument, media: JsonObject): unknown {
  if (media.example !== undefined) return media.example;
  const named = firstNamedExample(document, media.examples as Record<string, unknown> | undefined);
  if (named !== undefined) return named;
  return sampleSchema(document, (media.schema as JsonObject | undefined) ?? {});
}

function firstNamedExample(document: OpenApiDocument, examples: Record<string, unknown> | undefined): unknown {
  for (const raw of Object.values(examples ?? {})) {
    const example = resolveRef<JsonObject>(document, raw);
    if (example.value !== undefined) return example.value;
  }
  return undefined;
}

const formatSamples: Record<string, string> = {
  'date-time': '2026-05-20T12:00:00.000Z',
  date: '2026-05-20',
  uuid: '3f2b8c1e-5d4a-4e7b-9c2d-1a6f0e8b7c3d',
  email: 'user@example.org',
  uri: 'https://example.org/resource',
  url: 'https://example.org/resource',
};

/** A value that satisfies a schema in the common cases: examples and defaults first, then by type. */
export function sampleSchema(document: OpenApiDocument, rawSchema: unknown, depth = 0): unknown {
  const schema = resolveRef<JsonObject>(document, rawSchema);
  if (depth > 12) return null;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  for (const combiner of ['oneOf', 'anyOf'] as const) {
    const options = schema[combiner] as unknown[] | undefined;
    if (options?.length) return sampleSchema(document, options[0], depth + 1);
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part) => sampleSchema(document, part, depth + 1) as object));
  }
  const type = Array.isArray(schema.type) ? schema.type.find((candidate) => candidate !== 'null') : schema.type;
  switch (type) {
    case 'object':
    case undefined: {
      if (type === undefined && !schema.properties) return {};
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      const result: Record<string, unknown> = {};
      for (const name of (schema.required as string[] | undefined) ?? []) {
        result[name] = sampleSchema(document, properties[name] ?? {}, depth + 1);
      }
      return result;
    }
    case 'array': {
      const count = Math.max(1, (schema.minItems as number | undefined) ?? 1);
      return Array.from({ length: count }, () => sampleSchema(document, schema.items ?? {}, depth + 1));
    }
    case 'integer':
    case 'number':
      return (schema.minimum as number | undefined) ?? (schema.exclusiveMinimum as number | undefined) ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default: {
      const format = schema.format as string | undefined;
      if (format && formatSamples[format]) return formatSamples[format];
      const minLength = (schema.minLength as number | undefined) ?? 0;
      return 'example-value'.padEnd(minLength, 'x');
    }
  }
}
