import { afterEach, describe, expect, it } from 'vitest';
import { runConformance } from '../../conformance/runner.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { createMock } from '../../mocks/registry.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';
import { findApi } from '../../apis/index.ts';

/** Every request a run sends, as method, URL and body, in order. */
async function requestsOfRun(seed: number): Promise<string[]> {
  const sent: string[] = [];
  const mock = createMock('runflow', { deterministic: true });
  const server = await serveOnNode(async (request: Request) => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text();
    sent.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search} ${body}`);
    return mock.handle(request);
  }, await freePort());
  servers.push(server);
  await runConformance({ api: 'runflow', baseUrl: server.url, identities: findApi('runflow').identities.conformance, level: 'full', phases: ['coverage', 'fuzz', 'stateful'], seed, maxExamples: 8 });
  return sent;
}

const servers: NodeServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe('a seeded run', () => {
  it('sends the same requests with the same --seed, and different generated ones with another', async () => {
    const first = await requestsOfRun(11);
    const again = await requestsOfRun(11);
    expect(first.length).toBeGreaterThan(50);
    expect(again).toEqual(first);
    const other = await requestsOfRun(12);
    expect(other).not.toEqual(first);
  });
});
