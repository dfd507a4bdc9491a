import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The api ids, read from redocly.yaml so that adding a contract there is the only step. */
export function listApis(): string[] {
  const config = parse(readFileSync(`${repoRoot}redocly.yaml`, 'utf8')) as { apis?: Record<string, unknown> };
  return Object.keys(config.apis ?? {});
}

export function pickApis(requested: string | undefined): string[] {
  const apis = listApis();
  if (requested === undefined) return apis;
  if (!apis.includes(requested)) {
    throw new UsageError(`--api: unknown api "${requested}"; expected one of ${apis.join(', ')}`);
  }
  return [requested];
}

/** A mistake of the caller's: printed as one line, without a stack trace. */
export class UsageError extends Error {}
