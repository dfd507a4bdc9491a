import type { Scenario } from '../../scenario.ts';
import { cardUpsert } from './dashboards-card-upsert.ts';
import { tabUpsert } from './dashboards-tab-upsert.ts';
import { eventsAgentFromKey } from './events-agent-from-key.ts';
import { eventsFeedAndQuery } from './events-feed-and-query.ts';
import { deleteIsHard } from './reviews-delete-is-hard.ts';
import { listFiltersAndSearch } from './reviews-list-filters-and-search.ts';
import { listPageSize } from './reviews-list-page-size.ts';
import { newReviewPending } from './reviews-new-review-pending.ts';
import { patchSetsTags } from './reviews-patch-sets-tags.ts';
import { resolveStamps } from './reviews-resolve-stamps.ts';
import { secondReviewConflicts } from './reviews-second-review-conflicts.ts';
import { shortCommentRejected } from './reviews-short-comment-rejected.ts';
import { stats } from './reviews-stats.ts';
import { trainingExport } from './reviews-training-export.ts';

export const runflowScenarios: Scenario[] = [
  newReviewPending,
  secondReviewConflicts,
  shortCommentRejected,
  listFiltersAndSearch,
  listPageSize,
  resolveStamps,
  deleteIsHard,
  stats,
  trainingExport,
  eventsFeedAndQuery,
  eventsAgentFromKey,
  patchSetsTags,
  tabUpsert,
  cardUpsert,
];
