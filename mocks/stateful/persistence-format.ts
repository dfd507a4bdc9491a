import type { MockState } from './app.ts';

/**
 * The saved form of one API's mock state, shared by every place that keeps it
 * (the Node state folder, a browser's storage): a header saying what the data is,
 * so a file from another API, another tool or a newer version is refused, never
 * read as if it were this mock's.
 */
export const stateFormat = 'agent-contracts/mock-state';
export const stateVersion = 1;

interface SavedState extends MockState {
  format: string;
  version: number;
  api: string;
  savedAt: string;
}

export function encodeState(api: string, state: MockState): string {
  const saved: SavedState = { format: stateFormat, version: stateVersion, api, savedAt: new Date().toISOString(), ...state };
  return JSON.stringify(saved);
}

/** The state saved for `api`, or what is wrong with the text (one line, meant for the person who started the mock). */
export function decodeState(text: string, api: string): { state: MockState } | { problem: string } {
  if (text.trim() === '') return { problem: 'it is empty (a truncated write?)' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `it is not valid JSON (${(error as Error).message}); it may be truncated or corrupt` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { problem: 'expected a JSON object with a mock-state header' };
  const saved = parsed as Partial<SavedState>;
  if (saved.format !== stateFormat) return { problem: `expected format "${stateFormat}", found ${describe(saved.format)}: not a mock state file` };
  if (typeof saved.version !== 'number' || !Number.isInteger(saved.version)) return { problem: `expected an integer version, found ${describe(saved.version)}` };
  if (saved.version > stateVersion) return { problem: `it was written by a newer version of the mock (state version ${saved.version}; this one reads up to ${stateVersion})` };
  if (saved.api !== api) return { problem: `it holds the state of ${describe(saved.api)}, not of ${api}` };
  if (saved.store === null || typeof saved.store !== 'object' || Array.isArray(saved.store)) return { problem: `expected "store" to be an object, found ${describe(saved.store)}` };
  if (saved.counters !== undefined && !isCounters(saved.counters)) return { problem: 'expected "counters" to hold the numbers counter, tick and requests' };
  return { state: saved.counters === undefined ? { store: saved.store } : { store: saved.store, counters: saved.counters } };
}

function isCounters(value: unknown): value is NonNullable<MockState['counters']> {
  if (value === null || typeof value !== 'object') return false;
  const counters = value as Record<string, unknown>;
  return ['counter', 'tick', 'requests'].every((name) => typeof counters[name] === 'number' && Number.isFinite(counters[name]));
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
