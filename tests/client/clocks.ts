import type { Clock } from '../../client/clock.ts';

const epoch = Date.parse('2026-05-20T12:00:00Z');

/**
 * Sleeps return at once but are recorded, and time moves by what was slept:
 * backoff is asserted, never waited. Timers never fire.
 */
export class InstantClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(
    public time = epoch,
    private readonly draw = 0.5,
  ) {}
  now(): number {
    return this.time;
  }
  random(): number {
    return this.draw;
  }
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw signal.reason;
    this.sleeps.push(ms);
    this.time += ms;
  }
  setTimer(): () => void {
    return () => {};
  }
}

/** Sleeps and timers wait until the test fires them: a timeout happens exactly when the test says. */
export class ManualClock implements Clock {
  private pending: { ms: number; kind: 'sleep' | 'timer'; fire(): void }[] = [];
  private waiters: (() => void)[] = [];
  now(): number {
    return epoch;
  }
  random(): number {
    return 0;
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const entry = { ms, kind: 'sleep' as const, fire: resolve };
      this.add(entry);
      signal?.addEventListener('abort', () => {
        this.remove(entry);
        reject(signal.reason);
      }, { once: true });
    });
  }
  setTimer(ms: number, callback: () => void): () => void {
    const entry = { ms, kind: 'timer' as const, fire: callback };
    this.add(entry);
    return () => this.remove(entry);
  }
  /** What is pending, e.g. `['timer 5000']`. */
  get pendingNow(): string[] {
    return this.pending.map((entry) => `${entry.kind} ${entry.ms}`);
  }
  /** Resolves once a sleep or timer of this kind is pending. */
  async until(kind: 'sleep' | 'timer'): Promise<void> {
    while (!this.pending.some((entry) => entry.kind === kind)) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
  /** Fires everything pending now. */
  fireAll(): void {
    for (const entry of this.pending.splice(0)) entry.fire();
  }
  private add(entry: (typeof this.pending)[number]): void {
    this.pending.push(entry);
    for (const wake of this.waiters.splice(0)) wake();
  }
  private remove(entry: (typeof this.pending)[number]): void {
    this.pending = this.pending.filter((other) => other !== entry);
  }
}
