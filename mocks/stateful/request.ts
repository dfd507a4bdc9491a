import { coerceToSchema } from '../../contract/coerce.ts';
import type { JsonObject, OpenApiDocument, Operation, Parameter } from '../../contract/document.ts';
import { pointerSegments, resolveRef } from '../../contract/json-pointer.ts';
import { type ContractValidator, matchMediaType, type Violation } from '../../contract/validator.ts';
import type { MockRequest } from './message.ts';
import { type ErrorStyle, type Problem, problem } from './problems.ts';
import { notUtf8, shapeViolation } from './shape.ts';

export const maxBodyBytes = 1024 * 1024;

export interface ParsedRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** Header parameters the request left out that the contract gives a default, by lower-case name. */
  headerDefaults: Record<string, string>;
  body: unknown;
  rawBody: string;
}

/**
 * An operation as its handler sees it after parsing: the query parameters named
 * in `Defaulted` are always present, because the parser fills the contract's
 * default when the request leaves them out.
 */
export type WithQueryDefaults<Op, Defaulted extends string> = Op extends { parameters: infer Params }
  ? Params extends { query?: infer Query }
    ? Omit<Op, 'parameters'> & {
        parameters: Omit<Params, 'query'> & {
          query: Omit<NonNullable<Query>, Defaulted> & { [Name in Defaulted & keyof NonNullable<Query>]-?: NonNullable<NonNullable<Query>[Name]> };
        };
      }
    : Op
  : Op;

/**
 * Reads, parses and validates a request against its operation: body size and
 * media type, JSON syntax and shape, then every parameter and the body against
 * the contract's schemas. Parameters left out take the contract's `default`.
 * Returns the coerced values or the first problem found.
 */
export function parseRequest(
  request: MockRequest,
  search: URLSearchParams,
  operation: Operation,
  pathParameters: Record<string, string>,
  validator: ContractValidator,
  style: ErrorStyle,
): ParsedRequest | Problem {
  const document = validator.document;
  const rawBody = request.body;
  if (request.bodyTooLarge || rawBody.length > maxBodyBytes) return problem('payload-too-large', 413, `Request body exceeds ${maxBodyBytes} bytes`);

  const violations: Violation[] = [];
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const headerDefaults: Record<string, string> = {};
  for (const { parameter, schema, schemaPointer } of parameterPlan(operation, document)) {
    let raw: string[] = [];
    if (parameter.in === 'path') raw = [pathParameters[parameter.name] ?? ''];
    else if (parameter.in === 'query') raw = search.getAll(parameter.name);
    else if (parameter.in === 'header') {
      const value = request.header(parameter.name);
      raw = value === null ? [] : [value];
    }
    if (raw.length === 0) {
      if (parameter.required) violations.push(missingParameter(parameter));
      else if (schema.default !== undefined && parameter.in === 'query') query[parameter.name] = structuredClone(schema.default);
      else if (schema.default !== undefined && parameter.in === 'header') headerDefaults[parameter.name.toLowerCase()] = String(schema.default);
      continue;
    }
    const value = coerceToSchema(document, schema, raw);
    violations.push(...validator.validateAt(schemaPointer, value, `${parameter.in} parameter ${parameter.name}`));
    if (parameter.in === 'path') path[parameter.name] = value;
    if (parameter.in === 'query') query[parameter.name] = value;
  }

  let body: unknown;
  const requestBody = operation.definition.requestBody
    ? resolveRef<JsonObject>(document, operation.definition.requestBody)
    : undefined;
  if (requestBody && rawBody.length > 0) {
    const content = (requestBody.content ?? {}) as Record<string, unknown>;
    const mediaType = matchMediaType(Object.keys(content), request.header('content-type'));
    if (!mediaType) {
      return problem('unsupported-media-type', 415, `Content-Type ${request.header('content-type') ?? '(none)'} is not supported; expected ${Object.keys(content).join(' or ')}`);
    }
    if (mediaType.includes('json')) {
      if (request.bodyNotUtf8) return problem('validation', style.validationStatus, 'Request body is not UTF-8', { violations: [notUtf8] });
      try {
        body = JSON.parse(rawBody);
      } catch (error) {
        // Refused like any invalid body, with the status the API documents for one (AgentRuntime documents 422, not 400).
        return problem('malformed-json', style.validationStatus, `Malformed JSON in request body: ${(error as Error).message}`);
      }
      const hostile = shapeViolation(body);
      if (hostile) return problem('validation', style.validationStatus, 'Request body has a shape the mock refuses', { violations: [hostile] });
      violations.push(...validator.checkRequestBody(operation, mediaType, body));
    } else {
      body = rawBody;
    }
  } else if (requestBody?.required) {
    violations.push({ at: 'body', field: '', keyword: 'required', documented: 'a request body', received: 'nothing' });
  }

  if (violations.length > 0) {
    const status = violations.find((violation) => violation.errorStatus === undefined)
      ? style.validationStatus
      : violations[0]!.errorStatus!;
    return problem('validation', status, 'Request validation failed', { violations });
  }
  return { path, query, headerDefaults, body, rawBody };
}

function missingParameter(parameter: Parameter): Violation {
  return {
    at: `${parameter.in} parameter ${parameter.name}`,
    field: parameter.name,
    keyword: 'required',
    documented: 'a required parameter',
    received: 'nothing',
  };
}

interface PlannedParameter {
  parameter: Parameter;
  schema: JsonObject;
  schemaPointer: string[];
}

const plans = new WeakMap<Operation, PlannedParameter[]>();

/** Each parameter with its resolved schema and the pointer to validate it by, worked out once per operation. */
function parameterPlan(operation: Operation, document: OpenApiDocument): PlannedParameter[] {
  let plan = plans.get(operation);
  if (!plan) {
    plan = operation.parameters
      .filter((parameter) => parameter.in !== 'cookie')
      .map((parameter) => ({
        parameter,
        schema: resolveRef<JsonObject>(document, parameter.schema ?? {}),
        schemaPointer: parameterSchemaPointer(operation, parameter, document),
      }));
    plans.set(operation, plan);
  }
  return plan;
}

function parameterSchemaPointer(operation: Operation, parameter: Parameter, document: OpenApiDocument): string[] {
  const pathItem = document.paths[operation.path]!;
  const candidates: [unknown[] | undefined, string[]][] = [
    [(pathItem[operation.method] as JsonObject).parameters as unknown[] | undefined, ['paths', operation.path, operation.method, 'parameters']],
    [pathItem.parameters as unknown[] | undefined, ['paths', operation.path, 'parameters']],
  ];
  for (const [list, base] of candidates) {
    const index = (list ?? []).findIndex((raw) => {
      const resolved = resolveRef<Parameter>(document, raw);
      return resolved.name === parameter.name && resolved.in === parameter.in;
    });
    if (index === -1) continue;
    const raw = list![index] as JsonObject;
    if (typeof raw.$ref === 'string') return [...pointerSegments(raw.$ref as string), 'schema'];
    return [...base, String(index), 'schema'];
  }
  throw new Error(`parameter ${parameter.name} not found in ${operation.operationId}`);
}
