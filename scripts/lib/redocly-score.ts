import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './apis.ts';

/**
 * `redocly score <api> --format json` prints `agentReadiness` (0–100, what the stylish
 * output calls the overall "Agent Readiness" score) and `subscores`, each 0–1.
 */
export interface ContractScore {
  agentReadiness: number;
  documentationQuality: number;
  exampleCoverage: number;
}

interface ScoreJson {
  agentReadiness?: unknown;
  subscores?: { documentationQuality?: unknown; exampleCoverage?: unknown };
}

/** Reads the three figures the build prints; a report without them is an error naming what is missing. */
export function parseScore(text: string): ContractScore {
  let parsed: ScoreJson;
  try {
    parsed = JSON.parse(text) as ScoreJson;
  } catch {
    throw new Error(`redocly score did not print JSON (${text.trim().slice(0, 80) || 'nothing'})`);
  }
  const figures = {
    agentReadiness: parsed.agentReadiness,
    documentationQuality: parsed.subscores?.documentationQuality,
    exampleCoverage: parsed.subscores?.exampleCoverage,
  };
  const missing = Object.entries(figures).filter(([, value]) => typeof value !== 'number').map(([name]) => name);
  if (missing.length > 0) throw new Error(`redocly score's JSON has no ${missing.join(', ')}; the CLI's report format may have changed`);
  return figures as ContractScore;
}

/**
 * Scores one API. Asynchronous so that the four APIs are scored at once, and the JSON
 * goes to a file rather than a pipe, so a large report never waits on a busy event loop.
 */
export function scoreApi(api: string): Promise<ContractScore> {
  const scratch = mkdtempSync(join(tmpdir(), `agent-contracts-score-${api}-`));
  const reportPath = join(scratch, 'score.json');
  const output = openSync(reportPath, 'w');
  return new Promise<ContractScore>((resolve, reject) => {
    const child = spawn(join(repoRoot, 'node_modules/.bin/redocly'), ['score', api, '--format', 'json'], {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      stdio: ['ignore', output, 'pipe'],
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (error) => reject(new Error(`cannot run redocly score (${error.message}): run \`npm install\` first`)));
    child.once('close', (code) => {
      try {
        if (code !== 0) throw new Error(`redocly score ${api} failed:\n${stderr.split('\n').filter((line) => line.trim() && !/[║╔╚]/.test(line)).slice(-6).join('\n')}`);
        resolve(parseScore(readFileSync(reportPath, 'utf8')));
      } catch (error) {
        reject(error);
      }
    });
  }).finally(() => {
    closeSync(output);
    rmSync(scratch, { recursive: true, force: true });
  });
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

export function describeScore(score: ContractScore): string {
  return `agent readiness ${score.agentReadiness.toFixed(1)}/100, documentation quality ${percent(score.documentationQuality)}, example coverage ${percent(score.exampleCoverage)}`;
}
