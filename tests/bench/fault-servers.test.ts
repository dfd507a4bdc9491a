/**
 * Every faulty server and every faithful variant of bench/faults/ (all nine
 * sets: main, holdout, unseen, fresh, untried, novel, unmet, unheard and uncharted) changes what the mock answers to at least one request: its
 * own probe, run on a fresh deterministic mock, shows something else behind
 * the middleware than without it. The probe is first shown to be stable on the
 * plain mock, so that a difference cannot come from random ids or the clock.
 */
import { describe, expect, it } from 'vitest';
import { faithfulVariants, faults, faultsBySet, setOf, variantsBySet } from '../../bench/faults/index.ts';
import { observe } from '../../bench/faults/kit.ts';

const apis = new Set(['runflow', 'intent-runs', 'runtype', 'agentruntime']);

describe('the fault-detection bench', () => {
  it('has unique ids, spread over all four APIs', () => {
    const ids = [...faults, ...faithfulVariants].map((server) => server.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(faults.map((fault) => fault.api))).toEqual(apis);
    expect(faithfulVariants.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps a holdout set of its own: 16 to 20 faults over all four APIs, and faithful variants', () => {
    expect(faultsBySet.holdout.length).toBeGreaterThanOrEqual(16);
    expect(faultsBySet.holdout.length).toBeLessThanOrEqual(20);
    expect(new Set(faultsBySet.holdout.map((fault) => fault.api))).toEqual(apis);
    expect(variantsBySet.holdout.length).toBeGreaterThanOrEqual(3);
    for (const fault of faultsBySet.holdout) expect(setOf(fault.id)).toBe('holdout');
    for (const fault of faultsBySet.main) expect(setOf(fault.id)).toBe('main');
  });

  // The blind sets: each written by someone who had not read the suite, to the same shape.
  it.each(['unseen', 'fresh', 'untried', 'novel', 'unmet', 'unheard', 'uncharted'] as const)('keeps a blind set, %s, of its own: 24 faults, six per API over at least nine families, and faithful variants', (set) => {
    const blind = faultsBySet[set];
    expect(blind).toHaveLength(24);
    for (const api of apis) expect(blind.filter((fault) => fault.api === api)).toHaveLength(6);
    expect(new Set(blind.map((fault) => fault.family)).size).toBeGreaterThanOrEqual(9);
    expect(variantsBySet[set].length).toBeGreaterThanOrEqual(4);
    for (const server of [...blind, ...variantsBySet[set]]) expect(setOf(server.id)).toBe(set);
  });

  describe.each([...faults, ...faithfulVariants].map((server) => [`${setOf(server.id)} ${server.id}`, server] as const))('%s', (_id, server) => {
    it('answers its probe differently from the plain mock', async () => {
      const plain = await observe(server.api, server.probe);
      expect(await observe(server.api, server.probe)).toEqual(plain);
      expect(await observe(server.api, server.probe, server.wrap)).not.toEqual(plain);
    });
  });
});
