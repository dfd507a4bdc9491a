import type { JsonObject, Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Checkpoint, Issue } from '../types.ts';
import { itemKeyOf, readByKey, readsOfItems, unfilteredQuery } from './support/collections.ts';
import { itemListOf, operationsOf, propertiesOf, successSchema } from './support/contract-model.ts';
import { exemption, isWebSocket } from './support/operations.ts';
import { walkList } from './support/paging.ts';
import { named, succeeded } from './support/resources.ts';
import { show } from './support/values.ts';

const name = 'reads and lists agree';

/** Items per list read back at each checkpoint: the newest the run made, where writes and caches meet. */
const itemsPerList = 3;

/** Scalar fields both answers document (a list may summarise; a date-time may be rounded differently): those must be equal. */
function comparableFields(listItem: Record<string, JsonObject>, read: Record<string, JsonObject>): string[] {
  return Object.keys(listItem).filter((field) => {
    const inList = listItem[field]!;
    const inRead = read[field];
    if (!inRead || inList.format === 'date-time' || inRead.format === 'date-time') return false;
    const types = [inList.type, inRead.type].flat();
    return types.every((type) => type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' || type === 'null');
  });
}

/** The first field whose value differs between the listed item and the read. */
function firstDifference(fields: string[], listed: Record<string, unknown>, read: Record<string, unknown>): string | undefined {
  return fields.find((field) => field in listed && field in read && JSON.stringify(listed[field]) !== JSON.stringify(read[field]));
}

interface Pair {
  list: Operation;
  read: Operation;
  key: string;
  fields: string[];
}

function pairsOf(context: CheckContext): Pair[] {
  const document = context.contract.document;
  const pairs: Pair[] = [];
  for (const list of operationsOf(context.contract)) {
    const items = itemListOf(document, list);
    if (!items || list.parameters.some((parameter) => parameter.in === 'path') || isWebSocket(list) || exemption(list, name) !== undefined) continue;
    const itemFields = propertiesOf(document, items.rawItem);
    const key = itemKeyOf(context, list, itemFields);
    if (!key) continue;
    for (const read of readsOfItems(context, list, items.rawItem, true)) {
      const fields = comparableFields(itemFields, propertiesOf(document, successSchema(document, read)?.raw)).filter((field) => field !== key);
      if (fields.length > 0) pairs.push({ list, read, key, fields });
    }
  }
  return pairs;
}

/** One pair at one checkpoint: the newest listed items, each read by its key; a difference seen twice in a row is reported. */
async function judgePair(context: CheckContext, pair: Pair): Promise<Issue | undefined> {
  const walk = await walkList(context, pair.list, { query: unfilteredQuery(context.contract.document, pair.list), maxPages: 3 });
  // The newest items sit at either end, depending on the list's order: both ends, each item once.
  const ends = [...walk.items.slice(-itemsPerList), ...walk.items.slice(0, itemsPerList)];
  for (const listed of new Set(ends)) {
    const key = listed[pair.key];
    if (typeof key !== 'string' && typeof key !== 'number') continue;
    const read = await readByKey(context, pair.read, String(key));
    if (!succeeded(read)) continue;
    const field = firstDifference(pair.fields, listed, read.response!.json as Record<string, unknown>);
    if (!field) continue;
    // A run moving on between the two requests differs once; a stale copy differs again.
    const again = await walkList(context, pair.list, { query: unfilteredQuery(context.contract.document, pair.list), maxPages: 3 });
    const relisted = again.items.find((item) => item[pair.key] === key);
    const reread = await readByKey(context, pair.read, String(key));
    if (!relisted || !succeeded(reread)) continue;
    const rereadBody = reread.response!.json as Record<string, unknown>;
    if (JSON.stringify(relisted[field]) === JSON.stringify(rereadBody[field])) continue;
    return {
      message: `received ${field}: ${show(relisted[field])} for ${pair.key} ${show(key)} in ${pair.list.operationId}, and ${show(rereadBody[field])} from ${named(reread)}, twice in a row / documented one resource: its list entry and its read agree on every field both show`,
      exchange: reread,
    };
  }
  return undefined;
}

const reportedByRun = new WeakMap<CheckContext, Set<string>>();

export const readsAndListsAgree = defineCheck({
  name,
  description:
    "Run-wide: after each phase, the newest items of every whole-collection list are read by their key (the GET of the same schema, or the list's path plus an id); every scalar field both answers document holds the same value in both, read twice where they differ (a run moving on may differ once): a cache that a write does not clear serves one of them stale.",
  level: 'full',
  appliesTo: () => false,
  judge: () => [],
  async atCheckpoint(checkpoint: Checkpoint, context: CheckContext) {
    if (checkpoint === 'start') return [];
    let reported = reportedByRun.get(context);
    if (!reported) reportedByRun.set(context, (reported = new Set()));
    const issues: Issue[] = [];
    for (const pair of pairsOf(context)) {
      if (reported.has(pair.list.operationId)) continue;
      const issue = await judgePair(context, pair);
      if (!issue) continue;
      reported.add(pair.list.operationId);
      issues.push(issue);
    }
    return issues;
  },
});
