/**
 * Every API's store round-trips: a snapshot restored into a fresh mock answers
 * like the original, and snapshots again to the same data (through JSON, as on disk).
 */
import { describe, expect, it } from 'vitest';
import { apiIds, findApi } from '../../apis/index.ts';
import { createMock } from '../../mocks/registry.ts';
import type { MockState } from '../../mocks/stateful/app.ts';
import { decodeState, encodeState } from '../../mocks/stateful/persistence-format.ts';

describe.each(apiIds)('the %s store', (api) => {
  it('restores from its own snapshot, through the saved form, to an equal snapshot', () => {
    const original = createMock(api, { deterministic: true });
    original.loadFixture('demo');
    const saved = decodeState(encodeState(api, original.snapshot()), api);
    if ('problem' in saved) throw new Error(saved.problem);
    const restored = createMock(api, { deterministic: true });
    restored.restore(saved.state);
    expect(JSON.parse(JSON.stringify(restored.snapshot()))).toEqual(JSON.parse(JSON.stringify(original.snapshot())));
  });

  it('answers the demo identity the same after a restore', async () => {
    const original = createMock(api, { deterministic: true });
    original.loadFixture('demo');
    const restored = createMock(api, { deterministic: true });
    restored.restore(JSON.parse(JSON.stringify(original.snapshot())) as MockState);
    const descriptor = findApi(api);
    for (const path of listPaths(api)) {
      const request = () => ({ method: 'GET', url: path, header: (name: string) => (descriptor.identities.demo as Record<string, string>)[Object.keys(descriptor.identities.demo).find((key) => key.toLowerCase() === name.toLowerCase()) ?? ''] ?? null, body: '', bodyTooLarge: false });
      const [before, after] = [await original.respond(request()), await restored.respond(request())];
      expect(before.status, path).toBe(200);
      expect(after.status, path).toBe(before.status);
      expect(after.body, path).toBe(before.body);
    }
  });
});

/** A list route per API that the demo fixture fills. */
function listPaths(api: string): string[] {
  const paths: Record<string, string[]> = {
    runflow: ['/api/v1/runtime/v1/observability/reviews?limit=10'],
    agentruntime: ['/v1/workflows', '/v1/connections'],
    runtype: ['/v1/flows', '/v1/agents'],
    'intent-runs': ['/v1/runs'],
  };
  return paths[api] ?? [];
}
