import { type JsonObject, type OpenApiDocument, type Operation, refSegments, resolveRef } from '../../contract/spec.ts';
import { provenanceOf } from '../provenance.ts';
import { fromResponseCheck } from '../registry.ts';
import type { ConstraintRef, Contract, Issue } from '../types.ts';
import { memo } from './support/contract-model.ts';

/** Shorter values (a flag, a region code) may come back for reasons of their own. */
const shortestSecret = 8;

/**
 * The operation's documented response examples, as JSON text: a mock that
 * serves examples (Prism) answers one verbatim whatever was sent, and one
 * example may reuse another's value (a PAT's revealed token, a webhook's bearer).
 */
function exampleAnswers(document: OpenApiDocument, operation: Operation): Set<string> {
  return memo(document, `response-examples:${operation.operationId}`, () => {
    const answers = new Set<string>();
    for (const raw of Object.values((operation.definition.responses ?? {}) as Record<string, unknown>)) {
      const response = resolveRef<JsonObject>(document, raw);
      for (const media of Object.values((response.content ?? {}) as Record<string, JsonObject>)) {
        if (media.example !== undefined) answers.add(JSON.stringify(media.example));
        for (const example of Object.values((media.examples ?? {}) as Record<string, unknown>)) {
          const value = resolveRef<JsonObject>(document, example).value;
          if (value !== undefined) answers.add(JSON.stringify(value));
        }
      }
    }
    return answers;
  });
}

/** A value sent in a writeOnly field, and where the contract marks it. */
interface Sent {
  field: string;
  operationId: string;
  constraint: ConstraintRef;
}

/** Per run (each run has its own contract object): the write-only values its requests carried. */
const sentByRun = new WeakMap<Contract, Map<string, Sent>>();
/** Per run: the strings its requests carried outside write-only fields (query strings too). */
const readableByRun = new WeakMap<Contract, Set<string>>();

/** The JSON pointer of a schema written as a `$ref`, else where it was reached. */
function pointerOf(raw: unknown, at: string[]): string[] {
  const ref = (raw as JsonObject | undefined)?.$ref;
  return typeof ref === 'string' ? refSegments(ref) : at;
}

/** The request body's JSON schema as the contract writes it (a `$ref` or inline), and where it sits. */
function bodySchemaOf(document: OpenApiDocument, operation: Operation): { raw: unknown; at: string[] } | undefined {
  const content = resolveRef<JsonObject>(document, operation.definition.requestBody ?? {}).content as Record<string, JsonObject> | undefined;
  const [type, media] = Object.entries(content ?? {}).find(([candidate]) => candidate.includes('json')) ?? [];
  return type && media?.schema ? { raw: media.schema, at: ['paths', operation.path, operation.method, 'requestBody', 'content', type, 'schema'] } : undefined;
}

/** The value at a dotted path with `[i]` indexes (`credentials.password`, `steps[1].secret`). */
function valueAt(body: unknown, path: string): unknown {
  let current = body;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((segment) => segment !== undefined && segment !== '')) {
    if (!current || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function stringsIn(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
}

/** Every string a request body carries inside a property its schema marks writeOnly, with the property's path. */
function writeOnlyValues(document: OpenApiDocument, raw: unknown, at: string[], value: unknown, field: string, into: { value: string; field: string; pointer: string[] }[], depth = 0): void {
  if (depth > 8 || raw === undefined || value === null || typeof value !== 'object') return;
  const schema = resolveRef<JsonObject>(document, raw);
  const here = pointerOf(raw, at);
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    for (const [index, part] of ((schema[keyword] as unknown[] | undefined) ?? []).entries()) writeOnlyValues(document, part, [...here, keyword, String(index)], value, field, into, depth + 1);
  }
  if (Array.isArray(value)) {
    if (schema.items) for (const [index, item] of value.entries()) writeOnlyValues(document, schema.items, [...here, 'items'], item, `${field}[${index}]`, into, depth + 1);
    return;
  }
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
    const held = (value as Record<string, unknown>)[name];
    if (held === undefined) continue;
    const path = field ? `${field}.${name}` : name;
    const pointer = pointerOf(property, [...here, 'properties', name]);
    if (resolveRef<JsonObject>(document, property).writeOnly) {
      const strings: string[] = [];
      stringsIn(held, strings);
      for (const text of strings) if (text.length >= shortestSecret) into.push({ value: text, field: path, pointer });
    } else {
      writeOnlyValues(document, property, pointer, held, path, into, depth + 1);
    }
  }
}

/**
 * A value sent in a writeOnly field (a secret, a credential, an automation
 * token) never comes back: not in the answer to the request that carried it
 * (a validation error that echoes the payload), and not in any later answer
 * (a list that serialises the stored row whole).
 */
export const writeOnlyValuesNeverReturn = fromResponseCheck({
  name: 'write-only values never return',
  description:
    'A value the run sent in a field the contract marks writeOnly (a secret, credentials, an automation token), 8 characters or longer, appears in no response body: not in the answer to that request (an error that echoes the payload) nor in any later one (a list, a read).',
  judge(exchange, contract) {
    let sent = sentByRun.get(contract);
    if (!sent) sentByRun.set(contract, (sent = new Map()));
    const request = exchange.request.body;
    const found: { value: string; field: string; pointer: string[] }[] = [];
    if (request !== undefined && typeof request === 'object') {
      const body = bodySchemaOf(contract.document, exchange.operation);
      if (body) writeOnlyValues(contract.document, body.raw, body.at, request, '', found);
      for (const { value, field, pointer } of found) {
        if (sent.has(value)) continue;
        // A value its own field refuses (a string where credentials are an object) is a probe, not a secret; an error may quote it.
        if (contract.validator.validateAt(pointer, valueAt(request, field), field).length > 0) continue;
        sent.set(value, { field, operationId: exchange.operation.operationId, constraint: { pointer, keyword: 'writeOnly' } });
      }
    }
    const text = exchange.response?.text ?? '';
    if (text.length === 0 || sent.size === 0) return [];
    if (exchange.response!.json !== undefined && exampleAnswers(contract.document, exchange.operation).has(JSON.stringify(exchange.response!.json))) return [];
    // A value the run also sent where it may be read back (a name that equals a sample secret) proves nothing when it returns.
    let readable = readableByRun.get(contract);
    if (!readable) readableByRun.set(contract, (readable = new Set()));
    const strings: string[] = [...new URL(exchange.request.url).searchParams.values()];
    // A body sent as raw text (a malformed-JSON probe) has no fields: nothing in it is readable.
    if (request !== undefined && typeof request === 'object') stringsIn(request, strings);
    for (const text of strings) if (text.length >= shortestSecret && !found.some((entry) => entry.value === text)) readable.add(text);
    const sentHereReadably = (value: string) => readable.has(value);
    const issues: Issue[] = [];
    for (const [value, origin] of sent) {
      if (!text.includes(value) || sentHereReadably(value)) continue;
      issues.push({
        message: `received the value sent in ${origin.operationId}'s write-only ${origin.field} (${value.slice(0, 4)}…, ${value.length} characters) in a ${exchange.response!.status} body / documented writeOnly: the value is never returned`,
        constraint: origin.constraint,
        // The writeOnly promise decides, not the shape of the answer that broke it (a designed error body).
        severity: provenanceOf(contract.document, origin.constraint).severity,
      });
      break;
    }
    return issues;
  },
});
