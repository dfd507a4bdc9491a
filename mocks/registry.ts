import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findApi } from '../apis/index.ts';
import type { MockOptions } from './stateful/app.ts';
import { StatefulMock } from './stateful/app.ts';

/** The JSON fixtures under mocks/<api>/fixtures/, by file name without `.json`. */
export function readFixtures(api: string): Record<string, unknown> {
  const folder = new URL(`./${api}/fixtures/`, import.meta.url);
  const fixtures: Record<string, unknown> = {};
  let files: string[] = [];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.json'));
  } catch {
    return fixtures;
  }
  for (const file of files) fixtures[basename(file, '.json')] = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
  return fixtures;
}

/** A ready stateful mock of one API (its descriptor's), with its fixtures available. */
export function createMock(api: string, options: MockOptions = {}): StatefulMock {
  return new StatefulMock(findApi(api).mock, { fixtures: readFixtures(api), ...options });
}
