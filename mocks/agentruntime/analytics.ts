import type { components } from '../../generated/agentruntime/schema.d.ts';
import { fail } from '../stateful/problems.ts';
import { type AgentRuntimeHandlers, type AgentRuntimeResult, type CallerContext, listScope, projectScope, type StoredRun } from './store.ts';

type Schemas = components['schemas'];
type Metric = Schemas['AnalyticsMetric'];
type Granularity = Schemas['AnalyticsSeries']['granularity'];

interface RangeQuery {
  window?: components['parameters']['AnalyticsWindow'];
  from?: string;
  to?: string;
}
interface Bounds {
  from: number;
  to: number;
}

const day = 86_400_000;
const windowDays: Record<string, number> = { week: 7, month: 30 };
const bucketSize: Record<Granularity, number> = { hour: 3_600_000, day, week: 7 * day, month: 30 * day };

/** The range asked for: a window (month by default, week, all) or a bounded from/to, never both. */
function range(context: CallerContext, { window, from, to }: RangeQuery): Bounds {
  if (window && (from || to)) fail(422, 'Give either window or from/to, not both', { code: 'validation_failed' });
  if (Boolean(from) !== Boolean(to)) fail(422, 'from and to come together', { code: 'validation_failed' });
  const now = Date.parse(context.store.environment.now());
  if (from && to) return { from: Date.parse(from), to: Date.parse(to) };
  if (window === 'all') return { from: 0, to: now };
  return { from: now - (windowDays[window ?? 'month'] ?? 30) * day, to: now };
}

function runsIn({ caller, store }: CallerContext, bounds: Bounds): StoredRun[] {
  return listScope(store.runs, projectScope(caller), (stored) => {
    const created = Date.parse(stored.run.created_at);
    return created >= bounds.from && created <= bounds.to;
  });
}

const isSkip = (data: Schemas['RunEvent']['data']) => data !== undefined && 'skipped' in data && data.skipped === true;
const stepsOf = (runs: StoredRun[]) => runs.flatMap((stored) => stored.events.filter((event) => event.event_type === 'step_completed' && !isSkip(event.data)));

type Measure = (runs: StoredRun[]) => Pick<Metric, 'value' | 'unit'>;

/** One metric over the runs of the range asked for. */
function metric(context: CallerContext & { query: RangeQuery }, name: Metric['metric'], measure: Measure): { status: 200; body: Metric } {
  const bounds = range(context, context.query);
  return { status: 200, body: { metric: name, ...measure(runsIn(context, bounds)), from: new Date(bounds.from).toISOString(), to: new Date(bounds.to).toISOString() } };
}

/** A timeseries of the range asked for: the runs bucketed by granularity, each run worth `valueOf`. */
function series(context: CallerContext & { query: RangeQuery & { granularity: Granularity } }, name: Schemas['AnalyticsSeries']['metric'], valueOf: (stored: StoredRun) => number): { status: 200; body: Schemas['AnalyticsSeries'] } {
  const bounds = range(context, context.query);
  const { granularity } = context.query;
  const size = bucketSize[granularity];
  const buckets = new Map<number, number>();
  for (const stored of runsIn(context, bounds)) {
    const bucket = Math.floor(Date.parse(stored.run.created_at) / size) * size;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + valueOf(stored));
  }
  const points = [...buckets.entries()].sort(([a], [b]) => a - b).map(([timestamp, value]) => ({ timestamp: new Date(timestamp).toISOString(), value }));
  return { status: 200, body: { metric: name, granularity, points } };
}

const live = new Set(['queued', 'running', 'paused', 'stopping']);
const finished = new Set(['completed', 'failed', 'stopped']);

function successRate(runs: StoredRun[]): number {
  const ended = runs.filter((stored) => finished.has(stored.run.status));
  return ended.length ? Math.round((1000 * ended.filter((stored) => stored.run.status === 'completed').length) / ended.length) / 10 : 0;
}

function meanDurationSeconds(runs: StoredRun[]): number {
  const durations = runs.filter((stored) => stored.run.finished_at && stored.run.started_at).map((stored) => (Date.parse(stored.run.finished_at!) - Date.parse(stored.run.started_at!)) / 1000);
  return durations.length ? durations.reduce((sum, value) => sum + value, 0) / durations.length : 0;
}

export const handlers = {
  getLiveRuns: (context): AgentRuntimeResult<'getLiveRuns'> => metric(context, 'live-runs', (runs) => ({ value: runs.filter((stored) => live.has(stored.run.status)).length, unit: 'count' })),
  getSuccessRate: (context): AgentRuntimeResult<'getSuccessRate'> => metric(context, 'success-rate', (runs) => ({ value: successRate(runs), unit: 'percent' })),
  getExecutionDuration: (context): AgentRuntimeResult<'getExecutionDuration'> => metric(context, 'execution-duration', (runs) => ({ value: meanDurationSeconds(runs), unit: 'seconds' })),
  getRunsCount: (context): AgentRuntimeResult<'getRunsCount'> => metric(context, 'runs-count', (runs) => ({ value: runs.length, unit: 'count' })),
  getStepsExecuted: (context): AgentRuntimeResult<'getStepsExecuted'> => metric(context, 'steps-executed', (runs) => ({ value: stepsOf(runs).length, unit: 'count' })),
  getCreditsConsumed: (context): AgentRuntimeResult<'getCreditsConsumed'> => metric(context, 'credits-consumed', (runs) => ({ value: stepsOf(runs).length * 2000, unit: 'microcredits' })),
  getStepsSummary: (context): AgentRuntimeResult<'getStepsSummary'> => {
    const steps = stepsOf(runsIn(context, range(context, context.query)));
    return { status: 200, body: { steps: steps.length ? [{ type: 'all', count: steps.length, p50_ms: 0, p95_ms: 0 }] : [] } };
  },
  getRunsTimeseries: (context): AgentRuntimeResult<'getRunsTimeseries'> => series(context, 'runs-timeseries', () => 1),
  getUsageTimeseries: (context): AgentRuntimeResult<'getUsageTimeseries'> => series(context, 'usage-timeseries', (stored) => stepsOf([stored]).length * 2000),
} satisfies AgentRuntimeHandlers<'getCreditsConsumed' | 'getExecutionDuration' | 'getLiveRuns' | 'getRunsCount' | 'getRunsTimeseries' | 'getStepsExecuted' | 'getStepsSummary' | 'getSuccessRate' | 'getUsageTimeseries'>;
