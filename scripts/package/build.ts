/**
 * npm run build:package (and `npm pack`, through prepack): compiles what the
 * package ships to dist/ with tsconfig.build.json, then copies the generated
 * types beside the bundled contracts tsc already copied there, so the
 * declarations' `../generated/<api>/schema.d.ts` imports resolve inside dist/.
 * Last, it bundles the mock command into dist/command/mock.js, the one file
 * `agent-contracts mock` loads.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { listApis, repoRoot } from '../lib/apis.ts';

const dist = join(repoRoot, 'dist');
rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', join(repoRoot, 'tsconfig.build.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

for (const api of listApis()) {
  const target = join(dist, 'generated', api);
  if (!existsSync(join(target, 'openapi.json'))) throw new Error(`tsc did not copy generated/${api}/openapi.json to dist/: does contract/bundled/${api}.ts import it?`);
  copyFileSync(join(repoRoot, 'generated', api, 'schema.d.ts'), join(target, 'schema.d.ts'));
}
const bundle = spawnSync(process.execPath, [join(repoRoot, 'scripts/package/bundle-mock-command.js')], { stdio: 'inherit' });
if (bundle.status !== 0) process.exit(bundle.status ?? 1);
