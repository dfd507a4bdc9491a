import type { Operation } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Issue } from '../types.ts';
import { createsFor, itemListOf, parameterPointer, propertiesOf } from './support/contract-model.ts';
import { pageItems, type Paging, pagingOf, walkList } from './support/paging.ts';
import { createResource, isExampleCase } from './support/resources.ts';
import { show } from './support/values.ts';

/** Items per page while walking: small, so that a short list still spans several pages. */
const smallPage = 2;
/** The most items the check writes to make the default page size observable. */
const maxSeeded = 101;

/** The field that tells items apart: the list's id, else the create's key; the whole item as a last resort. */
function keyOf(context: CheckContext, list: Operation): (item: Record<string, unknown>) => string {
  const fields = propertiesOf(context.contract.document, itemListOf(context.contract.document, list)!.rawItem);
  const field = fields.id ? 'id' : createsFor(context.contract, list)[0]?.key;
  return (item) => (field && item[field] !== undefined ? String(item[field]) : JSON.stringify(item));
}

/** Fills the list to one item beyond its default page size, through the create whose items it lists. */
async function seed(context: CheckContext, list: Operation, paging: Paging, present: number): Promise<void> {
  const resource = list.parameters.some((parameter) => parameter.in === 'path') ? undefined : createsFor(context.contract, list)[0];
  const wanted = Math.min(maxSeeded, (paging.size?.default ?? smallPage * 2) + 1);
  if (!resource) return;
  for (let count = present; count < wanted; count++) {
    const created = await createResource(context, resource);
    if ((created.response?.status ?? 500) >= 300) return;
  }
}

export const pagesAreConsistent = defineCheck({
  name: 'pages are consistent',
  description:
    'Walking a list by its offset/limit, cursor or page/pageSize parameters with small pages yields pages no larger than asked for and every item of the list exactly once, in the same order as one large page; a request without a page size gets the documented default.',
  level: 'full',
  appliesTo(testCase, contract) {
    return isExampleCase(testCase, 'pages are consistent') && itemListOf(contract.document, testCase.operation) !== undefined && pagingOf(contract.document, testCase.operation)?.size !== undefined;
  },
  async judge(testCase, _exchange, context) {
    const list = testCase.operation;
    const paging = pagingOf(context.contract.document, list)!;
    const size = paging.size!;
    const key = keyOf(context, list);
    let whole = await walkList(context, list);
    if (whole.failed) return [];
    if (whole.complete) {
      await seed(context, list, paging, whole.items.length);
      whole = await walkList(context, list);
      if (whole.failed) return [];
    }
    const issues: Issue[] = [];
    const constraint = { pointer: parameterPointer(context.contract.document, list, paging.position.name) ?? ['paths', list.path, list.method] };
    const pageSize = Math.max(size.minimum ?? 1, Math.min(smallPage, size.maximum ?? smallPage));
    const walked = await walkList(context, list, { pageSize, maxPages: 200 });
    if (walked.failed) return [];
    const itemList = itemListOf(context.contract.document, list)!;
    for (const page of walked.pages) {
      const count = pageItems(itemList, page)?.length ?? 0;
      if (count <= pageSize) continue;
      const sizeConstraint = { pointer: parameterPointer(context.contract.document, list, size.name) ?? ['paths', list.path, list.method] };
      issues.push({ message: `received ${count} items in one page for ${size.name}=${pageSize} / documented at most ${pageSize} items a page`, constraint: sizeConstraint, exchange: page });
      break;
    }
    const seen = new Map<string, number>();
    for (const item of walked.items) seen.set(key(item), (seen.get(key(item)) ?? 0) + 1);
    const repeated = [...seen.entries()].find(([, count]) => count > 1);
    if (repeated) {
      issues.push({ message: `received ${show(repeated[0])} ${repeated[1]} times walking ${paging.style} pages of ${pageSize} / documented every item exactly once`, constraint });
    }
    if (whole.complete && walked.complete) {
      const missing = whole.items.map(key).filter((candidate) => !seen.has(candidate));
      if (missing.length > 0) {
        issues.push({ message: `received ${seen.size} distinct items walking ${paging.style} pages of ${pageSize}, without ${show(missing[0])} / documented all ${whole.items.length} items of the list (${missing.length} missing)`, constraint });
      } else if (!repeated) {
        const order = walked.items.map(key);
        const expected = whole.items.map(key);
        const first = order.findIndex((candidate, index) => candidate !== expected[index]);
        if (first !== -1) {
          issues.push({ message: `received ${show(order[first])} at position ${first + 1} walking pages of ${pageSize} / documented the order of one large page (${show(expected[first])} there)`, constraint });
        }
      }
    }
    if (size.default !== undefined) {
      const base = context.validRequest(list);
      const query = { ...base.query };
      delete query[size.name];
      const first = await context.send(list, { ...base, query });
      const items = pageItems(itemListOf(context.contract.document, list)!, first);
      const expected = whole.complete ? Math.min(size.default, whole.items.length) : size.default;
      const holds = items === undefined || (whole.complete ? items.length === expected : items.length <= expected);
      // The default sits on the parameter's schema, where a keyword marker names it.
      const sizeParameter = parameterPointer(context.contract.document, list, size.name);
      const defaultConstraint = { pointer: sizeParameter ? [...sizeParameter, 'schema'] : ['paths', list.path, list.method], keyword: 'default' };
      if (!holds) issues.push({ message: `received ${items!.length} items without ${size.name} / documented the default ${size.name} ${size.default} (${expected} items here)`, constraint: defaultConstraint });
    }
    return issues;
  },
});
