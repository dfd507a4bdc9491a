import type { components, operations } from '../../generated/runflow/schema.d.ts';
import type { Environment } from '../stateful/environment.ts';
import type { WithQueryDefaults } from '../stateful/request.ts';
import type { Handler } from '../stateful/types.ts';

type Review = components['schemas']['Review'];
type Event = components['schemas']['FeedEvent'];
type DashboardCard = components['schemas']['DashboardCard'];
type DashboardTab = components['schemas']['DashboardTab'];

/** Who is calling: each `rf_` key is its own tenant, bound to one agent derived from the key. */
export interface RunflowCaller {
  tenant: string;
  agentId: string;
  /** The key's label, used for the reviewedBy / updatedBy / resolvedBy stamps. */
  label: string;
}

export interface StoredReview extends Review {
  tenant: string;
  /** What the execution was asked and answered: the turns of the training export. */
  executionInput?: string;
  executionOutput?: string;
}

export interface StoredEvent extends Event {
  tenant: string;
  agentId: string;
  sequence: number;
}

export interface StoredCard extends DashboardCard {
  tenant: string;
  sequence: number;
}

export interface StoredTab extends DashboardTab {
  tenant: string;
  agentId: string;
}

export interface RunflowStore {
  environment: Environment;
  reviews: Map<string, StoredReview>;
  /** `${tenant}\n${executionId}` → review id: the one-review-per-execution index. */
  reviewByExecution: Map<string, string>;
  events: StoredEvent[];
  cards: Map<string, StoredCard>;
  tabs: Map<string, StoredTab>;
  sequence: number;
}

/** The query parameters the contract gives a default, which the request parser therefore always fills. */
export const runflowQueryDefaults = ['limit', 'offset'] as const;

/** Handlers for some Runflow operations, each typed by its operation in the generated types. */
export type RunflowHandlers<OperationId extends keyof operations> = {
  [Id in OperationId]: Handler<WithQueryDefaults<operations[Id], (typeof runflowQueryDefaults)[number]>, RunflowCaller, RunflowStore>;
};

export function createRunflowStore(environment: Environment): RunflowStore {
  return { environment, reviews: new Map(), reviewByExecution: new Map(), events: [], cards: new Map(), tabs: new Map(), sequence: 0 };
}

/**
 * The store's own shape as plain JSON: the demo fixture, and what `snapshotRunflowStore`
 * writes for persistence (its inverse). Sequences may be left out of a hand-written fixture.
 */
export interface RunflowFixture {
  sequence?: number;
  reviews?: StoredReview[];
  events?: (Omit<StoredEvent, 'sequence'> & { sequence?: number })[];
  tabs?: StoredTab[];
  cards?: (Omit<StoredCard, 'sequence'> & { sequence?: number })[];
}

export function loadRunflowFixture(store: RunflowStore, fixture: RunflowFixture): void {
  for (const review of fixture.reviews ?? []) {
    store.reviews.set(review.id, review);
    store.reviewByExecution.set(executionKey(review.tenant, review.executionId), review.id);
  }
  for (const event of fixture.events ?? []) store.events.push({ ...event, sequence: nextSequence(store, event.sequence) });
  for (const tab of fixture.tabs ?? []) store.tabs.set(tab.id, tab);
  for (const card of fixture.cards ?? []) store.cards.set(card.id, { ...card, sequence: nextSequence(store, card.sequence) });
  store.sequence = Math.max(store.sequence, fixture.sequence ?? 0);
}

function nextSequence(store: RunflowStore, kept: number | undefined): number {
  store.sequence = Math.max(store.sequence + (kept === undefined ? 1 : 0), kept ?? 0);
  return kept ?? store.sequence;
}

/** The whole store as a fixture: `loadRunflowFixture` of it gives an equal store (the execution index is derived). */
export function snapshotRunflowStore(store: RunflowStore): RunflowFixture {
  return { sequence: store.sequence, reviews: [...store.reviews.values()], events: [...store.events], tabs: [...store.tabs.values()], cards: [...store.cards.values()] };
}

export function executionKey(tenant: string, executionId: string): string {
  return `${tenant}\n${executionId}`;
}

/** A stable agent id for a key: the same key always maps to the same agent. */
export function agentIdForKey(key: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `agent-${hash.toString(16).padStart(8, '0')}`;
}
