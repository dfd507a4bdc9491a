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
}

export interface EnvironmentOptions {
  /** Seeded ids and a stepping clock instead of random ids and the wall clock. */
  deterministic?: boolean;
  /** Start of the deterministic clock (ISO 8601). */
  startTime?: string;
}

export function createEnvironment(options: EnvironmentOptions = {}): Environment {
  if (!options.deterministic) {
    return {
      now: () => new Date().toISOString(),
      id: (prefix) => `${prefix}-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`,
      uuid: () => globalThis.crypto.randomUUID(),
      requestId: () => `req_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`,
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
  };
}
