/**
 * npm run conformance -- --api <id> --base-url <url> --auth 'Header: value' […]
 *   [--auth-b 'Header: value' …] [--auth-readonly 'Header: value' …] [--auth-role '<role>=Header: value' …]
 *   [--level schema|full] [--phases examples,coverage,fuzz,stateful]
 *   [--seed <n>] [--max-examples <n>] [--time-budget <s>] [--strict]
 *   [--report-json <file>] [--report-junit <file>]
 * Exit status: 0 no error (warnings allowed unless --strict; skips allowed), 1 a check failed,
 * 2 bad usage or server unreachable.
 */
import { randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { apiIds, selectApis, UnknownApiError } from '../apis/index.ts';
import { consoleReport } from './report/console.ts';
import { jsonReport } from './report/json.ts';
import { junitReport } from './report/junit.ts';
import { failingFindings } from './report/summary.ts';
import { defaultMaxExamples, defaultTimeBudgetSeconds, runConformance, UnreachableServer } from './runner.ts';
import type { Credentials } from './session.ts';
import { allPhases, type Level, type Phase } from './types.ts';

class UsageError extends Error {}

const usage = `usage: conformance --api <${apiIds.join('|')}> --base-url <url> --auth 'Header: value' [--auth …]
       [--auth-b 'Header: value' …] [--auth-readonly 'Header: value' …] [--auth-role '<role>=Header: value' …]
       [--level schema|full]
       [--phases ${allPhases.join(',')}] [--seed <n>] [--max-examples <n> (default ${defaultMaxExamples})]
       [--time-budget <seconds> (default ${defaultTimeBudgetSeconds})] [--strict]
       [--report-json <file>] [--report-junit <file>]`;

function parsePhases(value: string | undefined): Phase[] {
  if (value === undefined) return [...allPhases];
  const phases = value.split(',').map((phase) => phase.trim()).filter((phase) => phase !== '');
  const unknown = phases.filter((phase) => !allPhases.includes(phase as Phase));
  if (unknown.length > 0 || phases.length === 0) throw new UsageError(`--phases: expected a comma-separated list of ${allPhases.join(', ')}, received "${value}"`);
  return phases as Phase[];
}

function parseCount(option: string, value: string | undefined, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < minimum || !Number.isSafeInteger(Number(value))) throw new UsageError(`${option}: expected a whole number of at least ${minimum}, received "${value}"`);
  return Number(value);
}

function parseHeaders(option: string, values: string[] | undefined): Credentials | undefined {
  if (!values || values.length === 0) return undefined;
  const headers: Credentials = {};
  for (const value of values) {
    const colon = value.indexOf(':');
    if (colon <= 0) throw new UsageError(`${option}: expected 'Header: value', received '${value}'`);
    headers[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * `--auth-role 'contributor=Authorization: Bearer pat_…'`, repeated: the
 * credentials of a caller in identity A's tenant with that role (a name the
 * contract's x-min-role uses), one header per value.
 */
function parseRoles(values: string[] | undefined): Record<string, Credentials> | undefined {
  if (!values || values.length === 0) return undefined;
  const roles: Record<string, Credentials> = {};
  for (const value of values) {
    const equals = value.indexOf('=');
    const colon = value.indexOf(':');
    if (equals <= 0 || (colon >= 0 && colon < equals)) throw new UsageError(`--auth-role: expected '<role>=Header: value', received '${value}'`);
    const role = value.slice(0, equals).trim();
    roles[role] = { ...roles[role], ...parseHeaders('--auth-role', [value.slice(equals + 1)]) };
  }
  return roles;
}

function writeReport(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        api: { type: 'string' },
        'base-url': { type: 'string' },
        auth: { type: 'string', multiple: true },
        'auth-b': { type: 'string', multiple: true },
        'auth-readonly': { type: 'string', multiple: true },
        'auth-role': { type: 'string', multiple: true },
        level: { type: 'string', default: 'full' },
        phases: { type: 'string' },
        seed: { type: 'string' },
        'max-examples': { type: 'string' },
        'time-budget': { type: 'string' },
        strict: { type: 'boolean', default: false },
        'report-json': { type: 'string' },
        'report-junit': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!values.api) throw new UsageError('--api is required');
  selectApis(values.api); // an unknown api is a usage mistake, reported with the known ones
  if (!values['base-url']) throw new UsageError('--base-url is required');
  const a = parseHeaders('--auth', values.auth);
  if (!a) throw new UsageError("--auth 'Header: value' is required (identity A)");
  if (values.level !== 'schema' && values.level !== 'full') throw new UsageError(`--level: expected schema or full, received "${values.level}"`);
  const b = parseHeaders('--auth-b', values['auth-b']);
  const readonly = parseHeaders('--auth-readonly', values['auth-readonly']);
  const roles = parseRoles(values['auth-role']);
  const phases = parsePhases(values.phases);
  const seed = parseCount('--seed', values.seed, 0) ?? randomInt(1, 2 ** 31 - 1);
  const maxExamples = parseCount('--max-examples', values['max-examples'], 1);
  const timeBudget = parseCount('--time-budget', values['time-budget'], 1);
  const strict = values.strict === true;

  const interactive = process.stderr.isTTY;
  console.log(`conformance ${values.api} at ${values["base-url"]}: seed ${seed}, phases ${phases.join(",")}`);
  const result = await runConformance({
    api: values.api,
    baseUrl: values['base-url'],
    identities: { a, ...(b ? { b } : {}), ...(readonly ? { readonly } : {}), ...(roles ? { roles } : {}) },
    level: values.level as Level,
    phases,
    seed,
    ...(maxExamples !== undefined ? { maxExamples } : {}),
    ...(timeBudget !== undefined ? { timeBudgetSeconds: timeBudget } : {}),
    onProgress: (done, total, label) => {
      const line = `[${String(done).padStart(String(total).length)}/${total}] ${label}`;
      if (interactive) process.stderr.write(`\r\x1b[2K${line.slice(0, process.stderr.columns - 1 || 120)}`);
      else if (done % 10 === 0 || done === total) process.stderr.write(`${line}\n`);
    },
  });
  if (interactive) process.stderr.write('\r\x1b[2K');
  console.log(consoleReport(result, values.api, values['base-url'], strict));
  if (values['report-json']) writeReport(values['report-json'], jsonReport(result, values.api, values['base-url'], values.level, strict));
  if (values['report-junit']) writeReport(values['report-junit'], junitReport(result, values.api, strict));
  return failingFindings(result.session, strict) > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usageMistake = error instanceof UsageError || error instanceof UnknownApiError;
    if (usageMistake) console.error(`${(error as Error).message}\n${usage}`);
    else if (error instanceof UnreachableServer) console.error(error.message);
    else console.error(`conformance: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(usageMistake || error instanceof UnreachableServer ? 2 : 1);
  },
);
