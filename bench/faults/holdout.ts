/**
 * The holdout set: faults and faithful variants written after the suite had
 * been improved while looking at the main set, and never used to tune it.
 * Its detection rate is the unbiased figure; the main set's is not. Keep it
 * that way: a fault here is changed only when it turns out to be a no-op or to
 * break nothing but designed behaviour, never because the suite caught or
 * missed it.
 */
import { agentRuntimeHoldoutFaults } from './holdout/agentruntime.ts';
import { intentRunsHoldoutFaults } from './holdout/intent-runs.ts';
import { runflowHoldoutFaults } from './holdout/runflow.ts';
import { runtypeHoldoutFaults } from './holdout/runtype.ts';
import type { Fault, Variant } from './kit.ts';

export { holdoutVariants } from './holdout/variants.ts';

export const holdoutFaults: readonly Fault[] = [...runflowHoldoutFaults, ...intentRunsHoldoutFaults, ...runtypeHoldoutFaults, ...agentRuntimeHoldoutFaults];

export type { Fault, Variant };
