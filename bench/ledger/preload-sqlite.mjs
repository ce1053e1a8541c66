// Grows a SQLite ledger file to a given number of records with a raw bulk insert through the
// ledger's own schema (its migrations created the tables): one INSERT … SELECT per 100,000 rows,
// generated inside SQLite, plus the chain heads the ledger keeps beside the records. As in
// preload-postgres.mjs, the records carry leaf_index -1: outside the transparency log, so a ledger
// opened afterwards has no catch-up to do and its appends still pay the whole cost of the log.
import Database from 'better-sqlite3';
import { CATEGORIES_JSON, SPREAD, USER_AGENT } from './synthetic.mjs';

const STEP = 100_000;

/**
 * @param {string} file the ledger's SQLite file (the ledger may have it open: WAL allows that)
 * @param {number} from records already preloaded (even)
 * @param {number} to records wanted (even)
 */
export function preloadSqlite(file, from, to) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL'); // loading test data: durability of the load itself is moot
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -262144'); // 256 MB for this connection only: random-key index inserts
  // Row i is record (i mod 2) + 1 of chain i / 2; times go back one second per row from now.
  // (The CAST: better-sqlite3 binds JS numbers as REAL, and i / 2 must be an integer division.)
  const insertRecords = db.prepare(`
    WITH RECURSIVE n(i) AS (SELECT CAST(@first AS INTEGER) UNION ALL SELECT i + 1 FROM n WHERE i < @last)
    INSERT INTO evidence_records (record_id, consent_id, seq, subject_id, event, categories, services, revision, text_hash, locale,
      method, region, regime, gpc, client_time, recorded_at, expires_at, ip, user_agent, origin, sdk_version, identity_salt,
      identity_digest, prev_hash, hash, erased_at, leaf_index)
    SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))),
      'scale-' || printf('%08x', ((i / 2) * ${SPREAD}) % 4294967296), (i % 2) + 1, NULL, CASE i % 2 WHEN 0 THEN 'given' ELSE 'updated' END,
      @categories, '{}', '1', 'sha256:' || lower(hex(randomblob(32))), 'en', 'custom', 'DE', 'opt-in', 0,
      strftime('%Y-%m-%dT%H:%M:%fZ', @now, (i - @to) || ' seconds'), strftime('%Y-%m-%dT%H:%M:%fZ', @now, (i - @to) || ' seconds'),
      strftime('%Y-%m-%dT%H:%M:%fZ', @now, '+182 days', (i - @to) || ' seconds'),
      '203.0.113.0', @userAgent, 'https://shop.example', '0.1.0', lower(hex(randomblob(16))), lower(hex(randomblob(32))),
      CASE i % 2 WHEN 0 THEN '' ELSE lower(hex(randomblob(32))) END, lower(hex(randomblob(32))), NULL, -1
    FROM n`);
  // The head of each new chain is its seq-2 record; the new rows are those past the old last rowid.
  const insertHeads = db.prepare(`
    INSERT INTO consent_chains (consent_id, head_seq, head_hash, head_revision, head_expires_at)
    SELECT consent_id, seq, hash, revision, expires_at FROM evidence_records WHERE rowid > ? AND seq = 2`);
  const now = new Date().toISOString();
  try {
    for (let first = from; first < to; first += STEP) {
      const last = Math.min(to, first + STEP) - 1;
      db.transaction(() => {
        const { rowid } = db.prepare('SELECT coalesce(max(rowid), 0) AS rowid FROM evidence_records').get();
        insertRecords.run({ first, last, to, now, categories: CATEGORIES_JSON, userAgent: USER_AGENT });
        insertHeads.run(rowid);
      }).immediate();
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
