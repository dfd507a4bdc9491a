/**
 * The untried set: a fifth set of faults and faithful variants, written blind
 * to the suite (without reading its checks, phases, scenarios or support
 * code, and without ever running it against them) after the main, holdout,
 * unseen and fresh sets had all been used to improve the suite. It favours
 * operations no earlier fault touches. Its first measurement (11/24) was the
 * honest figure; its misses have since been used to improve the suite, as the
 * earlier sets' were. A fault here is changed only when it turns out to be a
 * no-op or to break nothing but designed behaviour.
 */
import type { Fault, Variant } from './kit.ts';
import { agentRuntimeUntriedFaults } from './untried/agentruntime.ts';
import { intentRunsUntriedFaults } from './untried/intent-runs.ts';
import { runflowUntriedFaults } from './untried/runflow.ts';
import { runtypeUntriedFaults } from './untried/runtype.ts';

export { untriedVariants } from './untried/variants.ts';

export const untriedFaults: readonly Fault[] = [...runflowUntriedFaults, ...intentRunsUntriedFaults, ...runtypeUntriedFaults, ...agentRuntimeUntriedFaults];

export type { Fault, Variant };
