/**
 * The novel set: a sixth set of faults and faithful variants, written blind
 * to the suite (without reading its checks, phases, scenarios or support
 * code, and without ever running it against them) after the main, holdout,
 * unseen, fresh and untried sets had all been written. It favours operations
 * and kinds of bug no earlier fault touches. Its first measurement (9/24,
 * one false failure) was the honest figure; its misses have since been used to
 * improve the suite. A fault here is changed only when it turns out to be a
 * no-op or to break nothing but designed behaviour.
 */
import type { Fault, Variant } from './kit.ts';
import { agentRuntimeNovelFaults } from './novel/agentruntime.ts';
import { intentRunsNovelFaults } from './novel/intent-runs.ts';
import { runflowNovelFaults } from './novel/runflow.ts';
import { runtypeNovelFaults } from './novel/runtype.ts';

export { novelVariants } from './novel/variants.ts';

export const novelFaults: readonly Fault[] = [...runflowNovelFaults, ...intentRunsNovelFaults, ...runtypeNovelFaults, ...agentRuntimeNovelFaults];

export type { Fault, Variant };
