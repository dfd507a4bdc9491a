import { type JsonObject, type OpenApiDocument, type Operation, refSegments, resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Checkpoint, ConstraintRef, Exchange, Issue } from '../types.ts';
import { unfilteredQuery } from './support/collections.ts';
import { createsFor, memo, operationsOf, propertiesOf, requestSchema, successSchema } from './support/contract-model.ts';
import { filtersOf, satisfies } from './support/filters.ts';
import { exemption } from './support/operations.ts';
import { walkList } from './support/paging.ts';
import { createResource, linkParts, named, succeeded } from './support/resources.ts';
import { show } from './support/values.ts';

const name = 'statistics agree with lists';

/**
 * A counter of a statistics answer says what it counts with a contract marker,
 * never by its name: `x-count-of: { operationId: listReviews, query: { status:
 * pending_review } }` on the property means "the number of items that list
 * returns for that query" (an empty query: the whole list). The query
 * parameters the statistics operation shares with the list (`agentId`) narrow
 * both alike. A marker the documentation does not state sits beside
 * `x-designed: { x-count-of: reason }`, so that a mismatch is a warning.
 */
interface Count {
  field: string;
  list: Operation;
  query: Record<string, unknown>;
  constraint: ConstraintRef;
}

interface Statistics {
  operation: Operation;
  counts: Count[];
}

function markerOf(raw: unknown): { operationId: string; query: Record<string, unknown> } | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { operationId, query } = raw as JsonObject;
  if (typeof operationId !== 'string') return undefined;
  return { operationId, query: query && typeof query === 'object' && !Array.isArray(query) ? (query as Record<string, unknown>) : {} };
}

function jsonMediaOf(document: OpenApiDocument, operation: Operation, status: string): string {
  const response = resolveRef<JsonObject>(document, ((operation.definition.responses ?? {}) as JsonObject)[status]);
  return Object.keys((response.content ?? {}) as JsonObject).find((type) => type.includes('json')) ?? 'application/json';
}

/** The GETs whose answer holds marked counters, each counter with its list and where the contract writes it. */
function statisticsOf(context: CheckContext): Statistics[] {
  const document = context.contract.document;
  return memo(document, 'statistics', () => {
    const operations = operationsOf(context.contract);
    const found: Statistics[] = [];
    for (const operation of operations) {
      const success = operation.method === 'get' ? successSchema(document, operation) : undefined;
      if (!success || exemption(operation, name) !== undefined) continue;
      const ref = (success.raw as JsonObject).$ref;
      // An inline answer is marked where the operation writes it; a named one, at its component.
      const base = typeof ref === 'string' ? refSegments(ref) : ['paths', operation.path, operation.method, 'responses', success.status, 'content', jsonMediaOf(document, operation, success.status), 'schema'];
      const counts: Count[] = [];
      for (const [field, rawProperty] of Object.entries((resolveRef<JsonObject>(document, success.raw).properties ?? {}) as Record<string, JsonObject>)) {
        const marker = markerOf(resolveRef<JsonObject>(document, rawProperty)['x-count-of']);
        const list = marker ? operations.find((candidate) => candidate.operationId === marker.operationId) : undefined;
        if (!marker || !list) continue;
        const pointer = typeof rawProperty.$ref === 'string' ? refSegments(rawProperty.$ref) : [...base, 'properties', field];
        counts.push({ field, list, query: marker.query, constraint: { pointer, keyword: 'x-count-of' } });
      }
      if (counts.length > 0) found.push({ operation, counts });
    }
    return found;
  });
}

/** The statistics operation's own values of the query parameters its list takes too: they narrow both. */
function sharedQuery(statistics: Operation, list: Operation, asked: Record<string, unknown>): Record<string, unknown> {
  const shared: Record<string, unknown> = {};
  for (const parameter of statistics.parameters) {
    if (parameter.in !== 'query' || asked[parameter.name] === undefined) continue;
    if (list.parameters.some((candidate) => candidate.in === 'query' && candidate.name === parameter.name)) shared[parameter.name] = asked[parameter.name];
  }
  return shared;
}

/**
 * One item of the list that the count's query selects, so that a counter
 * that counts too much or too little shows against a list that holds
 * something to tell: created with the values its create takes, moved to the
 * rest by its update (a status a review only reaches by being worked on).
 * Nothing when the contract offers no way to write one of the values.
 */
async function seedMatching(context: CheckContext, list: Operation, query: Record<string, unknown>): Promise<void> {
  const document = context.contract.document;
  const resource = createsFor(context.contract, list)[0];
  if (!resource) return;
  const created = propertiesOf(document, requestSchema(document, resource.create));
  const updated = resource.update ? propertiesOf(document, requestSchema(document, resource.update.operation)) : {};
  const fieldOf = new Map(filtersOf(document, list).filter((filter) => filter.kind === 'equals').map((filter) => [filter.parameter, filter.field]));
  const atCreate: Record<string, unknown> = {};
  const atUpdate: Record<string, unknown> = {};
  for (const [parameter, value] of Object.entries(query)) {
    const field = fieldOf.get(parameter);
    if (field && created[field] && !created[field]!.readOnly) atCreate[field] = value;
    else if (field && updated[field] && !updated[field]!.readOnly) atUpdate[field] = value;
    else return;
  }
  const made = await createResource(context, resource, (valid) => (valid && typeof valid === 'object' && !Array.isArray(valid) ? { ...(valid as JsonObject), ...atCreate } : valid));
  if (!succeeded(made) || Object.keys(atUpdate).length === 0 || !resource.update) return;
  const parts = linkParts(context, resource.create, resource.update.link, made);
  if (parts) await context.send(resource.update.operation, { ...parts, body: atUpdate });
}

/** How many items a list holds for a query, every page walked; undefined when the walk stopped early or the list ignored the query. */
async function listedCount(context: CheckContext, list: Operation, query: Record<string, unknown>): Promise<{ count: number; shown: string } | undefined> {
  const walk = await walkList(context, list, { query: { ...unfilteredQuery(context.contract.document, list), ...query } });
  if (!walk.complete || walk.failed) return undefined;
  // A list that ignores a filter is the filter check's finding, not a wrong counter.
  const filters = filtersOf(context.contract.document, list).filter((filter) => query[filter.parameter] !== undefined);
  if (walk.items.some((item) => filters.some((filter) => !satisfies(filter, item[filter.field], query[filter.parameter])))) return undefined;
  const asked = Object.entries(query).map(([parameter, value]) => `${parameter}=${String(value)}`).join('&');
  return { count: walk.items.length, shown: `${list.operationId}${asked ? `?${asked}` : ''}` };
}

function countsIn(exchange: Exchange, counts: Count[]): Record<string, unknown> | undefined {
  if (!succeeded(exchange)) return undefined;
  const body = exchange.response!.json as Record<string, unknown> | undefined;
  return body && typeof body === 'object' ? Object.fromEntries(counts.map((count) => [count.field, body[count.field]])) : undefined;
}

async function judgeStatistics(context: CheckContext, statistics: Statistics): Promise<Issue[]> {
  const valid = context.validRequest(statistics.operation);
  const asked = valid.query ?? {};
  // The whole list needs no seed: the run's own creates and the other counters' seeds fill it.
  for (const count of statistics.counts) if (Object.keys(count.query).length > 0) await seedMatching(context, count.list, { ...sharedQuery(statistics.operation, count.list, asked), ...count.query });
  const before = await context.send(statistics.operation, valid);
  const counted = countsIn(before, statistics.counts);
  if (!counted) return [];
  const listed = new Map<Count, { count: number; shown: string } | undefined>();
  for (const count of statistics.counts) listed.set(count, await listedCount(context, count.list, { ...sharedQuery(statistics.operation, count.list, asked), ...count.query }));
  const after = await context.send(statistics.operation, valid);
  // Counters that moved while the lists were walked: something else is writing, and no figure can be trusted.
  if (JSON.stringify(countsIn(after, statistics.counts)) !== JSON.stringify(counted)) return [];
  const issues: Issue[] = [];
  for (const count of statistics.counts) {
    const items = listed.get(count);
    const value = counted[count.field];
    if (!items || typeof value !== 'number' || value === items.count) continue;
    issues.push({
      message: `received ${count.field}: ${show(value)} from ${named(after)} / documented the number of items ${items.shown} lists (${items.count}), every page walked`,
      constraint: count.constraint,
      exchange: after,
    });
  }
  return issues;
}

export const statisticsAgreeWithLists = defineCheck({
  name,
  description:
    "Run-wide, at the end: a counter of a statistics answer that the contract marks `x-count-of: { operationId, query }` equals the number of items that list returns for that query (every page walked; an empty query counts the whole list), with the query parameters both operations take (agentId) set alike. One matching item is written first where the contract's create and update can write the query's values. The statistics are read before and after the lists; counters that moved between the two reads are not judged.",
  level: 'full',
  appliesTo: () => false,
  judge: () => [],
  async atCheckpoint(checkpoint: Checkpoint, context: CheckContext) {
    if (checkpoint !== 'end') return [];
    const issues: Issue[] = [];
    for (const statistics of statisticsOf(context)) issues.push(...(await judgeStatistics(context, statistics)));
    return issues;
  },
});
