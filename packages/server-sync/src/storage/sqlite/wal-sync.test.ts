import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walSync, type FlushFile } from './wal-sync.js';

const dir = mkdtempSync(join(tmpdir(), 'assent-wal-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for fdatasync that holds every flush until the test lets it return. */
function heldFlushes() {
  const held: Array<(error: NodeJS.ErrnoException | null) => void> = [];
  const flushFile: FlushFile = (_fd, done) => void held.push(done);
  return { flushFile, held };
}

const settledState = async (promise: Promise<unknown>) => {
  let state = 'pending';
  promise.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  // Several turns of the microtask queue: a promise chain settles after a few.
  for (let turn = 0; turn < 10; turn++) await Promise.resolve();
  return state;
};

describe('walSync', () => {
  const walFile = (name: string) => {
    const file = join(dir, `${name}.sqlite-wal`);
    writeFileSync(file, '');
    return file;
  };

  it('acknowledges a flush only once the file is flushed, and reports nothing pending after', async () => {
    const { flushFile, held } = heldFlushes();
    const wal = walSync(walFile('one'), flushFile);
    expect(wal.pending()).toBeUndefined();
    const flushed = wal.flush();
    expect(wal.pending()).toBeDefined();
    expect(await settledState(flushed)).toBe('pending');
    held[0]!(null);
    await flushed;
    await Promise.resolve();
    expect(wal.pending()).toBeUndefined();
    wal.close();
  });

  it('acknowledges in order: a later flush that returns first waits for the earlier one', async () => {
    const { flushFile, held } = heldFlushes();
    const wal = walSync(walFile('order'), flushFile);
    const first = wal.flush();
    const second = wal.flush();
    held[1]!(null);
    expect(await settledState(second)).toBe('pending');
    held[0]!(null);
    await expect(Promise.all([first, second])).resolves.toBeDefined();
    wal.close();
  });

  it('makes a failed flush sticky: that batch, every later flush and every later append fail', async () => {
    const { flushFile, held } = heldFlushes();
    const wal = walSync(walFile('fails'), flushFile);
    const first = wal.flush();
    const second = wal.flush();
    held[0]!(Object.assign(new Error('I/O error'), { code: 'EIO' }));
    await expect(first).rejects.toThrow(/could not be flushed to disk \(EIO\)/);
    // The second flush itself succeeds, but what the first left behind on disk is unknown.
    held[1]!(null);
    await expect(second).rejects.toThrow(/EIO/);
    await expect(wal.flush()).rejects.toThrow(/EIO/);
    expect(() => wal.assertHealthy()).toThrow(/EIO/);
    wal.close();
  });

  it('fails, and stays failed, when the WAL file cannot be opened', async () => {
    const wal = walSync(join(dir, 'missing', 'ledger.sqlite-wal'));
    await expect(wal.flush()).rejects.toThrow(/ENOENT/);
    expect(() => wal.assertHealthy()).toThrow(/ENOENT/);
  });

  it('flushes a real file with fdatasync', async () => {
    const wal = walSync(walFile('real'));
    await expect(wal.flush()).resolves.toBeUndefined();
    wal.close();
  });
});
