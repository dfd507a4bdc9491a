import { type JsonObject, type Operation, resolveRef } from '../../contract/spec.ts';
import type { Session } from '../session.ts';
import { applies, type ProbeCheck } from './probe.ts';

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

export const credentialsRequired: ProbeCheck = {
  name: 'missing or invalid credentials rejected',
  description: 'An operation that documents a security requirement answers 401 to a request without credentials, and (full level) to one whose credentials are present but unusable.',
  level: 'schema',
  async probe(session, operation) {
    if (!applies(session, this, operation)) return;
    const security = securityOf(session, operation);
    if (security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0)) {
      session.skip(this.name, `${operation.operationId}: documented without security`);
      return;
    }
    const valid = session.validRequest(operation);
    const withoutCredentials = session.headersFor('none', valid.headers);
    const missing = await session.call(operation, { ...valid, rawHeaders: withoutCredentials }, 'none');
    if (missing.response) {
      session.expect(this.name, missing, missing.response.status === 401, `received ${missing.response.status} without credentials / documented 401`);
    }
    if (session.level !== 'full') return;
    const unusable = await session.call(operation, { ...valid, rawHeaders: { ...withoutCredentials, ...unusableCredentials(session, operation) } }, 'none');
    if (unusable.response) {
      session.expect(this.name, unusable, unusable.response.status === 401, `received ${unusable.response.status} with unusable credentials / documented 401`);
    }
  },
};
