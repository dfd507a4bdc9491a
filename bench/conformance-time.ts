/**
 * Wall time of the full conformance suite against each API's stateful mock,
 * and all of them together (target: under 30 s). Prints figures; asserts nothing.
 */
import { runConformance } from '../conformance/runner.ts';
import { freePort } from '../mocks/lib/net.ts';
import { apis } from '../apis/index.ts';
import { createMock } from '../mocks/registry.ts';
import { serveOnNode } from '../mocks/stateful/node.ts';

export async function benchConformance(): Promise<void> {
  let total = 0;
  console.log('\nfull conformance suite against the stateful mock');
  for (const { id: api, identities } of apis) {
    const server = await serveOnNode(createMock(api), await freePort());
    try {
      const started = performance.now();
      const { session } = await runConformance({ api, baseUrl: server.url, identities: identities.conformance, level: 'full' });
      const elapsed = performance.now() - started;
      total += elapsed;
      console.log(`${api.padEnd(13)} ${(elapsed / 1000).toFixed(2)} s  ${session.requestCount} requests  ${session.findings.length} findings`);
    } finally {
      await server.close();
    }
  }
  console.log(`all together  ${(total / 1000).toFixed(2)} s (target < 30 s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchConformance();
