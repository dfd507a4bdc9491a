/**
 * The fault-detection bench's servers, in nine sets: `main` (the faults the
 * suite was improved against, so its figure is biased), `holdout` (written
 * afterwards and never tuned against, though later used to improve the suite),
 * `unseen` (written blind to the suite, since used to improve it too),
 * `fresh` (written blind after all three, since used to improve it too),
 * `untried` (written blind after all four), `novel` (written blind after
 * all five), `unmet` (written blind after all six), `unheard` (written
 * blind after all seven) and `uncharted` (written blind after all eight),
 * plus the controls that every run needs.
 */
import { agentRuntimeFaults } from './agentruntime.ts';
import { freshFaults, freshVariants } from './fresh.ts';
import { holdoutFaults, holdoutVariants } from './holdout.ts';
import { intentRunsFaults } from './intent-runs.ts';
import type { Fault, Variant } from './kit.ts';
import { novelFaults, novelVariants } from './novel.ts';
import { runflowFaults } from './runflow.ts';
import { runtypeFaults } from './runtype.ts';
import { unchartedFaults, unchartedVariants } from './uncharted.ts';
import { unheardFaults, unheardVariants } from './unheard.ts';
import { unmetFaults, unmetVariants } from './unmet.ts';
import { unseenFaults, unseenVariants } from './unseen.ts';
import { untriedFaults, untriedVariants } from './untried.ts';
import { controls, variants } from './variants.ts';

export type { Fault, Variant } from './kit.ts';

export type BenchSet = 'main' | 'holdout' | 'unseen' | 'fresh' | 'untried' | 'novel' | 'unmet' | 'unheard' | 'uncharted';
export const benchSets: readonly BenchSet[] = ['main', 'holdout', 'unseen', 'fresh', 'untried', 'novel', 'unmet', 'unheard', 'uncharted'];

export const faultsBySet: Record<BenchSet, readonly Fault[]> = {
  main: [...runflowFaults, ...intentRunsFaults, ...runtypeFaults, ...agentRuntimeFaults],
  holdout: holdoutFaults,
  unseen: unseenFaults,
  fresh: freshFaults,
  untried: untriedFaults,
  novel: novelFaults,
  unmet: unmetFaults,
  unheard: unheardFaults,
  uncharted: unchartedFaults,
};
export const variantsBySet: Record<BenchSet, readonly Variant[]> = { main: variants, holdout: holdoutVariants, unseen: unseenVariants, fresh: freshVariants, untried: untriedVariants, novel: novelVariants, unmet: unmetVariants, unheard: unheardVariants, uncharted: unchartedVariants };

export const faults: readonly Fault[] = benchSets.flatMap((set) => faultsBySet[set]);
export const faithfulVariants: readonly Variant[] = benchSets.flatMap((set) => variantsBySet[set]);
/** The unmodified mocks: in every set, since a failing control makes every other figure meaningless. */
export const controlServers: readonly Variant[] = controls;

/** The set a fault or variant belongs to; undefined for a control (or an unknown id). */
export function setOf(id: string): BenchSet | undefined {
  return benchSets.find((set) => faultsBySet[set].some((fault) => fault.id === id) || variantsBySet[set].some((variant) => variant.id === id));
}
