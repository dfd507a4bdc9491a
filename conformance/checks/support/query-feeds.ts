import type { JsonObject, OpenApiDocument, Operation } from '../../../contract/spec.ts';
import { resolveRef } from '../../../contract/spec.ts';
import type { CheckContext, Contract } from '../../types.ts';
import { operationsOf, propertiesOf, requestSchema } from './contract-model.ts';
import { pagingOf } from './paging.ts';
import { succeeded } from './resources.ts';

/**
 * A query that takes its page in its body (POST …/query {eventName, limit,
 * offset}) answers rows of records some other write made. To page through
 * rows it knows, a check writes them itself through the write that feeds the
 * query: a POST whose body, or the records of an array in it, carry every
 * field the query requires. The rows get a value of their own in those fields,
 * and the query asks for exactly that value.
 */
interface Feed {
  operation: Operation;
  /** The body's array of records to fill; undefined when the body is one record. */
  array?: { name: string; maxItems?: number };
  /** The query's required fields, each a free string in the feed's records. */
  fields: string[];
  /** The records' free-form object, where a row's own columns go. */
  freeForm?: string;
}

/** A string field any value of which a server has no reason to refuse. */
export function takesAnyText(schema: JsonObject | undefined): boolean {
  return schema?.type === 'string' && schema.enum === undefined && schema.const === undefined && schema.format === undefined && schema.pattern === undefined && !schema.readOnly;
}

/** The fields a query's body requires besides its paging. */
function requiredFieldsOf(document: OpenApiDocument, query: Operation): string[] {
  const paging = pagingOf(document, query);
  const schema = requestSchema(document, query);
  const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
  return required.filter((name) => name !== paging?.size?.name && name !== paging?.position?.name);
}

function feedOf(contract: Contract, query: Operation): Feed | undefined {
  const document = contract.document;
  const fields = requiredFieldsOf(document, query);
  if (fields.length === 0) return undefined;
  for (const operation of operationsOf(contract)) {
    if (operation.method !== 'post' || operation === query || operation.parameters.some((parameter) => parameter.in === 'path')) continue;
    const body = propertiesOf(document, requestSchema(document, operation));
    for (const [name, schema] of Object.entries(body)) {
      if (schema.type !== 'array' || !schema.items) continue;
      const record = propertiesOf(document, resolveRef<JsonObject>(document, schema.items));
      const freeForm = freeFormOf(document, record);
      if (fields.every((field) => takesAnyText(record[field]))) return { operation, array: { name, ...(typeof schema.maxItems === 'number' ? { maxItems: schema.maxItems } : {}) }, fields, ...(freeForm ? { freeForm } : {}) };
    }
    const freeForm = freeFormOf(document, body);
    if (fields.every((field) => takesAnyText(body[field]))) return { operation, fields, ...(freeForm ? { freeForm } : {}) };
  }
  return undefined;
}

/**
 * A column a check gives its rows: a name of its own and one value per row,
 * written into the records' free-form object (`properties: {}`), the one
 * place a record takes keys the contract does not name.
 */
export interface FedColumn {
  name: string;
  values: unknown[];
}

/** The property of a feed's records that takes any keys: an object schema without properties of its own. */
function freeFormOf(document: OpenApiDocument, record: Record<string, JsonObject>): string | undefined {
  const free = Object.entries(record).filter(([, schema]) => schema.type === 'object' && schema.properties === undefined && schema.additionalProperties !== false && !schema.readOnly);
  return free.length === 1 ? free[0]![0] : undefined;
}

/** Copies of the example's records, `count` of them, each with the query's fields set to `value` (and its value of the column). */
function recordsFor(templates: unknown[], count: number, fields: string[], value: string, column?: FedColumn & { in: string }, first = 0): unknown[] {
  const records: unknown[] = [];
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length];
    const record: Record<string, unknown> = template && typeof template === 'object' ? { ...(template as Record<string, unknown>) } : {};
    for (const field of fields) record[field] = value;
    if (column) record[column.in] = { ...(record[column.in] as Record<string, unknown> | undefined), [column.name]: column.values[(first + index) % column.values.length] };
    records.push(record);
  }
  return records;
}

/** Writes at most this many rows one at a time, when the feed takes one record a request. */
const maxSingleWrites = 5;

/**
 * Writes `count` rows the query will find, through its feed, and answers the
 * query body that asks for exactly them; undefined when the contract names no
 * feed or the write is refused, or a column is asked for that the records
 * have no free-form object to hold.
 */
export async function feedQuery(context: CheckContext, query: Operation, count: number, column?: FedColumn): Promise<Record<string, unknown> | undefined> {
  const feed = feedOf(context.contract, query);
  if (!feed || (column && !feed.freeForm)) return undefined;
  const placed = column ? { ...column, in: feed.freeForm! } : undefined;
  const value = `paging-${context.uniqueSuffix()}`;
  const valid = context.validRequest(feed.operation);
  const body = valid.body && typeof valid.body === 'object' ? (valid.body as Record<string, unknown>) : {};
  if (feed.array) {
    const templates = Array.isArray(body[feed.array.name]) && (body[feed.array.name] as unknown[]).length > 0 ? (body[feed.array.name] as unknown[]) : [{}];
    const records = recordsFor(templates, Math.min(count, feed.array.maxItems ?? count), feed.fields, value, placed);
    if (!succeeded(await context.send(feed.operation, { ...valid, body: { ...body, [feed.array.name]: records } }))) return undefined;
  } else {
    for (let index = 0; index < Math.min(count, maxSingleWrites); index++) {
      if (!succeeded(await context.send(feed.operation, { ...valid, body: recordsFor([body], 1, feed.fields, value, placed, index)[0] }))) return undefined;
    }
  }
  return Object.fromEntries(feed.fields.map((field) => [field, value]));
}
