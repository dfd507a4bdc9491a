import type { components } from '../../generated/intent-runs/schema.d.ts';
import type { Environment } from '../stateful/environment.ts';

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

export function createIntentRunsStore(environment: Environment): IntentRunsStore {
  return { environment, runs: new Map(), runByRepeatKey: new Map(), sequence: 0 };
}

export function repeatKeyIndex(account: string, repeatKey: string): string {
  return `${account}\n${repeatKey}`;
}

export interface IntentRunsFixture {
  runs?: Omit<StoredRun, 'sequence'>[];
}

export function loadIntentRunsFixture(store: IntentRunsStore, fixture: IntentRunsFixture): void {
  for (const run of fixture.runs ?? []) {
    store.runs.set(run.runId, { ...run, sequence: ++store.sequence });
    store.runByRepeatKey.set(repeatKeyIndex(run.account, run.repeatKey), run.runId);
  }
}
