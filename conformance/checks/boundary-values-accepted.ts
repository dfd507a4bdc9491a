import { type JsonObject, resolveRef } from '../../contract/spec.ts';
import { applies, type ProbeCheck } from './probe.ts';

/** At most this many boundary requests per operation, so a wide filter set stays quick: bounds go first. */
const maxRequests = 16;

/** The valid values at the edges of a query parameter's schema: each enum value, the bounds, the exact lengths. */
function boundaryValues(schema: JsonObject): { value: unknown; why: string; bound?: true }[] {
  const items = schema.type === 'array' && schema.items && typeof schema.items === 'object' ? (schema.items as JsonObject) : undefined;
  const own = items ?? schema;
  const wrap = (value: unknown) => (items ? [value] : value);
  const values: { value: unknown; why: string; bound?: true }[] = [];
  if (Array.isArray(own.enum)) for (const value of own.enum) values.push({ value: wrap(value), why: `the documented value ${JSON.stringify(value)}` });
  if (typeof own.minimum === 'number') values.push({ value: wrap(own.minimum), why: `its minimum ${own.minimum}`, bound: true });
  if (typeof own.maximum === 'number') values.push({ value: wrap(own.maximum), why: `its maximum ${own.maximum}`, bound: true });
  if (typeof own.maxLength === 'number' && own.maxLength <= 200 && !own.pattern && !own.format && !own.enum) {
    values.push({ value: wrap('x'.repeat(own.maxLength)), why: `a string of exactly maxLength ${own.maxLength}`, bound: true });
  }
  return values;
}

/**
 * Off-by-one bounds and forgotten enum values: a server that refuses `limit=100`
 * when 100 is the documented maximum, or a filter value the contract lists. Only
 * GET query parameters, one at a time on the contract's valid request, so nothing
 * is created and a refusal can only be about that one value.
 */
export const boundaryValuesAccepted: ProbeCheck = {
  name: 'boundary values accepted',
  description:
    "Each documented value at the edge of a GET query parameter's schema (every enum value, the minimum and maximum, a string of exactly maxLength) is accepted like the contract's example request: no 4xx for a value the contract allows.",
  level: 'schema',
  async probe(session, operation) {
    if (operation.method !== 'get' || !applies(session, this, operation)) return;
    const valid = session.validRequest(operation);
    const baseline = await session.exampleExchange(operation);
    // When the example request itself is refused (e.g. an id this server lacks), edges prove nothing.
    const baselineStatus = baseline.response?.status;
    if (baselineStatus === undefined || baselineStatus < 200 || baselineStatus >= 300) return;
    const candidates = operation.parameters
      .filter((parameter) => parameter.in === 'query')
      .flatMap((parameter) => boundaryValues(resolveRef<JsonObject>(session.contract.document, parameter.schema ?? {})).map((edge) => ({ parameter: parameter.name, ...edge })));
    // Bounds are where off-by-one mistakes hide; enum values fill what the budget leaves.
    const chosen = [...candidates.filter((edge) => edge.bound), ...candidates.filter((edge) => !edge.bound)].slice(0, maxRequests);
    for (const { parameter, value, why } of chosen) {
      const exchange = await session.call(operation, { ...valid, query: { ...valid.query, [parameter]: value } });
      const status = exchange.response?.status;
      if (status === undefined) continue;
      const body = exchange.response!.text.slice(0, 160);
      session.expect(this.name, exchange, status >= 200 && status < 300, `received ${status}${body ? ` ${body}` : ''} for ${parameter} at ${why} / documented as valid (a 2xx, as for the example request)`);
    }
  },
};
