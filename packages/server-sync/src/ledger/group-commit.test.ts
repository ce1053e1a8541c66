import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';

/** A write function whose calls stay pending until released, recording each batch. */
const heldWrites = () => {
  const calls: Array<{ items: number[]; release: () => void; fail: (error: Error) => void }> = [];
  const write = (items: number[]) =>
    new Promise<string[]>((resolve, reject) => calls.push({ items, release: () => resolve(items.map((item) => `ok ${item}`)), fail: reject }));
  return { calls, write };
};
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('groupCommit', () => {
  it('batches what arrives in one I/O round, hands over the next batch while one is in flight, and no more', async () => {
    const { calls, write } = heldWrites();
    const writer = groupCommit(write, { maxInFlight: 2 });
    const first = [1, 2, 3].map((item) => writer.submit(item));
    await tick();
    expect(calls.map((call) => call.items)).toEqual([[1, 2, 3]]);
    const second = writer.submit(4);
    await tick();
    const later = [5, 6].map((item) => writer.submit(item));
    await tick();
    // Two in flight: 5 and 6 wait for a commit to return, then go together.
    expect(calls.map((call) => call.items)).toEqual([[1, 2, 3], [4]]);
    calls[0]!.release();
    expect(await Promise.all(first)).toEqual(['ok 1', 'ok 2', 'ok 3']);
    expect(calls.map((call) => call.items)).toEqual([[1, 2, 3], [4], [5, 6]]);
    let settled = false;
    void writer.settled().then(() => (settled = true));
    calls[1]!.fail(new Error('disk full'));
    await expect(second).rejects.toThrow('disk full');
    await tick();
    expect(settled).toBe(false);
    calls[2]!.release();
    expect(await Promise.all(later)).toEqual(['ok 5', 'ok 6']);
    await tick();
    expect(settled).toBe(true);
  });

  it('keeps one batch in flight by default and splits at maxBatch', async () => {
    const { calls, write } = heldWrites();
    const writer = groupCommit(write, { maxBatch: 2 });
    const all = [1, 2, 3].map((item) => writer.submit(item));
    await tick();
    expect(calls.map((call) => call.items)).toEqual([[1, 2]]);
    calls[0]!.release();
    await tick();
    expect(calls.map((call) => call.items)).toEqual([[1, 2], [3]]);
    calls[1]!.release();
    expect(await Promise.all(all)).toEqual(['ok 1', 'ok 2', 'ok 3']);
  });
});
