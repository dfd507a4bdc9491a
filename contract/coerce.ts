import { resolveRef } from './json-pointer.ts';
import type { JsonObject, OpenApiDocument } from './document.ts';

/**
 * Query parameters and headers arrive as strings; this turns them into the types
 * their schema documents, so that ajv validates the value meant, not its text.
 * `raw` holds every occurrence (a repeated query parameter); one comma-separated
 * occurrence is an array too (the `form` and `simple` styles' default).
 * A string that is not of the documented type is left as it is, for ajv to reject.
 */
export function coerceToSchema(document: OpenApiDocument, schema: JsonObject, raw: string[]): unknown {
  if (typeOf(schema) === 'array') {
    const itemSchema = resolveRef<JsonObject>(document, schema.items ?? {});
    const values = raw.length === 1 && raw[0]!.includes(',') ? raw[0]!.split(',') : raw;
    return values.map((value) => coerceScalar(itemSchema, value));
  }
  return coerceScalar(schema, raw[0] ?? '');
}

/** The documented type, `null` aside (`type: [integer, 'null']` is an integer when present). */
function typeOf(schema: JsonObject): unknown {
  return Array.isArray(schema.type) ? schema.type.find((name) => name !== 'null') : schema.type;
}

function coerceScalar(schema: JsonObject, value: string): unknown {
  const type = typeOf(schema);
  // `1e400` stays text (and fails its schema) rather than becoming Infinity.
  if ((type === 'integer' || type === 'number') && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
