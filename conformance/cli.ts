/**
 * npm run conformance -- --api <id> --base-url <url> --auth 'Header: value' […]
 *   [--auth-b 'Header: value' …] [--auth-readonly 'Header: value' …]
 *   [--level schema|full] [--report-json <file>] [--report-junit <file>]
 * Exit status: 0 every check passed (skips allowed), 1 a check failed, 2 bad usage or server unreachable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { apiIds, selectApis, UnknownApiError } from '../apis/index.ts';
import { consoleReport } from './report/console.ts';
import { jsonReport } from './report/json.ts';
import { junitReport } from './report/junit.ts';
import { runConformance, UnreachableServer } from './runner.ts';
import type { Credentials } from './session.ts';
import type { Level } from './types.ts';

class UsageError extends Error {}

const usage = `usage: conformance --api <${apiIds.join('|')}> --base-url <url> --auth 'Header: value' [--auth …]
       [--auth-b 'Header: value' …] [--auth-readonly 'Header: value' …] [--level schema|full]
       [--report-json <file>] [--report-junit <file>]`;

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
        level: { type: 'string', default: 'full' },
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

  const interactive = process.stderr.isTTY;
  const result = await runConformance({
    api: values.api,
    baseUrl: values['base-url'],
    identities: { a, ...(b ? { b } : {}), ...(readonly ? { readonly } : {}) },
    level: values.level as Level,
    onProgress: (done, total, label) => {
      const line = `[${String(done).padStart(String(total).length)}/${total}] ${label}`;
      if (interactive) process.stderr.write(`\r\x1b[2K${line.slice(0, process.stderr.columns - 1 || 120)}`);
      else if (done % 10 === 0 || done === total) process.stderr.write(`${line}\n`);
    },
  });
  if (interactive) process.stderr.write('\r\x1b[2K');
  console.log(consoleReport(result, values.api, values['base-url']));
  if (values['report-json']) writeReport(values['report-json'], jsonReport(result, values.api, values['base-url'], values.level));
  if (values['report-junit']) writeReport(values['report-junit'], junitReport(result, values.api));
  return result.session.findings.length > 0 ? 1 : 0;
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
