import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { sealBatch } from '../../ledger/chain.js';
import { validateEvidenceInput } from '../../evidence/validate.js';
import { decisionInput } from '../stores.test-helper.js';
import { openSqliteStorage } from './sqlite-storage.js';

// The WAL flushes of this file's stores are held until a test lets them return (or fail).
const flushes = vi.hoisted(() => ({ hold: false, held: [] as Array<() => void>, fail: undefined as NodeJS.ErrnoException | undefined, count: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fdatasync = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => {
    flushes.count++;
    const run = () => (flushes.fail ? done(flushes.fail) : fs.fdatasync(fd, done));
    if (flushes.hold) flushes.held.push(run);
    else run();
  };
  return { ...fs, default: { ...fs, fdatasync }, fdatasync };
});

const dir = mkdtempSync(join(tmpdir(), 'assent-durable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const draft = (overrides: Record<string, unknown> = {}) => ({
  input: validateEvidenceInput(decisionInput(overrides)),
  context: { ip: '203.0.113.0', userAgent: 'UA', origin: '' },
});
const seal = (drafts: Parameters<typeof sealBatch>[0], heads: Parameters<typeof sealBatch>[1], existing: Parameters<typeof sealBatch>[2]) =>
  sealBatch(drafts, heads, existing, new Date());
const isPending = async (promise: Promise<unknown>) => {
  let pending = true;
  promise.then(
    () => (pending = false),
    () => (pending = false),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return pending;
};

describe('SQLite appends with synchronous=FULL', () => {
  it('are acknowledged only after their WAL flush, and reads of them wait for it too', async () => {
    const storage = openSqliteStorage(join(dir, 'held.sqlite'));
    flushes.hold = true;
    const before = flushes.count;
    const appended = storage.append([draft()], seal);
    expect(flushes.count).toBe(before + 1);
    expect(await isPending(appended)).toBe(true);
    // Committed but not yet on disk: a read does not answer with it before the flush returns.
    const latest = storage.latest('consent-0001');
    expect(await isPending(latest)).toBe(true);
    flushes.hold = false;
    for (const run of flushes.held.splice(0)) run();
    expect(await appended).toMatchObject([{ created: true, record: { seq: 1 } }]);
    expect(await latest).toMatchObject({ seq: 1 });
    // Nothing pending: a read answers at once.
    expect(await isPending(storage.latest('consent-0001'))).toBe(false);
    await storage.close();
  });

  it('refuse every later append once a flush failed, and say why', async () => {
    const storage = openSqliteStorage(join(dir, 'failed.sqlite'));
    expect(await storage.append([draft()], seal)).toHaveLength(1);
    flushes.fail = Object.assign(new Error('I/O error'), { code: 'EIO' });
    await expect(storage.append([draft()], seal)).rejects.toThrow(/WAL could not be flushed to disk \(EIO\)/);
    flushes.fail = undefined;
    await expect(storage.append([draft()], seal)).rejects.toThrow(/EIO/);
    await storage.close();
  });

  it('leave the flush to SQLite with synchronous=NORMAL and in memory', async () => {
    for (const storage of [openSqliteStorage(join(dir, 'normal.sqlite'), { synchronous: 'NORMAL' }), openSqliteStorage(':memory:')]) {
      const before = flushes.count;
      expect(await storage.append([draft()], seal)).toHaveLength(1);
      expect(flushes.count).toBe(before);
      await storage.close();
    }
  });
});
