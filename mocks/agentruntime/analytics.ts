import type { LooseContext, LooseHandler } from '../stateful/types.ts';
import { agentRuntimeError } from './errors.ts';
import { type AgentRuntimeCaller, type AgentRuntimeStore, listScope, projectScope, type StoredRun } from './store.ts';

type Context = LooseContext<AgentRuntimeCaller, AgentRuntimeStore>;
type Handlers = Record<string, LooseHandler<AgentRuntimeCaller, AgentRuntimeStore>>;
const day = 86_400_000;
const windowDays: Record<string, number> = { week: 7, month: 30 };

/** The range asked for: a window (month by default, week, all) or a bounded from/to, never both. */
function range(context: Context): { from: number; to: number } | string {
  const { window, from, to } = context.query as { window?: string; from?: string; to?: string };
  if (window && (from || to)) return 'Give either window or from/to, not both';
  if (Boolean(from) !== Boolean(to)) return 'from and to come together';
  const now = Date.parse(context.store.environment.now());
  if (from && to) return { from: Date.parse(from), to: Date.parse(to) };
  if (window === 'all') return { from: 0, to: now };
  return { from: now - (windowDays[window ?? 'month'] ?? 30) * day, to: now };
}

function runsIn(context: Context, bounds: { from: number; to: number }): StoredRun[] {
  return listScope(context.store.runs, projectScope(context.caller), (stored) => {
    const created = Date.parse(stored.run.created_at);
    return created >= bounds.from && created <= bounds.to;
  });
}

type Compute = (runs: StoredRun[]) => { value: number; unit: 'count' | 'percent' | 'seconds' | 'microcredits' };
const stepsOf = (runs: StoredRun[]) => runs.flatMap((stored) => stored.events.filter((event) => event.event_type === 'step_completed' && !(event.data as { skipped?: boolean } | undefined)?.skipped));

const metrics: Record<string, Compute> = {
  getLiveRuns: (runs) => ({ value: runs.filter((stored) => ['queued', 'running', 'paused', 'stopping'].includes(stored.run.status)).length, unit: 'count' }),
  getSuccessRate: (runs) => {
    const finished = runs.filter((stored) => ['completed', 'failed', 'stopped'].includes(stored.run.status));
    return { value: finished.length ? Math.round((1000 * finished.filter((stored) => stored.run.status === 'completed').length) / finished.length) / 10 : 0, unit: 'percent' };
  },
  getExecutionDuration: (runs) => {
    const durations = runs.filter((stored) => stored.run.finished_at && stored.run.started_at).map((stored) => (Date.parse(stored.run.finished_at!) - Date.parse(stored.run.started_at!)) / 1000);
    return { value: durations.length ? durations.reduce((sum, value) => sum + value, 0) / durations.length : 0, unit: 'seconds' };
  },
  getRunsCount: (runs) => ({ value: runs.length, unit: 'count' }),
  getStepsExecuted: (runs) => ({ value: stepsOf(runs).length, unit: 'count' }),
  getCreditsConsumed: (runs) => ({ value: stepsOf(runs).length * 2000, unit: 'microcredits' }),
};

function metricHandler(name: string, metric: string, compute: Compute): LooseHandler<AgentRuntimeCaller, AgentRuntimeStore> {
  return (context) => {
    const bounds = range(context);
    if (typeof bounds === 'string') return agentRuntimeError(422, 'validation_failed', bounds);
    return { status: 200, body: { metric, ...compute(runsIn(context, bounds)), from: new Date(bounds.from).toISOString(), to: new Date(bounds.to).toISOString() } };
  };
}

function seriesHandler(metric: string, valueOf: (stored: StoredRun) => number): LooseHandler<AgentRuntimeCaller, AgentRuntimeStore> {
  return (context) => {
    const bounds = range(context);
    if (typeof bounds === 'string') return agentRuntimeError(422, 'validation_failed', bounds);
    const granularity = (context.query.granularity as string | undefined) ?? 'day';
    const size = { hour: 3_600_000, day, week: 7 * day, month: 30 * day }[granularity] ?? day;
    const buckets = new Map<number, number>();
    for (const stored of runsIn(context, bounds)) {
      const bucket = Math.floor(Date.parse(stored.run.created_at) / size) * size;
      buckets.set(bucket, (buckets.get(bucket) ?? 0) + valueOf(stored));
    }
    const points = [...buckets.entries()].sort(([a], [b]) => a - b).map(([timestamp, value]) => ({ timestamp: new Date(timestamp).toISOString(), value }));
    return { status: 200, body: { metric, granularity, points } };
  };
}

const names: Record<string, string> = { getLiveRuns: 'live-runs', getSuccessRate: 'success-rate', getExecutionDuration: 'execution-duration', getRunsCount: 'runs-count', getStepsExecuted: 'steps-executed', getCreditsConsumed: 'credits-consumed' };

export const analyticsHandlers: Handlers = {
  ...Object.fromEntries(Object.entries(metrics).map(([operationId, compute]) => [operationId, metricHandler(operationId, names[operationId]!, compute)])),
  getStepsSummary: (context) => {
    const bounds = range(context);
    if (typeof bounds === 'string') return agentRuntimeError(422, 'validation_failed', bounds);
    const steps = stepsOf(runsIn(context, bounds));
    return { status: 200, body: { steps: steps.length ? [{ type: 'all', count: steps.length, p50_ms: 0, p95_ms: 0 }] : [] } };
  },
  getRunsTimeseries: seriesHandler('runs-timeseries', () => 1),
  getUsageTimeseries: seriesHandler('usage-timeseries', (stored) => stepsOf([stored]).length * 2000),
};
