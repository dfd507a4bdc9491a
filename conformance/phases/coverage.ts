/**
 * The coverage phase: every documented edge of every query, path and header
 * parameter and every request body field, one at a time on the contract's
 * valid request. Positive cases (exactly at a bound, each enum value, null
 * where nullable, an empty array where allowed, each oneOf branch, an optional
 * field present and absent) must be accepted; each one-constraint violation
 * must be refused, and so must (full level) a body that is not JSON at all.
 * Every case is first checked against the contract with ajv, so an
 * expectation the generator got wrong never reaches the server.
 */
import { parameterExample, sampleSchema } from '../../contract/examples.ts';
import type { JsonObject, Operation } from '../../contract/spec.ts';
import { type Edge, negativeEdges, positiveEdges } from '../generate/edges.ts';
import { bodyFields } from '../generate/fields.ts';
import { locate } from '../generate/arbitrary.ts';
import type { RequestParts } from '../http.ts';
import type { Session } from '../session.ts';
import type { ConstraintRef, TestCase } from '../types.ts';
import { bodySchemaPointer, jsonBodyMediaType, type LocatedParameter, locatedParameters, valueAt, withValueAt } from './pointers.ts';

/**
 * Opaque page tokens are only valid when the server issued them: no value of
 * their schema is valid on its own, so neither edges nor generated values are sent.
 */
export const opaqueTokenName = /^(cursor|after|before|page_?token|next_?token|starting_after|ending_before)$/i;

/** Query bounds are left alone: the documentation lets servers clamp them ("capped at 100"). */
const clampedKeywords = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

export interface CoverageOptions {
  /** Positive cases only make sense when the example request itself was accepted. */
  baselineAccepted: boolean;
  limit: number;
}

export function coverageCases(session: Session, operation: Operation, options: CoverageOptions): TestCase[] {
  const builder = new CaseBuilder(session, operation);
  builder.malformedBodyCase();
  for (const located of locatedParameters(session.contract.document, operation)) builder.parameterCases(located, options.baselineAccepted);
  builder.bodyCases(options.baselineAccepted);
  // Negatives first (they change nothing on the server), then positives, within the limit.
  const negatives = builder.cases.filter((testCase) => testCase.expect === 'invalid');
  const positives = builder.cases.filter((testCase) => testCase.expect === 'valid');
  // Judged only by what every answer must hold (no 5xx, a documented status): an unissued cursor.
  const anyAnswer = builder.cases.filter((testCase) => testCase.expect === 'any');
  return [...anyAnswer, ...negatives, ...positives].slice(0, options.limit);
}

class CaseBuilder {
  readonly cases: TestCase[] = [];
  private readonly valid: RequestParts;
  private readonly document: JsonObject;

  constructor(
    private readonly session: Session,
    private readonly operation: Operation,
  ) {
    this.valid = session.validRequest(operation);
    this.document = session.contract.document;
  }

  private add(expect: 'valid' | 'invalid', parts: RequestParts, description: string, constraint: ConstraintRef): void {
    const testCase: TestCase = { source: 'coverage', operation: this.operation, identity: 'a', parts, expect, description, ...(expect === 'invalid' ? { violates: constraint } : { exercises: constraint }) };
    this.cases.push(testCase);
  }

  parameterCases({ parameter, pointer }: LocatedParameter, baselineAccepted: boolean): void {
    if (parameter.in === 'query' && opaqueTokenName.test(parameter.name)) {
      // A token this server never issued may be refused, or read as no position; what it may not do is break the server.
      const parts = this.withParameter(parameter.in, parameter.name, 'not-issued-by-this-server');
      this.cases.push({ source: 'coverage', operation: this.operation, identity: 'a', parts, expect: 'any', description: `${parameter.name} the server never issued`, exercises: { pointer } });
      return;
    }
    // The identity's own headers (a tenant, a project) are set by --auth and win over the request's.
    if (parameter.in === 'header' && this.session.isIdentityHeader(parameter.name)) return;
    const schemaPointer = [...pointer, 'schema'];
    const schema = parameter.schema ?? {};
    const via = [pointer];
    const label = parameter.in === 'header' ? `header ${parameter.name}` : `${parameter.in} parameter ${parameter.name}`;
    const current = this.currentValue(parameter.in, parameter.name);
    const withValue = (value: unknown): RequestParts => this.withParameter(parameter.in, parameter.name, value);
    const validates = (value: unknown) => this.session.contract.validator.validateAt(schemaPointer, value, label).length === 0;

    if (parameter.required && parameter.in !== 'path') {
      this.add('invalid', this.withParameter(parameter.in, parameter.name, undefined), `required ${label} left out`, { pointer, keyword: 'required', via });
    }
    if (!parameter.required && current === undefined && baselineAccepted && parameter.in !== 'path') {
      const example = parameterExample(this.session.contract.document, parameter);
      if (example !== undefined && validates(example)) this.add('valid', withValue(example), `optional ${label} present`, { pointer, via });
    }
    const { schema: resolved } = locate(this.document, schema, schemaPointer);
    const items = resolved.type === 'array' ? locate(this.document, resolved.items ?? {}, [...schemaPointer, 'items']) : undefined;
    const wrap = (value: unknown) => (items ? [value] : value);
    if (baselineAccepted && parameter.in !== 'path') {
      for (const edge of positiveEdges(this.document, items?.schema ?? schema, items?.pointer ?? schemaPointer)) {
        if (edge.value === null || !validates(wrap(edge.value))) continue;
        this.add('valid', withValue(wrap(edge.value)), `${parameter.name} at ${edge.description}`, { pointer: edge.pointer, keyword: edge.keyword, via });
      }
    }
    for (const edge of negativeEdges(this.document, items?.schema ?? schema, items?.pointer ?? schemaPointer)) {
      if (!this.parameterNegativeMeaningful(parameter.in, edge)) continue;
      if (validates(wrap(edge.value)) || (items && validates(edge.value))) continue;
      this.add('invalid', withValue(wrap(edge.value)), `${label}: ${edge.description}`, { pointer: edge.pointer, keyword: edge.keyword, via });
    }
  }

  /**
   * In a query string or header every value is text, and one value is a valid
   * one-item array: only values no documented type can read are invalid there.
   * A wrong path id is refused as "not found" as much as "invalid": only
   * malformed uuids and numbers are sent there. An empty value reads as no
   * value at all to many servers, so it is never the violation sent.
   */
  private parameterNegativeMeaningful(location: string, edge: Edge): boolean {
    if (location === 'path') return edge.keyword === 'format' || (edge.keyword === 'type' && typeof edge.value === 'string');
    if (clampedKeywords.has(edge.keyword) && location === 'query') return false;
    // `?name=` and an empty header read as "not given" to many servers (and Prism): not a violation anyone can rely on.
    if (edge.value === '') return false;
    if (edge.keyword === 'type') return typeof edge.value === 'string' || (typeof edge.value === 'number' && !Number.isInteger(edge.value));
    return true;
  }

  private currentValue(location: string, name: string): unknown {
    if (location === 'path') return this.valid.path?.[name];
    if (location === 'query') return this.valid.query?.[name];
    return this.valid.headers?.[name];
  }

  private withParameter(location: string, name: string, value: unknown): RequestParts {
    const parts: RequestParts = { ...this.valid, path: { ...this.valid.path }, query: { ...this.valid.query }, headers: { ...this.valid.headers } };
    if (location === 'path') parts.path![name] = String(value);
    else if (location === 'query') {
      if (value === undefined) delete parts.query![name];
      else parts.query![name] = value;
    } else if (location === 'header') {
      if (value === undefined) {
        // Left out entirely: the identity's headers are merged in later, so strip it there too.
        const headers = this.session.headersFor('a', parts.headers);
        for (const header of Object.keys(headers)) if (header.toLowerCase() === name.toLowerCase()) delete headers[header];
        parts.rawHeaders = headers;
      } else parts.headers![name] = String(value);
    }
    return parts;
  }

  /**
   * The example body cut short by its last character (`{"name": "x"` for an
   * object), sent with the documented JSON media type: text that is not JSON
   * at all must be refused like any other invalid body, never read as an
   * empty body or fail the server. Once per operation, whatever its body's shape.
   * Full level only: Prism, the schema level's reference server, refuses it
   * with an error body of its own, not the contract's.
   */
  malformedBodyCase(): void {
    if (this.session.level !== 'full') return;
    const json = jsonBodyMediaType(this.session.contract.document, this.operation);
    if (!json) return;
    const { body, ...withoutBody } = this.valid;
    const text = JSON.stringify(body ?? {});
    const truncated = text.length >= 2 && (text.startsWith('{') || text.startsWith('[')) ? text.slice(0, -1) : '{';
    const shownText = truncated.length > 40 ? `${truncated.slice(0, 37)}...` : truncated;
    this.add('invalid', { ...withoutBody, rawBody: truncated, contentType: json.mediaType }, `a body that is not JSON (${shownText}) sent as ${json.mediaType}`, { pointer: json.pointer, via: json.via });
  }

  bodyCases(baselineAccepted: boolean): void {
    const located = bodySchemaPointer(this.operation);
    const body = this.valid.body;
    if (!located || body === undefined) return;
    const rootSchema = valueAtPointer(this.document, located.schema);
    if (rootSchema === undefined) return;
    const bodyValid = (candidate: unknown) => this.session.contract.validator.checkRequestBody(this.operation, 'application/json', candidate).length === 0;
    if (!bodyValid(body)) return;
    const root = locate(this.document, rootSchema, located.schema);
    const via = [...located.via, root.pointer];
    const withBody = (value: unknown): RequestParts => ({ ...this.valid, body: value });
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
    this.add('invalid', withBody([]), 'a JSON array where an object body is documented', { pointer: root.pointer, keyword: 'type', via });
    if (root.schema.additionalProperties === false) {
      this.add('invalid', withBody({ ...body, undocumentedField: true }), 'an undocumented body field (additionalProperties: false)', { pointer: root.pointer, keyword: 'additionalProperties', via });
    }
    // A body that is one of several shapes (a command: start, pause…) is walked in the branch its example takes.
    const walked = this.exampleBranch(root, body) ?? { raw: rootSchema, pointer: located.schema };
    for (const field of bodyFields(this.document, walked.raw, walked.pointer)) {
      const parentPath = field.path.slice(0, -1);
      const parent = valueAt(body, parentPath);
      if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) continue;
      const name = `body.${field.path.join('.')}`;
      const present = field.path[field.path.length - 1]! in (parent as JsonObject);
      const fieldVia = [...via, field.parentPointer];
      const tryCase = (expect: 'valid' | 'invalid', candidate: unknown, description: string, constraint: ConstraintRef) => {
        if (bodyValid(candidate) !== (expect === 'valid')) return;
        if (expect === 'valid' && !baselineAccepted) return;
        this.add(expect, withBody(candidate), description, constraint);
      };
      if (field.required && present) {
        tryCase('invalid', withValueAt(body, field.path, undefined, true), `required body field ${field.path.join('.')} left out`, { pointer: field.parentPointer, keyword: 'required', via: fieldVia });
      }
      if (!field.required && present) tryCase('valid', withValueAt(body, field.path, undefined, true), `optional ${name} absent`, { pointer: field.pointer, via: fieldVia });
      if (!field.required && !present) {
        tryCase('valid', withValueAt(body, field.path, sampleSchema(this.session.contract.document, field.schema)), `optional ${name} present`, { pointer: field.pointer, via: fieldVia });
      }
      for (const edge of positiveEdges(this.document, field.schema, field.pointer)) {
        tryCase('valid', withValueAt(body, field.path, edge.value), `${name} at ${edge.description}`, { pointer: edge.pointer, keyword: edge.keyword, via: fieldVia });
      }
      for (const [index, branch] of ((field.schema.oneOf as unknown[] | undefined) ?? []).entries()) {
        const sample = sampleSchema(this.session.contract.document, branch);
        tryCase('valid', withValueAt(body, field.path, sample), `${name} as oneOf branch ${index + 1}`, { pointer: [...field.pointer, 'oneOf', String(index)], via: fieldVia });
      }
      for (const edge of negativeEdges(this.document, field.schema, field.pointer)) {
        tryCase('invalid', withValueAt(body, field.path, edge.value), `${name}: ${edge.description}`, { pointer: edge.pointer, keyword: edge.keyword, via: fieldVia });
      }
    }
  }

  /** The `oneOf` branch of a body schema that the example body matches, when the body is one. */
  private exampleBranch(root: { schema: JsonObject; pointer: string[] }, body: unknown): { raw: unknown; pointer: string[] } | undefined {
    const branches = root.schema.oneOf;
    if (!Array.isArray(branches) || root.schema.properties !== undefined) return undefined;
    for (const [index, raw] of branches.entries()) {
      const pointer = [...root.pointer, 'oneOf', String(index)];
      const target = locate(this.document, raw, pointer);
      if (this.session.contract.validator.validateAt(target.pointer, body, 'body').length === 0) return { raw, pointer };
    }
    return undefined;
  }
}

function valueAtPointer(document: JsonObject, pointer: string[]): unknown {
  return pointer.reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], document);
}
