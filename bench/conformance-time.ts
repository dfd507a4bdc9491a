/**
 * Wall time of the conformance suite against each API's stateful mock, with
 * default settings (all four phases, --level full), per phase and in total
 * (target: all four APIs under 60 s; the examples phase alone under 5 s).
 * Prints figures; asserts nothing. The seed is fixed so that runs compare.
 */
import { runConformance } from '../conformance/runner.ts';
import { freePort } from '../mocks/lib/net.ts';
import { apis } from '../apis/index.ts';
import { createMock } from '../mocks/registry.ts';
import { serveOnNode } from '../mocks/stateful/node.ts';

const seed = 20_260_520;

export async function benchConformance(): Promise<void> {
  let total = 0;
  const byPhase = new Map<string, number>();
  console.log(`\nconformance suite against the stateful mock (default settings, seed ${seed})`);
  console.log('api            phase        time      requests');
  for (const { id: api, identities } of apis) {
    const server = await serveOnNode(createMock(api), await freePort());
    try {
      const started = performance.now();
      const result = await runConformance({ api, baseUrl: server.url, identities: identities.conformance, level: 'full', seed });
      const elapsed = performance.now() - started;
      total += elapsed;
      for (const phase of result.phases) {
        byPhase.set(phase.phase, (byPhase.get(phase.phase) ?? 0) + phase.durationMs);
        console.log(`${api.padEnd(13)}  ${phase.phase.padEnd(10)}  ${(phase.durationMs / 1000).toFixed(2).padStart(6)} s  ${String(phase.requests).padStart(8)}`);
      }
      const errors = result.session.findings.filter((finding) => finding.severity !== 'warning').length;
      console.log(`${api.padEnd(13)}  ${'total'.padEnd(10)}  ${(elapsed / 1000).toFixed(2).padStart(6)} s  ${String(result.session.requestCount).padStart(8)}  (${errors} errors, ${result.session.findings.length - errors} warnings)`);
    } finally {
      await server.close();
    }
  }
  const examples = (byPhase.get('examples') ?? 0) / 1000;
  console.log(`all four APIs  ${(total / 1000).toFixed(2)} s (target < 60 s); examples phase ${examples.toFixed(2)} s (target < 5 s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchConformance();
