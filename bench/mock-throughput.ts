/**
 * The stateful mock against Prism and a bare node:http server answering the very
 * bytes the mock answers (captured from it first), each under the same load: a
 * list operation with auth, 20 connections for BENCH_SECONDS (default 10)
 * seconds. First, how long the mock command and `npm start` take from spawn to all
 * four mocks accepting connections (bench/start-time.ts). Prints figures; asserts nothing.
 */
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort, loopback } from '../mocks/lib/net.ts';
import { startPrism } from '../mocks/prism/prism.ts';
import { createMock } from '../mocks/registry.ts';
import { serveOnNode } from '../mocks/stateful/node.ts';
import { captureResponse } from './capture.ts';
import { benchStart } from './start-time.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const path = '/api/v1/runtime/v1/observability/reviews?limit=10';
const headers = { 'x-api-key': 'rf_demo_key' };

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(name: string, url: string): Promise<Figures> {
  const result = await autocannon({ url: `${url}${path}`, connections: 20, duration: seconds, headers });
  return { name, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

export async function benchMocks(): Promise<void> {
  await benchStart();

  const mock = createMock('runflow');
  mock.loadFixture('demo');
  const mockServer = await serveOnNode(mock, await freePort());
  // The bare server replays the mock's own status, headers and body bytes, so the comparison is of servers, not of payloads.
  const captured = await captureResponse(`${mockServer.url}${path}`, headers);
  console.log(`benchmarked response: ${captured.status}, ${captured.body.length} bytes, headers ${Object.keys(captured.headers).join(', ')}`);
  const bare = createServer((_request, response) => {
    response.writeHead(captured.status, captured.headers);
    response.end(captured.body);
  });
  await new Promise<void>((resolve) => bare.listen(0, loopback, resolve));
  const bareUrl = `http://${loopback}:${(bare.address() as AddressInfo).port}`;
  const prism = await startPrism({ api: 'runflow', port: await freePort(), verbosity: 'error' });

  const figures: Figures[] = [];
  try {
    figures.push(await load('bare node:http', bareUrl));
    figures.push(await load('stateful mock', mockServer.url));
    figures.push(await load('Prism (-v error)', prism.url));
  } finally {
    await prism.stop();
    await mockServer.close();
    bare.closeAllConnections();
    bare.close();
  }
  console.log(`\nGET ${path} with x-api-key, 20 connections, ${seconds} s each`);
  console.log('server              req/s     p50 ms  p99 ms  errors');
  for (const row of figures) {
    console.log(`${row.name.padEnd(18)} ${row.requestsPerSecond.toFixed(0).padStart(7)}  ${String(row.p50).padStart(7)}  ${String(row.p99).padStart(6)}  ${String(row.errors).padStart(6)}`);
  }
  const [bareFigures, mockFigures, prismFigures] = figures as [Figures, Figures, Figures];
  console.log(`\nmock / bare throughput: ${(mockFigures.requestsPerSecond / bareFigures.requestsPerSecond).toFixed(2)} (target >= 0.60)`);
  console.log(`mock / Prism throughput: ${(mockFigures.requestsPerSecond / prismFigures.requestsPerSecond).toFixed(2)}x (target >= 4x)`);
  console.log(`mock p99 / bare p99: ${(mockFigures.p99 / Math.max(1, bareFigures.p99)).toFixed(2)} (target <= 2.00)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMocks();
