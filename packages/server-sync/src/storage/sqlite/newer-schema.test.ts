import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { openSqliteStorage } from './sqlite-storage.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('refuses a ledger file a later version of the ledger migrated', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'assent-newer-'));
  dirs.push(dir);
  const file = join(dir, 'ledger.sqlite');
  await openSqliteStorage(file).close();
  const known = SQLITE_MIGRATIONS.at(-1)!.version;
  const db = new Database(file);
  db.prepare('INSERT INTO ledger_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(known + 1, 'from the future', new Date().toISOString());
  db.close();
  expect(() => openSqliteStorage(file)).toThrow(`schema version ${known + 1} is newer than this ledger knows (${known}): upgrade assent-ledger on every node`);
});
