/**
 * The unseen set: faults and faithful variants written blind, by someone who
 * had not read the conformance suite (its checks, phases, scenarios) and never
 * ran it against them, after the main and holdout sets had both been used to
 * improve the suite. Its first measurement is the honest figure. Keep it that
 * way: it is never tuned against, and a fault here is changed only when it
 * turns out to be a no-op or to break nothing but designed behaviour, never
 * because the suite caught or missed it.
 */
import type { Fault, Variant } from './kit.ts';
import { agentRuntimeUnseenFaults } from './unseen/agentruntime.ts';
import { intentRunsUnseenFaults } from './unseen/intent-runs.ts';
import { runflowUnseenFaults } from './unseen/runflow.ts';
import { runtypeUnseenFaults } from './unseen/runtype.ts';

export { unseenVariants } from './unseen/variants.ts';

export const unseenFaults: readonly Fault[] = [...runflowUnseenFaults, ...intentRunsUnseenFaults, ...runtypeUnseenFaults, ...agentRuntimeUnseenFaults];

export type { Fault, Variant };
