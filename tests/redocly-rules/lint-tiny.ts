import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stringify } from 'yaml';
import { repoRoot } from '../../scripts/lib/apis.ts';

export interface Finding {
  ruleId: string;
  /** JSON pointer of the reported node, prefixed by its file when that is not openapi.yaml. */
  at: string;
  message: string;
}

/**
 * Lints a tiny multi-file spec (openapi.yaml plus any files it references) with only
 * the given rules on, through the real Redocly CLI and this repository's plugin.
 */
export function lintTinySpec(files: Record<string, unknown>, rules: Record<string, string>): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'redocly-rule-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), typeof content === 'string' ? content : stringify(content));
    }
    const config = { plugins: [join(repoRoot, 'redocly-rules/index.js')], rules };
    writeFileSync(join(dir, 'redocly.yaml'), stringify(config));
    const result = spawnSync(join(repoRoot, 'node_modules/.bin/redocly'), ['lint', 'openapi.yaml', '--config', 'redocly.yaml', '--format', 'json', '--max-problems', '1000'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    let report: { problems: { ruleId: string; message: string; location: { source: { ref: string }; pointer: string }[] }[] };
    try {
      report = JSON.parse(result.stdout);
    } catch {
      throw new Error(`redocly lint printed no JSON report:\n${result.stderr}`);
    }
    return report.problems.map((problem) => {
      const where = problem.location[0]!;
      const file = where.source.ref.replace(`${dir}/`, '');
      return { ruleId: problem.ruleId, at: file === 'openapi.yaml' ? where.pointer : `${file}${where.pointer}`, message: problem.message };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
