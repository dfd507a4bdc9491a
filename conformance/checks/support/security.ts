import { type JsonObject, type OpenApiDocument, type Operation, operationsOf, resolveRef } from '../../../contract/spec.ts';
import { isWebSocket } from './operations.ts';

/** One alternative of an operation's `security`: scheme name → scopes. */
export type SecurityRequirement = Record<string, string[]>;

/** The operation's own `security`, else the document's. */
export function securityOf(document: OpenApiDocument, operation: Operation): SecurityRequirement[] {
  return (operation.definition.security as SecurityRequirement[] | undefined) ?? (document.security as SecurityRequirement[] | undefined) ?? [];
}

/** Where the operation's security requirements are written: its own `security`, else the document's. */
export function securityPointer(operation: Operation): string[] {
  return operation.definition.security !== undefined ? ['paths', operation.path, operation.method, 'security'] : ['security'];
}

/** True when the operation documents a security requirement that cannot be met anonymously. */
export function isSecuredIn(document: OpenApiDocument, operation: Operation): boolean {
  const security = securityOf(document, operation);
  return security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0);
}

/** A scheme an operation accepts that travels in a request header, and that header's lower-case name. */
export interface HeaderScheme {
  header: string;
  scheme: JsonObject;
}

/**
 * The schemes of every alternative of the operation's requirements that are
 * sent in a header: an `apiKey` in a header, or any `http` scheme (Authorization).
 * Cookie and query keys are left out: the suite never varies them.
 */
export function headerSchemes(document: OpenApiDocument, operation: Operation): HeaderScheme[] {
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, unknown>;
  const found = new Map<string, HeaderScheme>();
  for (const requirement of securityOf(document, operation)) {
    for (const name of Object.keys(requirement)) {
      if (schemes[name] === undefined) continue;
      const scheme = resolveRef<JsonObject>(document, schemes[name]);
      if (scheme.type === 'apiKey' && scheme.in === 'header') found.set(String(scheme.name).toLowerCase(), { header: String(scheme.name).toLowerCase(), scheme });
      if (scheme.type === 'http' && !found.has('authorization')) found.set('authorization', { header: 'authorization', scheme });
    }
  }
  return [...found.values()];
}

/**
 * Another operation that takes the same credentials and can be asked safely
 * with its own example request: a GET on a path without ids (so that no 404
 * stands in for a refusal) that answers neither a stream nor an upgrade.
 * Where a credential is refused there, it is one the server does not accept.
 */
export function referenceOperation(api: string, document: OpenApiDocument, operation: Operation): Operation | undefined {
  const requirements = JSON.stringify(securityOf(document, operation));
  for (const candidate of operationsOf(api, document)) {
    if (candidate.operationId === operation.operationId || candidate.method !== 'get' || isWebSocket(candidate)) continue;
    if (candidate.parameters.some((parameter) => parameter.in === 'path')) continue;
    if (JSON.stringify(securityOf(document, candidate)) !== requirements) continue;
    if (answersOnlyStreams(document, candidate)) continue;
    return candidate;
  }
  return undefined;
}

/** A stream may never end: the suite reads it only for a moment, too little to judge a refusal (or a state) by. */
export function answersOnlyStreams(document: OpenApiDocument, operation: Operation): boolean {
  const responses = (operation.definition.responses ?? {}) as Record<string, unknown>;
  const types: string[] = [];
  for (const [status, raw] of Object.entries(responses)) {
    if (status.startsWith('2')) types.push(...Object.keys((resolveRef<JsonObject>(document, raw).content ?? {}) as object));
  }
  return types.length > 0 && types.every((type) => type === 'text/event-stream');
}

/** The request headers credentials travel in, lower-cased: Authorization, Cookie and every API-key header the contract declares. */
export function credentialHeaderNames(document: OpenApiDocument): Set<string> {
  const names = new Set(['authorization', 'cookie']);
  for (const scheme of Object.values((document.components?.securitySchemes ?? {}) as Record<string, JsonObject>)) {
    if (scheme.type === 'apiKey' && scheme.in === 'header') names.add(String(scheme.name).toLowerCase());
  }
  return names;
}
