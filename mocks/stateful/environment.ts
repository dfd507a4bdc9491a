/** Where a mock gets ids and time, so that deterministic mode can make snapshots stable. */
export interface Environment {
  /** The current time as ISO 8601. Deterministic mode: 2026-01-01T00:00:00.000Z, one second later per call. */
  now(): string;
  /** A new id with a readable prefix: `rev-…`. Deterministic mode: `rev-000001`, `rev-000002`… */
  id(prefix: string): string;
  /** A new RFC 4122 uuid. Deterministic mode: counter-based, still a valid v4 uuid. */
  uuid(): string;
  /** An id for one request, for error bodies and `x-request-id`. Deterministic mode: `req_000001`, restarting on reset. */
  requestId(): string;
  /**
   * Moves the deterministic ids and clock past everything in `state` (a loaded
   * fixture), so nothing made afterwards takes a stored id or predates stored data.
   * Ids and the wall clock of the random mode need no reservation.
   */
  reserve(state: unknown): void;
  /** The deterministic counters and clock, to persist with the store; undefined in random mode (nothing to keep). */
  counters(): EnvironmentCounters | undefined;
  /** Continues from saved counters, so ids made after a restart never repeat one made before it. */
  resume(counters: EnvironmentCounters): void;
}

/** Where the deterministic mode has got to: the id counter, the clock, the request counter. */
export interface EnvironmentCounters {
  counter: number;
  tick: number;
  requests: number;
}

export interface EnvironmentOptions {
  /** Seeded ids and a stepping clock instead of random ids and the wall clock. */
  deterministic?: boolean;
  /** Start of the deterministic clock (ISO 8601). */
  startTime?: string;
}

/** Every deterministic id and uuid ends in its counter, at least six digits, after a non-digit. */
const counterDigits = /(?:^|\D)(\d{6,})$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Deadlines (`expiresAt`, `expires_at`) lie in the future by nature; they say nothing about when the data was made. */
const deadlineKey = /^expires/i;

export function createEnvironment(options: EnvironmentOptions = {}): Environment {
  if (!options.deterministic) {
    return {
      now: () => new Date().toISOString(),
      id: (prefix) => `${prefix}-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`,
      uuid: () => globalThis.crypto.randomUUID(),
      requestId: () => `req_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`,
      reserve: () => undefined,
      counters: () => undefined,
      resume: () => undefined,
    };
  }
  let tick = Date.parse(options.startTime ?? '2026-01-01T00:00:00.000Z');
  let counter = 0;
  let requests = 0;
  return {
    now: () => {
      const value = new Date(tick).toISOString();
      tick += 1000;
      return value;
    },
    id: (prefix) => `${prefix}-${String(++counter).padStart(6, '0')}`,
    uuid: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    requestId: () => `req_${String(++requests).padStart(6, '0')}`,
    reserve(state) {
      const found = scanState(state);
      // A generated id's trailing counter then exceeds every stored string's, so no two can be equal.
      counter = Math.max(counter, found.highestCounter);
      if (found.latestTime !== undefined) tick = Math.max(tick, found.latestTime + 1000);
    },
    counters: () => ({ counter, tick, requests }),
    resume(saved) {
      counter = Math.max(counter, saved.counter);
      tick = Math.max(tick, saved.tick);
      requests = Math.max(requests, saved.requests);
    },
  };
}

interface StateScan {
  highestCounter: number;
  latestTime: number | undefined;
}

/** Walks plain data (objects, arrays, Maps, Sets) without recursion, so a deep fixture cannot overflow the stack. */
function scanState(state: unknown): StateScan {
  const scan: StateScan = { highestCounter: 0, latestTime: undefined };
  const pending: { value: unknown; key: string }[] = [{ value: state, key: '' }];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const { value, key } = pending.pop()!;
    if (typeof value === 'string') {
      noteString(scan, value, key);
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value) || value instanceof Set) {
      for (const item of value) pending.push({ value: item, key });
    } else if (value instanceof Map) {
      for (const [entryKey, item] of value) {
        pending.push({ value: entryKey, key: '' });
        pending.push({ value: item, key: typeof entryKey === 'string' ? entryKey : '' });
      }
    } else {
      for (const [property, item] of Object.entries(value)) {
        noteString(scan, property, '');
        pending.push({ value: item, key: property });
      }
    }
  }
  return scan;
}

function noteString(scan: StateScan, value: string, key: string): void {
  const digits = counterDigits.exec(value)?.[1];
  // Longer runs than a safe integer holds cannot equal any counter the mock reaches.
  if (digits !== undefined && digits.length <= 15) scan.highestCounter = Math.max(scan.highestCounter, Number(digits));
  if (isoDateTime.test(value) && !deadlineKey.test(key)) {
    const time = Date.parse(value);
    if (!Number.isNaN(time) && (scan.latestTime === undefined || time > scan.latestTime)) scan.latestTime = time;
  }
}
