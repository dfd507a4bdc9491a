/**
 * The repository's own import graph, read with the TypeScript parser the
 * project already pins: which source file imports which, and whether only
 * for types (TypeScript erases those, so they load nothing at run time).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** Both paths relative to the root, with `/`. */
  from: string;
  to: string;
  typeOnly: boolean;
}

/** Every .ts file below the given folders (relative to `root`), as root-relative paths. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      if (entry === 'node_modules') continue;
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) files.push(toRelative(root, path));
    }
  };
  for (const folder of folders) if (existsSync(join(root, folder))) walk(join(root, folder));
  return files;
}

function toRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** The module specifiers a file imports (static, re-exported and dynamic), each marked type-only or not. */
export function importsOf(source: string, fileName = 'module.ts'): { specifier: string; typeOnly: boolean }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      // Only `import type` is erased: under verbatimModuleSyntax, `import { type A }` still loads the module.
      found.push({ specifier: statement.moduleSpecifier.text, typeOnly: statement.importClause?.isTypeOnly === true });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      found.push({ specifier: statement.moduleSpecifier.text, typeOnly: statement.isTypeOnly });
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) found.push({ specifier: argument.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The edges between the given files through relative imports (package imports are not the repository's). */
export function importEdges(root: string, files: string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const absolute = join(root, from);
    for (const { specifier, typeOnly } of importsOf(readFileSync(absolute, 'utf8'), absolute)) {
      if (!specifier.startsWith('.')) continue;
      edges.push({ from, to: toRelative(root, resolve(dirname(absolute), specifier)), typeOnly });
    }
  }
  return edges;
}

/** The files reachable from `start` along the edges (`start` included). */
export function reachableFrom(start: string[], edges: ImportEdge[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of edges) if (edge.from === file) queue.push(edge.to);
  }
  return seen;
}

/**
 * The import circles: each a list of files where every one imports the next and
 * the last imports the first. Found as the strongly connected components of the
 * graph (Tarjan), so each circle is reported once, whatever its length.
 */
export function importCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;

  const connect = (file: string): void => {
    index.set(file, counter);
    lowLink.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        connect(target);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(target)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = component.length === 1 && (next.get(file) ?? []).includes(file);
    if (component.length > 1 || selfImport) cycles.push(component.sort());
  };
  for (const file of next.keys()) if (!index.has(file)) connect(file);
  return cycles;
}
