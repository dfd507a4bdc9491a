/**
 * The unheard set: an eighth set of faults and faithful variants, written
 * blind to the suite (without reading its checks, phases, scenarios or support
 * code, and without ever running it against them) after the main, holdout,
 * unseen, fresh, untried, novel and unmet sets had all been written. It
 * favours operations and kinds of bug no earlier fault touches. Its first
 * measurement is the honest figure. Keep it that way: it is never tuned
 * against, and a fault here is changed only when it turns out to be a no-op or
 * to break nothing but designed behaviour, never because the suite caught or
 * missed it.
 */
import type { Fault, Variant } from './kit.ts';
import { agentRuntimeUnheardFaults } from './unheard/agentruntime.ts';
import { intentRunsUnheardFaults } from './unheard/intent-runs.ts';
import { runflowUnheardFaults } from './unheard/runflow.ts';
import { runtypeUnheardFaults } from './unheard/runtype.ts';

export { unheardVariants } from './unheard/variants.ts';

export const unheardFaults: readonly Fault[] = [...runflowUnheardFaults, ...intentRunsUnheardFaults, ...runtypeUnheardFaults, ...agentRuntimeUnheardFaults];

export type { Fault, Variant };
