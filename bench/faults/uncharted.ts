/**
 * The uncharted set: a ninth set of faults and faithful variants, written
 * blind to the suite (without reading its checks, phases, scenarios or
 * support code, and without ever running it against them) after the main,
 * holdout, unseen, fresh, untried, novel, unmet and unheard sets had all been
 * written. It favours operations and kinds of bug no earlier fault touches.
 * It has never been measured yet: its first measurement is the honest
 * figure. A fault here is changed only when it turns out to be a no-op or to
 * break nothing but designed behaviour, never because the suite caught or
 * missed it.
 */
import type { Fault, Variant } from './kit.ts';
import { agentRuntimeUnchartedFaults } from './uncharted/agentruntime.ts';
import { intentRunsUnchartedFaults } from './uncharted/intent-runs.ts';
import { runflowUnchartedFaults } from './uncharted/runflow.ts';
import { runtypeUnchartedFaults } from './uncharted/runtype.ts';

export { unchartedVariants } from './uncharted/variants.ts';

export const unchartedFaults: readonly Fault[] = [...runflowUnchartedFaults, ...intentRunsUnchartedFaults, ...runtypeUnchartedFaults, ...agentRuntimeUnchartedFaults];

export type { Fault, Variant };
