/**
 * The typed client's per-request overhead against openapi-fetch alone (and raw fetch): the same GET
 * (query string, API key header, JSON body parsed) to the same local node:http
 * server, one request at a time, so the difference is the client's own work.
 * Two reference points show where it goes: openapi-fetch on its own, and our
 * client without its per-request timeout and retries (no AbortSignal to follow).
 * Warm-up first, then the variants take turns request by request, in alternating
 * order, so drift in the machine's speed hits all alike. Prints figures from one
 * run; asserts nothing. BENCH_CLIENT_REQUESTS sets N.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import { createRunflowClient, type RunflowPaths } from '../client/runflow.ts';

const requests = Number(process.env.BENCH_CLIENT_REQUESTS ?? 5000);
const path = '/api/v1/runtime/v1/observability/reviews';
const query = { status: 'pending_review', limit: 10 } as const;
const apiKey = 'rf_bench_key';

const body = JSON.stringify({
  reviews: Array.from({ length: 10 }, (_, index) => ({
    id: `rev-${index}`, executionId: `exec-${index}`, agentId: 'agent-1', rating: 'bad', status: 'pending_review', priority: 'high',
    comment: 'Gave the wrong opening hours', tags: ['hours'], reviewedBy: apiKey, createdAt: '2026-05-20T12:00:00.000Z', updatedAt: '2026-05-20T12:00:00.000Z',
  })),
  total: 10, limit: 10, offset: 0,
});

interface Variant {
  label: string;
  call: () => Promise<void>;
  times: number[];
}

export async function benchClientOverhead(): Promise<{ rawMicros: number; typedMicros: number; ratio: number }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const typedClient = createRunflowClient({ baseUrl, apiKey });
  const untimedClient = createRunflowClient({ baseUrl, apiKey, retry: false, timeoutMs: Infinity });
  const openapiFetch = createClient<RunflowPaths>({ baseUrl, headers: { 'x-api-key': apiKey } });

  const throwOnError = ({ error }: { error?: unknown }) => {
    if (error) throw new Error(`the bench server answered an error: ${JSON.stringify(error)}`);
  };
  const raw: Variant = {
    label: 'raw fetch',
    times: [],
    call: async () => {
      const response = await fetch(`${baseUrl}${path}?status=${query.status}&limit=${query.limit}`, { headers: { 'x-api-key': apiKey } });
      if (!response.ok) throw new Error(`raw fetch: ${response.status}`);
      await response.json();
    },
  };
  const typed: Variant = { label: 'typed client (defaults)', times: [], call: async () => throwOnError(await typedClient.GET(path, { params: { query } })) };
  const openapiFetchAlone: Variant = { label: 'openapi-fetch alone', times: [], call: async () => throwOnError(await openapiFetch.GET(path, { params: { query } })) };
  const variants: Variant[] = [
    raw,
    openapiFetchAlone,
    { label: 'typed, no timeout/retry', times: [], call: async () => throwOnError(await untimedClient.GET(path, { params: { query } })) },
    typed,
  ];

  try {
    for (let index = 0; index < 500; index++) for (const variant of variants) await variant.call();
    const reversed = [...variants].reverse();
    for (let index = 0; index < requests; index++) {
      for (const variant of index % 2 === 0 ? variants : reversed) {
        const started = performance.now();
        await variant.call();
        variant.times.push(performance.now() - started);
      }
    }
    console.log(`\nclient overhead: GET ${path} to a local node:http server, ${requests} sequential requests each, taking turns (after 500 warm-up)`);
    console.log('                          mean µs  median µs  ×raw (mean)  ×raw (median)');
    for (const variant of variants) {
      const meanRatio = mean(variant.times) / mean(raw.times);
      const medianRatio = median(variant.times) / median(raw.times);
      console.log(
        `${variant.label.padEnd(24)}  ${(mean(variant.times) * 1000).toFixed(1).padStart(7)}  ${(median(variant.times) * 1000).toFixed(1).padStart(9)}` +
          `  ${meanRatio.toFixed(3).padStart(11)}  ${medianRatio.toFixed(3).padStart(13)}`,
      );
    }
    // The client is built on openapi-fetch and keeps its default per-attempt timeout: it is judged against openapi-fetch alone.
    const ratio = mean(typed.times) / mean(openapiFetchAlone.times);
    console.log(`typed client / openapi-fetch alone: ${ratio.toFixed(3)}x by mean (target <= 1.10x); / raw fetch: ${(mean(typed.times) / mean(raw.times)).toFixed(3)}x`);
    return { rawMicros: mean(raw.times) * 1000, typedMicros: mean(typed.times) * 1000, ratio };
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
