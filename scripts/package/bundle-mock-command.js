/**
 * Bundles the mock command (mocks/start.ts, with every contract and fixture it
 * imports) into one ES module, dist/command/mock.js, which is what
 * `agent-contracts mock` and `npm start` run. One file means one read and one
 * compile instead of resolving and loading some hundred modules, which is most
 * of what starting the four mocks used to cost.
 *
 * Plain JavaScript on purpose: `npm start` calls it before anything that could
 * compile TypeScript has been loaded. Called by scripts/package/build.ts (and so
 * by `npm pack`) and by scripts/start-mock.js when the bundle is missing or stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const mockCommandBundle = join(repoRoot, 'dist/command/mock.js');

/**
 * Beside the bundle: every file of the repository esbuild read to make it
 * (sources, contracts, fixtures), relative to the repository, plus this script,
 * and for the dependencies it read, npm's record of node_modules, which npm
 * rewrites whenever an install changes them (a stat per dependency file would
 * double the list). The bundle is stale when any of them is newer than it; a
 * new import can only come from an edit to one of them, so the list stays
 * complete. Only `npm start` reads it, so the package leaves it out (`files` in
 * package.json).
 */
export function inputsListOf(bundle) {
  return bundle.replace(/\.js$/, '.inputs.json');
}

/**
 * A large object literal costs V8 far more to parse than the same data as a
 * string given to JSON.parse, and the contracts are close to a megabyte: so each
 * imported JSON file becomes `JSON.parse("<its text>")`. It is written as a
 * CommonJS module, so that both an `import` of our contracts and a dependency's
 * `require` of its own JSON (ajv's meta-schemas) receive the parsed value
 * itself, not a namespace object around it.
 */
const jsonAsParsedString = {
  name: 'json-as-parsed-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/** Writes dist/command/mock.js and its inputs list; esbuild is loaded only here, so a fresh bundle never needs it. */
export async function bundleMockCommand() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: [join(repoRoot, 'mocks/start.ts')],
    outfile: mockCommandBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Every dependency is bundled too (ajv, ws…): loading them from node_modules
    // meant resolving and compiling dozens of CommonJS files. The exceptions are
    // ws's optional native add-ons, which it requires inside a try and does
    // without when they are not installed.
    external: ['bufferutil', 'utf-8-validate'],
    // The bundled CommonJS code calls `require` (for Node built-ins and those add-ons), which an ES module lacks.
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
    plugins: [jsonAsParsedString],
    metafile: true,
    logLevel: 'warning',
  });
  const npmRecord = 'node_modules/.package-lock.json';
  const inputs = [relative(repoRoot, fileURLToPath(import.meta.url))];
  let readDependencies = false;
  for (const input of Object.keys(result.metafile.inputs)) {
    if (/(^|\/)node_modules\//.test(input)) readDependencies = true;
    else inputs.push(input);
  }
  if (readDependencies && existsSync(join(repoRoot, npmRecord))) inputs.push(npmRecord);
  writeFileSync(inputsListOf(mockCommandBundle), `${JSON.stringify(inputs, null, 1)}\n`);
}

// Run as a script (by build.ts), it says nothing on success: `npm pack --json` passes prepack's output on to its own.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleMockCommand();
