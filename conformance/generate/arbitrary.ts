/**
 * JSON Schema 2020-12 (as OpenAPI 3.1 uses it) to fast-check arbitraries.
 *
 * No maintained library maps 2020-12 with these formats onto fast-check, so the
 * mapping is written here on fast-check's combinators. Values lean towards the
 * places servers get wrong: text outside ASCII and text at its maximum length,
 * numbers at and next to their bounds, dates at the edges of what ISO 8601
 * allows. Every value is meant to validate against its schema; the property
 * test in tests/conformance/generator.test.ts holds the mapping to that.
 */
import fc from 'fast-check';
import { type JsonObject, refSegments } from '../../contract/spec.ts';

export interface GenerateOptions {
  /** The document `$ref`s point into (the OpenAPI document, or a standalone schema). */
  document: JsonObject;
  /** Requests leave readOnly properties out; responses would leave writeOnly ones out. */
  direction?: 'request' | 'response';
  /** Unbounded strings stay at most this long, so requests stay small. */
  unboundedLength?: number;
}

const maxDepth = 6;
const maxUnboundedItems = 3;

/** A schema node reached from the document: its value, and where it sits (for provenance and validation). */
export interface Located {
  schema: JsonObject;
  pointer: string[];
}

/** Follows `$ref`s to the schema they name, keeping track of where it lives. */
export function locate(document: JsonObject, raw: unknown, pointer: string[]): Located {
  let schema = (raw === true || raw === undefined ? {} : raw) as JsonObject;
  let at = pointer;
  for (let hops = 0; typeof schema.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${String(schema.$ref)}`);
    const ref = schema.$ref as string;
    if (!ref.startsWith('#')) throw new Error(`only local refs are supported, got ${ref}`);
    at = ref === '#' ? [] : refSegments(ref);
    schema = at.reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], document) as JsonObject;
    if (schema === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return { schema, pointer: at };
}

/** The types a schema allows, `null` included; undefined when it names none. */
export function typesOf(schema: JsonObject): string[] | undefined {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties || schema.additionalProperties !== undefined || schema.required) return ['object'];
  if (schema.items || schema.prefixItems) return ['array'];
  return undefined;
}

/** An arbitrary of values valid against the schema at `pointer` (or given inline). */
export function arbitraryFor(raw: unknown, options: GenerateOptions, pointer: string[] = []): fc.Arbitrary<unknown> {
  return new Generator(options).arbitrary(raw, pointer, 0);
}

class Generator {
  private readonly document: JsonObject;
  private readonly direction: 'request' | 'response';
  private readonly unboundedLength: number;

  constructor(options: GenerateOptions) {
    this.document = options.document;
    this.direction = options.direction ?? 'request';
    this.unboundedLength = options.unboundedLength ?? 80;
  }

  arbitrary(raw: unknown, pointer: string[], depth: number): fc.Arbitrary<unknown> {
    if (raw === false) throw new Error(`schema at ${pointer.join('/')} allows no value`);
    const { schema, pointer: at } = locate(this.document, raw, pointer);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    if (Array.isArray(schema.allOf)) return this.arbitrary(this.mergeAllOf(schema, at), at, depth);
    for (const combiner of ['oneOf', 'anyOf'] as const) {
      const branches = schema[combiner] as unknown[] | undefined;
      if (!branches?.length) continue;
      const { [combiner]: _branches, ...shared } = schema;
      const options = branches.map((branch, index) => this.arbitrary(this.mergeInto(shared, branch, [...at, combiner, String(index)]), [...at, combiner, String(index)], depth + 1));
      return fc.oneof(...options);
    }
    const types = typesOf(schema);
    if (!types) return depth >= maxDepth ? fc.constant(null) : fc.jsonValue({ maxDepth: 1 });
    const options = types.map((type) => this.byType(type, schema, at, depth));
    return options.length === 1 ? options[0]! : fc.oneof(...options);
  }

  /** Folds allOf members (and the schema's own keywords) into one schema; properties and required add up. */
  private mergeAllOf(schema: JsonObject, pointer: string[]): JsonObject {
    const { allOf, ...own } = schema;
    let merged: JsonObject = own;
    for (const [index, member] of (allOf as unknown[]).entries()) merged = this.mergeInto(merged, member, [...pointer, 'allOf', String(index)]);
    return merged;
  }

  private mergeInto(base: JsonObject, raw: unknown, pointer: string[]): JsonObject {
    const { schema: member } = locate(this.document, raw, pointer);
    const resolved = Array.isArray(member.allOf) ? this.mergeAllOf(member, pointer) : member;
    const merged: JsonObject = { ...base, ...resolved };
    if (base.properties || resolved.properties) merged.properties = { ...(base.properties as object), ...(resolved.properties as object) };
    if (base.required || resolved.required) merged.required = [...new Set([...((base.required as string[]) ?? []), ...((resolved.required as string[]) ?? [])])];
    return merged;
  }

  private byType(type: string, schema: JsonObject, pointer: string[], depth: number): fc.Arbitrary<unknown> {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return integerArbitrary(schema);
      case 'number':
        return numberArbitrary(schema);
      case 'string':
        return stringArbitrary(schema, this.unboundedLength);
      case 'array':
        return this.arrayArbitrary(schema, pointer, depth);
      case 'object':
        return this.objectArbitrary(schema, pointer, depth);
      default:
        throw new Error(`schema at ${pointer.join('/')}: unknown type "${type}"`);
    }
  }

  private arrayArbitrary(schema: JsonObject, pointer: string[], depth: number): fc.Arbitrary<unknown> {
    const minItems = (schema.minItems as number | undefined) ?? 0;
    const maxItems = depth >= maxDepth ? minItems : Math.max(minItems, Math.min((schema.maxItems as number | undefined) ?? minItems + maxUnboundedItems, minItems + 5));
    const item = this.arbitrary(schema.items ?? {}, [...pointer, 'items'], depth + 1);
    const items = schema.uniqueItems
      ? fc.uniqueArray(item, { minLength: minItems, maxLength: maxItems, selector: (value) => JSON.stringify(value) })
      : fc.array(item, { minLength: minItems, maxLength: maxItems });
    if (schema.contains === undefined) return items;
    // One item that satisfies `contains`, put first; the rest as the items schema says.
    const contained = this.arbitrary(schema.contains, [...pointer, 'contains'], depth + 1);
    return fc.tuple(contained, items).map(([first, rest]) => [first, ...(rest as unknown[])].slice(0, Math.max(1, maxItems)));
  }

  private objectArbitrary(schema: JsonObject, pointer: string[], depth: number): fc.Arbitrary<unknown> {
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const requiredKeys: string[] = [];
    for (const [name, raw] of Object.entries(properties)) {
      const propertyPointer = [...pointer, 'properties', name];
      const { schema: property } = locate(this.document, raw, propertyPointer);
      const hidden = this.direction === 'request' ? property.readOnly === true : property.writeOnly === true;
      if (hidden && !required.has(name)) continue;
      if (!required.has(name) && depth >= maxDepth) continue;
      model[name] = this.arbitrary(raw, propertyPointer, depth + 1);
      if (required.has(name)) requiredKeys.push(name);
    }
    // Required names without a property schema still need a value.
    for (const name of required) {
      if (model[name]) continue;
      model[name] = this.additionalArbitrary(schema, pointer, depth);
      requiredKeys.push(name);
    }
    // minProperties beyond the required ones: make the first optional properties required too.
    const minProperties = (schema.minProperties as number | undefined) ?? 0;
    for (const name of Object.keys(model)) {
      if (requiredKeys.length >= minProperties) break;
      if (!requiredKeys.includes(name)) requiredKeys.push(name);
    }
    const record = fc.record(model, { requiredKeys });
    if (requiredKeys.length >= minProperties || schema.additionalProperties === false) return record;
    // Too few named properties for minProperties: fill with additional ones.
    const extra = fc.dictionary(fc.stringMatching(/^x_[a-z]{1,8}$/), this.additionalArbitrary(schema, pointer, depth), { minKeys: minProperties - requiredKeys.length, maxKeys: minProperties - requiredKeys.length });
    return fc.tuple(record, extra).map(([named, added]) => ({ ...(added as object), ...(named as object) }));
  }

  private additionalArbitrary(schema: JsonObject, pointer: string[], depth: number): fc.Arbitrary<unknown> {
    const additional = schema.additionalProperties;
    if (additional === undefined || additional === true) return fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean());
    return this.arbitrary(additional, [...pointer, 'additionalProperties'], depth + 1);
  }
}

/** Values at and next to the bounds come first: that is where off-by-one mistakes live. */
function integerArbitrary(schema: JsonObject): fc.Arbitrary<number> {
  const { min, max } = integerBounds(schema);
  const step = typeof schema.multipleOf === 'number' && Number.isInteger(schema.multipleOf) && schema.multipleOf > 0 ? schema.multipleOf : 1;
  const low = Math.ceil(min / step);
  const high = Math.floor(max / step);
  const near = [...new Set([low, low + 1, high - 1, high, 0].filter((value) => value >= low && value <= high))];
  return fc.oneof({ arbitrary: fc.constantFrom(...near), weight: 1 }, { arbitrary: fc.integer({ min: low, max: high }), weight: 3 }).map((value) => value * step || 0);
}

export function integerBounds(schema: JsonObject): { min: number; max: number } {
  let min = typeof schema.minimum === 'number' ? Math.ceil(schema.minimum) : -(2 ** 31);
  let max = typeof schema.maximum === 'number' ? Math.floor(schema.maximum) : 2 ** 31 - 1;
  if (typeof schema.exclusiveMinimum === 'number') min = Math.max(min, Math.floor(schema.exclusiveMinimum) + 1);
  if (typeof schema.exclusiveMaximum === 'number') max = Math.min(max, Math.ceil(schema.exclusiveMaximum) - 1);
  return { min, max };
}

function numberArbitrary(schema: JsonObject): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : -1e9;
  const max = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : 1e9;
  const minExcluded = typeof schema.exclusiveMinimum === 'number' && typeof schema.minimum !== 'number';
  const maxExcluded = typeof schema.exclusiveMaximum === 'number' && typeof schema.maximum !== 'number';
  const near = [minExcluded ? undefined : min, maxExcluded ? undefined : max].filter((value): value is number => value !== undefined);
  // -0 and 0 are one number in JSON; doubles keep it simple by leaving -0 out.
  const doubles = fc.double({ min, max, minExcluded, maxExcluded, noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value));
  return near.length === 0 ? doubles : fc.oneof({ arbitrary: fc.constantFrom(...near), weight: 1 }, { arbitrary: doubles, weight: 3 });
}

/** Characters outside ASCII: accented Latin, Cyrillic, CJK, right-to-left, and one outside the BMP. */
const wideCharacters = ['é', 'ß', 'Ж', 'ю', '日', '本', 'ع', 'ש', 'ğ', '€', '😀', 'ñ'];
const character = fc.oneof(
  { arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), weight: 6 },
  { arbitrary: fc.constantFrom(...wideCharacters), weight: 2 },
);

/** JSON Schema counts a string's length in code points, as does this. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

const edgeDates = ['1970-01-01T00:00:00.000Z', '2000-02-29T23:59:59.999Z', '1999-12-31T23:59:59Z', '2038-01-19T03:14:08Z', '9999-12-31T23:59:59.999Z', '0001-01-01T00:00:00Z'];
const dateArbitrary = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });

function formatArbitrary(format: string): fc.Arbitrary<string> | undefined {
  switch (format) {
    case 'date-time':
      return fc.oneof({ arbitrary: fc.constantFrom(...edgeDates), weight: 1 }, { arbitrary: dateArbitrary.map((date) => date.toISOString()), weight: 3 });
    case 'date':
      return fc.oneof(fc.constantFrom(...edgeDates.map((date) => date.slice(0, 10))), dateArbitrary.map((date) => date.toISOString().slice(0, 10)));
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.tuple(fc.stringMatching(/^[a-z0-9]{1,12}(\.[a-z0-9]{1,8})?$/), fc.stringMatching(/^[a-z]{1,10}$/), fc.constantFrom('org', 'com', 'net', 'io')).map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
    case 'uri':
    case 'url':
      return fc.tuple(fc.constantFrom('https', 'http'), fc.stringMatching(/^[a-z]{1,10}$/), fc.stringMatching(/^(\/[a-zA-Z0-9_-]{1,8}){0,3}$/)).map(([scheme, host, path]) => `${scheme}://${host}.example${path}`);
    case 'hostname':
      return fc.stringMatching(/^[a-z]{1,10}\.example$/);
    case 'ipv4':
      return fc.ipV4();
    case 'int32':
    case 'int64':
      return undefined;
    default:
      return undefined;
  }
}

function stringArbitrary(schema: JsonObject, unboundedLength: number): fc.Arbitrary<string> {
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = (schema.maxLength as number | undefined) ?? Math.max(minLength, unboundedLength);
  const fitsLength = (text: string) => {
    const length = codePointLength(text);
    return length >= minLength && length <= maxLength;
  };
  const formatted = typeof schema.format === 'string' ? formatArbitrary(schema.format) : undefined;
  if (formatted) return schema.minLength !== undefined || schema.maxLength !== undefined ? formatted.filter(fitsLength) : formatted;
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern as string, 'u');
    return fc.stringMatching(pattern).filter((text) => fitsLength(text) && pattern.test(text));
  }
  const text = fc.string({ unit: character, minLength, maxLength });
  // At its maximum length now and then, so that "exactly maxLength" is exercised too.
  if (schema.maxLength === undefined || maxLength > 4096) return text;
  return fc.oneof({ arbitrary: text, weight: 4 }, { arbitrary: fc.string({ unit: character, minLength: maxLength, maxLength }), weight: 1 });
}
