import { agentRuntimeMock } from './agentruntime/index.ts';
import { intentRunsMock } from './intent-runs/index.ts';
import { runflowMock } from './runflow/index.ts';
import { runtypeMock } from './runtype/index.ts';
import type { MockDefinition, MockOptions } from './stateful/app.ts';
import { StatefulMock } from './stateful/app.ts';

// The package's `agent-contracts/mocks`: every API's in-process mock by id. It
// reaches no Node built-in (tests/mocks/browser-safe.test.ts holds that), so
// it runs in MSW, a browser or any fetch handler as well as behind node:http.
export { createAgentRuntimeMock, agentRuntimeFixtures, agentRuntimeIdentities, agentRuntimeMock } from './agentruntime/index.ts';
export { createIntentRunsMock, intentRunsFixtures, intentRunsIdentities, intentRunsMock } from './intent-runs/index.ts';
export { createRunflowMock, runflowFixtures, runflowIdentities, runflowMock } from './runflow/index.ts';
export { createRuntypeMock, runtypeFixtures, runtypeIdentities, runtypeMock } from './runtype/index.ts';
export type { MockDefinition, MockOptions } from './stateful/app.ts';
export { StatefulMock } from './stateful/app.ts';
export type { MockIdentities } from './stateful/types.ts';

/** Every API's mock definition, by the API's id (as in apis/ and generated/). */
export const mockDefinitions: Readonly<Record<string, MockDefinition<any, any>>> = {
  agentruntime: agentRuntimeMock,
  runflow: runflowMock,
  runtype: runtypeMock,
  'intent-runs': intentRunsMock,
};

/** The ids createMock takes. */
export const mockedApis: readonly string[] = Object.keys(mockDefinitions);

function definitionOf(api: string): MockDefinition<any, any> {
  const definition = Object.hasOwn(mockDefinitions, api) ? mockDefinitions[api] : undefined;
  if (!definition) throw new Error(`unknown api "${api}"; expected one of ${mockedApis.join(', ')}`);
  return definition;
}

/** The fixtures of one API's mock (mocks/<api>/fixtures/*.json), by name. */
export function readFixtures(api: string): Record<string, unknown> {
  return definitionOf(api).fixtures;
}

/** A ready stateful mock of one API, with its fixtures available. */
export function createMock(api: string, options: MockOptions = {}): StatefulMock {
  return new StatefulMock(definitionOf(api), options);
}
