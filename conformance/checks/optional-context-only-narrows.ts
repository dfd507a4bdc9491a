import type { Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Issue } from '../types.ts';
import { itemKeyOf, keysOf, unfilteredQuery } from './support/collections.ts';
import { itemListOf, operationsOf, parameterPointer, propertiesOf } from './support/contract-model.ts';
import { exemption, isWebSocket } from './support/operations.ts';
import { walkList } from './support/paging.ts';
import { identityHeaders, named } from './support/resources.ts';
import { show } from './support/values.ts';

const name = 'optional context only narrows';

/** Headers that carry credentials or protocol, never a context that partitions data. */
const notContext = /^(authorization|cookie|accept|accept-.*|content-.*|idempotency-key|user-agent|x-request-id|x-api-key)$/i;

/** Pages walked per list and header state: enough for what a run makes, bounded for a server with much more. */
const maxPages = 20;

/**
 * Header parameters a list takes as optional that partition data elsewhere:
 * another operation requires them, and identity A sends them. Left out, the
 * list is no longer narrowed to that context (a project): it spans them all.
 */
function optionalContextsOf(context: CheckContext, list: Operation, sentByA: Record<string, string>): string[] {
  const requiredElsewhere = new Set<string>();
  for (const operation of operationsOf(context.contract)) {
    for (const parameter of operation.parameters) if (parameter.in === 'header' && parameter.required) requiredElsewhere.add(parameter.name.toLowerCase());
  }
  const sent = new Set(Object.keys(sentByA).map((header) => header.toLowerCase()));
  return list.parameters
    .filter((parameter) => parameter.in === 'header' && !parameter.required && !notContext.test(parameter.name))
    .map((parameter) => parameter.name)
    .filter((header) => requiredElsewhere.has(header.toLowerCase()) && sent.has(header.toLowerCase()));
}

function without(headers: Record<string, string>, header: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== header.toLowerCase()));
}

async function judgeList(context: CheckContext, list: Operation, header: string, headersOfA: Record<string, string>): Promise<Issue | undefined> {
  const document = context.contract.document;
  const items = itemListOf(document, list);
  const key = items ? itemKeyOf(context, list, propertiesOf(document, items.rawItem)) : undefined;
  if (!key) return undefined;
  const query = unfilteredQuery(document, list);
  const narrowed = await walkList(context, list, { query, maxPages });
  const sentHeaders = { ...(context.validRequest(list).headers ?? {}), ...headersOfA };
  const wide = await walkList(context, list, { query, maxPages, rawHeaders: without(sentHeaders, header) });
  // A list that cannot be walked to its end, either way, proves nothing about what it leaves out.
  if (!narrowed.complete || !wide.complete) return undefined;
  const spanned = new Set(keysOf(wide.items, key));
  const missing = keysOf(narrowed.items, key).filter((value) => !spanned.has(value));
  if (missing.length === 0) return undefined;
  const value = Object.entries(sentHeaders).find(([sent]) => sent.toLowerCase() === header.toLowerCase())?.[1];
  const last = wide.pages[wide.pages.length - 1]!;
  const pointer = parameterPointer(document, list, header);
  return {
    message: `received ${wide.items.length} items from ${named(last)} without ${header}, none with ${key} ${show(missing[0])} (${missing.length} of the ${narrowed.items.length} the list holds with ${header}: ${value}) / documented ${header} as optional: left out, the list is not narrowed to one context, so it holds every item the narrowed list holds`,
    exchange: last,
    ...(pointer ? { constraint: { pointer, keyword: 'required' } } : {}),
  };
}

export const optionalContextOnlyNarrows = defineCheck({
  name,
  description:
    'Run-wide, at the end: a list that takes a context header as optional (one other operations require, e.g. X-Project-Id on a tenant-wide feed) is walked with identity A\'s value and without the header; every item of the first must be in the second, since leaving a narrowing context out can only widen the list.',
  level: 'full',
  appliesTo: () => false,
  judge: () => [],
  async atCheckpoint(checkpoint, context) {
    if (checkpoint !== 'end') return [];
    const headersOfA = identityHeaders(context, 'a');
    if (!headersOfA) return [];
    const issues: Issue[] = [];
    for (const list of operationsOf(context.contract)) {
      if (list.method !== 'get' || !itemListOf(context.contract.document, list) || isWebSocket(list) || exemption(list, name) !== undefined) continue;
      if (list.parameters.some((parameter) => parameter.in === 'path')) continue;
      for (const header of optionalContextsOf(context, list, { ...(context.validRequest(list).headers ?? {}), ...headersOfA })) {
        const issue = await judgeList(context, list, header, headersOfA);
        if (issue) issues.push(issue);
      }
    }
    return issues;
  },
});
