import type { JsonObject, Operation } from '../../contract/spec.ts';
import { resolveRef } from '../../contract/spec.ts';
import { defineCheck } from '../registry.ts';
import type { CheckContext, Exchange, Issue } from '../types.ts';
import { createsFor, itemListOf, parameterPointer, propertiesOf, requestSchema, type Resource } from './support/contract-model.ts';
import { exemption } from './support/operations.ts';
import { walkList } from './support/paging.ts';
import { takesAnyText } from './support/query-feeds.ts';
import { createResource, isExampleCase, keyOf, named, succeeded } from './support/resources.ts';
import { show } from './support/values.ts';

const name = 'filters match whole values';

/** An identifier a list is filtered by (`userId`, `agent_id`): matched whole, never as a prefix or a part. */
const identifierName = /(Id|_id|^id)$/;

interface IdFilter {
  parameter: string;
  resource: Resource;
}

/** The list's optional identifier filters that its creates take as a free string of the same name. */
function idFiltersOf(context: CheckContext, list: Operation): IdFilter[] {
  const document = context.contract.document;
  const filters: IdFilter[] = [];
  for (const parameter of list.parameters) {
    if (parameter.in !== 'query' || parameter.required || !identifierName.test(parameter.name)) continue;
    if (!takesAnyText(resolveRef<JsonObject>(document, parameter.schema ?? {}))) continue;
    const resource = createsFor(context.contract, list).find((candidate) => takesAnyText(propertiesOf(document, requestSchema(document, candidate.create) ?? {})[parameter.name]));
    if (resource) filters.push({ parameter: parameter.name, resource });
  }
  return filters;
}

/** The text the filter value is made of, and one that starts with it: a match by prefix lists both for the first. */
function valuesFor(context: CheckContext, parameter: string, maxLength: number): [string, string] {
  const base = `${parameter}-${context.uniqueSuffix()}`.slice(0, Math.max(1, maxLength - 2));
  return [base, `${base}2`];
}

async function createWith(context: CheckContext, resource: Resource, field: string, value: string): Promise<string | undefined> {
  const created: Exchange = await createResource(context, resource, (valid) => (valid && typeof valid === 'object' ? { ...(valid as object), [field]: value } : valid));
  const key = succeeded(created) ? keyOf(resource, created) : undefined;
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

/**
 * Identity B filtering by the value A chose: a value each customer picks
 * (`user-1`) is no key to another account's items, so B's filtered list holds
 * none of A's.
 */
async function outsiderByValue(context: CheckContext, list: Operation, parameter: string, value: string, keyOfA: string, key: string): Promise<Issue | undefined> {
  if (!context.hasIdentity('b')) return undefined;
  const walk = await walkList(context, list, { query: { [parameter]: value }, identity: 'b' });
  if (!walk.items.some((item) => String(item[key]) === keyOfA)) return undefined;
  return {
    message: `received ${key} ${show(keyOfA)}, identity A's item created with ${parameter} ${show(value)}, in ${named(walk.pages[0]!)} as identity B / documented only the caller's own items, whatever value of ${parameter} two accounts choose alike`,
    exchange: walk.pages[0]!,
    severity: 'error',
  };
}

async function judgeFilter(context: CheckContext, list: Operation, { parameter, resource }: IdFilter): Promise<Issue[]> {
  const document = context.contract.document;
  const property = propertiesOf(document, requestSchema(document, resource.create) ?? {})[parameter]!;
  const [value, longer] = valuesFor(context, parameter, typeof property.maxLength === 'number' ? property.maxLength : 64);
  const exact = await createWith(context, resource, parameter, value);
  const prefixed = await createWith(context, resource, parameter, longer);
  if (exact === undefined || prefixed === undefined) return [];
  const outsider = await outsiderByValue(context, list, parameter, value, exact, resource.key);
  const walk = await walkList(context, list, { query: { [parameter]: value } });
  const keys = walk.items.map((item) => String(item[resource.key]));
  // A list that does not show its own item for the value proves nothing about which others it shows.
  if (!walk.complete || !keys.includes(exact) || !keys.includes(prefixed)) return outsider ? [outsider] : [];
  const pointer = parameterPointer(document, list, parameter);
  const prefix: Issue = {
    message: `received ${resource.key} ${show(prefixed)}, created with ${parameter} ${show(longer)}, in ${named(walk.pages[0]!)} / documented ${parameter} as a filter by that value: an item whose ${parameter} only starts with ${show(value)} is not a match`,
    exchange: walk.pages[0]!,
    ...(pointer ? { constraint: { pointer } } : {}),
  };
  return outsider ? [prefix, outsider] : [prefix];
}

export const filtersMatchWholeValues = defineCheck({
  name,
  description:
    "A list's optional identifier filter (`userId`, `agentId`) that its create takes as free text of the same name: two items are created, with a value and with that value plus one character, and the list filtered by the first value must not hold the second (a match by prefix, as a search-as-you-type query does); identity B's list filtered by A's value must hold neither (a lookup by a value each customer chooses, without the account).",
  level: 'full',
  appliesTo(testCase, contract) {
    return isExampleCase(testCase, name) && testCase.operation.method === 'get' && itemListOf(contract.document, testCase.operation) !== undefined && exemption(testCase.operation, name) === undefined;
  },
  async judge(testCase, _exchange, context) {
    const issues: Issue[] = [];
    for (const filter of idFiltersOf(context, testCase.operation)) issues.push(...(await judgeFilter(context, testCase.operation, filter)));
    return issues;
  },
});
