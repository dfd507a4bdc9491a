import { type JsonObject, type OpenApiDocument, type Operation, resolveRef } from '../../../contract/spec.ts';
import { itemListOf, propertiesOf } from './contract-model.ts';
import { pagingOf } from './paging.ts';

/** How a query parameter narrows a list, by the item field it names. */
export type FilterKind = 'equals' | 'from' | 'to';

export interface Filter {
  parameter: string;
  field: string;
  kind: FilterKind;
  /** The parameter takes an array (repeated values): an item matches any of them. */
  many: boolean;
  /** The field holds an array: an item matches when it contains the value. */
  fieldIsArray: boolean;
  /** Compared by day, not by instant (format: date). */
  byDay: boolean;
  required: boolean;
}

const rangeStart = /^(.*?)(From|_from|After|_after|Since|_since|Start|_start)$|^(from|since|after|start)$/;
const rangeEnd = /^(.*?)(To|_to|Before|_before|Until|_until|End|_end)$|^(to|until|before|end)$/;

function isDateField(schema: JsonObject | undefined): boolean {
  return schema !== undefined && (schema.format === 'date-time' || schema.format === 'date');
}

/** The date field a range bound names: `createdFrom` → createdAt / created_at; `dateFrom`, `from` → the creation stamp. */
function dateFieldFor(prefix: string, fields: Record<string, JsonObject>): string | undefined {
  const candidates = prefix && prefix !== 'date' ? [prefix, `${prefix}At`, `${prefix}_at`, `${prefix}Date`, `${prefix}_date`] : ['createdAt', 'created_at', 'timestamp', 'date'];
  return candidates.find((name) => isDateField(fields[name]));
}

/** The field a parameter names: the same name, or a field ending in it at a camelCase boundary. */
function fieldFor(name: string, fields: Record<string, JsonObject>): string | undefined {
  if (fields[name]) return name;
  const capitalised = name[0]!.toUpperCase() + name.slice(1);
  const matches = Object.keys(fields).filter((field) => field.endsWith(capitalised));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The query parameters of a list that filter its items by a field of theirs. */
export function filtersOf(document: OpenApiDocument, operation: Operation): Filter[] {
  const list = itemListOf(document, operation);
  if (!list) return [];
  const fields = propertiesOf(document, list.rawItem);
  const paging = pagingOf(document, operation);
  const pagingNames = new Set([paging?.position?.name, paging?.size?.name]);
  const filters: Filter[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query' || pagingNames.has(parameter.name)) continue;
    const schema = resolveRef<JsonObject>(document, parameter.schema ?? {});
    const many = schema.type === 'array';
    const start = rangeStart.exec(parameter.name);
    const end = rangeEnd.exec(parameter.name);
    const bound = isDateField(many ? undefined : schema) ? (start ? { kind: 'from' as const, match: start } : end ? { kind: 'to' as const, match: end } : undefined) : undefined;
    // A date range on a list without pages is a report's window (buckets may start before it), not a filter of records.
    if (bound && !paging) continue;
    if (bound) {
      const field = dateFieldFor(bound.match[1] ?? '', fields);
      if (field) filters.push({ parameter: parameter.name, field, kind: bound.kind, many: false, fieldIsArray: false, byDay: schema.format === 'date' || fields[field]!.format === 'date', required: Boolean(parameter.required) });
      continue;
    }
    const field = fieldFor(parameter.name, fields);
    if (!field) continue;
    const fieldSchema = fields[field]!;
    // A boolean or free-form object field is a flag or a bag, not something to match a query string against.
    if (fieldSchema.type === 'object' || fieldSchema.type === 'boolean') continue;
    filters.push({ parameter: parameter.name, field, kind: 'equals', many, fieldIsArray: fieldSchema.type === 'array', byDay: false, required: Boolean(parameter.required) });
  }
  return filters;
}

/** Whether an item's field satisfies a filter's value. */
export function satisfies(filter: Filter, fieldValue: unknown, value: unknown): boolean {
  if (filter.kind === 'equals') {
    const wanted = (Array.isArray(value) ? value : [value]).map(String);
    const held = (Array.isArray(fieldValue) ? fieldValue : [fieldValue]).filter((entry) => entry !== undefined && entry !== null).map(String);
    return held.some((entry) => wanted.includes(entry));
  }
  if (typeof fieldValue !== 'string' || typeof value !== 'string') return false;
  const [held, bound] = filter.byDay ? [fieldValue.slice(0, 10), value.slice(0, 10)] : [Date.parse(fieldValue), Date.parse(value)];
  return filter.kind === 'from' ? held >= bound : held <= bound;
}

/** Whether an item must be in the filtered list: it satisfies the filter away from the bound itself (a bound may be inclusive or not). */
export function mustInclude(filter: Filter, fieldValue: unknown, value: unknown): boolean {
  if (filter.kind === 'equals') return satisfies(filter, fieldValue, value);
  if (typeof fieldValue !== 'string' || typeof value !== 'string') return false;
  const [held, bound] = filter.byDay ? [fieldValue.slice(0, 10), value.slice(0, 10)] : [Date.parse(fieldValue), Date.parse(value)];
  return filter.kind === 'from' ? held > bound : held < bound;
}
