/**
 * The typed client's per-request overhead against raw fetch: the same GET
 * (query string, API key header, JSON body parsed) to the same local
 * node:http server, one request at a time, so the difference is the client's
 * own work (openapi-fetch, the retrying and timed fetch). Warm-up first, then
 * the two alternate request by request, so drift in the machine's speed hits both alike.
 * Prints figures from one run; asserts nothing. BENCH_CLIENT_REQUESTS sets N.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRunflowClient } from '../client/runflow.ts';

const requests = Number(process.env.BENCH_CLIENT_REQUESTS ?? 5000);
const path = '/api/v1/runtime/v1/observability/reviews';
const apiKey = 'rf_bench_key';

const body = JSON.stringify({
  reviews: Array.from({ length: 10 }, (_, index) => ({
    id: `rev-${index}`, executionId: `exec-${index}`, agentId: 'agent-1', rating: 'bad', status: 'pending_review', priority: 'high',
    comment: 'Gave the wrong opening hours', tags: ['hours'], reviewedBy: apiKey, createdAt: '2026-05-20T12:00:00.000Z', updatedAt: '2026-05-20T12:00:00.000Z',
  })),
  total: 10, limit: 10, offset: 0,
});

export async function benchClientOverhead(): Promise<{ rawMicros: number; typedMicros: number; ratio: number }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = createRunflowClient({ baseUrl, apiKey });

  const raw = async () => {
    const response = await fetch(`${baseUrl}${path}?status=pending_review&limit=10`, { headers: { 'x-api-key': apiKey } });
    if (!response.ok) throw new Error(`raw fetch: ${response.status}`);
    await response.json();
  };
  const typed = async () => {
    const { error } = await client.GET(path, { params: { query: { status: 'pending_review', limit: 10 } } });
    if (error) throw new Error('typed client: error');
  };
  const once = async (call: () => Promise<void>) => {
    const started = performance.now();
    await call();
    return performance.now() - started;
  };

  try {
    for (let index = 0; index < 500; index++) {
      await raw();
      await typed();
    }
    // Request by request, alternating which goes first: both sides see the same
    // machine, connection pool and garbage collector at the same moments.
    const rawTimes: number[] = [];
    const typedTimes: number[] = [];
    for (let index = 0; index < requests; index++) {
      if (index % 2 === 0) {
        rawTimes.push(await once(raw));
        typedTimes.push(await once(typed));
      } else {
        typedTimes.push(await once(typed));
        rawTimes.push(await once(raw));
      }
    }
    const figures = { rawMicros: mean(rawTimes) * 1000, typedMicros: mean(typedTimes) * 1000, ratio: mean(typedTimes) / mean(rawTimes) };
    console.log(`\nclient overhead: GET ${path} to a local node:http server, ${requests} sequential requests each, alternating (after 500 warm-up)`);
    console.log('               mean µs  median µs');
    console.log(`raw fetch      ${(mean(rawTimes) * 1000).toFixed(1).padStart(7)}  ${(median(rawTimes) * 1000).toFixed(1).padStart(9)}`);
    console.log(`typed client   ${(mean(typedTimes) * 1000).toFixed(1).padStart(7)}  ${(median(typedTimes) * 1000).toFixed(1).padStart(9)}`);
    console.log(`typed / raw: ${figures.ratio.toFixed(3)}x by mean, ${(median(typedTimes) / median(rawTimes)).toFixed(3)}x by median (target <= 1.10x)`);
    return figures;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchClientOverhead();
