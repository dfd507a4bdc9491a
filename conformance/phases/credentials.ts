import { type JsonObject, type Operation, resolveRef } from '../../contract/spec.ts';
import type { Session } from '../session.ts';
import type { TestCase } from '../types.ts';

function securityOf(session: Session, operation: Operation): Record<string, string[]>[] {
  return (operation.definition.security as Record<string, string[]>[] | undefined) ?? session.contract.document.security ?? [];
}

/** Credentials of the documented schemes, each present but unusable: an empty key, a bearer token sent as Basic. */
function unusableCredentials(session: Session, operation: Operation): Record<string, string> {
  const headers: Record<string, string> = {};
  const schemes = (session.contract.document.components?.securitySchemes ?? {}) as Record<string, unknown>;
  for (const requirement of securityOf(session, operation)) {
    for (const name of Object.keys(requirement)) {
      const scheme = resolveRef<JsonObject>(session.contract.document, schemes[name]);
      if (scheme.type === 'apiKey' && scheme.in === 'header') headers[String(scheme.name)] = '';
      if (scheme.type === 'http') headers.Authorization = 'Basic Y29uZm9ybWFuY2U6aW52YWxpZA==';
    }
  }
  return headers;
}

/** True when the operation documents a security requirement that cannot be met anonymously. */
export function isSecured(session: Session, operation: Operation): boolean {
  const security = securityOf(session, operation);
  return security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0);
}

/**
 * The credentials source: the valid request without credentials, and (full
 * level) with credentials present but unusable. Both are due a 401.
 */
export function credentialCases(session: Session, operation: Operation): TestCase[] {
  if (!isSecured(session, operation)) return [];
  const valid = session.validRequest(operation);
  const withoutCredentials = session.headersFor('none', valid.headers);
  const cases: TestCase[] = [{ source: 'credentials', operation, identity: 'none', parts: { ...valid, rawHeaders: withoutCredentials }, expect: 'unauthorized', description: 'without credentials' }];
  if (session.level === 'full') {
    cases.push({ source: 'credentials', operation, identity: 'none', parts: { ...valid, rawHeaders: { ...withoutCredentials, ...unusableCredentials(session, operation) } }, expect: 'unauthorized', description: 'with unusable credentials' });
  }
  return cases;
}
