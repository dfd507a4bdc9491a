/**
 * The AgentRuntime mock is laid out by the contract's endpoint groups: one file per
 * folder of spec/agentruntime/paths, exporting the handlers of exactly that folder's
 * operations, whose ids its `satisfies AgentRuntimeHandlers<…>` names literally.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listOperations } from '../../contract/spec.ts';
import { agentRuntimeMock } from '../../mocks/agentruntime/index.ts';

const pathsRoot = new URL('../../spec/agentruntime/paths/', import.meta.url);
const mockRoot = new URL('../../mocks/agentruntime/', import.meta.url);
const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

function operationIdsOfGroup(group: string): string[] {
  const ids: string[] = [];
  for (const file of readdirSync(new URL(`${group}/`, pathsRoot))) {
    const pathItem = parse(readFileSync(new URL(`${group}/${file}`, pathsRoot), 'utf8')) as Record<string, { operationId?: string }>;
    for (const method of methods) if (pathItem[method]?.operationId) ids.push(pathItem[method].operationId);
  }
  return ids.sort();
}

const groups = readdirSync(pathsRoot).sort();

describe('the AgentRuntime mock layout', () => {
  it('has one group file per spec group, and no other module exports handlers', () => {
    const withHandlers = readdirSync(mockRoot).filter((file) => file.endsWith('.ts') && /^export const handlers\b/m.test(readFileSync(new URL(file, mockRoot), 'utf8')));
    expect(withHandlers.sort()).toEqual(groups.map((group) => `${group}.ts`).sort());
  });

  it.each(groups)('serves exactly the operations of spec group %s, named in its satisfies clause', async (group) => {
    const module = (await import(new URL(`${group}.ts`, mockRoot).href)) as { handlers: Record<string, unknown> };
    const expected = operationIdsOfGroup(group);
    expect(Object.keys(module.handlers).sort()).toEqual(expected);
    const source = readFileSync(new URL(`${group}.ts`, mockRoot), 'utf8');
    const named = /satisfies AgentRuntimeHandlers<([^>]+)>/.exec(source)?.[1]?.match(/'[^']+'/g)?.map((id) => id.slice(1, -1));
    expect(named?.sort()).toEqual(expected);
  });

  it('assembles every operation of the contract once', () => {
    expect(Object.keys(agentRuntimeMock.handlers).sort()).toEqual(listOperations('agentruntime').map((operation) => operation.operationId).sort());
  });
});
