import { findApi } from '../apis/index.ts';
import { listOperations, loadSpec } from '../contract/spec.ts';
import { ContractValidator } from '../contract/validator.ts';
import { probeChecks } from './checks/probe-checks.ts';
import { describeNetworkError } from './http.ts';
import { ScenarioTest } from './scenario.ts';
import { type Identities, Session } from './session.ts';
import type { Level } from './types.ts';

export interface RunOptions {
  api: string;
  baseUrl: string;
  identities: Identities;
  level: Level;
  /** Called before each step, for a progress display. */
  onProgress?: (done: number, total: number, label: string) => void;
}

export interface RunResult {
  session: Session;
  durationMs: number;
  cleanedUp: number;
}

/** The server could not be reached at all: a usage problem (exit 2), not a finding. */
export class UnreachableServer extends Error {}

export async function runConformance(options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  await assertReachable(options.baseUrl);
  const document = loadSpec(options.api);
  const session = new Session({ api: options.api, document, validator: new ContractValidator(document) }, options.baseUrl, options.identities, options.level);
  const operations = listOperations(options.api);
  const checks = probeChecks.filter((check) => options.level === 'full' || check.level === 'schema');
  const scenarios = options.level === 'full' ? findApi(options.api).scenarios : [];
  const total = operations.length + scenarios.length;
  let done = 0;

  for (const operation of operations) {
    options.onProgress?.(done++, total, operation.operationId);
    for (const check of checks) await check.probe(session, operation);
  }
  for (const scenario of scenarios) {
    options.onProgress?.(done++, total, scenario.title);
    const missing = (scenario.requires ?? []).filter((identity) => !session.hasIdentity(identity));
    if (missing.length > 0) {
      session.skip(scenario.title, `needs ${missing.map((identity) => (identity === 'b' ? '--auth-b' : '--auth-readonly')).join(' and ')}`);
      continue;
    }
    await ScenarioTest.run(session, scenario);
  }
  options.onProgress?.(total, total, 'cleaning up');
  const cleanedUp = await session.cleanUp();
  return { session, durationMs: Date.now() - started, cleanedUp };
}

async function assertReachable(baseUrl: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UnreachableServer(`--base-url: "${baseUrl}" is not a URL`);
  }
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
  } catch (error) {
    throw new UnreachableServer(`cannot reach ${url.origin}: ${describeNetworkError(error)}`);
  }
}
