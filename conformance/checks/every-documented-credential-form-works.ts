import { type JsonObject, type OpenApiDocument, type Operation, resolveRef } from '../../contract/spec.ts';
import type { RequestParts } from '../http.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, ConstraintRef, Exchange, Issue, TestCase } from '../types.ts';
import { memo, resourceOf } from './support/contract-model.ts';
import { ownRequestFor } from './support/own-values.ts';
import { identityHeaders, isExampleCase, linkParts, named, succeeded } from './support/resources.ts';
import { securityOf, securityPointer } from './support/security.ts';

const name = 'every documented credential form works';

/**
 * The contract's marker that two schemes carry one secret (a key in x-api-key
 * and the same key as a Bearer token). Only the contract can say so: a PAT
 * sent as a Bearer and a session cookie are two credentials, and a server
 * that takes one for the other would be wrong.
 */
const marker = 'x-same-credential-as';

/** A scheme that carries one opaque value, and where that value travels. */
interface Form {
  scheme: string;
  in: 'header' | 'cookie' | 'query' | 'bearer';
  /** The header, cookie or query parameter name; `authorization` for a bearer. */
  name: string;
}

function formOf(document: OpenApiDocument, scheme: string): Form | undefined {
  const raw = ((document.components?.securitySchemes ?? {}) as Record<string, unknown>)[scheme];
  if (raw === undefined) return undefined;
  const node = resolveRef<JsonObject>(document, raw);
  if (node.type === 'http' && String(node.scheme).toLowerCase() === 'bearer') return { scheme, in: 'bearer', name: 'authorization' };
  if (node.type !== 'apiKey' || typeof node.name !== 'string') return undefined;
  if (node.in === 'header') return { scheme, in: 'header', name: node.name.toLowerCase() };
  if (node.in === 'cookie' || node.in === 'query') return { scheme, in: node.in, name: node.name };
  return undefined;
}

/** Scheme name → the schemes the markers join it with, itself included (the marker read both ways, and through chains). */
function sameCredentialGroups(document: OpenApiDocument): Map<string, string[]> {
  return memo(document, 'same-credential groups', () => {
    const schemes = (document.components?.securitySchemes ?? {}) as Record<string, unknown>;
    const groups = new Map<string, Set<string>>(Object.keys(schemes).map((scheme) => [scheme, new Set([scheme])]));
    for (const scheme of Object.keys(schemes)) {
      const other = resolveRef<JsonObject>(document, schemes[scheme])[marker];
      if (typeof other !== 'string' || !groups.has(other)) continue;
      const joined = new Set([...groups.get(scheme)!, ...groups.get(other)!]);
      for (const member of joined) groups.set(member, joined);
    }
    return new Map([...groups].map(([scheme, group]) => [scheme, [...group]]));
  });
}

/** The forms of each secret the operation documents as alternatives: groups of two or more schemes, each alone a whole requirement. */
function alternativeForms(document: OpenApiDocument, operation: Operation): Form[][] {
  return memo(document, `credential forms:${operation.operationId}`, () => {
    const alone = securityOf(document, operation).filter((requirement) => Object.keys(requirement).length === 1).map((requirement) => Object.keys(requirement)[0]!);
    const groups = sameCredentialGroups(document);
    const found = new Map<string, Form[]>();
    for (const scheme of alone) {
      const group = groups.get(scheme);
      const form = formOf(document, scheme);
      if (!group || !form) continue;
      const key = group.join(' ');
      found.set(key, [...(found.get(key) ?? []).filter((known) => known.scheme !== scheme), form]);
    }
    return [...found.values()].filter((forms) => forms.length > 1);
  });
}

function header(headers: Record<string, string>, wanted: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

function cookies(headers: Record<string, string>): [string, string][] {
  return (header(headers, 'cookie') ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '')
    .map((pair) => [pair.slice(0, Math.max(pair.indexOf('='), 0)), pair.slice(pair.indexOf('=') + 1)]);
}

/** The secret identity A sends in this form, if it sends one there. */
function carried(headers: Record<string, string>, form: Form): string | undefined {
  if (form.in === 'bearer') return /^bearer\s+(\S+)\s*$/i.exec(header(headers, 'authorization') ?? '')?.[1];
  if (form.in === 'header') return header(headers, form.name) || undefined;
  if (form.in === 'cookie') return cookies(headers).find(([cookie]) => cookie === form.name)?.[1] || undefined;
  return undefined;
}

function withoutForm(headers: Record<string, string>, form: Form): Record<string, string> {
  if (form.in === 'query') return headers;
  if (form.in !== 'cookie') return Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== form.name));
  const rest = cookies(headers).filter(([cookie]) => cookie !== form.name);
  const others = Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== 'cookie'));
  return rest.length > 0 ? { ...others, cookie: rest.map(([cookie, value]) => `${cookie}=${value}`).join('; ') } : others;
}

/** The case's request with the secret in this form only (identity A's other headers kept). */
function inForm(parts: RequestParts, headers: Record<string, string>, forms: Form[], form: Form, secret: string): RequestParts {
  let bare = headers;
  for (const each of forms) bare = withoutForm(bare, each);
  const own = { ...parts.headers, ...bare };
  if (form.in === 'query') return { ...parts, query: { ...parts.query, [form.name]: secret }, rawHeaders: own };
  if (form.in === 'bearer') return { ...parts, rawHeaders: { ...own, authorization: `Bearer ${secret}` } };
  if (form.in === 'header') return { ...parts, rawHeaders: { ...own, [form.name]: secret } };
  const jar = [...cookies(own), [form.name, secret]].map(([cookie, value]) => `${cookie}=${value}`).join('; ');
  return { ...parts, rawHeaders: { ...Object.fromEntries(Object.entries(own).filter(([key]) => key.toLowerCase() !== 'cookie')), cookie: jar } };
}

function shown(form: Form): string {
  if (form.in === 'bearer') return 'Authorization: Bearer';
  if (form.in === 'header') return `the ${form.name} header`;
  return `the ${form.name} ${form.in === 'cookie' ? 'cookie' : 'query parameter'}`;
}

const refused = (exchange: Exchange): boolean => exchange.response?.status === 401 || exchange.response?.status === 403;

/** A create answered again in another form made a second resource: it goes at cleanup, as the first does. */
function rememberCreated(context: CheckContext, operation: Operation, exchange: Exchange): void {
  const resource = resourceOf(context.contract, operation);
  if (!succeeded(exchange) || !resource?.remove) return;
  const parts = linkParts(context, operation, resource.remove.link, exchange);
  if (parts) context.remember(resource.remove.operation, parts.path ?? {});
}

/** The marker that joins the two forms decides the finding's provenance; the operation's security and the schemes it passes through come along. */
function constraintFor(document: OpenApiDocument, operation: Operation, forms: Form[], target: Form): ConstraintRef {
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, unknown>;
  const marked = [target, ...forms].find((form) => resolveRef<JsonObject>(document, schemes[form.scheme])[marker] !== undefined) ?? target;
  const pointer = (form: Form) => ['components', 'securitySchemes', form.scheme];
  return { pointer: pointer(marked), keyword: marker, via: [securityPointer(operation), ...forms.filter((form) => form !== marked).map(pointer)] };
}

/**
 * The request the forms are tried on: the case's own where identity A was
 * served; where A's example was refused for what it names (an id this server
 * never issued), the same request on A's own values, except a delete, whose
 * resource the other checks' own-value probes share.
 */
async function servedRequest(testCase: TestCase, exchange: Exchange, context: CheckContext): Promise<{ parts: RequestParts; example: boolean } | undefined> {
  if (succeeded(exchange)) return { parts: testCase.parts, example: true };
  const status = exchange.response?.status;
  if (status === undefined || status < 400 || status >= 500 || status === 401 || status === 403 || testCase.operation.method === 'delete') return undefined;
  const own = await ownRequestFor(context, testCase.operation);
  return own ? { parts: own, example: false } : undefined;
}

async function judgeForms(testCase: TestCase, served: { parts: RequestParts; example: boolean }, context: CheckContext, forms: Form[], headers: Record<string, string>): Promise<Issue[]> {
  const given = forms.filter((form) => carried(headers, form) !== undefined);
  if (given.length === 0) return [];
  const source = given[0]!;
  const secret = carried(headers, source)!;
  const issues: Issue[] = [];
  for (const target of forms) {
    if (given.length === 1 && given[0] === target) continue;
    const probe = await context.send(testCase.operation, inForm(served.parts, headers, forms, target, secret));
    rememberCreated(context, testCase.operation, probe);
    if (!refused(probe)) continue;
    // Asked again in the form A was given (once, and only here): the first answer may have changed what this one finds (a second create, a spent quota), so only a served repeat shows the form alone refused.
    const again = await context.send(testCase.operation, inForm(served.parts, headers, forms, source, secret));
    rememberCreated(context, testCase.operation, again);
    if (!again.response || refused(again) || (!served.example && !succeeded(again))) continue;
    const others = forms.filter((form) => form !== target).map((form) => form.scheme);
    issues.push({
      message: `received ${probe.response!.status} from ${named(probe)} with identity A's credential as ${shown(target)} (${target.scheme}) / documented ${target.scheme} as the same credential as ${others.join(', ')}: the same request with ${shown(source)} was answered ${again.response.status}`,
      constraint: constraintFor(context.contract.document, testCase.operation, forms, target),
      exchange: probe,
    });
  }
  return issues;
}

export const everyDocumentedCredentialFormWorks = defineCheck({
  name,
  description: `Where an operation's security documents several schemes that carry one credential (joined by ${marker}, e.g. an API key in a header or the same key as a Bearer token), identity A's credential moved to each other form is not refused (401/403) where the form it was given in is served: on the example request, or on A's own values where the example names ids the server never issued; one request per operation and form.`,
  level: 'full',
  appliesTo(testCase, contract) {
    return isExampleCase(testCase, name) && alternativeForms(contract.document, testCase.operation).length > 0;
  },
  async judge(testCase, exchange, context) {
    const headers = identityHeaders(context, 'a');
    const served = headers ? await servedRequest(testCase, exchange, context) : undefined;
    if (!headers || !served) return [];
    const issues: Issue[] = [];
    for (const forms of alternativeForms(context.contract.document, testCase.operation)) issues.push(...(await judgeForms(testCase, served, context, forms, headers)));
    return issues;
  },
});
