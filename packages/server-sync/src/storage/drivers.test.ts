import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadDriver, MissingDriverError } from './drivers.js';
import { openPostgresStorage } from './postgres/postgres-storage.js';
import { openSqliteStorage } from './sqlite/sqlite-storage.js';

// The import failure is injected where the stores load their drivers (node:module's
// createRequire), with the error Node's require() throws for a package that is not installed.
// (End to end, without the mock: the CLI test and scripts/consumer-test.mjs, in projects that lack
// the drivers.)
const notInstalled = (id: string) =>
  Object.assign(new Error(`Cannot find module '${id}'\nRequire stack:\n- /app/node_modules/@assent/server-sync/dist/index.js`), { code: 'MODULE_NOT_FOUND' });
vi.mock('node:module', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:module')>()),
  createRequire: () => (id: string) => {
    throw notInstalled(id);
  },
}));

const dir = mkdtempSync(join(tmpdir(), 'assent-drivers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('database drivers are loaded on first use', () => {
  it('a missing driver is a MissingDriverError whose one-line message names the package to install', () => {
    for (const driver of ['better-sqlite3', 'pg'] as const) {
      let thrown: unknown;
      try {
        loadDriver(driver);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(MissingDriverError);
      const error = thrown as MissingDriverError;
      expect(error.message).toContain(`npm install ${driver}`);
      expect(error.message).not.toContain('\n');
      expect(error).toMatchObject({ name: 'MissingDriverError', code: 'ASSENT_MISSING_DRIVER', driver });
      expect((error.cause as { code?: string }).code).toBe('MODULE_NOT_FOUND');
    }
  });

  it('any other failure is rethrown as it is: a driver whose own dependency is missing, a broken native addon', () => {
    const nested = Object.assign(new Error("Cannot find module 'bindings'"), { code: 'MODULE_NOT_FOUND' });
    const broken = new Error('The module was compiled against a different Node.js version');
    for (const failure of [nested, broken]) {
      expect(() =>
        loadDriver('better-sqlite3', () => {
          throw failure;
        }),
      ).toThrow(failure);
    }
  });

  it('openSqliteStorage() without better-sqlite3 throws MissingDriverError and creates nothing', () => {
    const path = join(dir, 'not-created', 'ledger.sqlite');
    expect(() => openSqliteStorage(path)).toThrow(MissingDriverError);
    expect(() => openSqliteStorage(path)).toThrow('npm install better-sqlite3');
    expect(existsSync(join(dir, 'not-created'))).toBe(false);
  });

  it('openPostgresStorage() without pg rejects with MissingDriverError before connecting', async () => {
    await expect(openPostgresStorage('postgres://ledger@127.0.0.1:1/assent')).rejects.toThrow(MissingDriverError);
    await expect(openPostgresStorage({ host: '127.0.0.1', port: 1, idleTimeoutMillis: 10 })).rejects.toThrow('npm install pg');
  });
});
