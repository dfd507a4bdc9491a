import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ProbeCheck } from './checks/probe.ts';
import type { Session } from './session.ts';
import type { Check, CheckContext, ResponseCheck } from './types.ts';

/**
 * Checks are registered, not imported by the engine: a module under
 * conformance/checks/ exports values made with `defineCheck`, and
 * `registeredChecks` collects them. The brand tells a defined check from
 * helpers or legacy shapes exported by the same modules.
 */
const brand = Symbol.for('agent-contracts.check');

type Branded = Check & { [brand]: true };

export function defineCheck(check: Check): Check {
  return Object.assign(check, { [brand]: true as const });
}

function isDefinedCheck(value: unknown): value is Branded {
  return typeof value === 'object' && value !== null && (value as Branded)[brand] === true;
}

const checksFolder = new URL('./checks/', import.meta.url);
let loaded: Promise<Check[]> | undefined;

/**
 * Every check defined under conformance/checks/, in file-name order, then export order.
 * An array export counts too (`export const checks = [defineCheck(…), …]`).
 */
export function registeredChecks(): Promise<Check[]> {
  loaded ??= loadFolder();
  return loaded;
}

async function loadFolder(): Promise<Check[]> {
  const files = readdirSync(fileURLToPath(checksFolder))
    .filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts') && !file.endsWith('.test.ts'))
    .sort();
  const checks: Check[] = [];
  const seen = new Set<Check>();
  for (const file of files) {
    const module = (await import(pathToFileURL(`${fileURLToPath(checksFolder)}${file}`).href)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      for (const candidate of Array.isArray(value) ? value : [value]) {
        if (!isDefinedCheck(candidate) || seen.has(candidate)) continue;
        seen.add(candidate);
        checks.push(candidate);
      }
    }
  }
  const names = new Map<string, number>();
  for (const check of checks) names.set(check.name, (names.get(check.name) ?? 0) + 1);
  const duplicated = [...names.entries()].filter(([, count]) => count > 1).map(([name]) => name);
  if (duplicated.length > 0) throw new Error(`two checks share a name: ${duplicated.join(', ')}`);
  return checks;
}

const responseLevel = new WeakSet<Check>();
const selfReporting = new WeakSet<Check>();

/** True for checks that judge every response; the engine runs them on follow-up requests too. */
export function judgesEveryResponse(check: Check): boolean {
  return responseLevel.has(check);
}

/** True for legacy probes, which tally their own passes and failures through the session. */
export function reportsItself(check: Check): boolean {
  return selfReporting.has(check);
}

/** A response-level check (judges every response, whoever sent it) in the one check shape. */
export function fromResponseCheck(check: ResponseCheck): Check {
  const adapted = defineCheck({
    name: check.name,
    description: check.description,
    level: 'schema',
    appliesTo: () => true,
    judge: (_testCase, exchange, context) => check.judge(exchange, context.contract).map((message) => ({ message })),
  });
  responseLevel.add(adapted);
  return adapted;
}

/**
 * A legacy probe check in the one check shape: it runs once per operation, on
 * the operation's examples case, sending its own requests and recording its
 * findings through the session behind the context.
 */
export function fromProbeCheck(check: ProbeCheck): Check {
  const adapted = defineCheck({
    name: check.name,
    description: check.description,
    level: check.level,
    appliesTo: (testCase) => testCase.source === 'examples' && testCase.expect === 'valid',
    async judge(testCase, _exchange, context: CheckContext) {
      await check.probe(sessionBehind(context), testCase.operation);
      return [];
    },
  });
  selfReporting.add(adapted);
  return adapted;
}

function sessionBehind(context: CheckContext): Session {
  return ((context as { session?: Session }).session ?? context) as Session;
}
