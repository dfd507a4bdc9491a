import { afterAll, describe, expect, it } from 'vitest';
import { runConformance } from '../../conformance/runner.ts';
import { freePort } from '../../mocks/lib/net.ts';
import { type RunningPrism, startPrism } from '../../mocks/prism/prism.ts';
import { findApi } from '../../apis/index.ts';
import { createMock } from '../../mocks/registry.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';
import { builtApis } from '../helpers/apis.ts';

describe.each(builtApis())('the conformance suite on %s', (api) => {
  const identities = findApi(api).identities.conformance;
  const stopAfter: (RunningPrism | NodeServer)[] = [];
  afterAll(async () => {
    for (const server of stopAfter) 'stop' in server ? await server.stop() : await server.close();
  });

  it('passes at the schema level against Prism', async () => {
    const prism = await startPrism({ api, port: await freePort(), verbosity: 'error' });
    stopAfter.push(prism);
    const { session } = await runConformance({ api, baseUrl: prism.url, identities, level: 'schema' });
    expect(session.findings).toEqual([]);
  });

  it('passes at the full level against the stateful mock', async () => {
    const server = await serveOnNode(createMock(api), await freePort());
    stopAfter.push(server);
    const { session } = await runConformance({ api, baseUrl: server.url, identities, level: 'full' });
    expect(session.findings).toEqual([]);
    const skippedScenarios = [...session.tallies.entries()].filter(([, tally]) => tally.passed === 0 && tally.failed === 0);
    expect(skippedScenarios.map(([check]) => check)).toEqual([]);
  });
});
