/**
 * The state folder (`--state <dir>`): each API's mock state in `<dir>/<api>.json`,
 * read at start and rewritten after every change, before the response is sent.
 * Node only; the browser-safe core just calls `onStateChange`.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StatefulMock } from './app.ts';
import { decodeState, encodeState } from './persistence-format.ts';

/** A state file the mock will not start from. The message is one line: the file, then what is wrong with it. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

export interface PersistedMock {
  /** The state file of this API. */
  file: string;
  /** True when the mock resumed from a saved state; false when there was none yet. */
  restored: boolean;
  /** Writes the current state now (after loading a first fixture, say). */
  save(): void;
}

/**
 * Resumes `mock` from `<directory>/<api>.json` when the file exists, and from then on
 * saves every change to it. A file that cannot be read as this API's state throws a
 * StateFileError and is left as it is: a mock never silently starts empty over it.
 */
export function persistMockState(mock: StatefulMock, directory: string): PersistedMock {
  const folder = resolve(directory);
  const file = join(folder, `${mock.api}.json`);
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new StateFileError(`${file}: cannot be read (${oneLine((error as Error).message)})`);
  }
  if (text !== undefined) {
    const decoded = decodeState(text, mock.api);
    if ('problem' in decoded) throw new StateFileError(`${file}: ${decoded.problem}`);
    try {
      mock.restore(decoded.state);
    } catch (error) {
      throw new StateFileError(`${file}: ${oneLine((error as Error).message)}`);
    }
  }
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new StateFileError(`${folder}: the state folder cannot be created (${oneLine((error as Error).message)})`);
  }
  const save = () => writeAtomically(file, encodeState(mock.api, mock.snapshot()));
  mock.onStateChange = (state) => writeAtomically(file, encodeState(mock.api, state));
  return { file, restored: text !== undefined, save };
}

/**
 * Temp file, fsync, rename, fsync of the folder: a reader (or a restart after
 * `kill -9` or a power cut) sees the old file or the new one, never half of one.
 * Synchronous on purpose: two requests can never interleave their writes, and
 * the response waits for the disk.
 */
export function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const handle = openSync(temporary, 'w', 0o600);
    try {
      writeSync(handle, text);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(join(file, '..'));
}

/** Makes the rename itself durable. Some platforms (Windows) cannot open a folder; the rename is then as durable as they make it. */
function syncFolder(folder: string): void {
  let handle: number | undefined;
  try {
    handle = openSync(folder, 'r');
    fsyncSync(handle);
  } catch {
    // best effort, see above
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
