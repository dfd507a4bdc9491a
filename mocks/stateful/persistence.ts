/**
 * The state folder (`--state <dir>`): each API's mock state in `<dir>/<api>.json`,
 * read at start and rewritten after every change, before the response is sent.
 * Node only; the browser-safe core just calls `onStateChange`.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
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
  // Changes that arrive while a write is on its way to the disk share the next write:
  // each response still waits for a write that began after its change.
  const flush = coalesceWrites(() => writeAtomicallyAsync(file, encodeState(mock.api, mock.snapshot())));
  mock.onStateChange = () => flush();
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

/**
 * One write at a time, each covering every change requested before it began: a
 * caller's promise settles when such a write has finished (or failed). Under load,
 * many answered changes share one fsync instead of queueing one each.
 */
export function coalesceWrites(write: () => Promise<void>): () => Promise<void> {
  let requested = 0;
  let written = 0;
  let writing = false;
  const waiting: { generation: number; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const settle = (upTo: number, error?: unknown) => {
    for (let index = waiting.length - 1; index >= 0; index--) {
      const waiter = waiting[index]!;
      if (waiter.generation > upTo) continue;
      waiting.splice(index, 1);
      if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
  };
  const pump = async () => {
    writing = true;
    while (written < requested) {
      const target = requested;
      try {
        await write();
        settle(target);
      } catch (error) {
        settle(target, error ?? new Error('the state could not be written'));
      }
      written = target;
    }
    writing = false;
  };
  return () => {
    const generation = ++requested;
    const done = new Promise<void>((resolve, reject) => waiting.push({ generation, resolve, reject }));
    if (!writing) void pump();
    return done;
  };
}

/** writeAtomically without blocking the event loop, so requests keep being served while the disk works. */
async function writeAtomicallyAsync(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
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
