import { afterAll, describe, expect, it } from 'vitest';
import { runConformance } from '../../conformance/runner.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { type RunningPrism, startPrism } from '../../mocks/prism/prism.ts';
import { findApi } from '../../apis/index.ts';
import { createMock } from '../../mocks/registry.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';
import { builtApis } from '../helpers/apis.ts';

// A fixed seed keeps CI reproducible (a failure replays as it was seen); the CLI's default
// is a fresh seed per run, which `npm run bench` and every manual run keep exploring.
const seed = 20_261_203;

describe.each(builtApis())('the conformance suite on %s', (api) => {
  const identities = findApi(api).identities.conformance;
  const stopAfter: (RunningPrism | NodeServer)[] = [];
  afterAll(async () => {
    for (const server of stopAfter) 'stop' in server ? await server.stop() : await server.close();
  });

  it('passes at the schema level against Prism', async () => {
    const prism = await startPrism({ api, port: await freePort(), verbosity: 'error' });
    stopAfter.push(prism);
    const { session } = await runConformance({ api, baseUrl: prism.url, identities, level: 'schema', seed });
    expect(session.findings).toEqual([]);
  });

  it('passes at the full level against the stateful mock', async () => {
    const server = await serveOnNode(createMock(api), await freePort());
    stopAfter.push(server);
    const { session } = await runConformance({ api, baseUrl: server.url, identities, level: 'full', seed });
    expect(session.findings).toEqual([]);
    const skippedScenarios = [...session.tallies.entries()].filter(([, tally]) => tally.passed === 0 && tally.failed === 0);
    expect(skippedScenarios.map(([check]) => check)).toEqual([]);
  });
});
