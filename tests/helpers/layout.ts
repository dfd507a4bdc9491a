/**
 * The group name is the key from spec to mock to check: `spec/<api>/paths/<group>/`
 * holds a group's operations, `mocks/<api>/<group>.ts` exports their `handlers`,
 * and `conformance/scenarios/<api>/<group>-….ts` checks their behaviour
 * (`cross-….ts` for what spans groups). These functions read a repository
 * (the real one, or a small one a test lays out) and say, in sentences, where it
 * breaks that rule.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { httpMethods } from '../../contract/spec.ts';

/** The reserved prefix of scenarios that span groups (isolation, roles, paging, validation), the same for every API. */
export const crossPrefix = 'cross-';

/** For each group folder of `spec/<api>/paths/`, the operationIds its path files declare, sorted. */
export function specGroups(root: string, api: string): Map<string, string[]> {
  const pathsDir = join(root, 'spec', api, 'paths');
  const groups = new Map<string, string[]>();
  for (const group of readdirSync(pathsDir).sort()) {
    const groupDir = join(pathsDir, group);
    if (!statSync(groupDir).isDirectory()) continue;
    const operationIds: string[] = [];
    for (const file of readdirSync(groupDir).filter((name) => /\.ya?ml$/.test(name))) {
      const pathItem = (parse(readFileSync(join(groupDir, file), 'utf8')) ?? {}) as Record<string, { operationId?: unknown } | undefined>;
      for (const method of httpMethods) {
        const operationId = pathItem[method]?.operationId;
        if (typeof operationId === 'string') operationIds.push(operationId);
      }
    }
    groups.set(group, operationIds.sort());
  }
  return groups;
}

/** The .ts modules below a folder, relative to it (`store.ts`, `engine/steps.ts`), fixtures aside. */
function modulesBelow(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  const modules: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) modules.push(...modulesBelow(path, `${prefix}${entry}/`));
    else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) modules.push(`${prefix}${entry}`);
  }
  return modules;
}

async function load(path: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
}

const list = (names: string[]) => names.join(', ');

/**
 * Each group's mock module exports `handlers` for exactly its folder's operations,
 * and no other module of `mocks/<api>/` exports `handlers`. A misplaced operation
 * is named with the group whose folder declares it.
 */
export async function mockLayoutProblems(root: string, api: string, groups: Map<string, string[]>): Promise<string[]> {
  const mockDir = join(root, 'mocks', api);
  const groupOf = new Map<string, string>();
  for (const [group, operationIds] of groups) for (const operationId of operationIds) groupOf.set(operationId, group);
  const whereDeclared = (operationId: string) => {
    const group = groupOf.get(operationId);
    return group ? `${operationId} (spec/${api}/paths/${group}/)` : `${operationId} (in no group of spec/${api}/paths/)`;
  };

  const problems: string[] = [];
  for (const [group, operationIds] of groups) {
    const file = `mocks/${api}/${group}.ts`;
    if (!existsSync(join(root, file))) {
      problems.push(`${file} is missing: it should export the handlers of ${list(operationIds)}`);
      continue;
    }
    const handlers = (await load(join(root, file))).handlers;
    if (typeof handlers !== 'object' || handlers === null) {
      problems.push(`${file} exports no \`handlers\`: it should hold ${list(operationIds)}`);
      continue;
    }
    const present = Object.keys(handlers);
    const missing = operationIds.filter((operationId) => !present.includes(operationId));
    const foreign = present.filter((operationId) => !operationIds.includes(operationId)).sort();
    if (missing.length > 0) problems.push(`${file} handlers lack ${list(missing)}, declared in spec/${api}/paths/${group}/`);
    if (foreign.length > 0) problems.push(`${file} handlers hold operations of other groups: ${list(foreign.map(whereDeclared))}`);
  }
  for (const module of modulesBelow(mockDir)) {
    if (groups.has(module.replace(/\.ts$/, ''))) continue;
    const exported = await load(join(mockDir, module));
    if (!('handlers' in exported)) continue;
    const held = typeof exported.handlers === 'object' && exported.handlers !== null ? Object.keys(exported.handlers).sort() : [];
    problems.push(`mocks/${api}/${module} exports \`handlers\` but names no group of spec/${api}/paths/ (only group modules export handlers)${held.length > 0 ? `; it holds ${list(held.map(whereDeclared))}` : ''}`);
  }
  return problems;
}

/** Whether an exported value is a conformance scenario (a title and a run function). */
function isScenario(value: unknown): value is { title: string } {
  return typeof value === 'object' && value !== null && typeof (value as { title?: unknown }).title === 'string' && typeof (value as { run?: unknown }).run === 'function';
}

/**
 * Every module of `conformance/scenarios/<api>/` that exports a scenario is named
 * after a group of the API, or starts with the cross-cutting prefix; and the API
 * runs (`scenariosRun`) exactly the scenarios that those modules export.
 */
export async function scenarioLayoutProblems(root: string, api: string, groups: Map<string, string[]>, scenariosRun: readonly unknown[]): Promise<string[]> {
  const folder = `conformance/scenarios/${api}`;
  const problems: string[] = [];
  const exportedScenarios = new Set<unknown>();
  for (const module of modulesBelow(join(root, folder))) {
    const scenarios = Object.values(await load(join(root, folder, module))).filter(isScenario);
    if (scenarios.length === 0) continue;
    const name = module.replace(/\.ts$/, '');
    const named = name.startsWith(crossPrefix) || [...groups.keys()].some((group) => name === group || name.startsWith(`${group}-`));
    if (!named) {
      problems.push(`${folder}/${module} ("${scenarios[0]!.title}") starts with no group of spec/${api}/paths/ (${list([...groups.keys()])}) nor with "${crossPrefix}"`);
    }
    if (module === 'index.ts') problems.push(`${folder}/index.ts defines a scenario itself; give it a file named after its group`);
    for (const scenario of scenarios) exportedScenarios.add(scenario);
  }
  for (const scenario of scenariosRun) {
    if (!exportedScenarios.has(scenario)) problems.push(`${api} runs a scenario no module of ${folder}/ exports: "${isScenario(scenario) ? scenario.title : String(scenario)}"`);
  }
  for (const scenario of exportedScenarios) {
    if (!scenariosRun.includes(scenario)) problems.push(`${folder}/ exports a scenario that ${api} does not run: "${(scenario as { title: string }).title}"`);
  }
  return problems;
}
