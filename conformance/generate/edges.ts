/**
 * The documented edges of one schema, for the coverage phase: values exactly
 * at each documented bound (positive: must be accepted) and values that break
 * exactly one documented constraint (negative: must be refused). Each edge
 * names the keyword it exercises, so a finding about it can be traced to the
 * contract node that states it (and so to its provenance).
 */
import type { JsonObject } from '../../contract/spec.ts';
import { integerBounds, locate, typesOf } from './arbitrary.ts';

export interface Edge {
  value: unknown;
  /** The keyword exercised: maximum, enum, minLength, type, nullable… */
  keyword: string;
  /** Where that keyword sits (after following $refs). */
  pointer: string[];
  /** "its maximum 100", "a string longer than maxLength 20". */
  description: string;
}

const maxLengthWorthSending = 10_000;

function sampleFor(schema: JsonObject): unknown {
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  // The schema's own example already meets its format and pattern.
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  const types = typesOf(schema) ?? [];
  if (types.includes('string')) return plainString(schema, Math.max((schema.minLength as number | undefined) ?? 1, 1)) ?? null;
  if (types.includes('integer') || types.includes('number')) return typeof schema.minimum === 'number' ? schema.minimum : 1;
  if (types.includes('boolean')) return true;
  return null;
}

/** A string of exactly `length` code points that no format or pattern forbids, or undefined when one might. */
function plainString(schema: JsonObject, length: number): string | undefined {
  if (schema.format !== undefined || schema.pattern !== undefined || Array.isArray(schema.enum) || schema.const !== undefined) return undefined;
  return 'é'.repeat(Math.min(length, 1)) + 'x'.repeat(Math.max(0, length - 1));
}

/** Values exactly at the documented edges; every one of them is valid. */
export function positiveEdges(document: JsonObject, raw: unknown, pointer: string[]): Edge[] {
  const { schema, pointer: at } = locate(document, raw, pointer);
  const edges: Edge[] = [];
  const types = typesOf(schema) ?? [];
  const add = (value: unknown, keyword: string, description: string) => edges.push({ value, keyword, pointer: at, description });
  if (Array.isArray(schema.enum)) for (const value of schema.enum) add(value, 'enum', `the documented value ${JSON.stringify(value)}`);
  if (types.includes('null') && types.length > 1) add(null, 'type', 'null (documented as nullable)');
  if (types.includes('integer')) {
    const { min, max } = integerBounds(schema);
    if (typeof schema.minimum === 'number' || typeof schema.exclusiveMinimum === 'number') add(min, 'minimum', `its minimum ${min}`);
    if (typeof schema.maximum === 'number' || typeof schema.exclusiveMaximum === 'number') add(max, 'maximum', `its maximum ${max}`);
  } else if (types.includes('number')) {
    if (typeof schema.minimum === 'number') add(schema.minimum, 'minimum', `its minimum ${schema.minimum}`);
    if (typeof schema.maximum === 'number') add(schema.maximum, 'maximum', `its maximum ${schema.maximum}`);
  }
  if (types.includes('string')) {
    const minLength = schema.minLength as number | undefined;
    const maxLength = schema.maxLength as number | undefined;
    const shortest = minLength !== undefined && minLength > 0 ? plainString(schema, minLength) : undefined;
    if (shortest !== undefined) add(shortest, 'minLength', `a string of exactly minLength ${minLength}`);
    const longest = maxLength !== undefined && maxLength <= maxLengthWorthSending ? plainString(schema, maxLength) : undefined;
    if (longest !== undefined) add(longest, 'maxLength', `a string of exactly maxLength ${maxLength}`);
  }
  if (types.includes('array')) {
    const minItems = (schema.minItems as number | undefined) ?? 0;
    const item = locate(document, schema.items ?? {}, [...at, 'items']).schema;
    if (minItems === 0) add([], 'minItems', 'an empty array (allowed)');
    const maxItems = schema.maxItems as number | undefined;
    const sample = sampleFor(item);
    if (maxItems !== undefined && maxItems <= 100 && !schema.uniqueItems && sample !== null) add(Array.from({ length: maxItems }, () => sample), 'maxItems', `exactly maxItems ${maxItems} items`);
  }
  return edges;
}

/** Values that break exactly one documented constraint of the schema; none of them is valid. */
export function negativeEdges(document: JsonObject, raw: unknown, pointer: string[]): Edge[] {
  const { schema, pointer: at } = locate(document, raw, pointer);
  const edges: Edge[] = [];
  const types = typesOf(schema);
  const add = (value: unknown, keyword: string, description: string) => edges.push({ value, keyword, pointer: at, description });
  if (!types || schema.oneOf || schema.anyOf || schema.allOf) {
    if (Array.isArray(schema.enum)) add('not-a-documented-value', 'enum', 'a value outside its enum');
    return edges;
  }
  if (Array.isArray(schema.enum) && (types.includes('string') || types.length === 0)) add('not-a-documented-value', 'enum', 'a value outside its enum');
  if (schema.const !== undefined && typeof schema.const === 'string') add(`${schema.const}-not`, 'const', `a value other than the constant ${JSON.stringify(schema.const)}`);
  if (!types.includes('null')) {
    const wrong = types.includes('string') ? 12345 : types.includes('object') ? 'not-an-object' : types.includes('array') ? 'not-an-array' : 'not-a-number';
    const documented = types.join(' or ');
    if (!(types.includes('string') && (Array.isArray(schema.enum) || schema.const !== undefined))) add(wrong, 'type', `a ${typeName(wrong)} where ${documented} is documented`);
  }
  if (types.includes('string') && !Array.isArray(schema.enum) && schema.const === undefined) {
    if (schema.format === 'uuid') add('not-a-uuid', 'format', 'a string that is not a uuid');
    if (schema.format === 'date-time') add('yesterday', 'format', 'a string that is not a date-time');
    if (schema.format === 'date') add('2026-13-45', 'format', 'a string that is not a date');
    if (schema.format === 'email') add('not-an-email', 'format', 'a string that is not an email address');
    if (schema.format === 'uri') add('not a uri', 'format', 'a string that is not a URI');
    const minLength = schema.minLength as number | undefined;
    const maxLength = schema.maxLength as number | undefined;
    if (minLength !== undefined && minLength > 0) {
      const short = plainString(schema, minLength - 1);
      if (short !== undefined) add(short, 'minLength', `a string shorter than minLength ${minLength}`);
    }
    if (maxLength !== undefined && maxLength < maxLengthWorthSending) {
      const long = plainString(schema, maxLength + 1);
      if (long !== undefined) add(long, 'maxLength', `a string longer than maxLength ${maxLength}`);
    }
    if (typeof schema.pattern === 'string' && schema.format === undefined) {
      const candidate = ['!', ' ', '', '~~~'].find((text) => !new RegExp(schema.pattern as string, 'u').test(text) && fitsLength(schema, text));
      if (candidate !== undefined) add(candidate, 'pattern', `a string not matching ${schema.pattern as string}`);
    }
  }
  if (types.includes('integer') || types.includes('number')) {
    if (typeof schema.minimum === 'number') add(schema.minimum - 1, 'minimum', `a number below minimum ${schema.minimum}`);
    if (typeof schema.maximum === 'number') add(schema.maximum + 1, 'maximum', `a number above maximum ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number') add(schema.exclusiveMinimum, 'exclusiveMinimum', `a number equal to exclusiveMinimum ${schema.exclusiveMinimum}`);
    if (types.includes('integer') && !types.includes('number')) {
      const { min, max } = integerBounds(schema);
      if (min < max) add(min + 0.5, 'type', 'a fraction where integer is documented');
    }
  }
  if (types.includes('array')) {
    const minItems = schema.minItems as number | undefined;
    if (minItems !== undefined && minItems > 0) add([], 'minItems', `fewer than minItems ${minItems} items`);
  }
  if (types.includes('object') && schema.additionalProperties === false) {
    add({ ...objectWithRequired(document, schema, at), undocumentedField: true }, 'additionalProperties', 'an undocumented field (additionalProperties: false)');
  }
  return edges;
}

function fitsLength(schema: JsonObject, text: string): boolean {
  const length = [...text].length;
  return length >= ((schema.minLength as number | undefined) ?? 0) && length <= ((schema.maxLength as number | undefined) ?? Infinity);
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' ? 'number' : typeof value;
}

/** An object with only its required properties set to simple values, used as the base of an object-level violation. */
function objectWithRequired(document: JsonObject, schema: JsonObject, pointer: string[]): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const name of (schema.required as string[] | undefined) ?? []) {
    result[name] = sampleFor(locate(document, properties[name] ?? {}, [...pointer, 'properties', name]).schema);
  }
  return result;
}
