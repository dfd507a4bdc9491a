/**
 * The stateful mock against Prism and a bare node:http server answering a
 * constant JSON, each under the same load: a list operation with auth,
 * 20 connections for BENCH_SECONDS (default 10) seconds. Also how long the
 * four stateful mocks take to be ready. Prints figures; asserts nothing.
 */
import autocannon from 'autocannon';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort, loopback } from '../mocks/lib/net.ts';
import { startPrism } from '../mocks/prism/prism.ts';
import { apiIds } from '../apis/index.ts';
import { createMock } from '../mocks/registry.ts';
import { serveOnNode } from '../mocks/stateful/node.ts';

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

async function startupTime(): Promise<number> {
  const started = performance.now();
  const servers = [];
  for (const api of apiIds) servers.push(await serveOnNode(createMock(api), await freePort()));
  const elapsed = performance.now() - started;
  await Promise.all(servers.map((server) => server.close()));
  return elapsed;
}

export async function benchMocks(): Promise<void> {
  const ready = await startupTime();
  console.log(`stateful mocks (${apiIds.join(', ')}) ready in ${ready.toFixed(0)} ms (target < 1000 ms)`);

  const mock = createMock('runflow');
  mock.loadFixture('demo');
  const mockServer = await serveOnNode(mock, await freePort());
  const constantBody = JSON.stringify(await (await fetch(`${mockServer.url}${path}`, { headers })).json());
  const bare = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(constantBody);
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
  console.log(`\nmock / bare throughput: ${(mockFigures.requestsPerSecond / bareFigures.requestsPerSecond).toFixed(2)} (target >= 0.50)`);
  console.log(`mock / Prism throughput: ${(mockFigures.requestsPerSecond / prismFigures.requestsPerSecond).toFixed(2)}x`);
  console.log(`mock p99 / bare p99: ${(mockFigures.p99 / Math.max(1, bareFigures.p99)).toFixed(2)} (target <= 2.00)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMocks();
