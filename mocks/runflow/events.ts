import type { components } from '../../generated/runflow/schema.d.ts';
import type { RunflowHandlers, StoredEvent } from './store.ts';
type Scalar = string | number | boolean | null;
type QueryFilter = components['schemas']['QueryFilter'];
type ColumnType = components['schemas']['EventQueryResult']['columns'][number]['type'];

function publicEvent({ tenant, agentId, sequence, ...event }: StoredEvent) {
  void tenant;
  void agentId;
  void sequence;
  return event;
}

const mostRecentFirst = (a: StoredEvent, b: StoredEvent) => b.timestamp.localeCompare(a.timestamp) || b.sequence - a.sequence;

function passes(value: Scalar | undefined, filter: QueryFilter): boolean {
  const expected = filter.value;
  switch (filter.operator) {
    case 'eq':
      return value === expected;
    case 'neq':
      return value !== expected;
    case 'gt':
      return value != null && value > (expected as Scalar)!;
    case 'lt':
      return value != null && value < (expected as Scalar)!;
    case 'gte':
      return value != null && value >= (expected as Scalar)!;
    case 'lte':
      return value != null && value <= (expected as Scalar)!;
    case 'contains':
      return typeof value === 'string' && value.toLowerCase().includes(String(expected).toLowerCase());
    case 'in':
      return Array.isArray(expected) && expected.includes(value as string | number | boolean);
  }
}

function columnType(values: unknown[]): ColumnType {
  const sample = values.find((value) => value !== null && value !== undefined);
  if (typeof sample === 'number') return 'number';
  if (typeof sample === 'boolean') return 'boolean';
  return 'string';
}

function aggregate(values: number[], aggregation: 'count' | 'sum' | 'avg' | 'min' | 'max', rowCount: number): number | null {
  if (aggregation === 'count') return rowCount;
  if (values.length === 0) return null;
  if (aggregation === 'sum') return values.reduce((sum, value) => sum + value, 0);
  if (aggregation === 'avg') return values.reduce((sum, value) => sum + value, 0) / values.length;
  return aggregation === 'min' ? Math.min(...values) : Math.max(...values);
}

/** Events: ingestion, the recent feed, and table-style queries with filters and aggregates. */
export const handlers = {
  ingestEvents({ body, caller, store }) {
    // Written at once: "queryable shortly after" is then trivially within the 100 ms promise.
    for (const event of body.events) {
      store.events.push({
        tenant: caller.tenant,
        agentId: caller.agentId,
        sequence: ++store.sequence,
        id: store.environment.id('ev'),
        eventName: event.eventName,
        properties: event.properties ?? {},
        threadId: event.threadId ?? null,
        executionId: event.executionId ?? null,
        timestamp: event.timestamp ?? store.environment.now(),
      });
    }
    return { status: 202, body: { accepted: body.events.length } };
  },

  getEventFeed({ query, caller, store }) {
    const agentId = query.agentId ?? caller.agentId;
    // The documentation: "capped at 100". A larger limit is accepted and served as 100.
    const limit = Math.min(query.limit, 100);
    const { offset } = query;
    const found = store.events
      .filter((event) => event.tenant === caller.tenant && event.agentId === agentId)
      .filter((event) => !query.eventName || event.eventName === query.eventName)
      .sort(mostRecentFirst);
    return { status: 200, body: { events: found.slice(offset, offset + limit).map(publicEvent), total: found.length } };
  },

  queryEvents({ body, caller, store }) {
    const agentId = body.agentId ?? caller.agentId;
    const selected = store.events.filter(
      (event) =>
        event.tenant === caller.tenant &&
        event.agentId === agentId &&
        event.eventName === body.eventName &&
        (!body.dateFrom || Date.parse(event.timestamp) >= Date.parse(body.dateFrom)) &&
        (!body.dateTo || Date.parse(event.timestamp) <= Date.parse(body.dateTo)) &&
        (body.filters ?? []).every((filter) => passes(event.properties[filter.propertyKey], filter)),
    );

    let rows: Record<string, Scalar>[];
    let keys: string[];
    if (body.mode === 'aggregate') {
      const groupBy = body.groupBy;
      const metrics = body.metrics ?? [{ aggregation: 'count' as const, alias: 'count' }];
      const groups = new Map<string, StoredEvent[]>();
      for (const event of selected) {
        const key = JSON.stringify(groupBy ? (event.properties[groupBy] ?? null) : null);
        groups.set(key, [...(groups.get(key) ?? []), event]);
      }
      rows = [...groups.entries()].map(([key, events]) => {
        const row: Record<string, Scalar> = groupBy ? { [groupBy]: JSON.parse(key) as Scalar } : {};
        for (const metric of metrics) {
          const numbers = events.map((event) => event.properties[metric.propertyKey ?? '']).filter((value): value is number => typeof value === 'number');
          row[metric.alias] = aggregate(numbers, metric.aggregation, events.length);
        }
        return row;
      });
      keys = [...(groupBy ? [groupBy] : []), ...metrics.map((metric) => metric.alias)];
    } else {
      keys = body.columns ?? [...new Set(selected.flatMap((event) => Object.keys(event.properties)))];
      rows = selected.sort(mostRecentFirst).map((event) => Object.fromEntries(keys.map((key) => [key, event.properties[key] ?? null])));
    }

    if (body.sortBy) {
      const direction = body.sortOrder === 'desc' ? -1 : 1;
      const sortBy = body.sortBy;
      rows.sort((a, b) => (a[sortBy]! < b[sortBy]! ? -direction : a[sortBy]! > b[sortBy]! ? direction : 0));
    }
    const offset = body.offset ?? 0;
    const limit = body.limit ?? 100;
    const columns = keys.map((key) => ({ key, type: columnType(rows.map((row) => row[key])) }));
    return { status: 200, body: { rows: rows.slice(offset, offset + limit), total: rows.length, columns } };
  },
} satisfies RunflowHandlers<'ingestEvents' | 'getEventFeed' | 'queryEvents'>;
