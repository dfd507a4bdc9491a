import type { Operation } from '../../contract/spec.ts';
import { headerSchemes, isSecuredIn } from '../checks/support/security.ts';
import type { Session } from '../session.ts';
import type { TestCase } from '../types.ts';

/** Spaces and `!` lie outside the alphabets of a bearer token (RFC 6750) and of Basic's Base64: no http scheme can read this as a credential. */
const notACredential = 'not a credential!';

/**
 * Credentials in every header the operation's schemes use, none of them one
 * the scheme could accept: an empty API key (the only value an opaque key
 * cannot have) and an Authorization header whose token breaks its scheme's syntax.
 */
function malformedCredentials(session: Session, operation: Operation): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { header, scheme } of headerSchemes(session.contract.document, operation)) {
    if (scheme.type === 'apiKey') headers[header] = '';
    else headers[header] = `${schemeWord(String(scheme.scheme ?? 'bearer'))} ${notACredential}`;
  }
  return headers;
}

/**
 * Identity A's own credentials with every letter and digit moved one on
 * (`rt_live_a9` → `su_mjwf_b0`): the same length, separators and scheme word,
 * so that a server which checks only a credential's shape takes it, but a key
 * no server has issued. None when A sends no credential of these schemes.
 */
function unknownCredentials(session: Session, operation: Operation): Record<string, string> | undefined {
  const own = new Map(Object.entries(session.identities.a).map(([name, value]) => [name.toLowerCase(), value]));
  const headers: Record<string, string> = {};
  for (const { header, scheme } of headerSchemes(session.contract.document, operation)) {
    const value = own.get(header);
    if (value === undefined || value.trim() === '') continue;
    const withScheme = scheme.type === 'http' ? /^(\S+)\s+(.+)$/.exec(value) : null;
    headers[header] = withScheme ? `${withScheme[1]} ${lookalike(withScheme[2]!)}` : lookalike(value);
  }
  return Object.keys(headers).length > 0 ? headers : undefined;
}

function lookalike(text: string): string {
  let result = '';
  for (const character of text) {
    if (character >= 'a' && character <= 'z') result += character === 'z' ? 'a' : String.fromCharCode(character.charCodeAt(0) + 1);
    else if (character >= 'A' && character <= 'Z') result += character === 'Z' ? 'A' : String.fromCharCode(character.charCodeAt(0) + 1);
    else if (character >= '0' && character <= '9') result += character === '9' ? '0' : String.fromCharCode(character.charCodeAt(0) + 1);
    else result += character;
  }
  return result;
}

function schemeWord(scheme: string): string {
  return scheme.charAt(0).toUpperCase() + scheme.slice(1).toLowerCase();
}

function shown(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
    .join(', ');
}

/** True when the operation documents a security requirement that cannot be met anonymously. */
export function isSecured(session: Session, operation: Operation): boolean {
  return isSecuredIn(session.contract.document, operation);
}

/**
 * The credentials source: the valid request without credentials, and (full
 * level) with credentials present but unusable: malformed for their scheme,
 * and shaped like identity A's but unknown. Each is due a 401.
 */
export function credentialCases(session: Session, operation: Operation): TestCase[] {
  if (!isSecured(session, operation)) return [];
  const valid = session.validRequest(operation);
  const withoutCredentials = session.headersFor('none', valid.headers);
  const probe = (headers: Record<string, string>, credentials: TestCase['credentials'], description: string): TestCase => ({
    source: 'credentials',
    operation,
    identity: 'none',
    parts: { ...valid, rawHeaders: { ...withoutCredentials, ...headers } },
    expect: 'unauthorized',
    credentials,
    description,
  });
  const cases: TestCase[] = [probe({}, 'missing', 'without credentials')];
  if (session.level !== 'full') return cases;
  const malformed = malformedCredentials(session, operation);
  if (Object.keys(malformed).length > 0) cases.push(probe(malformed, 'malformed', `with credentials no scheme can read (${shown(malformed)})`));
  const unknown = unknownCredentials(session, operation);
  if (unknown) cases.push(probe(unknown, 'unknown', `with unknown credentials shaped like identity A's (${shown(unknown)})`));
  return cases;
}
