import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { mockedApis } from '../../mocks/registry.ts';
import { repoRoot } from '../../scripts/lib/apis.ts';
import { importEdges, importsOf, reachableFrom, sourceFiles } from '../helpers/import-graph.ts';

// The in-process mock runs in MSW, in a browser's service worker and in any fetch
// handler: everything its entry points load must do without Node. Server-side
// entry points (mocks/start.ts, mocks/stateful/node.ts) are not reached from these.
const entryPoints = ['mocks/registry.ts', ...mockedApis.map((api) => `mocks/${api}/index.ts`)];
const nodeModules = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
// Packages the mock core may load: each is checked to run in browsers (ajv compiles with `new Function`, no Node).
const browserPackages = new Set(['ajv', 'ajv/dist/2020.js', 'ajv-formats']);
const nodeGlobals = new Set(['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate']);

const files = sourceFiles(repoRoot, ['apis', 'client', 'contract', 'conformance', 'mocks']);
const reachable = [...reachableFrom(entryPoints, importEdges(repoRoot, files))].filter((file) => file.endsWith('.ts')).sort();

/** Node built-ins and unvetted packages a file imports at run time (type-only imports load nothing). */
function forbiddenImports(source: string): string[] {
  const found: string[] = [];
  for (const { specifier, typeOnly } of importsOf(source)) {
    if (typeOnly || specifier.startsWith('.')) continue;
    if (nodeModules.has(specifier) || specifier.startsWith('node:')) found.push(specifier);
    else if (!browserPackages.has(specifier)) found.push(`${specifier} (a package not vetted for browsers)`);
  }
  return found;
}

/** Node-only globals the code refers to (not property names such as `step.process`). */
function nodeGlobalsUsed(source: string): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && nodeGlobals.has(node.text)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node);
      if (!isPropertyName) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...used];
}

describe('the in-process mock needs no Node', () => {
  it('reaches the mock core, the contracts and every API\'s mock from its entry points', () => {
    expect(reachable).toEqual(expect.arrayContaining(['mocks/stateful/app.ts', 'contract/validator.ts', 'contract/bundled/runflow.ts', 'mocks/agentruntime/catalog.ts']));
    expect(reachable).not.toContain('mocks/stateful/node.ts');
    expect(reachable).not.toContain('mocks/start.ts');
  });

  it('loads its contracts and fixtures as JSON modules, not from disk', () => {
    const edges = importEdges(repoRoot, reachable);
    const json = edges.filter((edge) => edge.to.endsWith('.json')).map((edge) => edge.to);
    for (const api of mockedApis) expect(json).toEqual(expect.arrayContaining([`generated/${api}/openapi.json`, `mocks/${api}/fixtures/demo.json`]));
  });

  it.each(reachable)('%s imports no Node built-in and no unvetted package', (file) => {
    expect(forbiddenImports(readFileSync(join(repoRoot, file), 'utf8'))).toEqual([]);
  });

  it.each(reachable)('%s uses no Node-only global', (file) => {
    expect(nodeGlobalsUsed(readFileSync(join(repoRoot, file), 'utf8'))).toEqual([]);
  });

  it('the checks catch what they look for', () => {
    expect(forbiddenImports("import { readFileSync } from 'node:fs';\nimport path from 'path';\nimport type { X } from 'node:http';\nimport y from 'left-pad';")).toEqual([
      'node:fs',
      'path',
      'left-pad (a package not vetted for browsers)',
    ]);
    expect(nodeGlobalsUsed('const a = Buffer.from("x"); const b = step.process; const c = { process: 1 }; process.exit(1);').sort()).toEqual(['Buffer', 'process']);
  });
});
