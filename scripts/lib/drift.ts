import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedFiles, generateApi } from './generate.ts';

/**
 * Regenerates each API into a scratch folder and names every committed file in
 * `generatedDir` that is missing or differs from what its spec produces.
 */
export async function findDrift(generatedDir: string, apis: string[]): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'agent-contracts-drift-'));
  const drifted: string[] = [];
  try {
    for (const api of apis) {
      await generateApi(api, scratch);
      for (const file of generatedFiles) {
        const committedPath = join(generatedDir, api, file);
        const fresh = readFileSync(join(scratch, api, file), 'utf8');
        if (!existsSync(committedPath)) drifted.push(`generated/${api}/${file}: missing`);
        else if (readFileSync(committedPath, 'utf8') !== fresh) {
          drifted.push(`generated/${api}/${file}: differs from what spec/${api}/ produces`);
        }
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return drifted;
}
