// Grows a PostgreSQL ledger to a given number of records with a raw bulk insert through the
// ledger's own schema (its migrations created the tables): INSERT … SELECT FROM generate_series,
// generated inside PostgreSQL, one statement per step writing the records, their evidence_keys
// rows and the chain heads (with head_record, the head in full as a check reads it) together; then
// ANALYZE, as autovacuum would on a live database. Follows the schema it finds: a records table
// partitioned by month (migration 9) gets the months the records fall in, created as the ledger
// names them; evidence_keys and head_record are written where they exist.
//
// The preloaded records carry leaf_index -1: outside the transparency log, which starts empty.
// Otherwise the ledger would give them leaves when it opens (its catch-up, ~10,000 per
// transaction), minutes at 10 M records. Appends measured afterwards pay the whole cost of the log
// (its state row lock, leaves and nodes); only `verify` would report the preloaded records as
// unlogged.
//
// `bulk` (loading into an empty store): the indexes and unique constraints of the three tables are
// dropped for the load and rebuilt after it, as pg_restore does — one sort per index instead of a
// random B-tree insert per row.
import pg from 'pg';
import { CATEGORIES_JSON, SPREAD, USER_AGENT } from './synthetic.mjs';

const STEP = 250_000;
const TABLES = ['evidence_records', 'evidence_keys', 'consent_chains'];
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const iso = (column) => `to_char(${column} AT TIME ZONE 'UTC', ${ISO})`;

/** What the migrations created, so the load writes the same shape. */
async function schemaOf(client) {
  const { rows } = await client.query(`
    SELECT (SELECT relkind = 'p' FROM pg_class WHERE oid = 'evidence_records'::regclass) AS partitioned,
      to_regclass('evidence_keys') IS NOT NULL AS keys,
      EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'consent_chains' AND column_name = 'head_record') AS head_record`);
  return rows[0];
}

// Row i is record (i mod 2) + 1 of chain i / 2; recorded `spacing` seconds apart, the last one now.
// Hash-like values derive from md5(i): as long as real ones and distinct, at a fraction of the cost
// of random() per value (the load is CPU-bound on this machine).
const generated = (spacing) => `
  SELECT a::uuid::text AS record_id, 'scale-' || lpad(to_hex(((i / 2) * ${SPREAD}::bigint) % 4294967296), 8, '0') AS consent_id,
    (i % 2)::int + 1 AS seq, CASE i % 2 WHEN 0 THEN 'given' ELSE 'updated' END AS event, 'sha256:' || b || a AS text_hash,
    t AS recorded_at, t + interval '182 days' AS expires_at, b AS identity_salt, b || a AS identity_digest,
    CASE i % 2 WHEN 0 THEN '' ELSE md5(b) || a END AS prev_hash, a || b AS hash
  FROM generate_series($1::bigint, $2::bigint) AS i,
    LATERAL (SELECT md5(i::text) AS a, $5::timestamptz - (($4 - 1 - i) * ${spacing} * interval '1 second') AS t) AS first,
    LATERAL (SELECT md5(a) AS b) AS second`;

const headRecord = `jsonb_build_object('recordId', record_id, 'consentId', consent_id, 'seq', seq, 'subjectId', NULL, 'event', event,
  'categories', $3::jsonb, 'services', '{}'::jsonb, 'revision', '1', 'textHash', text_hash, 'locale', 'en', 'method', 'custom',
  'region', 'DE', 'regime', 'opt-in', 'gpc', false, 'clientTime', ${iso('recorded_at')}, 'recordedAt', ${iso('recorded_at')},
  'expiresAt', ${iso('expires_at')}, 'ip', '203.0.113.0', 'userAgent', $6::text, 'origin', 'https://shop.example', 'sdkVersion', '0.1.0',
  'identitySalt', identity_salt, 'identityDigest', identity_digest, 'prevHash', prev_hash, 'hash', hash, 'erasedAt', NULL,
  'withdrawn', NULL, 'leafIndex', -1, 'notice', NULL, 'tcf', NULL, 'gpp', NULL)`;

function insertStatement(schema, spacing) {
  const ctes = [
    `generated AS MATERIALIZED (${generated(spacing)})`,
    `records AS (INSERT INTO evidence_records (record_id, consent_id, seq, subject_id, event, categories, services, revision, text_hash, locale,
      method, region, regime, gpc, client_time, recorded_at, expires_at, ip, user_agent, origin, sdk_version, identity_salt,
      identity_digest, prev_hash, hash, erased_at, leaf_index)
    SELECT record_id, consent_id, seq, NULL, event, $3::jsonb, '{}'::jsonb, '1', text_hash, 'en', 'custom', 'DE', 'opt-in', false,
      ${iso('recorded_at')}, recorded_at, expires_at, '203.0.113.0', $6, 'https://shop.example', '0.1.0', identity_salt, identity_digest,
      prev_hash, hash, NULL, -1 FROM generated)`,
  ];
  if (schema.keys)
    ctes.push('keys AS (INSERT INTO evidence_keys (record_id, consent_id, seq, recorded_at) SELECT record_id, consent_id, seq, recorded_at FROM generated)');
  return `WITH ${ctes.join(',\n')}
    INSERT INTO consent_chains (consent_id, head_seq, head_hash, head_revision, head_expires_at${schema.head_record ? ', head_record' : ''})
    SELECT consent_id, seq, hash, '1', ${iso('expires_at')}${schema.head_record ? `, ${headRecord}` : ''} FROM generated WHERE seq = 2`;
}

/** The monthly partitions the records from `from` to `to` fall in, named as the ledger names them. */
async function createMonths(client, from, to) {
  await client.query(
    `DO $$ DECLARE month timestamptz; BEGIN
      FOR month IN SELECT generate_series(date_trunc('month', $1::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', $2::timestamptz, interval '1 month') LOOP
        EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF evidence_records FOR VALUES FROM (%L) TO (%L)',
          'evidence_records_p' || to_char(month AT TIME ZONE 'UTC', 'YYYYMM'), month, (month AT TIME ZONE 'UTC' + interval '1 month') AT TIME ZONE 'UTC');
      END LOOP; END $$`
      .replace('$1::timestamptz', `'${from.toISOString()}'::timestamptz`)
      .replace('$2::timestamptz', `'${to.toISOString()}'::timestamptz`),
  );
}

/** Drops the indexes and unique constraints of the tables; returns the statements that rebuild them. */
async function dropIndexes(client, schema) {
  const tables = TABLES.filter((table) => table !== 'evidence_keys' || schema.keys);
  const { rows: constraints } = await client.query(
    `SELECT conrelid::regclass::text AS tab, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = ANY($1::regclass[]) AND contype IN ('p', 'u') AND conparentid = 0`,
    [tables],
  );
  const { rows: indexes } = await client.query(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def FROM pg_index i
     WHERE indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
  for (const { tab, conname } of constraints) await client.query(`ALTER TABLE ${tab} DROP CONSTRAINT ${conname}`);
  return [
    ...constraints.map(({ tab, conname, def }) => `ALTER TABLE ${tab} ADD CONSTRAINT ${conname} ${def}`),
    // A partitioned table's index prints as ON ONLY (the parent alone); rebuilt on every partition.
    ...indexes.map(({ def }) => def.replace(' ON ONLY ', ' ON ')),
  ];
}

/**
 * @param {string} url the ledger's database (migrated)
 * @param {number} from records already preloaded (even)
 * @param {number} to records wanted (even)
 * @param {{ spacing?: number, bulk?: boolean, connections?: number, onProgress?: (text: string) => void }} [options]
 *   spacing: seconds between two records' recorded_at (the last one now); bulk: drop and rebuild the indexes (only into an empty store);
 *   connections: loading in parallel
 * @returns {Promise<{ loadSeconds: number, indexSeconds: number }>}
 */
export async function preloadPostgres(url, from, to, { spacing = 1, bulk = false, connections = 3, onProgress = () => {} } = {}) {
  const clients = [];
  try {
    for (let index = 0; index < connections; index++) {
      const client = new pg.Client(url);
      clients.push(client);
      await client.connect();
      // This session only: the load itself need not wait for WAL flushes (the measured ledger does).
      await client.query('SET synchronous_commit = off');
      await client.query("SET maintenance_work_mem = '512MB'");
    }
    const [client] = clients;
    const schema = await schemaOf(client);
    const now = new Date();
    if (schema.partitioned) await createMonths(client, new Date(now.getTime() - (to - from) * spacing * 1000), now);
    const rebuild = bulk ? await dropIndexes(client, schema) : [];
    // Steps and index builds shared out over several connections: one backend each, so the load
    // uses every core (and, on a busy machine, its share of them).
    const inParallel = async (jobs) => {
      let next = 0;
      await Promise.all(
        clients.map(async (worker) => {
          while (next < jobs.length) await jobs[next++](worker);
        }),
      );
    };
    const started = performance.now();
    const insert = insertStatement(schema, spacing);
    const steps = [];
    for (let first = from; first < to; first += STEP) steps.push(first);
    let done = 0;
    await inParallel(
      steps.map((first) => async (worker) => {
        await worker.query(insert, [first, Math.min(to, first + STEP) - 1, CATEGORIES_JSON, to, now.toISOString(), USER_AGENT]);
        if (++done % 8 === 0) onProgress(`preloaded ${(from + done * STEP).toLocaleString('en-US')} of ${to.toLocaleString('en-US')} records`);
      }),
    );
    const loadSeconds = (performance.now() - started) / 1000;
    const indexing = performance.now();
    await inParallel(rebuild.map((statement) => (worker) => worker.query(statement)));
    const indexSeconds = (performance.now() - indexing) / 1000;
    for (const table of TABLES) if (table !== 'evidence_keys' || schema.keys) await client.query(`ANALYZE ${table}`);
    return { loadSeconds, indexSeconds };
  } finally {
    for (const client of clients) await client.end();
  }
}
