import type { Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Checkpoint, IdentityName, Issue } from '../types.ts';
import { itemListOf, operationsOf, propertiesOf } from './support/contract-model.ts';
import { itemKeyOf, keysOf, readByKey, readsOfItems, unfilteredQuery } from './support/collections.ts';
import { documentsStatus, exemption, isWebSocket } from './support/operations.ts';
import { walkList } from './support/paging.ts';
import { identityHeaders, named, succeeded } from './support/resources.ts';
import { show } from './support/values.ts';

const name = 'isolation over the run';

/** Enough pages to hold a second identity's whole list at the start of a run; a longer one is not judged. */
const baselinePages = 10;
/** Items of identity A's per list whose reads identity B tries, per checkpoint. */
const readsPerList = 2;

/** Who must not see identity A's items: identity B, or A itself under another value of a context header. */
interface Outsider {
  label: string;
  identity: IdentityName;
  rawHeaders?: Record<string, string>;
  /** What the outsider's list held before the run began. */
  seenAtStart: Set<string>;
  leakReported: boolean;
}

/** A list the run watches, and what was already reported. */
interface Watched {
  list: Operation;
  key: string;
  query: Record<string, unknown>;
  outsiders: Outsider[];
  /** GETs of one item of the list by its key (same schema, one path parameter). */
  reads: Operation[];
  readLeakReported: boolean;
  readsTried: Set<string>;
}

const watchedByRun = new WeakMap<CheckContext, Watched[]>();

/**
 * Header parameters of a list that partition what it holds (X-Project-Id):
 * ones the list requires and identity A sends, other than credentials and
 * protocol headers; A under
 * another value of one is an outsider too.
 */
function contextOutsiders(context: CheckContext, list: Operation, suffix: string): Omit<Outsider, 'seenAtStart' | 'leakReported'>[] {
  const headersOfA = identityHeaders(context, 'a');
  if (!headersOfA) return [];
  const outsiders: Omit<Outsider, 'seenAtStart' | 'leakReported'>[] = [];
  for (const parameter of list.parameters) {
    // A header the list takes only optionally (a tenant-wide feed) does not partition it.
    if (parameter.in !== 'header' || !parameter.required || /^(authorization|cookie|content-type|accept|upgrade|connection|sec-)/i.test(parameter.name)) continue;
    const sent = Object.keys(headersOfA).find((header) => header.toLowerCase() === parameter.name.toLowerCase());
    if (!sent || !context.hasIdentity('b')) continue;
    // A tenant header names the credentials' own tenant: another value is refused, not another context.
    if ([identityHeaders(context, 'b') ?? {}].some((headersOfB) => headersOfB[sent] !== undefined && headersOfB[sent] !== headersOfA[sent])) continue;
    const schema = parameter.schema as { maxLength?: number } | undefined;
    const other = `${headersOfA[sent]}-other-${suffix}`.slice(0, schema?.maxLength ?? 200);
    outsiders.push({ label: `identity A with ${sent}: ${other}`, identity: 'a', rawHeaders: { ...headersOfA, [sent]: other } });
  }
  return outsiders;
}

/** Every list of the whole collection (no path parameter) whose items have a key, with what each outsider holds in it now. */
async function startWatching(context: CheckContext): Promise<Watched[]> {
  const watched: Watched[] = [];
  const document = context.contract.document;
  const suffix = context.uniqueSuffix();
  for (const list of operationsOf(context.contract)) {
    const items = itemListOf(document, list);
    if (!items || list.parameters.some((parameter) => parameter.in === 'path') || isWebSocket(list) || exemption(list, name) !== undefined) continue;
    const key = itemKeyOf(context, list, propertiesOf(document, items.rawItem));
    if (!key) continue;
    const query = unfilteredQuery(document, list);
    const outsiders: Outsider[] = [];
    for (const outsider of [{ label: 'identity B', identity: 'b' as const }, ...contextOutsiders(context, list, suffix)]) {
      const seen = await walkList(context, list, { identity: outsider.identity, query, maxPages: baselinePages, ...(outsider.rawHeaders ? { rawHeaders: outsider.rawHeaders } : {}) });
      // Without the outsider's whole list at the start, an item it sees later cannot be told from one it always had.
      if (seen.complete) outsiders.push({ ...outsider, seenAtStart: new Set(keysOf(seen.items, key)), leakReported: false });
    }
    if (outsiders.length > 0) watched.push({ list, key, query, outsiders, reads: readsOfItems(context, list, items.rawItem), readLeakReported: false, readsTried: new Set() });
  }
  return watched;
}

/** An item of A's that an outsider's list came to hold during the run. */
async function listLeak(context: CheckContext, watched: Watched, outsider: Outsider, ofA: Set<string>): Promise<Issue | undefined> {
  const seen = await walkList(context, watched.list, { identity: outsider.identity, query: watched.query, maxPages: baselinePages, ...(outsider.rawHeaders ? { rawHeaders: outsider.rawHeaders } : {}) });
  const index = seen.items.findIndex((item) => {
    const value = item[watched.key];
    return (typeof value === 'string' || typeof value === 'number') && ofA.has(String(value)) && !outsider.seenAtStart.has(String(value));
  });
  if (index === -1) return undefined;
  const leaked = seen.items[index]![watched.key];
  const page = seen.pages.find((exchange) => (exchange.response?.text ?? '').includes(String(leaked))) ?? seen.pages[seen.pages.length - 1]!;
  return {
    message: `received ${watched.key} ${show(leaked)} in ${named(page)} as ${outsider.label}: identity A's list holds it, and this caller's list did not when the run began / documented only the caller's own items, whatever operation made them`,
    exchange: page,
    severity: 'error',
  };
}

/** B's reads of A's items by their key: a 4xx (404 where documented), never the item. */
async function readLeaks(context: CheckContext, watched: Watched, ofA: string[]): Promise<Issue | undefined> {
  const seenByB = watched.outsiders.find((outsider) => outsider.identity === 'b')?.seenAtStart;
  if (!seenByB) return undefined;
  const fresh = ofA.filter((key) => !seenByB.has(key) && !watched.readsTried.has(key)).slice(0, readsPerList);
  for (const key of fresh) {
    watched.readsTried.add(key);
    for (const read of watched.reads) {
      // Only a route that serves the item to its owner can serve it to anyone else.
      if (!succeeded(await readByKey(context, read, key))) continue;
      const asB = await readByKey(context, read, key, 'b');
      if (!succeeded(asB)) continue;
      return {
        message: `received ${asB.response!.status} from ${named(asB)} as identity B, an item of identity A's ${watched.list.operationId} / documented another identity's resource as invisible (${documentsStatus(read, 404) ? '404' : 'a 4xx'})`,
        exchange: asB,
        severity: 'error',
      };
    }
  }
  return undefined;
}

export const isolationOverTheRun = defineCheck({
  name,
  description:
    "Whatever identity A comes to own during the run, by any operation (a create, a run that opens a task, an import), stays out of identity B's view: each list of a whole collection is walked as B before the run and again after each phase, and no item A's list holds may appear in B's list later; B's reads of A's new items by their key are refused.",
  level: 'full',
  appliesTo: () => false,
  judge: () => [],
  async atCheckpoint(checkpoint: Checkpoint, context: CheckContext) {
    if (checkpoint === 'start') {
      watchedByRun.set(context, await startWatching(context));
      return [];
    }
    const issues: Issue[] = [];
    for (const watched of watchedByRun.get(context) ?? []) {
      const ofA = await walkList(context, watched.list, { query: watched.query, maxPages: baselinePages });
      const keysOfA = keysOf(ofA.items, watched.key);
      for (const outsider of watched.outsiders) {
        if (outsider.leakReported) continue;
        const leak = await listLeak(context, watched, outsider, new Set(keysOfA));
        if (leak) {
          outsider.leakReported = true;
          issues.push(leak);
        }
      }
      if (watched.readLeakReported) continue;
      const readLeak = await readLeaks(context, watched, keysOfA);
      if (readLeak) {
        watched.readLeakReported = true;
        issues.push(readLeak);
      }
    }
    return issues;
  },
});
