import { describe, expect, it } from 'vitest';
import { coalesceWrites } from '../../mocks/stateful/persistence.ts';

/** A write the test finishes by hand, recording which changes existed when it began. */
function manualWrites() {
  let changes = 0;
  const started: number[] = [];
  const finishers: ((error?: Error) => void)[] = [];
  const write = () =>
    new Promise<void>((resolve, reject) => {
      started.push(changes);
      finishers.push((error) => (error ? reject(error) : resolve()));
    });
  return { write, started, finish: (error?: Error) => finishers.shift()!(error), change: () => ++changes };
}

const settled = async (promise: Promise<void>) => {
  let state = 'pending';
  promise.then(() => (state = 'done'), () => (state = 'failed'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return state;
};

describe('coalesced state writes', () => {
  it('lets changes made during a write share the next one, and answers each only after a write that began after it', async () => {
    const writes = manualWrites();
    const flush = coalesceWrites(writes.write);
    writes.change();
    const first = flush();
    const later = [1, 2, 3].map(() => {
      writes.change();
      return flush();
    });
    expect(writes.started).toEqual([1]);
    writes.finish();
    expect(await settled(first)).toBe('done');
    expect(await Promise.all(later.map(settled))).toEqual(['pending', 'pending', 'pending']);
    // One more write, begun after all three changes, covers them.
    expect(writes.started).toEqual([1, 4]);
    writes.finish();
    expect(await Promise.all(later.map(settled))).toEqual(['done', 'done', 'done']);
    expect(writes.started).toHaveLength(2);
  });

  it('fails the changes a failed write covered, and writes again for the next change', async () => {
    const writes = manualWrites();
    const flush = coalesceWrites(writes.write);
    writes.change();
    const failing = flush();
    writes.finish(new Error('disk full'));
    await expect(failing).rejects.toThrow('disk full');
    writes.change();
    const next = flush();
    expect(writes.started).toEqual([1, 2]);
    writes.finish();
    expect(await settled(next)).toBe('done');
  });
});
