/** The fault-detection bench's servers: every faulty server, every faithful variant, and the controls. */
import { agentRuntimeFaults } from './agentruntime.ts';
import { intentRunsFaults } from './intent-runs.ts';
import type { Fault, Variant } from './kit.ts';
import { runflowFaults } from './runflow.ts';
import { runtypeFaults } from './runtype.ts';
import { controls, variants } from './variants.ts';

export type { Fault, Variant } from './kit.ts';

export const faults: readonly Fault[] = [...runflowFaults, ...intentRunsFaults, ...runtypeFaults, ...agentRuntimeFaults];
export const faithfulVariants: readonly Variant[] = variants;
export const controlServers: readonly Variant[] = controls;
