/**
 * Finds the two bundled contracts of each API: the base (a git commit, or a folder
 * shaped like generated/) and the head (the working tree's generated/, or a folder).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listApis, repoRoot, UsageError } from '../lib/apis.ts';
import { apisAtCommit, chooseBase, readAtCommit, type Git } from './git.ts';

export interface ApiPair {
  api: string;
  /** Absent: the API is new. */
  baseFile?: string;
  /** Absent: the API was removed. */
  headFile?: string;
}

export interface SourceOptions {
  base?: string;
  baseDir?: string;
  headDir?: string;
  api?: string;
  git: Git;
}

export type Sources =
  | { kind: 'pairs'; baseLabel: string; headLabel: string; pairs: ApiPair[]; notBuilt: string[]; cleanup: () => void }
  | { kind: 'no-base'; reason: string; headLabel: string };

const bundled = (dir: string, api: string) => join(dir, api, 'openapi.json');

/** The api folders of a generated/-shaped folder that hold an openapi.json. */
function apisInFolder(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => existsSync(bundled(dir, name)))
    .sort();
}

function folder(option: string, path: string): string {
  const dir = resolve(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${option}: "${path}" is not a folder`);
  return dir;
}

export function findSources(options: SourceOptions): Sources {
  if (options.base !== undefined && options.baseDir !== undefined) throw new UsageError('give --base or --base-dir, not both');
  const headDir = options.headDir !== undefined ? folder('--head-dir', options.headDir) : join(repoRoot, 'generated');
  const headLabel = options.headDir !== undefined ? headDir : 'the working tree';
  const headApis = existsSync(headDir) ? apisInFolder(headDir) : [];

  let baseLabel: string;
  let baseApis: string[];
  let baseFileOf: (api: string) => string;
  let cleanup = () => {};
  if (options.baseDir !== undefined) {
    const baseDir = folder('--base-dir', options.baseDir);
    baseLabel = baseDir;
    baseApis = apisInFolder(baseDir);
    baseFileOf = (api) => bundled(baseDir, api);
  } else {
    const choice = chooseBase(options.git, options.base);
    if ('none' in choice) return { kind: 'no-base', reason: choice.none, headLabel };
    baseLabel = choice.label;
    baseApis = apisAtCommit(options.git, choice.commit);
    // git show writes nothing to disk, and the engine reads files: copy each base contract out.
    const scratch = mkdtempSync(join(tmpdir(), 'contract-diff-base-'));
    cleanup = () => rmSync(scratch, { recursive: true, force: true });
    baseFileOf = (api) => {
      const file = bundled(scratch, api);
      mkdirSync(join(scratch, api), { recursive: true });
      writeFileSync(file, readAtCommit(options.git, choice.commit, `generated/${api}/openapi.json`));
      return file;
    };
  }

  try {
    const declared = listApis();
    const found = [...new Set([...headApis, ...baseApis])];
    const ordered = [...declared.filter((api) => found.includes(api)), ...found.filter((api) => !declared.includes(api)).sort()];
    if (options.api !== undefined && !ordered.includes(options.api) && !declared.includes(options.api)) {
      const known = [...new Set([...declared, ...ordered])];
      throw new UsageError(`--api: unknown api "${options.api}"; expected one of ${known.join(', ')}`);
    }
    const selected = options.api !== undefined ? ordered.filter((api) => api === options.api) : ordered;
    const pairs = selected.map((api) => ({
      api,
      ...(baseApis.includes(api) ? { baseFile: baseFileOf(api) } : {}),
      ...(headApis.includes(api) ? { headFile: bundled(headDir, api) } : {}),
    }));
    // Declared in redocly.yaml but bundled on neither side: being written, nothing to compare.
    const notBuilt = options.headDir === undefined ? declared.filter((api) => !found.includes(api) && (options.api ?? api) === api) : [];
    return { kind: 'pairs', baseLabel, headLabel, pairs, notBuilt, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}
