import type { Scenario } from '../../scenario.ts';
import { approval } from './runs-approval.ts';
import { createAndRepeat } from './runs-create-and-repeat.ts';
import { getAndAbort } from './runs-get-and-abort.ts';
import { listFilters } from './runs-list-filters.ts';
import { listPages } from './runs-list-pages.ts';
import { outputSchemaDraft7 } from './runs-output-schema-draft7.ts';
import { sseStream } from './runs-sse-stream.ts';

export const intentRunsScenarios: Scenario[] = [createAndRepeat, outputSchemaDraft7, listPages, listFilters, getAndAbort, approval, sseStream];
