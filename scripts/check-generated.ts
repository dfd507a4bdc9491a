/**
 * npm run check:generated
 * Fails, naming each file, when the committed generated/ differs from what the
 * specs produce: a hand edit, or a spec change committed without `npm run build`.
 */
import { join } from 'node:path';
import { listApis, repoRoot } from './lib/apis.ts';
import { findDrift } from './lib/drift.ts';

findDrift(join(repoRoot, 'generated'), listApis()).then(
  (drifted) => {
    if (drifted.length > 0) {
      console.error(`generated/ is out of date (run \`npm run build\` and commit the result):\n  ${drifted.join('\n  ')}`);
      process.exit(1);
    }
    console.log('generated/ matches the specs');
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
