import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { coerceToSchema } from './coerce.ts';
import { isLocalRef, pointerSegments, pointerTo, resolveRef } from './json-pointer.ts';
import type { JsonObject, OpenApiDocument, Operation } from './spec.ts';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

export interface Violation {
  /** Where in the body (or which header), as a readable path: `body.review.status`. */
  at: string;
  /** What the contract documents there. */
  documented: string;
  /** What was received. */
  received: string;
  /** The JSON Schema keyword that failed (`required`, `enum`, `maxLength`…). */
  keyword: string;
  /** Dotted path of the offending field inside the value, "" for the value itself. */
  field: string;
  /** The status a server answers for this violation when the schema says so (`x-error-status`). */
  errorStatus?: number;
  /** Where in the document the broken keyword sits (pointer segments to its schema), when it can be told. */
  schemaPointer?: string[];
  /** For a failed oneOf or anyOf: the value's violations of each branch, in order (how far it is from each). */
  branches?: Violation[][];
}

/** A response header that breaks its documented declaration. */
export interface HeaderViolation extends Violation {
  header: string;
  /** The header's value as received; undefined when it is missing. */
  value: string | undefined;
}

export interface ResponseCheck {
  /** The status key the contract documents for this response (`200`, `4XX`, `default`), or undefined. */
  documentedStatus: string | undefined;
  violations: Violation[];
}

const documentId = 'contract';

/**
 * Validates bodies against one bundled contract. The whole document is added to
 * ajv once, and each schema is compiled by JSON pointer into it on first use,
 * so `#/components/...` refs resolve the way they do in the spec.
 */
export class ContractValidator {
  private ajvInstance: Ajv2020 | undefined;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: OpenApiDocument) {}

  /**
   * Made on the first validation, not in the constructor: a mock (or the four the
   * mock command starts) then listens without first doing any schema work.
   */
  private get ajv(): Ajv2020 {
    if (this.ajvInstance === undefined) {
      const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, validateSchema: false, validateFormats: true });
      addFormats(ajv);
      ajv.addSchema(this.document as object, documentId);
      this.ajvInstance = ajv;
    }
    return this.ajvInstance;
  }

  /** The response object documented for a status: the exact code, then `4XX`-style ranges, then `default`. */
  documentedResponse(operation: Operation, status: number): { key: string; response: JsonObject } | undefined {
    const responses = (operation.definition.responses ?? {}) as Record<string, unknown>;
    for (const key of [String(status), `${String(status)[0]}XX`, 'default']) {
      if (responses[key] !== undefined) return { key, response: resolveRef(this.document, responses[key]) };
    }
    return undefined;
  }

  /** Validates a value against the schema at a pointer of the document (segments unescaped). */
  validateAt(segments: string[], value: unknown, label: string): Violation[] {
    const pointer = pointerTo(segments);
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${documentId}${pointer}` });
      this.compiled.set(pointer, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => {
      const violation = describeAjvError(error, label);
      const schemaPointer = this.pointerOfNode(error.parentSchema);
      if (!schemaPointer) return violation;
      const alternatives = (error.keyword === 'oneOf' || error.keyword === 'anyOf') && Array.isArray((error.parentSchema as Record<string, unknown>)[error.keyword]) ? ((error.parentSchema as Record<string, unknown[]>)[error.keyword] ?? []) : [];
      const branches = alternatives.map((_branch, index) => this.validateAt([...schemaPointer, error.keyword, String(index)], error.data, violation.at));
      return { ...violation, schemaPointer, ...(branches.length > 0 ? { branches } : {}) };
    });
  }

  private nodePointers: WeakMap<object, string[]> | undefined;

  /**
   * The document pointer of a schema object ajv reports (its `parentSchema`):
   * ajv's own schemaPath is relative to whichever schema a `$ref` entered, so
   * the objects are indexed once, on the first violation, by identity.
   */
  private pointerOfNode(node: unknown): string[] | undefined {
    if (typeof node !== 'object' || node === null) return undefined;
    if (!this.nodePointers) {
      const index = new WeakMap<object, string[]>();
      const visit = (value: unknown, pointer: string[]) => {
        if (typeof value !== 'object' || value === null || index.has(value)) return;
        index.set(value, pointer);
        for (const [key, child] of Object.entries(value)) visit(child, [...pointer, key]);
      };
      visit(this.document, []);
      this.nodePointers = index;
    }
    return this.nodePointers.get(node);
  }

  /** Checks a response's status and body against the operation's documented responses. */
  checkResponse(operation: Operation, status: number, contentType: string | null, body: unknown): ResponseCheck {
    const documented = this.documentedResponse(operation, status);
    if (!documented) return { documentedStatus: undefined, violations: [] };
    const content = documented.response.content as Record<string, { schema?: unknown }> | undefined;
    if (!content || body === undefined) return { documentedStatus: documented.key, violations: [] };
    const mediaType = matchMediaType(Object.keys(content), contentType);
    if (!mediaType || !content[mediaType]?.schema || !mediaType.includes('json')) {
      return { documentedStatus: documented.key, violations: [] };
    }
    const responsePointer = responsePointerOf(operation, documented.key);
    return {
      documentedStatus: documented.key,
      violations: this.validateAt([...responsePointer, 'content', mediaType, 'schema'], body, 'body'),
    };
  }

  /**
   * Checks a response's headers against those its documented response declares:
   * required ones present, each present one valid against its schema (ajv, as for
   * parameters, after the same coercion from text).
   */
  checkResponseHeaders(operation: Operation, status: number, headers: Headers): HeaderViolation[] {
    const documented = this.documentedResponse(operation, status);
    if (!documented) return [];
    const declared = (documented.response.headers ?? {}) as Record<string, unknown>;
    const violations: HeaderViolation[] = [];
    for (const [name, raw] of Object.entries(declared)) {
      // OpenAPI: a response header named Content-Type is ignored; the media type says it.
      if (name.toLowerCase() === 'content-type') continue;
      const header = resolveRef<JsonObject>(this.document, raw);
      const value = headers.get(name);
      if (value === null) {
        if (header.required === true) {
          violations.push({ header: name, value: undefined, at: `header ${name}`, field: '', keyword: 'required', documented: 'a required header', received: 'nothing' });
        }
        continue;
      }
      if (header.schema === undefined) continue;
      const headerPointer = isLocalRef(raw) ? pointerSegments(raw.$ref) : [...responsePointerOf(operation, documented.key), 'headers', name];
      const typed = coerceToSchema(this.document, resolveRef<JsonObject>(this.document, header.schema), [value]);
      for (const violation of this.validateAt([...headerPointer, 'schema'], typed, `header ${name}`)) violations.push({ header: name, value, ...violation });
    }
    return violations;
  }

  /** Validates a request body against the operation's documented request body schema. */
  checkRequestBody(operation: Operation, mediaType: string, body: unknown): Violation[] {
    const requestBody = resolveRef<JsonObject>(this.document, operation.definition.requestBody ?? {});
    const content = requestBody.content as Record<string, { schema?: unknown }> | undefined;
    if (!content?.[mediaType]?.schema) return [];
    const base = requestBodyPointerOf(operation);
    return this.validateAt([...base, 'content', mediaType, 'schema'], body, 'body');
  }
}

/** Pointer segments to the response object, following a `$ref` to components when there is one. */
function responsePointerOf(operation: Operation, key: string): string[] {
  const raw = (operation.definition.responses as Record<string, JsonObject>)[key];
  if (raw && typeof raw.$ref === 'string') return pointerSegments(raw.$ref as string);
  return ['paths', operation.path, operation.method, 'responses', key];
}

function requestBodyPointerOf(operation: Operation): string[] {
  const raw = operation.definition.requestBody as JsonObject | undefined;
  if (raw && typeof raw.$ref === 'string') return pointerSegments(raw.$ref as string);
  return ['paths', operation.path, operation.method, 'requestBody'];
}

/** Picks the documented media type matching a Content-Type header (parameters ignored, `*` wildcards honoured). */
export function matchMediaType(documented: string[], contentType: string | null): string | undefined {
  const received = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const exact = documented.find((candidate) => candidate.toLowerCase() === received);
  if (exact) return exact;
  return documented.find((candidate) => {
    const [type, subtype] = candidate.toLowerCase().split('/');
    const [receivedType, receivedSubtype] = received.split('/');
    return (type === '*' || type === receivedType) && (subtype === '*' || subtype === receivedSubtype);
  });
}

function readablePath(label: string, segments: string[]): string {
  return label + segments.map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join('');
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Turns one ajv error into "at / documented / received" in the words a report reader uses. */
export function describeAjvError(error: ErrorObject, label: string): Violation {
  const params = error.params as Record<string, unknown>;
  const segments = pointerSegments(error.instancePath);
  const named = (extra: string | undefined) => (extra === undefined ? segments : [...segments, extra]);
  const base = (extra?: string) => ({
    keyword: error.keyword,
    field: named(extra).join('.'),
    at: readablePath(label, named(extra)),
    ...errorStatusOf(error),
  });
  switch (error.keyword) {
    case 'required':
      return { ...base(String(params.missingProperty)), documented: 'a required property', received: 'nothing' };
    case 'additionalProperties':
      return { ...base(String(params.additionalProperty)), documented: 'no such property (additionalProperties: false)', received: 'an undocumented property' };
    case 'enum':
      return { ...base(), documented: `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, received: show(error.data) };
    case 'const':
      return { ...base(), documented: `the constant ${JSON.stringify(params.allowedValue)}`, received: show(error.data) };
    case 'type':
      return { ...base(), documented: `type ${String(params.type)}`, received: `${typeName(error.data)} ${show(error.data)}` };
    case 'format':
      return { ...base(), documented: `format ${String(params.format)}`, received: show(error.data) };
    case 'minLength':
      return { ...base(), documented: `at least ${String(params.limit)} characters`, received: show(error.data) };
    case 'maxLength':
      return { ...base(), documented: `at most ${String(params.limit)} characters`, received: `${String((error.data as string).length)} characters` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base(), documented: `${String(params.comparison)} ${String(params.limit)}`, received: show(error.data) };
    case 'minItems':
      return { ...base(), documented: `at least ${String(params.limit)} items`, received: `${String((error.data as unknown[]).length)} items` };
    case 'maxItems':
      return { ...base(), documented: `at most ${String(params.limit)} items`, received: `${String((error.data as unknown[]).length)} items` };
    case 'pattern':
      return { ...base(), documented: `a string matching ${String(params.pattern)}`, received: show(error.data) };
    default:
      return { ...base(), documented: `${error.keyword}: ${error.message ?? ''}`.trim(), received: show(error.data) };
  }
}

function errorStatusOf(error: ErrorObject): { errorStatus?: number } {
  const status = (error.parentSchema as Record<string, unknown> | undefined)?.['x-error-status'];
  return typeof status === 'number' ? { errorStatus: status } : {};
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

export function formatViolation(violation: Violation): string {
  return `${violation.at}: received ${violation.received} / documented ${violation.documented}`;
}
