import type { OpenApiDocument, Operation } from '../../../contract/spec.ts';
import { evaluate, uniqueIds } from '../../links.ts';
import type { CheckContext, Contract } from '../../types.ts';
import { itemListOf, linksOf, operationsOf, propertiesOf, resourceOf, successSchema } from './contract-model.ts';
import { createResource, succeeded } from './resources.ts';

/**
 * A list under a parent's path (`/workflows/{id}/runs`) is filtered by that
 * parent as surely as by a query parameter: every item it returns belongs to
 * the parent, which the items say in a field named after it.
 */
export interface ParentFilter {
  /** The path parameter naming the parent. */
  parameter: string;
  /** The item field that names the parent: the parameter's own name, or the parent's name with it (`{id}` under /workflows/ → workflow_id, workflowId). */
  field: string;
  /** The path up to and including the parameter: where the parent itself lives. */
  prefix: string;
}

/** A name without case or separators, so that workflow_id, workflowId and workflowID compare equal. */
function bare(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** One of a collection's segment: workflows → workflow, policies → policy. */
function singular(segment: string): string {
  if (segment.endsWith('ies')) return `${segment.slice(0, -3)}y`;
  return segment.endsWith('s') && !segment.endsWith('ss') ? segment.slice(0, -1) : segment;
}

/** The path parameters of a list that its items name in a field of theirs. */
export function parentFiltersOf(document: OpenApiDocument, operation: Operation): ParentFilter[] {
  const list = itemListOf(document, operation);
  if (!list) return [];
  const fields = Object.keys(propertiesOf(document, list.rawItem));
  const segments = operation.path.split('/');
  const filters: ParentFilter[] = [];
  for (const [index, segment] of segments.entries()) {
    const parameter = /^\{(.+)\}$/.exec(segment)?.[1];
    if (!parameter) continue;
    const collection = index > 0 && !segments[index - 1]!.startsWith('{') ? singular(segments[index - 1]!) : undefined;
    // A bare `id` is the parent's own id; in an item, the item's `id` is its own, so only the parent's name tells them apart.
    const names = [...(bare(parameter) === 'id' ? [] : [bare(parameter)]), ...(collection ? [bare(collection + parameter)] : [])];
    const field = names.map((name) => fields.filter((candidate) => bare(candidate) === name)).find((matches) => matches.length === 1)?.[0];
    if (field) filters.push({ parameter, field, prefix: segments.slice(0, index + 1).join('/') });
  }
  return filters;
}

/** Whether an operation lives under a parent's path. */
function under(operation: Operation, prefix: string): boolean {
  return operation.path === prefix || operation.path.startsWith(`${prefix}/`);
}

/** A create whose documented link names the parent it made by a value of its answer, in the parent's path parameter. */
function parentCreateOf(contract: Contract, filter: ParentFilter): { create: Operation; expression: string } | undefined {
  const operations = operationsOf(contract);
  for (const create of operations) {
    if (create.method !== 'post') continue;
    for (const link of Object.values(linksOf(contract.document, create))) {
      const target = operations.find((operation) => operation.operationId === link.operationId);
      if (!target || !under(target, filter.prefix)) continue;
      const parameters = (link.parameters ?? {}) as Record<string, unknown>;
      const expression = parameters[filter.parameter] ?? parameters[`path.${filter.parameter}`];
      if (typeof expression === 'string' && expression.startsWith('$response.body#/')) return { create, expression };
    }
  }
  return undefined;
}

/** The write that adds an item under a parent: a POST under the parent's path answering the list's item schema. */
function itemCreateOf(contract: Contract, list: Operation, filter: ParentFilter): Operation | undefined {
  const itemRef = (itemListOf(contract.document, list)?.rawItem as { $ref?: unknown } | undefined)?.$ref;
  if (typeof itemRef !== 'string') return undefined;
  return operationsOf(contract).find((operation) => {
    if (operation.method !== 'post' || !under(operation, filter.prefix)) return false;
    return (successSchema(contract.document, operation)?.raw as { $ref?: unknown } | undefined)?.$ref === itemRef;
  });
}

/**
 * Makes another parent than the example's, through the create whose links
 * name it, and one item under it through the write the contract documents
 * for that: a list that ignores its parent then has an item of another parent
 * to show. Answers the new parent's value, or undefined when the contract
 * does not say how to make one or the server refuses.
 */
export async function makeOtherParent(context: CheckContext, list: Operation, filter: ParentFilter): Promise<string | undefined> {
  const parent = parentCreateOf(context.contract, filter);
  if (!parent) return undefined;
  const resource = resourceOf(context.contract, parent.create);
  const valid = context.validRequest(parent.create);
  const created = resource ? await createResource(context, resource) : await context.send(parent.create, { ...valid, path: uniqueIds(valid.path, context.uniqueSuffix()) });
  const value = succeeded(created) ? evaluate(parent.expression, created) : undefined;
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  const itemCreate = itemCreateOf(context.contract, list, filter);
  if (itemCreate) {
    const request = context.validRequest(itemCreate);
    await context.send(itemCreate, { ...request, path: { ...request.path, [filter.parameter]: String(value) } });
  }
  return String(value);
}
