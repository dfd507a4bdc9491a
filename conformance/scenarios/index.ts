import type { Scenario } from '../scenario.ts';
import { agentRuntimeScenarios } from './agentruntime/index.ts';
import { intentRunsScenarios } from './intent-runs/index.ts';
import { runflowScenarios } from './runflow/index.ts';
import { runtypeScenarios } from './runtype/index.ts';

/** The behaviour scenarios of each API, run at `--level full`. */
export const scenariosByApi: Record<string, Scenario[]> = {
  agentruntime: agentRuntimeScenarios,
  runflow: runflowScenarios,
  'intent-runs': intentRunsScenarios,
  runtype: runtypeScenarios,
};
