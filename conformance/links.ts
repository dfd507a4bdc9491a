import { childAt, pointerSegments } from '../contract/json-pointer.ts';
import { type JsonObject, type Operation, resolveRef } from '../contract/spec.ts';
import type { RequestParts } from './http.ts';
import type { Session } from './session.ts';
import type { Exchange } from './types.ts';

export interface FollowedLink {
  name: string;
  target: Operation;
  /** Parameter values the link computed from the creating exchange. */
  parts: RequestParts;
  /** True when a parameter comes from the response body: the link names the created resource itself. */
  namesCreatedResource: boolean;
}

/** The links documented on the operation's first 2xx response. */
export function documentedLinks(session: Session, operation: Operation): Record<string, JsonObject> {
  const responses = (operation.definition.responses ?? {}) as Record<string, unknown>;
  for (const [status, raw] of Object.entries(responses)) {
    if (!status.startsWith('2')) continue;
    const links = resolveRef<JsonObject>(session.contract.document, raw).links as Record<string, unknown> | undefined;
    if (links) return Object.fromEntries(Object.entries(links).map(([name, link]) => [name, resolveRef<JsonObject>(session.contract.document, link)]));
  }
  return {};
}

/** Evaluates a runtime expression (`$response.body#/id`, `$request.path.id`, `$request.body#/agentId`). */
export function evaluate(expression: unknown, exchange: Exchange): unknown {
  if (typeof expression !== 'string' || !expression.startsWith('$')) return expression;
  const [source, pointer = ''] = expression.split('#');
  if (source === '$response.body') return childAt(exchange.response?.json, pointerSegments(pointer));
  if (source === '$request.body') return childAt(exchange.request.body, pointerSegments(pointer));
  const url = new URL(exchange.request.url);
  const requestPath = /^\$request\.path\.(.+)$/.exec(source!);
  if (requestPath) return pathValue(exchange, requestPath[1]!, url);
  const requestQuery = /^\$request\.query\.(.+)$/.exec(source!);
  if (requestQuery) return url.searchParams.get(requestQuery[1]!) ?? undefined;
  return undefined;
}

function pathValue(exchange: Exchange, name: string, url: URL): string | undefined {
  const template = exchange.operation.path.split('/');
  const actual = url.pathname.split('/').slice(-template.length);
  const index = template.indexOf(`{${name}}`);
  return index === -1 ? undefined : decodeURIComponent(actual[index] ?? '');
}

/** Every documented link of a creating exchange that can be followed with parameters alone. */
export function followableLinks(session: Session, creating: Exchange): FollowedLink[] {
  const followed: FollowedLink[] = [];
  for (const [name, link] of Object.entries(documentedLinks(session, creating.operation))) {
    if (link.requestBody !== undefined || typeof link.operationId !== 'string') continue;
    const target = session.operation(link.operationId);
    const base = session.validRequest(target);
    const parts: RequestParts = { path: { ...base.path }, query: { ...base.query }, headers: base.headers ?? {} };
    let namesCreatedResource = false;
    let complete = true;
    for (const [parameterName, expression] of Object.entries((link.parameters ?? {}) as Record<string, unknown>)) {
      const value = evaluate(expression, creating);
      if (value === undefined || value === null) complete = false;
      if (typeof expression === 'string' && expression.startsWith('$response.body')) namesCreatedResource = true;
      const bare = parameterName.replace(/^(path|query|header)\./, '');
      const location = target.parameters.find((parameter) => parameter.name === bare)?.in ?? 'path';
      if (location === 'query') parts.query![bare] = value;
      else if (location === 'header') parts.headers![bare] = String(value);
      else parts.path![bare] = String(value);
    }
    if (complete) followed.push({ name, target, parts: target.method === 'get' || target.method === 'delete' ? { path: parts.path, query: parts.query, headers: parts.headers } : { ...parts, body: base.body }, namesCreatedResource });
  }
  return followed;
}

/** Path ids made unique to this run: each example id with the suffix, so that creates keyed by their path do not collide. */
export function uniqueIds(path: Record<string, string> | undefined, suffix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(path ?? {}).map(([name, value]) => [name, `${value}-${suffix}`]));
}

/** Registers the DELETE links of what a create made, so that cleanup removes it even when the run stops early. */
export function rememberCreated(session: Session, exchange: Exchange): void {
  const status = exchange.response?.status;
  if (status === undefined || status < 200 || status >= 300 || exchange.operation.method !== 'post') return;
  for (const link of followableLinks(session, exchange)) {
    if (link.target.method === 'delete' && link.namesCreatedResource) session.remember(link.target, link.parts.path ?? {});
  }
}

/** Creates a resource with the operation's valid request, its path ids made unique to this run. */
export async function createForLinks(session: Session, operation: Operation): Promise<Exchange | undefined> {
  const valid = session.validRequest(operation);
  const path = uniqueIds(valid.path, session.uniqueSuffix());
  let exchange = await session.call(operation, { ...valid, path });
  // A create under an existing parent (e.g. /workflows/{id}/versions) needs the example's own ids.
  if (exchange.response?.status === 404 && Object.keys(path).length > 0) exchange = await session.call(operation, valid);
  const status = exchange.response?.status;
  return status !== undefined && status >= 200 && status < 300 ? exchange : undefined;
}
