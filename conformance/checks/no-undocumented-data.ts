import { type JsonObject, type OpenApiDocument, type Operation, resolveRef } from '../../contract/spec.ts';
import { matchMediaType } from '../../contract/validator.ts';
import { fromResponseCheck } from '../registry.ts';
import type { Contract, Exchange, Issue } from '../types.ts';
import { memo, operationsOf, requestSchema } from './support/contract-model.ts';

/** Names under which secrets travel, whatever the resource. */
const secretLike = /(secret|password|passwd|token|api_?key|apikey|private_?key|credential|access_?key)/i;
/** Names that only look like secrets: references to them, and paging tokens. */
const notASecret = /(Id|_id|Ids|_ids|page|next|cursor|continuation|expires|count|type)$|^(next|page)/i;

/** The resource family of a path: everything before its first parameter (`/v1/connections/{id}/x` → /v1/connections). */
function familyOf(path: string): string {
  const index = path.indexOf('/{');
  return index === -1 ? path : path.slice(0, index);
}

/** Every property name marked writeOnly in a schema, at any depth. */
function writeOnlyNames(document: OpenApiDocument, raw: unknown, into: Set<string>, depth = 0): void {
  if (depth > 8 || raw === undefined) return;
  const schema = resolveRef<JsonObject>(document, raw);
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
    if (resolveRef<JsonObject>(document, property).writeOnly) into.add(name);
    writeOnlyNames(document, property, into, depth + 1);
  }
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) for (const part of (schema[keyword] as unknown[] | undefined) ?? []) writeOnlyNames(document, part, into, depth + 1);
  if (schema.items) writeOnlyNames(document, schema.items, into, depth + 1);
}

/** Per resource family, the names of the secrets its writes take and the documentation says are never returned. */
function secretsByFamily(contract: Contract): Map<string, Set<string>> {
  return memo(contract.document, 'secrets-by-family', () => {
    const families = new Map<string, Set<string>>();
    for (const operation of operationsOf(contract)) {
      const names = new Set<string>();
      writeOnlyNames(contract.document, requestSchema(contract.document, operation), names);
      if (names.size === 0) continue;
      const family = families.get(familyOf(operation.path)) ?? new Set();
      for (const name of names) family.add(name);
      families.set(familyOf(operation.path), family);
    }
    return families;
  });
}

interface Documented {
  properties: Record<string, unknown>;
  /** The schema allows more properties explicitly (true or a schema): a map, not a record. */
  open: boolean;
  /** additionalProperties: false, already judged by "response body valid". */
  closed: boolean;
}

/** The properties an object schema documents, across allOf and every oneOf/anyOf branch. */
function documentedOf(document: OpenApiDocument, raw: unknown, depth = 0): Documented {
  const schema = resolveRef<JsonObject>(document, raw ?? {});
  const result: Documented = { properties: { ...((schema.properties ?? {}) as Record<string, unknown>) }, open: schema.additionalProperties !== undefined && schema.additionalProperties !== false, closed: schema.additionalProperties === false };
  if (depth > 8) return result;
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    for (const part of (schema[keyword] as unknown[] | undefined) ?? []) {
      const branch = documentedOf(document, part, depth + 1);
      Object.assign(result.properties, branch.properties);
      result.open ||= branch.open;
    }
  }
  // A schema that names no properties at all documents a free-form object.
  if (Object.keys(result.properties).length === 0 && schema.properties === undefined) result.open = true;
  return result;
}

function walk(document: OpenApiDocument, raw: unknown, value: unknown, at: string, found: { at: string; name: string; writeOnly: boolean }[], depth = 0): void {
  if (depth > 12 || value === null || typeof value !== 'object') return;
  const schema = resolveRef<JsonObject>(document, raw ?? {});
  if (Array.isArray(value)) {
    const items = schema.items ?? (((schema.allOf ?? schema.oneOf ?? schema.anyOf) as unknown[] | undefined)?.map((part) => resolveRef<JsonObject>(document, part).items).find(Boolean));
    if (items) value.forEach((item, index) => walk(document, items, item, `${at}[${index}]`, found, depth + 1));
    return;
  }
  const documented = documentedOf(document, schema);
  for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
    const property = documented.properties[name];
    if (property === undefined) {
      if (!documented.open && !documented.closed) found.push({ at: `${at}.${name}`, name, writeOnly: false });
      continue;
    }
    if (resolveRef<JsonObject>(document, property).writeOnly) found.push({ at: `${at}.${name}`, name, writeOnly: true });
    walk(document, property, child, `${at}.${name}`, found, depth + 1);
  }
}

function responseSchema(contract: Contract, operation: Operation, exchange: Exchange): unknown {
  const response = exchange.response!;
  const documented = contract.validator.documentedResponse(operation, response.status);
  const content = documented?.response.content as Record<string, JsonObject> | undefined;
  const mediaType = content ? matchMediaType(Object.keys(content), response.contentType) : undefined;
  return mediaType && mediaType.includes('json') ? content![mediaType]!.schema : undefined;
}

/** The fields of a 2xx JSON body that its documented schema does not name. */
export function undocumentedData(exchange: Exchange, contract: Contract): Issue[] {
  const response = exchange.response;
  if (!response || response.status < 200 || response.status >= 300 || response.json === undefined) return [];
  const schema = responseSchema(contract, exchange.operation, exchange);
  if (schema === undefined) return [];
  const found: { at: string; name: string; writeOnly: boolean }[] = [];
  walk(contract.document, schema, response.json, 'body', found);
  const secrets = secretsByFamily(contract).get(familyOf(exchange.operation.path));
  return found.map(({ at, name, writeOnly }) => {
    if (writeOnly) return { message: `received ${at}, a write-only field / documented never to be returned`, severity: 'error' as const };
    // A credential in an answer is a leak wherever it appears; a bare `value` only where the resource keeps secrets.
    const secret = secrets?.has(name) || (secretLike.test(name) && !notASecret.test(name)) || (secrets !== undefined && name === 'value');
    const named = secrets === undefined ? 'no credential as' : `this resource's secrets (${[...secrets].join(', ')}) as never`;
    return secret
      ? { message: `received ${at}, an undocumented field that looks like a secret / documented ${named} returned (OWASP API3)`, severity: 'error' as const }
      : { message: `received ${at}, a field its schema does not document / documented only the fields the schema names (excessive data exposure, OWASP API3)`, severity: 'warning' as const };
  });
}

/** Judges every response like the other response-level checks, with severities of its own. */
export const noUndocumentedData = fromResponseCheck({
  name: 'no undocumented data',
  description:
    'A 2xx JSON body carries only fields its schema documents (a warning otherwise: excessive data exposure, OWASP API3); an undocumented field named like a credential (a secret, password, token or key), a resource\'s own write-only secret, or any write-only field, is an error.',
  judge: undocumentedData,
});
