/**
 * Every faulty server and every faithful variant of bench/faults/ changes what
 * the mock answers to at least one request: its own probe, run on a fresh
 * deterministic mock, shows something else behind the middleware than without
 * it. The probe is first shown to be stable on the plain mock, so that a
 * difference cannot come from random ids or the clock.
 */
import { describe, expect, it } from 'vitest';
import { faithfulVariants, faults } from '../../bench/faults/index.ts';
import { observe } from '../../bench/faults/kit.ts';

describe('the fault-detection bench', () => {
  it('has unique ids, spread over all four APIs', () => {
    const ids = [...faults, ...faithfulVariants].map((server) => server.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(faults.map((fault) => fault.api))).toEqual(new Set(['runflow', 'intent-runs', 'runtype', 'agentruntime']));
    expect(faithfulVariants.length).toBeGreaterThanOrEqual(5);
  });

  describe.each([...faults, ...faithfulVariants].map((server) => [server.id, server] as const))('%s', (_id, server) => {
    it('answers its probe differently from the plain mock', async () => {
      const plain = await observe(server.api, server.probe);
      expect(await observe(server.api, server.probe)).toEqual(plain);
      expect(await observe(server.api, server.probe, server.wrap)).not.toEqual(plain);
    });
  });
});
