// Grows a PostgreSQL ledger to a given number of records with a raw bulk insert through the
// ledger's own schema: one INSERT … SELECT FROM generate_series per 100,000 rows, generated inside
// PostgreSQL, the chain heads written from the same statement's RETURNING rows; then ANALYZE, as
// autovacuum would on a live database.
import pg from 'pg';
import { CATEGORIES_JSON, SPREAD, USER_AGENT } from './synthetic.mjs';

const STEP = 100_000;

const INSERT = `
  WITH inserted AS (
    INSERT INTO evidence_records (record_id, consent_id, seq, subject_id, event, categories, services, revision, text_hash, locale,
      method, region, regime, gpc, client_time, recorded_at, expires_at, ip, user_agent, origin, sdk_version, identity_salt,
      identity_digest, prev_hash, hash, erased_at)
    SELECT gen_random_uuid()::text, 'scale-' || lpad(to_hex(((i / 2) * ${SPREAD}::bigint) % 4294967296), 8, '0'), (i % 2) + 1, NULL,
      CASE i % 2 WHEN 0 THEN 'given' ELSE 'updated' END, $3::jsonb, '{}'::jsonb, '1', 'sha256:' || md5(random()::text) || md5(random()::text),
      'en', 'custom', 'DE', 'opt-in', false, to_char(now() - (($4 - i) * interval '1 second'), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      now() - (($4 - i) * interval '1 second'), now() + interval '182 days' - (($4 - i) * interval '1 second'),
      '203.0.113.0', $5, 'https://shop.example', '0.1.0', md5(random()::text), md5(random()::text) || md5(random()::text),
      CASE i % 2 WHEN 0 THEN '' ELSE md5(random()::text) || md5(random()::text) END, md5(random()::text) || md5(random()::text), NULL
    FROM generate_series($1::bigint, $2::bigint) AS i
    RETURNING consent_id, seq, hash, revision, expires_at)
  INSERT INTO consent_chains (consent_id, head_seq, head_hash, head_revision, head_expires_at)
  SELECT consent_id, seq, hash, revision, to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') FROM inserted WHERE seq = 2`;

/**
 * @param {string} url the ledger's database
 * @param {number} from records already preloaded (even)
 * @param {number} to records wanted (even)
 */
export async function preloadPostgres(url, from, to) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    // This session only: the load itself need not wait for WAL flushes (the measured ledger does).
    await client.query('SET synchronous_commit = off');
    for (let first = from; first < to; first += STEP) {
      await client.query(INSERT, [first, Math.min(to, first + STEP) - 1, CATEGORIES_JSON, to, USER_AGENT]);
    }
    await client.query('ANALYZE evidence_records');
    await client.query('ANALYZE consent_chains');
  } finally {
    await client.end();
  }
}
