/**
 * The repository's layout, as design.md and CONTRIBUTING.md state it: one group
 * name from spec to mock to check, one descriptor per API, and imports that only
 * go one way. The last block runs the same checks on small repositories laid out
 * here, so that a misplaced handler or scenario is seen to fail them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apis } from '../apis/index.ts';
import { listApis, repoRoot } from '../scripts/lib/apis.ts';
import { type ImportEdge, importCycles, importEdges, importsOf, reachableFrom, sourceFiles } from './helpers/import-graph.ts';
import { mockLayoutProblems, scenarioLayoutProblems, specGroups } from './helpers/layout.ts';

describe.each(apis.map((api) => [api.id, api] as const))('the %s API', (id, api) => {
  const groups = specGroups(repoRoot, id);

  it('has a mock module per spec group, whose handlers are exactly the operations of that group', async () => {
    expect(await mockLayoutProblems(repoRoot, id, groups)).toEqual([]);
  });

  it('names each scenario file after its spec group or "cross-", and runs every scenario there is', async () => {
    expect(await scenarioLayoutProblems(repoRoot, id, groups, api.scenarios)).toEqual([]);
  });

  it('is described by a descriptor whose mock is its own', () => {
    expect(api.mock.api).toBe(id);
  });
});

describe('the list of APIs', () => {
  it('has one descriptor for each contract in redocly.yaml, and no other', () => {
    expect(apis.map((api) => api.id).sort()).toEqual(listApis().sort());
  });
});

describe('imports between the folders', () => {
  const files = sourceFiles(repoRoot, ['apis', 'client', 'contract', 'conformance', 'mocks', 'scripts']);
  const edges = importEdges(repoRoot, files);
  const shown = (edge: ImportEdge) => `${edge.from} → ${edge.to}`;
  const edgesLeaving = (start: string[], allowed: (file: string) => boolean) => {
    const reached = reachableFrom(start, edges);
    return edges.filter((edge) => reached.has(edge.from) && !allowed(edge.to)).map(shown);
  };

  it('reads every folder', () => {
    for (const folder of ['apis/', 'client/', 'contract/', 'conformance/', 'mocks/', 'scripts/']) {
      expect(files.some((file) => file.startsWith(folder)), folder).toBe(true);
    }
  });

  it('conformance/ reaches nothing in scripts/, directly or through another module', () => {
    expect(edgesLeaving(files.filter((file) => file.startsWith('conformance/')), (file) => !file.startsWith('scripts/'))).toEqual([]);
  });

  it('the shipped client reaches only client/ and generated/ (no mock, suite or descriptor)', () => {
    const shipped = files.filter((file) => /^client\/[^/]+\.ts$/.test(file));
    expect(edgesLeaving(shipped, (file) => /^(client|generated)\//.test(file) && !file.startsWith('client/build/'))).toEqual([]);
  });

  // Type-only imports are erased by TypeScript and load nothing, so they cannot form a circle at run time.
  it('has no import circle', () => {
    expect(importCycles(edges.filter((edge) => !edge.typeOnly))).toEqual([]);
  });
});

describe('the layout checks, on repositories laid out by the test', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'layout-test-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  let count = 0;
  /** A repository of one API `shop` with groups `items` (listItems, createItem) and `users` (getUser), plus the given files. */
  function layOut(files: Record<string, string>): string {
    const root = join(scratch, `repo-${count++}`);
    const all: Record<string, string> = {
      'spec/shop/paths/items/items.yaml': 'get:\n  operationId: listItems\npost:\n  operationId: createItem\n',
      'spec/shop/paths/users/users_{id}.yaml': 'parameters: []\nget:\n  operationId: getUser\n',
      ...files,
    };
    for (const [file, content] of Object.entries(all)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), content);
    }
    return root;
  }
  const handlers = (...names: string[]) => `export const handlers = { ${names.map((name) => `${name}: () => undefined`).join(', ')} };\n`;
  const scenario = (name: string) => `export const ${name} = { title: '${name} holds', run: async () => undefined };\n`;

  it('reads the operation ids of each group folder', () => {
    expect([...specGroups(layOut({}), 'shop')]).toEqual([['items', ['createItem', 'listItems']], ['users', ['getUser']]]);
  });

  it('passes a layout that keeps the rule', async () => {
    const root = layOut({
      'mocks/shop/items.ts': handlers('listItems', 'createItem'),
      'mocks/shop/users.ts': handlers('getUser'),
      'mocks/shop/store.ts': 'export const store = new Map();\n',
    });
    expect(await mockLayoutProblems(root, 'shop', specGroups(root, 'shop'))).toEqual([]);
  });

  it('names a handler in the wrong group file, and the group it belongs to', async () => {
    const root = layOut({ 'mocks/shop/items.ts': handlers('listItems'), 'mocks/shop/users.ts': handlers('getUser', 'createItem') });
    expect(await mockLayoutProblems(root, 'shop', specGroups(root, 'shop'))).toEqual([
      'mocks/shop/items.ts handlers lack createItem, declared in spec/shop/paths/items/',
      'mocks/shop/users.ts handlers hold operations of other groups: createItem (spec/shop/paths/items/)',
    ]);
  });

  it('names a missing group file, a group file without handlers, and handlers exported from a module that is no group', async () => {
    const root = layOut({ 'mocks/shop/items.ts': 'export const itemHandlers = {};\n', 'mocks/shop/engine/people.ts': handlers('getUser', 'deleteUser') });
    expect(await mockLayoutProblems(root, 'shop', specGroups(root, 'shop'))).toEqual([
      'mocks/shop/items.ts exports no `handlers`: it should hold createItem, listItems',
      'mocks/shop/users.ts is missing: it should export the handlers of getUser',
      'mocks/shop/engine/people.ts exports `handlers` but names no group of spec/shop/paths/ (only group modules export handlers); it holds deleteUser (in no group of spec/shop/paths/), getUser (spec/shop/paths/users/)',
    ]);
  });

  it('passes scenario files named by a group or "cross-", and a helper module of any name', async () => {
    const root = layOut({
      'conformance/scenarios/shop/items-created-listed.ts': scenario('createdListed'),
      'conformance/scenarios/shop/users.ts': scenario('userRead'),
      'conformance/scenarios/shop/cross-tenant-isolation.ts': scenario('isolation'),
      'conformance/scenarios/shop/fixtures.ts': 'export async function anItem() { return 1; }\n',
    });
    const folder = join(root, 'conformance/scenarios/shop');
    const run = [
      (await import(join(folder, 'items-created-listed.ts'))).createdListed,
      (await import(join(folder, 'users.ts'))).userRead,
      (await import(join(folder, 'cross-tenant-isolation.ts'))).isolation,
    ];
    expect(await scenarioLayoutProblems(root, 'shop', specGroups(root, 'shop'), run)).toEqual([]);
  });

  it('names a scenario file that starts with no group, a prefix that only looks like one, and a scenario left unrun', async () => {
    const root = layOut({
      'conformance/scenarios/shop/isolation.ts': scenario('isolation'),
      'conformance/scenarios/shop/itemsfeed.ts': scenario('feed'),
    });
    const isolation = (await import(join(root, 'conformance/scenarios/shop/isolation.ts'))).isolation;
    expect(await scenarioLayoutProblems(root, 'shop', specGroups(root, 'shop'), [isolation])).toEqual([
      'conformance/scenarios/shop/isolation.ts ("isolation holds") starts with no group of spec/shop/paths/ (items, users) nor with "cross-"',
      'conformance/scenarios/shop/itemsfeed.ts ("feed holds") starts with no group of spec/shop/paths/ (items, users) nor with "cross-"',
      'conformance/scenarios/shop/ exports a scenario that shop does not run: "feed holds"',
    ]);
  });

  it('reads value, type-only, re-exported and dynamic imports (an inline `type` still loads the module)', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C } from './c.ts';",
      "import d, { type D } from './d.ts';",
      "export { e } from './e.ts';",
      "export type { F } from './f.ts';",
      "const g = await import('./g.ts');",
      "// import { h } from './h.ts';",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: './a.ts', typeOnly: false },
      { specifier: './b.ts', typeOnly: true },
      { specifier: './c.ts', typeOnly: false },
      { specifier: './d.ts', typeOnly: false },
      { specifier: './e.ts', typeOnly: false },
      { specifier: './f.ts', typeOnly: true },
      { specifier: './g.ts', typeOnly: false },
    ]);
  });

  it('finds each import circle once, whatever its length, and none in a graph without one', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, to, typeOnly: false });
    expect(importCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd'), edge('e', 'e')])).toEqual([['a', 'b', 'c'], ['e']]);
    expect(importCycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
  });

  it('finds what a set of files reaches through other modules', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, to, typeOnly: false });
    expect([...reachableFrom(['conformance/cli.ts'], [edge('conformance/cli.ts', 'apis/index.ts'), edge('apis/index.ts', 'scripts/lib/apis.ts'), edge('mocks/x.ts', 'scripts/y.ts')])].sort())
      .toEqual(['apis/index.ts', 'conformance/cli.ts', 'scripts/lib/apis.ts']);
  });
});
