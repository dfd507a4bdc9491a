import type { Operation } from '../../../contract/spec.ts';
import type { RequestParts } from '../../http.ts';
import { evaluate, uniqueIds } from '../../links.ts';
import type { CheckContext, Exchange, IdentityName, TestCase } from '../../types.ts';
import { exemption, isWebSocket } from './operations.ts';
import { linksOf, operationsOf, type Resource, resourceOf } from './contract-model.ts';
import { singular } from './collections.ts';
import { walkList } from './paging.ts';

/**
 * The case every behaviour check starts from: the contract's own valid request
 * of an operation, unless the contract exempts the operation from the check
 * (`x-conformance-skip`) or it is a WebSocket upgrade, which fetch cannot make.
 */
export function isExampleCase(testCase: TestCase, check: string): boolean {
  if (testCase.source !== 'examples' || testCase.expect !== 'valid' || testCase.identity !== 'a') return false;
  return exemption(testCase.operation, check) === undefined && !isWebSocket(testCase.operation);
}

export function succeeded(exchange: Exchange | undefined): boolean {
  const status = exchange?.response?.status;
  return status !== undefined && status >= 200 && status < 300;
}

/** `GET /v1/x/1` as the report names a follow-up request. */
export function named(exchange: Exchange): string {
  const url = new URL(exchange.request.url);
  return `${exchange.request.method} ${url.pathname}${url.search}`;
}

type HeaderSource = { headersFor?(identity: IdentityName, own?: Record<string, string>): Record<string, string> };

/**
 * The headers an identity sends. The check interface does not name them; the
 * engine's context is the session itself (or wraps one), which knows them.
 * Undefined when neither does: the checks that need them then do less.
 */
export function identityHeaders(context: CheckContext, identity: IdentityName): Record<string, string> | undefined {
  const source = (context as HeaderSource).headersFor ? (context as HeaderSource) : (context as { session?: HeaderSource }).session;
  return source?.headersFor?.(identity);
}

/**
 * Creates a resource with the create's valid request, its path ids made unique
 * to this run (the example's own ids when the server needs an existing parent),
 * optionally with body fields replaced, and registers its delete for cleanup.
 */
export async function createResource(context: CheckContext, resource: Resource, body?: (valid: unknown) => unknown, identity: IdentityName = 'a', parentsAllowed = 2): Promise<Exchange> {
  const valid = context.validRequest(resource.create);
  const suffix = context.uniqueSuffix();
  const withBody = (parts: RequestParts): RequestParts => (body && parts.body !== undefined ? { ...parts, body: body(parts.body) } : parts);
  const path = uniqueIds(valid.path, suffix);
  let exchange = await context.send(resource.create, withBody({ ...valid, path }), identity);
  if (exchange.response?.status === 404 && Object.keys(path).length > 0) exchange = await context.send(resource.create, withBody(valid), identity);
  if (exchange.response?.status === 404 && Object.keys(path).length > 0 && parentsAllowed > 0) {
    const parentPath = await pathThroughParent(context, resource.create, identity, parentsAllowed - 1);
    if (parentPath) exchange = await context.send(resource.create, withBody({ ...valid, path: { ...valid.path, ...parentPath } }), identity);
  }
  if (isRefusedReference(exchange) && parentsAllowed > 0) {
    // The example's own body with the parents replaced, then whatever the caller makes of it: what it records as sent is what was sent.
    const body = await bodyThroughParents(context, resource.create, valid.body, identity, parentsAllowed - 1);
    if (body) exchange = await context.send(resource.create, withBody({ ...valid, path, body }), identity);
  }
  if (succeeded(exchange) && resource.remove) {
    const parts = linkParts(context, resource.create, resource.remove.link, exchange);
    if (parts) context.remember(resource.remove.operation, parts.path ?? {}, identity);
  }
  return exchange;
}

/** A create refused for what its body names: an unknown parent is a 404, or a 400/422 "not found" an API chose. */
function isRefusedReference(exchange: Exchange): boolean {
  const status = exchange.response?.status;
  return status === 404 || ((status === 400 || status === 422) && /not.?found|unknown|does not exist|no such|is not an? /i.test(exchange.response?.text ?? ''));
}

/** `workflow_id`, `agentId` → the word the parent's collection path is named by (`workflow`, `agent`). */
function referencedKind(field: string): string | undefined {
  const match = /^(.+?)(_id|Id)$/.exec(field);
  return match ? match[1]!.replace(/_/g, '').toLowerCase() : undefined;
}

/**
 * The create's body with the ids of the parents it names (`workflow_id` of
 * a webhook) replaced by parents made for it: the POST on a collection named
 * after the field (`/workflows` for workflow_id), its created key in place of
 * the example's id, which this server never issued.
 */
async function bodyThroughParents(context: CheckContext, create: Operation, body: unknown, identity: IdentityName, parentsAllowed: number): Promise<Record<string, unknown> | undefined> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const fresh: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  let replaced = false;
  for (const [field, value] of Object.entries(fresh)) {
    const kind = typeof value === 'string' ? referencedKind(field) : undefined;
    if (!kind) continue;
    const parent = operationsOf(context.contract).find((operation) => {
      if (operation.method !== 'post' || operation === create || operation.parameters.some((parameter) => parameter.in === 'path')) return false;
      const collection = operation.path.split('/').filter(Boolean).pop() ?? '';
      return singular(collection.replace(/[-_]/g, '').toLowerCase()) === kind;
    });
    if (!parent) continue;
    const made = await createResource(context, resourceOf(context.contract, parent) ?? { create: parent, key: 'id' }, undefined, identity, parentsAllowed);
    const key = (made.response?.json as Record<string, unknown> | undefined)?.[resourceOf(context.contract, parent)?.key ?? 'id'];
    if (!succeeded(made) || (typeof key !== 'string' && typeof key !== 'number')) continue;
    fresh[field] = key;
    replaced = true;
  }
  return replaced ? fresh : undefined;
}

/**
 * Path ids for a create nested under a parent the example names but this
 * server does not have: another create whose documented link reaches this one
 * makes the parent (`createWorkflow` → `runWorkflowCommand` with its id).
 */
async function pathThroughParent(context: CheckContext, create: Operation, identity: IdentityName, parentsAllowed: number): Promise<Record<string, string> | undefined> {
  for (const parent of operationsOf(context.contract)) {
    if (parent.method !== 'post' || parent === create) continue;
    const link = Object.values(linksOf(context.contract.document, parent)).find((candidate) => candidate.operationId === create.operationId);
    if (!link) continue;
    const made = await createResource(context, resourceOf(context.contract, parent) ?? { create: parent, key: 'id' }, undefined, identity, parentsAllowed);
    if (!succeeded(made)) continue;
    const path: Record<string, string> = {};
    for (const [name, expression] of Object.entries((link.parameters ?? {}) as Record<string, unknown>)) {
      const value = evaluate(expression, made);
      if (value !== undefined && value !== null) path[name.replace(/^path\./, '')] = String(value);
    }
    return path;
  }
  return undefined;
}

/** The request a documented link computes from a creating exchange; undefined when a value is missing. */
export function linkParts(context: CheckContext, create: Operation, linkName: string, creating: Exchange): RequestParts | undefined {
  const link = linksOf(context.contract.document, create)[linkName];
  if (!link || typeof link.operationId !== 'string') return undefined;
  const target = context.operation(link.operationId);
  const base = context.validRequest(target);
  const parts: RequestParts = { path: { ...base.path }, query: { ...base.query }, headers: { ...base.headers } };
  for (const [parameterName, expression] of Object.entries((link.parameters ?? {}) as Record<string, unknown>)) {
    const value = evaluate(expression, creating);
    if (value === undefined || value === null) return undefined;
    const bare = parameterName.replace(/^(path|query|header)\./, '');
    const location = target.parameters.find((parameter) => parameter.name === bare)?.in ?? 'path';
    if (location === 'query') parts.query![bare] = value;
    else if (location === 'header') parts.headers![bare] = String(value);
    else parts.path![bare] = String(value);
  }
  if (target.method !== 'get' && target.method !== 'delete' && base.body !== undefined) parts.body = base.body;
  return parts;
}

/** The created resource's key value (`id`, `runId`…) from the create response. */
export function keyOf(resource: Resource, created: Exchange): unknown {
  return (created.response?.json as Record<string, unknown> | undefined)?.[resource.key];
}

/** Reads a created resource through its GET link. */
export async function readCreated(context: CheckContext, resource: Resource, created: Exchange, identity: IdentityName = 'a', rawHeaders?: Record<string, string>): Promise<Exchange | undefined> {
  if (!resource.read) return undefined;
  const parts = linkParts(context, resource.create, resource.read.link, created);
  if (!parts) return undefined;
  return context.send(resource.read.operation, rawHeaders ? { ...parts, rawHeaders } : parts, identity);
}

/**
 * Walks the resource's list and finds the created item in it by its key; with
 * the parameters of the create's link to the list, where it documents one.
 */
export async function findListed(
  context: CheckContext,
  resource: Resource,
  created: Exchange,
  identity: IdentityName = 'a',
  rawHeaders?: Record<string, string>,
): Promise<{ item?: Record<string, unknown>; complete: boolean; exchange?: Exchange } | undefined> {
  const key = keyOf(resource, created);
  if (!resource.list || key === undefined) return undefined;
  const linked = resource.listLink ? linkParts(context, resource.create, resource.listLink, created) : undefined;
  if (resource.listLink && !linked) return undefined;
  const walk = await walkList(context, resource.list, { identity, ...(linked?.query ? { query: linked.query } : {}), ...(rawHeaders ? { rawHeaders } : {}) });
  const item = walk.items.find((candidate) => candidate[resource.key] === key);
  return { ...(item ? { item } : {}), complete: walk.complete, ...(walk.pages.length > 0 ? { exchange: walk.failed ?? walk.pages[walk.pages.length - 1] } : {}) };
}
