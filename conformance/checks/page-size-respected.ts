import type { JsonObject } from '../../contract/spec.ts';
import { applies, type ProbeCheck } from './probe.ts';

/** Query parameters that set how many items a page holds, by the names the four APIs and most others use. */
const pageSizeNames = /^(limit|pageSize|page_size|perPage|per_page)$/;

/** The lists of records in a page: the body itself when it is an array, else its top-level arrays of objects. */
function itemLists(body: unknown): { where: string; length: number }[] {
  if (Array.isArray(body)) return [{ where: 'body', length: body.length }];
  if (!body || typeof body !== 'object') return [];
  const lists: { where: string; length: number }[] = [];
  for (const [key, value] of Object.entries(body as JsonObject)) {
    if (Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
      lists.push({ where: `body.${key}`, length: value.length });
    }
  }
  return lists;
}

/**
 * A server that ignores the page size hands clients more than they asked for
 * (and breaks every pager built on it). Asks for pages of one item: more than one
 * is a deviation; fewer is allowed (a server may clamp or have nothing to list).
 * Needs records to list, so it runs at the full level, after earlier checks created some.
 */
export const pageSizeRespected: ProbeCheck = {
  name: 'page size respected',
  description: 'A list asked for pages of one item (limit, pageSize …=1) answers at most one item in each list of its body.',
  level: 'full',
  async probe(session, operation) {
    if (operation.method !== 'get') return;
    const parameter = operation.parameters.find((candidate) => candidate.in === 'query' && pageSizeNames.test(candidate.name));
    if (!parameter || !applies(session, this, operation)) return;
    const valid = session.validRequest(operation);
    const exchange = await session.call(operation, { ...valid, query: { ...valid.query, [parameter.name]: 1 } });
    const response = exchange.response;
    if (!response || response.status < 200 || response.status >= 300 || response.json === undefined) return;
    const oversized = itemLists(response.json).filter((list) => list.length > 1);
    session.expect(
      this.name,
      exchange,
      oversized.length === 0,
      `received ${oversized.map((list) => `${list.length} items in ${list.where}`).join(', ')} for ${parameter.name}=1 / documented at most 1 (the page size asked for)`,
    );
  },
};
