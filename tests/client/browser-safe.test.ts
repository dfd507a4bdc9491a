import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.ts';

// The shipped client is every .ts file in client/ but client/build/ (tools run at
// build time, in Node). It must run in browsers: no Node module, no Node global.
const clientDir = join(repoRoot, 'client');
const shipped = readdirSync(clientDir).filter((file) => file.endsWith('.ts'));
const nodeModules = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3]!,
  );
}

describe('the client runs in browsers', () => {
  it('finds the client files to check', () => {
    expect(shipped).toEqual(expect.arrayContaining(['core.ts', 'retry.ts', 'sse.ts', 'websocket.ts', 'webhooks.ts', 'runflow.ts']));
  });

  it.each(shipped)('%s imports no Node module', (file) => {
    const imports = importsOf(readFileSync(join(clientDir, file), 'utf8'));
    expect(imports.filter((specifier) => specifier.startsWith('node:') || nodeModules.has(specifier))).toEqual([]);
  });

  it.each(shipped)('%s uses no Node-only global (process, Buffer, require, __dirname)', (file) => {
    const code = readFileSync(join(clientDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code.match(/\b(process|Buffer|require|__dirname|__filename|global)\b(?=\s*[.(\[])/g) ?? []).toEqual([]);
  });

  it('the check itself catches a node: import', () => {
    expect(importsOf("import { readFileSync } from 'node:fs';\nimport x from 'fs';").filter((specifier) => nodeModules.has(specifier))).toEqual(['node:fs', 'fs']);
  });
});
