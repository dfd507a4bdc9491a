import { fail } from '../stateful/problems.ts';
import { executionKey, type RunflowCaller, type RunflowHandlers, type RunflowStore, type StoredReview } from './store.ts';

/** What clients see of a stored review: everything but the tenant and the execution's turns. */
function publicReview({ tenant, executionInput, executionOutput, ...review }: StoredReview) {
  void tenant;
  void executionInput;
  void executionOutput;
  return review;
}

/** Case- and accent-insensitive text, so that "horario" finds "Horário". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function tenantReviews(store: RunflowStore, caller: RunflowCaller): StoredReview[] {
  return [...store.reviews.values()].filter((review) => review.tenant === caller.tenant);
}

function ownReview(store: RunflowStore, caller: RunflowCaller, reviewId: string): StoredReview {
  const review = store.reviews.get(reviewId);
  // Another tenant's review is indistinguishable from a missing one: 404, never 403.
  if (!review || review.tenant !== caller.tenant) fail(404, 'Review not found');
  return review;
}

interface ReviewFilters {
  agentId?: string;
  status?: string;
  rating?: string;
  priority?: string;
  dateFrom?: string;
  dateTo?: string;
  search?: string;
}

function matches(review: StoredReview, filters: ReviewFilters): boolean {
  if (filters.agentId && review.agentId !== filters.agentId) return false;
  if (filters.status && review.status !== filters.status) return false;
  if (filters.rating && review.rating !== filters.rating) return false;
  if (filters.priority && review.priority !== filters.priority) return false;
  if (filters.dateFrom && Date.parse(review.createdAt) < Date.parse(filters.dateFrom)) return false;
  if (filters.dateTo && Date.parse(review.createdAt) > Date.parse(filters.dateTo)) return false;
  if (filters.search && !foldText(review.comment).includes(foldText(filters.search))) return false;
  return true;
}

const newestFirst = (a: StoredReview, b: StoredReview) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

/** Reviews of executions: one per execution, filtered lists, statistics, and the training-data export. */
export const handlers = {
  createReview({ path, body, caller, store }) {
    const key = executionKey(caller.tenant, path.executionId);
    if (store.reviewByExecution.has(key)) fail(409, 'Execution already has a review');
    const now = store.environment.now();
    const review: StoredReview = {
      tenant: caller.tenant,
      id: store.environment.id('rev'),
      executionId: path.executionId,
      agentId: body.agentId,
      rating: body.rating,
      status: 'pending_review',
      priority: body.priority ?? 'medium',
      comment: body.comment,
      tags: body.tags ?? [],
      actionTaken: null,
      resolutionNotes: null,
      correctedOutput: null,
      reviewedBy: caller.label,
      updatedBy: null,
      resolvedBy: null,
      resolvedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    store.reviews.set(review.id, review);
    store.reviewByExecution.set(key, review.id);
    return { status: 201, body: publicReview(review) };
  },

  checkReviewExists({ path, caller, store }) {
    const id = store.reviewByExecution.get(executionKey(caller.tenant, path.executionId));
    const review = id ? store.reviews.get(id) : undefined;
    if (!review) return { status: 200, body: { exists: false } };
    const { rating, status, comment, createdAt } = review;
    return { status: 200, body: { exists: true, review: { id: review.id, rating, status, comment, createdAt } } };
  },

  listReviews({ query, caller, store }) {
    // The documentation: "capped at 100". A larger limit is accepted and served as 100.
    const limit = Math.min(query.limit, 100);
    const { offset } = query;
    const found = tenantReviews(store, caller).filter((review) => matches(review, query)).sort(newestFirst);
    return { status: 200, body: { reviews: found.slice(offset, offset + limit).map(publicReview), total: found.length, limit, offset } };
  },

  getReview({ path, caller, store }) {
    return { status: 200, body: publicReview(ownReview(store, caller, path.reviewId)) };
  },

  updateReview({ path, body, caller, store }) {
    const review = ownReview(store, caller, path.reviewId);
    const now = store.environment.now();
    const updated: StoredReview = { ...review, ...body, updatedBy: caller.label, updatedAt: now };
    if (body.status === 'resolved' && review.status !== 'resolved') {
      updated.resolvedBy = caller.label;
      updated.resolvedAt = now;
    }
    store.reviews.set(review.id, updated);
    return { status: 200, body: publicReview(updated) };
  },

  deleteReview({ path, caller, store }) {
    const review = ownReview(store, caller, path.reviewId);
    store.reviews.delete(review.id);
    store.reviewByExecution.delete(executionKey(review.tenant, review.executionId));
    return { status: 204, body: undefined };
  },

  getReviewStats({ query, caller, store }) {
    const reviews = tenantReviews(store, caller).filter((review) => review.agentId === query.agentId);
    const count = (predicate: (review: StoredReview) => boolean) => reviews.filter(predicate).length;
    const resolutionHours = reviews
      .filter((review) => review.status === 'resolved' && review.resolvedAt)
      .map((review) => (Date.parse(review.resolvedAt!) - Date.parse(review.createdAt)) / 3_600_000);
    const average = resolutionHours.length ? resolutionHours.reduce((sum, hours) => sum + hours, 0) / resolutionHours.length : null;
    return {
      status: 200,
      body: {
        total: reviews.length,
        pending: count((review) => review.status === 'pending_review'),
        inProgress: count((review) => review.status === 'in_progress'),
        resolved: count((review) => review.status === 'resolved'),
        badReviews: count((review) => review.rating === 'bad'),
        needsImprovement: count((review) => review.rating === 'needs_improvement'),
        critical: count((review) => review.priority === 'critical'),
        highPriority: count((review) => review.priority === 'high'),
        avgResolutionHours: average === null ? null : Math.round(average * 100) / 100,
      },
    };
  },

  exportTrainingData({ query, caller, store }) {
    const reviews = tenantReviews(store, caller).filter((review) => matches(review, query)).sort(newestFirst);
    const examples = reviews.map((review) => ({
      messages: [
        { role: 'user' as const, content: review.executionInput ?? `Input of execution ${review.executionId}` },
        { role: 'assistant' as const, content: review.correctedOutput ?? review.executionOutput ?? `Output of execution ${review.executionId}` },
      ],
      metadata: { review_id: review.id, execution_id: review.executionId, rating: review.rating, was_corrected: review.correctedOutput != null },
    }));
    return {
      status: 200,
      body: { training_examples: examples, total: examples.length, format: 'openai-conversational' as const, generated_at: store.environment.now() },
    };
  },
} satisfies RunflowHandlers<'createReview' | 'checkReviewExists' | 'listReviews' | 'getReview' | 'updateReview' | 'deleteReview' | 'getReviewStats' | 'exportTrainingData'>;
