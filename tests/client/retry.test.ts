import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../client/clock.ts';
import { TimeoutError } from '../../client/errors.ts';
import { retryAfterMs } from '../../client/retry.ts';
import { createRunflowClient } from '../../client/runflow.ts';
import { createRuntypeClient } from '../../client/runtype.ts';
import { sendJson, startTestServer, type TestServer } from '../helpers/http-server.ts';
import { InstantClock, ManualClock } from './clocks.ts';

// The server answers each request with the next scripted step; when the script
// runs out it answers 200. 'hang' never answers, 'drop' cuts the connection.
type Step = { status: number; headers?: Record<string, string> } | 'hang' | 'drop';
let script: Step[] = [];
let server: TestServer;
const reviews = '/api/v1/runtime/v1/observability/reviews';
const list = { reviews: [], total: 0, limit: 50, offset: 0 };

function answer(step: Step | undefined, response: ServerResponse): void {
  if (step === 'hang') return;
  if (step === 'drop') return void response.socket?.destroy();
  if (!step) return sendJson(response, 200, list);
  sendJson(response, step.status, { statusCode: step.status, message: 'scripted', error: 'Scripted' }, step.headers);
}

async function requestsReach(count: number): Promise<void> {
  while (server.requests.length < count) await new Promise((resolve) => setImmediate(resolve));
}

beforeAll(async () => {
  server = await startTestServer((_request, response) => answer(script.shift(), response));
});
afterAll(() => server.close());
afterEach(() => {
  script = [];
  server.requests.length = 0;
});

function runflow(clock: Clock = new InstantClock(), options: Parameters<typeof createRunflowClient>[0] extends infer O ? Partial<O> : never = {}) {
  return createRunflowClient({ baseUrl: server.url, apiKey: 'rf_retry', clock, timeoutMs: Infinity, ...options });
}

describe('retries of requests that are safe to repeat', () => {
  it('retries a GET on 503 and 500 with full-jitter exponential backoff, then returns the 200', async () => {
    script = [{ status: 503 }, { status: 500 }];
    const clock = new InstantClock(undefined, 0.5);
    const { data, response } = await runflow(clock, { retry: { baseDelayMs: 100 } }).GET(reviews);
    expect(response.status).toBe(200);
    expect(data).toEqual(list);
    expect(server.requests).toHaveLength(3);
    // random() = 0.5 of min(maxDelay, 100 · 2^(n-1)): 50 then 100
    expect(clock.sleeps).toEqual([50, 100]);
  });

  it('caps one backoff at maxDelayMs', async () => {
    script = [{ status: 502 }, { status: 502 }, { status: 502 }];
    const clock = new InstantClock(undefined, 0.999);
    await runflow(clock, { retry: { baseDelayMs: 1000, maxDelayMs: 1500, maxAttempts: 4 } }).GET(reviews);
    expect(clock.sleeps).toEqual([999, 1498.5, 1498.5]);
  });

  it('waits what a 429\'s Retry-After says, in seconds', async () => {
    script = [{ status: 429, headers: { 'Retry-After': '7' } }];
    const clock = new InstantClock();
    const { response } = await runflow(clock).GET(reviews);
    expect(response.status).toBe(200);
    expect(clock.sleeps).toEqual([7000]);
  });

  it('waits until a Retry-After HTTP date', async () => {
    const clock = new InstantClock(Date.parse('2026-05-20T12:00:00Z'));
    script = [{ status: 503, headers: { 'Retry-After': 'Wed, 20 May 2026 12:00:05 GMT' } }];
    await runflow(clock).GET(reviews);
    expect(clock.sleeps).toEqual([5000]);
  });

  it('stops after maxAttempts and returns the last answer with its error body', async () => {
    script = [{ status: 503 }, { status: 503 }, { status: 503 }];
    const { error, response } = await runflow(new InstantClock(), { retry: { maxAttempts: 2 } }).GET(reviews);
    expect(server.requests).toHaveLength(2);
    expect(response.status).toBe(503);
    expect(error).toEqual({ statusCode: 503, message: 'scripted', error: 'Scripted' });
  });

  it('gives up when the next wait would pass the deadline, returning that answer', async () => {
    script = [{ status: 429, headers: { 'Retry-After': '30' } }];
    const clock = new InstantClock();
    const { response } = await runflow(clock, { retry: { deadlineMs: 10_000 } }).GET(reviews);
    expect(response.status).toBe(429);
    expect(server.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries a network error (the connection cut before an answer)', async () => {
    script = ['drop'];
    const { response } = await runflow().GET(reviews);
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a 4xx', async () => {
    script = [{ status: 404 }];
    const { response } = await runflow().GET(reviews);
    expect(response.status).toBe(404);
    expect(server.requests).toHaveLength(1);
  });

  it('sends once with retry: false', async () => {
    script = [{ status: 503 }];
    const { response } = await runflow(new InstantClock(), { retry: false }).GET(reviews);
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it('never retries a POST the contract does not mark x-idempotent, even on a network error', async () => {
    script = [{ status: 503 }];
    const client = runflow();
    const created = await client.POST('/api/v1/runtime/v1/observability/executions/{executionId}/reviews', {
      params: { path: { executionId: 'exec-1' } },
      body: { agentId: 'agent-1', rating: 'bad', comment: 'Wrong opening hours given' },
    });
    expect(created.response.status).toBe(503);
    script = ['drop'];
    await expect(client.POST('/api/v1/runtime/v1/observability/events', { body: { events: [] } as never })).rejects.toThrow();
    expect(server.requests).toHaveLength(2);
  });

  it('retries a POST marked x-idempotent in the contract, resending the same body', async () => {
    script = [{ status: 503 }, { status: 500 }];
    const body = { agentId: 'agent-1', eventName: 'checkout', mode: 'raw' };
    const { response } = await runflow().POST('/api/v1/runtime/v1/observability/events/query', { body: body as never });
    expect(response.status).toBe(200);
    expect(server.requests.map((request) => [request.method, JSON.parse(request.body)])).toEqual([
      ['POST', body], ['POST', body], ['POST', body],
    ]);
  });

  it('retries a POST listed in retry.retryOperations', async () => {
    script = [{ status: 503 }];
    const client = runflow(new InstantClock(), { retry: { retryOperations: ['POST /api/v1/runtime/v1/observability/executions/{executionId}/reviews'] } });
    const { response } = await client.POST('/api/v1/runtime/v1/observability/executions/{executionId}/reviews', {
      params: { path: { executionId: 'exec-9' } },
      body: { agentId: 'agent-1', rating: 'good', comment: 'Answered the question well' },
    });
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it('matches retry-safe operations below a base URL with a path (Runtype\'s /v1)', async () => {
    script = [{ status: 503 }];
    const client = createRuntypeClient({
      baseUrl: `${server.url}/v1`, apiKey: 'rt_key', clock: new InstantClock(), timeoutMs: Infinity,
      retry: { retryOperations: ['POST /flows'] },
    });
    await client.POST('/flows', { body: { name: 'Summarise' } as never });
    expect(server.requests.map((request) => request.url)).toEqual(['/v1/flows', '/v1/flows']);
  });
});

describe('cancelling and timing out', () => {
  it('rejects with the caller\'s reason when the signal aborts during a backoff, and sends nothing more', async () => {
    script = [{ status: 503 }];
    const clock = new ManualClock();
    const controller = new AbortController();
    const call = runflow(clock, { retry: { baseDelayMs: 100 } }).GET(reviews, { signal: controller.signal });
    await clock.until('sleep');
    controller.abort(new Error('user left the page'));
    await expect(call).rejects.toThrow('user left the page');
    expect(server.requests).toHaveLength(1);
  });

  it('aborts an in-flight request when the signal aborts', async () => {
    script = ['hang'];
    const controller = new AbortController();
    const call = runflow().GET(reviews, { signal: controller.signal });
    await requestsReach(1);
    controller.abort(new Error('cancelled by the caller'));
    await expect(call).rejects.toThrow('cancelled by the caller');
  });

  it('times out an attempt that gets no answer, and retries it while attempts remain', async () => {
    script = ['hang', 'hang'];
    const clock = new ManualClock();
    const call = runflow(clock, { timeoutMs: 5000, retry: { maxAttempts: 2 } }).GET(reviews);
    await requestsReach(1);
    expect(clock.pendingNow).toEqual(['timer 5000']);
    clock.fireAll(); // the first attempt's timeout
    await clock.until('sleep'); // the backoff (0 with random() = 0)
    clock.fireAll();
    await requestsReach(2);
    await clock.until('timer');
    clock.fireAll(); // the second attempt's timeout
    const failure = await call.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect((failure as TimeoutError).kind).toBe('attempt');
    expect((failure as Error).message).toBe(`no response from ${server.url}${reviews} within 5000 ms`);
  });

  it('ends an attempt at the overall deadline when that comes first, without retrying', async () => {
    script = ['hang'];
    const clock = new ManualClock();
    const call = runflow(clock, { timeoutMs: 30_000, retry: { deadlineMs: 2000 } }).GET(reviews);
    await requestsReach(1);
    expect(clock.pendingNow).toEqual(['timer 2000']);
    clock.fireAll();
    const failure = await call.catch((error: unknown) => error);
    expect((failure as TimeoutError).kind).toBe('deadline');
    expect(server.requests).toHaveLength(1);
  });
});

describe('Retry-After parsing', () => {
  const now = Date.parse('2026-05-20T12:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Wed, 20 May 2026 12:01:00 GMT', 60_000],
    ['Wed, 20 May 2026 11:00:00 GMT', 0],
  ])('reads %j as %d ms', (value, expected) => expect(retryAfterMs(value, now)).toBe(expected));
  it.each([[null], [''], ['soon'], ['-5']])('ignores %j', (value) => expect(retryAfterMs(value, now)).toBeUndefined());
});
