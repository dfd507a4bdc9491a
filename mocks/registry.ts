import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { MockDefinition, MockOptions } from './stateful/app.ts';
import { StatefulMock } from './stateful/app.ts';
import { agentRuntimeMock } from './agentruntime/index.ts';
import { intentRunsMock } from './intent-runs/index.ts';
import { runflowMock } from './runflow/index.ts';
import { runtypeMock } from './runtype/index.ts';

/** The stateful mock of each API that has one. */
export const mockDefinitions: Record<string, MockDefinition<any, any>> = {
  agentruntime: agentRuntimeMock,
  runflow: runflowMock,
  'intent-runs': intentRunsMock,
  runtype: runtypeMock,
};

/** Example credentials each mock accepts (design.md, "Mock identities"), for the start banner and docs. */
export const exampleCredentials: Record<string, string> = {
  runflow: "x-api-key: rf_demo_key   (any key starting rf_; each key is its own tenant)",
  agentruntime: 'Authorization: Bearer pat_contributor_acme_demo, X-Tenant-Id: acme, X-Project-Id: proj-main',
  runtype: 'Authorization: Bearer rt_demo_key   (any key starting rt_)',
  'intent-runs': 'x-api-key: ir_demo_key   (any non-empty key; each key is its own account)',
};

/** The JSON fixtures under mocks/<api>/fixtures/, by file name without `.json`. */
export function readFixtures(api: string): Record<string, unknown> {
  const folder = new URL(`./${api}/fixtures/`, import.meta.url);
  const fixtures: Record<string, unknown> = {};
  let files: string[] = [];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.json'));
  } catch {
    return fixtures;
  }
  for (const file of files) fixtures[basename(file, '.json')] = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
  return fixtures;
}

/** A ready stateful mock of one API, with its fixtures available. */
export function createMock(api: string, options: MockOptions = {}): StatefulMock {
  const definition = mockDefinitions[api];
  if (!definition) throw new Error(`no stateful mock for "${api}"; available: ${Object.keys(mockDefinitions).join(', ')}`);
  return new StatefulMock(definition, { fixtures: readFixtures(api), ...options });
}
