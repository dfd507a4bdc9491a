import type { JsonObject, OpenApiDocument } from '../../../contract/spec.ts';
import { propertiesOf } from './contract-model.ts';

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Whether a stored value is the one that was written: equal scalars, the same
 * instant for date-times written differently, and for objects every field
 * written present and equal (a server may add defaults beside them).
 */
export function holdsWritten(written: unknown, stored: unknown): boolean {
  if (written === stored) return true;
  if (typeof written === 'string' && typeof stored === 'string' && isoDateTime.test(written) && isoDateTime.test(stored)) {
    return Date.parse(written) === Date.parse(stored);
  }
  if (Array.isArray(written)) {
    return Array.isArray(stored) && stored.length === written.length && written.every((value, index) => holdsWritten(value, stored[index]));
  }
  if (written && typeof written === 'object') {
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return false;
    return Object.entries(written as Record<string, unknown>).every(([key, value]) => holdsWritten(value, (stored as Record<string, unknown>)[key]));
  }
  return false;
}

/** A value as a report shows it: JSON, cut short. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  // Two long texts cut to the same start would read alike: their lengths tell them apart.
  if (typeof value === 'string' && value.length > 80) return `${JSON.stringify(value.slice(0, 50))}... (${value.length} characters)`;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The fields a request body and a response schema both document, minus write-only and read-only ones. */
export function sharedFields(document: OpenApiDocument, requestSchema: unknown, responseSchema: unknown): string[] {
  const request = propertiesOf(document, requestSchema);
  const response = propertiesOf(document, responseSchema);
  return Object.keys(request).filter((name) => response[name] !== undefined && !request[name]!.writeOnly && !request[name]!.readOnly && !response[name]!.writeOnly);
}

/** Free text: a string a server has no reason to refuse when it changes (no enum, format or const; a pattern is honoured). */
export function isFreeText(schema: JsonObject): boolean {
  const type = Array.isArray(schema.type) ? schema.type.find((candidate) => candidate !== 'null') : schema.type;
  return type === 'string' && schema.enum === undefined && schema.format === undefined && schema.const === undefined;
}

/** Identifier-like names a server may look up or refuse to change. */
const identifierLike = /(^id$|Id$|_id$|key$|Key$|url$|Url$|model|provider|^type$|kind|role)/;

/** A field a write may give any text: free text, writable, and not named like an identifier. */
export function isChangeableText(name: string, property: JsonObject | undefined): property is JsonObject {
  return property !== undefined && isFreeText(property) && !property.writeOnly && !property.readOnly && !identifierLike.test(name);
}

/** A value made unique to this request within the schema's length bounds and pattern; undefined when none fits. */
export function freshText(schema: JsonObject, original: unknown, suffix: string): string | undefined {
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : 200;
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const base = typeof original === 'string' ? original : 'written';
  const plain = suffix.replace(/[^a-zA-Z0-9]/g, '').toLowerCase();
  let pattern: RegExp | undefined;
  try {
    pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
  } catch {
    return undefined;
  }
  for (const text of [`${base} ${suffix}`, `${base}_${plain}`, `${base}-${plain}`, `${base}${plain}`, `${base}_${plain}`.toUpperCase()]) {
    const cut = (text.length > maxLength ? text.slice(text.length - maxLength) : text).padEnd(minLength, 'x');
    if (!pattern || pattern.test(cut)) return cut;
  }
  return undefined;
}

/**
 * The body with each top-level free-text field given a value unique to this
 * run, so that a read can only show it if the write was stored. Identifier-like
 * names are left alone: a server may look them up.
 */
export interface FreshenOptions {
  /** Write every free-text field the schema has, not only those the body sends. */
  addFreeText?: boolean;
  /** Give each enum field another value than the body's. */
  otherEnumValues?: boolean;
  /** Make each free-text field this long (within its maxLength; not where a pattern constrains it): a store that cuts text shows. */
  longText?: number;
}

/** The text made `length` characters long with readable filler, its unique start kept. */
function lengthened(text: string, length: number): string {
  let long = `${text} `;
  while (long.length < length) long += 'and more words of context ';
  return long.slice(0, length).trimEnd().padEnd(length, '.');
}

export function freshenBody(document: OpenApiDocument, schema: unknown, body: unknown, suffix: string, options: FreshenOptions = {}): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const properties = propertiesOf(document, schema);
  const fresh: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  // A partial update that names one field proves nothing about the others: write every free-text field it may take.
  if (options.addFreeText) for (const name of Object.keys(properties)) if (!(name in fresh)) fresh[name] = undefined;
  // An update that writes a choice (a priority, a level) the example did not: a server that drops it cannot pass.
  if (options.otherEnumValues) {
    for (const [name, property] of Object.entries(properties)) {
      const values = Array.isArray(property.enum) ? property.enum.filter((value) => typeof value === 'string') : [];
      if (values.length < 2 || property.readOnly || /status|state/i.test(name)) continue;
      fresh[name] = values.find((value) => value !== fresh[name]);
    }
  }
  for (const [name, value] of Object.entries(fresh)) {
    const property = properties[name];
    if (!isChangeableText(name, property)) continue;
    const text = freshText(property, value, suffix);
    if (text === undefined) continue;
    const maxLength = typeof property.maxLength === 'number' ? property.maxLength : Infinity;
    fresh[name] = options.longText && property.pattern === undefined ? lengthened(text, Math.max(text.length, Math.min(maxLength, options.longText))) : text;
  }
  for (const [name, value] of Object.entries(fresh)) if (value === undefined) delete fresh[name];
  return fresh;
}
