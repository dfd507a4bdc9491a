import { type JsonObject, type Operation, resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Issue } from '../types.ts';
import { createsFor, itemListOf, parameterPointer, propertiesOf, requestSchema } from './support/contract-model.ts';
import { type Filter, filtersOf, mustInclude, satisfies } from './support/filters.ts';
import { walkList } from './support/paging.ts';
import { makeOtherParent, type ParentFilter, parentFiltersOf } from './support/parents.ts';
import { createResource, isExampleCase, named } from './support/resources.ts';
import { show } from './support/values.ts';

/** Items per kind of value the check writes itself, so that a filter has something to tell apart. */
const seeded = 2;

/**
 * Writes two items whose filterable fields differ (two enum values, two unique
 * strings), through the create whose items this list lists, so that a filter a
 * server ignores cannot pass for want of variety. Lists under a parent path are
 * left with what the server already holds.
 */
async function seed(context: CheckContext, list: Operation, filters: Filter[]): Promise<void> {
  if (list.parameters.some((parameter) => parameter.in === 'path')) return;
  const document = context.contract.document;
  for (const resource of createsFor(context.contract, list).slice(0, 1)) {
    const writable = propertiesOf(document, requestSchema(document, resource.create));
    for (let index = 0; index < seeded; index++) {
      const suffix = context.uniqueSuffix();
      await createResource(context, resource, (valid) => {
        if (!valid || typeof valid !== 'object' || Array.isArray(valid)) return valid;
        const body: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
        for (const filter of filters) {
          const schema = writable[filter.field];
          if (!schema || filter.kind !== 'equals' || schema.readOnly) continue;
          const distinct = distinctValue(document, schema, index, suffix);
          if (distinct !== undefined) body[filter.field] = distinct;
        }
        return body;
      });
    }
  }
}

function distinctValue(document: Parameters<typeof resolveRef>[0], schema: JsonObject, index: number, suffix: string): unknown {
  const own = schema.type === 'array' ? resolveRef<JsonObject>(document, schema.items ?? {}) : schema;
  let value: unknown;
  if (Array.isArray(own.enum) && own.enum.length > 1) value = own.enum[index % own.enum.length];
  else if (own.type === 'string' && !own.format && !own.pattern) value = `filter-${index}-${suffix}`.slice(0, typeof own.maxLength === 'number' ? own.maxLength : 200);
  else return undefined;
  return schema.type === 'array' ? [value] : value;
}

/**
 * A value to filter by: one that some items hold and others do not, when the
 * list shows one; else, for an enum, a documented value no item holds, so that
 * an ignored filter shows as items that do not match it.
 */
function chooseValue(filter: Filter, items: Record<string, unknown>[], documented: unknown[] | undefined): unknown {
  const values = items.map((item) => item[filter.field]).filter((value) => value !== undefined && value !== null);
  if (filter.kind !== 'equals') {
    const sorted = values.filter((value): value is string => typeof value === 'string').sort();
    return sorted[Math.floor(sorted.length / 2)];
  }
  const flat = values.flatMap((value) => (Array.isArray(value) ? value : [value])).filter((value) => typeof value !== 'object');
  const telling = flat.find((value) => items.some((item) => !satisfies(filter, item[filter.field], value)));
  if (telling !== undefined) return telling;
  const unheld = items.length > 0 ? documented?.find((value) => !items.some((item) => satisfies(filter, item[filter.field], value))) : undefined;
  return unheld ?? flat[0];
}

/** The values a query parameter's schema enumerates (of its items, for an array parameter). */
function enumOf(document: Parameters<typeof resolveRef>[0], list: Operation, name: string): unknown[] | undefined {
  const parameter = list.parameters.find((candidate) => candidate.in === 'query' && candidate.name === name);
  const schema = resolveRef<JsonObject>(document, parameter?.schema ?? {});
  const own = schema.type === 'array' ? resolveRef<JsonObject>(document, schema.items ?? {}) : schema;
  return Array.isArray(own.enum) ? own.enum : undefined;
}

/**
 * Walks a list under its parent's path for the example's parent and for
 * others made for the purpose, each with an item of its own, until two
 * parents answer: every item returned must name the parent of the path it was
 * listed under, so a list that ignores its parent shows the other's item.
 */
async function judgeParent(context: CheckContext, list: Operation, filter: ParentFilter): Promise<Issue | undefined> {
  let listed = 0;
  // The example's parent first, then up to two made for the purpose, until two parents have answered.
  for (let attempt = 0; attempt < 3 && listed < 2; attempt++) {
    const parent = attempt === 0 ? context.validRequest(list).path?.[filter.parameter] : await makeOtherParent(context, list, filter);
    if (parent === undefined && attempt > 0) return undefined;
    if (parent === undefined) continue;
    const walk = await walkList(context, list, { path: { [filter.parameter]: parent } });
    if (walk.failed) continue;
    listed++;
    const wrong = walk.items.find((item) => item[filter.field] !== undefined && item[filter.field] !== null && String(item[filter.field]) !== parent);
    if (!wrong) continue;
    return {
      message: `received an item whose ${filter.field} is ${show(wrong[filter.field])} from ${named(walk.pages[0]!)} / documented only items of the path's ${filter.parameter} ${show(parent)}`,
      constraint: { pointer: parameterPointer(context.contract.document, list, filter.parameter) ?? ['paths', list.path, list.method] },
    };
  }
  return undefined;
}

export const listsHonourTheirFilters = defineCheck({
  name: 'lists honour their filters',
  description:
    'For a query parameter that names a field of the listed items (an enum, an id, a user, a date range such as dateFrom/dateTo), every item of the filtered list satisfies it, and no item of the unfiltered list that satisfies it is missing from the filtered one. A list under a parent\'s path (/workflows/{id}/runs) filters by that parent: every item names the path\'s value in its field for it (workflow_id, workflowId), with an item of another parent made to be wrongly included.',
  level: 'full',
  appliesTo(testCase, contract) {
    if (!isExampleCase(testCase, 'lists honour their filters')) return false;
    return filtersOf(contract.document, testCase.operation).length > 0 || parentFiltersOf(contract.document, testCase.operation).length > 0;
  },
  async judge(testCase, _exchange, context) {
    const list = testCase.operation;
    const filters = filtersOf(context.contract.document, list);
    const itemList = itemListOf(context.contract.document, list)!;
    const key = propertiesOf(context.contract.document, itemList.rawItem).id ? 'id' : (createsFor(context.contract, list)[0]?.key ?? undefined);
    const issues: Issue[] = [];
    for (const filter of parentFiltersOf(context.contract.document, list)) {
      const issue = await judgeParent(context, list, filter);
      if (issue) issues.push(issue);
    }
    if (filters.length === 0) return issues;
    await seed(context, list, filters);
    const everything = await walkList(context, list);
    if (everything.failed) return issues;
    for (const filter of filters) {
      const value = chooseValue(filter, everything.items, enumOf(context.contract.document, list, filter.parameter));
      if (value === undefined) continue;
      const query = { [filter.parameter]: filter.many ? [value] : value };
      const filtered = await walkList(context, list, { query });
      if (filtered.failed) continue;
      const constraint = { pointer: parameterPointer(context.contract.document, list, filter.parameter) ?? ['paths', list.path, list.method] };
      const shown = `${filter.parameter}=${show(value)}`;
      const wrong = filtered.items.find((item) => !satisfies(filter, item[filter.field], value));
      if (wrong) {
        const relation = filter.kind === 'equals' ? `is ${show(value)}` : filter.kind === 'from' ? `is at or after ${show(value)}` : `is at or before ${show(value)}`;
        issues.push({ message: `received an item whose ${filter.field} is ${show(wrong[filter.field])} for ${shown} / documented only items whose ${filter.field} ${relation}`, constraint });
        continue;
      }
      // Completeness needs the whole unfiltered list; a required filter has no unfiltered list.
      if (!key || filter.required || !everything.complete || !filtered.complete) continue;
      const found = new Set(filtered.items.map((item) => item[key]));
      const missing = everything.items.filter((item) => mustInclude(filter, item[filter.field], value) && !found.has(item[key]));
      if (missing.length > 0) {
        issues.push({ message: `received ${filtered.items.length} items for ${shown}, without ${key} ${show(missing[0]![key])} whose ${filter.field} is ${show(missing[0]![filter.field])} / documented every item that satisfies the filter (${missing.length} missing)`, constraint });
      }
    }
    return issues;
  },
});
