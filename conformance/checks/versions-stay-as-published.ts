import type { Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, ConstraintRef, Exchange, Issue } from '../types.ts';
import { operationPointer, operationsOf, propertiesOf, requestSchema, resourceOf } from './support/contract-model.ts';
import { isWebSocket } from './support/operations.ts';
import { walkList } from './support/paging.ts';
import { ownRequestFor } from './support/own-values.ts';
import { isExampleCase, named, readCreated, succeeded } from './support/resources.ts';
import { show } from './support/values.ts';

const name = 'versions stay as published';

/** A POST that publishes a fixed copy of its parent: `/workflows/{id}/versions`, `/agents/{id}/releases`. */
const versionCollection = /\/\{[^}]+\}\/(versions|revisions|snapshots|releases)$/;

/** Names a copy does not share with its parent by copying it: ids, stamps, numbers of the copy itself. */
const ownFields = /(^id$|_id$|Id$|_at$|At$|^version$|^status$|^state$)/;

/** Text a write may change without the server looking it up: what a person reads. */
const descriptiveText = /^(name|title|description|label|text|prompt|instructions|notes|summary|content|message)$/i;

interface Family {
  publish: Operation;
  parentRead: Operation;
  parentUpdate: Operation;
}

function familyOf(context: CheckContext, publish: Operation): Family | undefined {
  if (publish.method !== 'post' || !versionCollection.test(publish.path)) return undefined;
  const parentPath = publish.path.replace(/\/[^/]+$/, '');
  const atParent = operationsOf(context.contract).filter((operation) => operation.path === parentPath && !isWebSocket(operation));
  const parentRead = atParent.find((operation) => operation.method === 'get');
  const parentUpdate = atParent.find((operation) => operation.method === 'patch') ?? atParent.find((operation) => operation.method === 'put');
  return parentRead && parentUpdate ? { publish, parentRead, parentUpdate } : undefined;
}

/** The value with every piece of descriptive text changed, at any depth; the rest (ids, types, references) as it was. */
function rewritten(value: unknown, suffix: string, field = ''): unknown {
  if (typeof value === 'string') return descriptiveText.test(field) ? `${value} (${suffix})` : value;
  if (Array.isArray(value)) return value.map((item) => rewritten(item, suffix, field));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewritten(item, suffix, key)]));
  return value;
}

function same(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (typeof value === 'object' && Object.keys(value as object).length === 0);
}

function bodyOf(exchange: Exchange | undefined): Record<string, unknown> | undefined {
  const body = exchange?.response?.json;
  return succeeded(exchange) && body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

/** The version as read back: through its own GET where a link names one, else found by its id in the list the publish POSTs to. */
async function readVersion(context: CheckContext, publish: Operation, published: Exchange, path: Record<string, string>, version: Record<string, unknown>): Promise<{ exchange: Exchange; version: Record<string, unknown> } | undefined> {
  const resource = resourceOf(context.contract, publish);
  if (resource?.read) {
    const read = await readCreated(context, resource, published);
    const body = bodyOf(read);
    return read && body ? { exchange: read, version: body } : undefined;
  }
  const list = operationsOf(context.contract).find((operation) => operation.method === 'get' && operation.path === publish.path);
  if (!list || version.id === undefined) return undefined;
  const walk = await walkList(context, list, { path });
  const found = walk.items.find((item) => same(item.id, version.id));
  return found && walk.pages.length > 0 ? { exchange: walk.pages[walk.pages.length - 1]!, version: found } : undefined;
}

async function judgeFamily(context: CheckContext, { publish, parentRead, parentUpdate }: Family): Promise<Issue[]> {
  const parts = await ownRequestFor(context, publish, { owner: name });
  if (!parts) return [];
  const path = parts.path ?? {};
  const parentBefore = bodyOf(await context.send(parentRead, { ...context.validRequest(parentRead), path }));
  const published = await context.send(publish, parts);
  const version = bodyOf(published);
  if (!parentBefore || !version) return [];
  // What the version copied from its parent, and the parent's update can write.
  const writable = propertiesOf(context.contract.document, requestSchema(context.contract.document, parentUpdate) ?? {});
  const copied = Object.keys(version).filter((field) => !ownFields.test(field) && field in writable && !isEmpty(version[field]) && same(version[field], parentBefore[field]));
  if (copied.length === 0) return [];
  const suffix = context.uniqueSuffix();
  const valid = context.validRequest(parentUpdate);
  const body = { ...((valid.body as object | undefined) ?? {}), ...Object.fromEntries(copied.map((field) => [field, rewritten(parentBefore[field], suffix)])) };
  const updated = await context.send(parentUpdate, { ...valid, path, body });
  if (!succeeded(updated)) return [];
  const parentAfter = bodyOf(await context.send(parentRead, { ...context.validRequest(parentRead), path }));
  const changed = copied.filter((field) => parentAfter && !same(parentAfter[field], parentBefore[field]));
  const reread = await readVersion(context, publish, published, path, version);
  if (!reread) return [];
  const { exchange: rereadExchange, version: versionAfter } = reread;
  const issues: Issue[] = [];
  for (const field of changed) {
    if (same(versionAfter[field], version[field])) continue;
    issues.push({
      message: `received ${field}: ${show(versionAfter[field])} from ${named(rereadExchange)} after ${named(updated)} changed it on the ${parentRead.operationId} side / documented ${show(version[field])}, as ${publish.operationId} answered it: a published version keeps what it published`,
      constraint: { pointer: operationPointer(publish), via: [operationPointer(parentUpdate)] } satisfies ConstraintRef,
      exchange: rereadExchange,
    });
  }
  return issues;
}

export const versionsStayAsPublished = defineCheck({
  name,
  description:
    "A POST under a resource's `/versions` (or revisions, snapshots, releases) publishes a copy: the fields it answers equal to its parent's are rewritten on the parent (its PATCH, else PUT, with the descriptive text of those fields changed at any depth), and a read of the version must still show what was published.",
  level: 'full',
  appliesTo(testCase) {
    return isExampleCase(testCase, name) && testCase.operation.method === 'post' && versionCollection.test(testCase.operation.path);
  },
  async judge(testCase, _exchange, context) {
    const family = familyOf(context, testCase.operation);
    return family ? judgeFamily(context, family) : [];
  },
});
