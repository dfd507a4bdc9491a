import type { components, operations } from '../../generated/intent-runs/schema.d.ts';
import type { Environment } from '../stateful/environment.ts';
import type { WithQueryDefaults } from '../stateful/request.ts';
import type { Handler } from '../stateful/types.ts';

type Run = components['schemas']['Run'];

/** Each non-empty x-api-key is its own account. */
export interface IntentRunsCaller {
  account: string;
}

export interface StoredRun extends Run {
  account: string;
  userId: string;
  selectedCustomerIntegrationIds: string[];
  approvalToken?: string;
  sequence: number;
}

export interface IntentRunsStore {
  environment: Environment;
  runs: Map<string, StoredRun>;
  /** `${account}\n${repeatKey}` → the latest run created with that key. */
  runByRepeatKey: Map<string, string>;
  sequence: number;
}

/**
 * The query parameters the contract gives a default, which the request parser therefore
 * always fills, per operation: `includeEvents` has one on the list and none on getRun.
 */
export const intentRunsQueryDefaults = {
  listRuns: ['page', 'pageSize', 'includeEvents'],
  streamRun: ['includeToolCalls'],
} as const satisfies Partial<Record<keyof operations, readonly string[]>>;

type DefaultedIn<Id> = Id extends keyof typeof intentRunsQueryDefaults ? (typeof intentRunsQueryDefaults)[Id][number] : never;

/** Handlers for some intent-runs operations, each typed by its operation in the generated types. */
export type IntentRunsHandlers<OperationId extends keyof operations> = {
  [Id in OperationId]: Handler<WithQueryDefaults<operations[Id], DefaultedIn<Id>>, IntentRunsCaller, IntentRunsStore>;
};

export function createIntentRunsStore(environment: Environment): IntentRunsStore {
  return { environment, runs: new Map(), runByRepeatKey: new Map(), sequence: 0 };
}

export function repeatKeyIndex(account: string, repeatKey: string): string {
  return `${account}\n${repeatKey}`;
}

/**
 * The store's own shape as plain JSON: the demo fixture, and what `snapshotIntentRunsStore`
 * writes for persistence (its inverse). Runs are listed oldest first, so the repeat-key
 * index, rebuilt while loading, points at the latest run of each key.
 */
export interface IntentRunsFixture {
  sequence?: number;
  runs?: (Omit<StoredRun, 'sequence'> & { sequence?: number })[];
}

export function loadIntentRunsFixture(store: IntentRunsStore, fixture: IntentRunsFixture): void {
  for (const run of fixture.runs ?? []) {
    const sequence = run.sequence ?? store.sequence + 1;
    store.sequence = Math.max(store.sequence, sequence);
    store.runs.set(run.runId, { ...run, sequence });
    store.runByRepeatKey.set(repeatKeyIndex(run.account, run.repeatKey), run.runId);
  }
  store.sequence = Math.max(store.sequence, fixture.sequence ?? 0);
}

/** The whole store as a fixture: `loadIntentRunsFixture` of it gives an equal store. */
export function snapshotIntentRunsStore(store: IntentRunsStore): IntentRunsFixture {
  const runs = [...store.runs.values()].sort((a, b) => a.sequence - b.sequence);
  return { sequence: store.sequence, runs };
}

/** Appends an event to a run's log and stamps the run as updated. */
export function addEvent(store: IntentRunsStore, run: StoredRun, event: Omit<components['schemas']['RunEvent'], 'id' | 'createdAt'>): void {
  const createdAt = store.environment.now();
  run.events.push({ id: store.environment.uuid(), createdAt, ...event });
  run.updatedAt = createdAt;
}
