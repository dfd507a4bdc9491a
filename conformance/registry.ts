import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Check, ResponseCheck } from './types.ts';

/**
 * Checks are registered, not imported by the engine: a module under
 * conformance/checks/ exports values made with `defineCheck`, and
 * `registeredChecks` collects them. The brand tells a defined check from
 * helpers exported by the same modules.
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

/** True for checks that judge every response; the engine runs them on follow-up requests too. */
export function judgesEveryResponse(check: Check): boolean {
  return responseLevel.has(check);
}

/** A response-level check (judges every response, whoever sent it) in the one check shape. */
export function fromResponseCheck(check: ResponseCheck): Check {
  const adapted = defineCheck({
    name: check.name,
    description: check.description,
    level: 'schema',
    appliesTo: () => true,
    judge: (_testCase, exchange, context) => check.judge(exchange, context.contract).map((issue) => (typeof issue === 'string' ? { message: issue } : issue)),
  });
  responseLevel.add(adapted);
  return adapted;
}
