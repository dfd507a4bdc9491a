/**
 * npm run check:generated
 * Regenerates every contract into a scratch folder and fails, naming each file,
 * when the committed generated/ differs: a hand edit or a forgotten rebuild.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listApis, repoRoot } from './lib/apis.ts';
import { generatedFiles, generateApi } from './lib/generate.ts';

async function main(): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'agent-contracts-drift-'));
  const drifted: string[] = [];
  try {
    for (const api of listApis()) {
      await generateApi(api, scratch);
      for (const file of generatedFiles) {
        const committedPath = join(repoRoot, 'generated', api, file);
        const fresh = readFileSync(join(scratch, api, file), 'utf8');
        if (!existsSync(committedPath)) drifted.push(`generated/${api}/${file}: missing`);
        else if (readFileSync(committedPath, 'utf8') !== fresh) drifted.push(`generated/${api}/${file}: differs from what spec/${api}/ produces`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (drifted.length > 0) {
    console.error(`generated/ is out of date (run \`npm run build\` and commit the result):\n  ${drifted.join('\n  ')}`);
    return 1;
  }
  console.log('generated/ matches the specs');
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
