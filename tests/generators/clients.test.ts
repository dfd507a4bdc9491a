/**
 * Other repositories generate their own code from generated/<api>/openapi.json. This
 * generates a client from each bundled spec with two generators, openapi-typescript
 * (types, used through openapi-fetch) and @hey-api/openapi-ts (types and an SDK function
 * per operation), into one scratch project, and typechecks all of it with `tsc --strict`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient as generateHeyApiClient } from '@hey-api/openapi-ts';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listApis, repoRoot } from '../../scripts/lib/apis.ts';
import { listOperations, type BundledSpec } from '../../scripts/docs/spec-summary.ts';

const apis = listApis();
const generators = ['openapi-typescript', 'hey-api'] as const;

const tsconfig = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    // Only the libraries' own declarations are skipped; every generated file is checked.
    skipLibCheck: true,
  },
  include: ['**/*.ts'],
};

// A consumer of the openapi-typescript output, as the README shows: openapi-fetch typed by `paths`.
const openapiFetchConsumer = `import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

export const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:4000' });
export type Path = keyof paths;
`;

describe('clients generated from the bundled specs', () => {
  const project = mkdtempSync(join(tmpdir(), 'generated-clients-'));
  const specs = new Map<string, BundledSpec>();
  let diagnostics = '';

  beforeAll(async () => {
    symlinkSync(join(repoRoot, 'node_modules'), join(project, 'node_modules'), 'dir');
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    for (const api of apis) {
      const input = join(repoRoot, 'generated', api, 'openapi.json');
      const spec = JSON.parse(readFileSync(input, 'utf8')) as BundledSpec;
      specs.set(api, spec);

      const typesDir = join(project, api, 'openapi-typescript');
      mkdirSync(typesDir, { recursive: true });
      writeFileSync(join(typesDir, 'schema.ts'), astToString(await openapiTS(spec as never)));
      writeFileSync(join(typesDir, 'client.ts'), openapiFetchConsumer);

      await generateHeyApiClient({
        input,
        output: { path: join(project, api, 'hey-api') },
        plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
        logs: { level: 'silent' },
      });
    }
    const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project, '--pretty', 'false'], { encoding: 'utf8', cwd: project });
    if (tsc.error) throw tsc.error;
    diagnostics = `${tsc.stdout}${tsc.stderr}`;
  }, 180_000);

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  /** tsc's diagnostics for files under <api>/<generator>/, one per line. */
  const errorsIn = (api: string, generator: string) =>
    diagnostics.split('\n').filter((line) => line.startsWith(`${api}/${generator}/`));

  it('tsc ran and reported nothing outside the generated folders', () => {
    const stray = diagnostics.split('\n').filter((line) => line.trim() && !apis.some((api) => line.startsWith(`${api}/`)) && !line.startsWith(' '));
    expect(stray).toEqual([]);
  });

  for (const api of apis) {
    for (const generator of generators) {
      it(`${api}, ${generator}: typechecks under tsc --strict`, () => {
        expect(errorsIn(api, generator)).toEqual([]);
      });
    }

    it(`${api}: both generators emit every operation`, () => {
      const operationIds = listOperations(specs.get(api)!).map((operation) => operation.operationId!);
      expect(operationIds.length).toBeGreaterThan(0);
      const types = readFileSync(join(project, api, 'openapi-typescript', 'schema.ts'), 'utf8');
      const sdk = readFileSync(join(project, api, 'hey-api', 'sdk.gen.ts'), 'utf8');
      const missingTypes = operationIds.filter((id) => !new RegExp(`^\\s+"?${id}"?: \\{`, 'm').test(types));
      // hey-api names each SDK function after the operationId (camelCased; ours already are).
      const missingSdk = operationIds.filter((id) => !new RegExp(`^export const ${id} = `, 'm').test(sdk));
      expect({ missingTypes, missingSdk }).toEqual({ missingTypes: [], missingSdk: [] });
    });
  }
});
