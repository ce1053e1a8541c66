import { describe, expect, it } from 'vitest';
import { recordHash } from '../evidence/hash.js';
import { EvidenceInputError } from '../evidence/validate.js';
import { POSTGRES_MIGRATIONS } from '../storage/postgres/migrations.js';
import { SQLITE_MIGRATIONS } from '../storage/sqlite/migrations.js';
import { copyProblems, decisionInput, type StoreKind, useStores, withoutCopyProblems } from '../storage/stores.test-helper.js';
import { createLedger } from './create-ledger.js';

const DAY = 86_400_000;
const START = Date.parse('2026-03-01T12:00:00.000Z');
const NONE = { categories: [], services: [] };
const ALL = { necessary: true, functional: true, analytics: true, advertising: true };
const ONLY_NECESSARY = { necessary: true, functional: false, analytics: false, advertising: false };
const acceptAll = (overrides: Record<string, unknown> = {}) =>
  decisionInput({ method: 'accept-all', categories: ALL, services: { matomo: true, 'google-ads': true }, ...overrides });
const rejectAll = (overrides: Record<string, unknown> = {}) =>
  decisionInput({ method: 'reject-all', categories: ONLY_NECESSARY, services: { matomo: false, 'google-ads': false }, ...overrides });

// A record sealed by the ledger before `withdrawn` existed (hash format v1): its hash was computed
// by that code, so it pins the v1 layout. It is seq 2 of its chain; the chain's base stands for a
// first record purged by retention.
const V1_RECORD = {
  record_id: 'r-v1-record-0002',
  consent_id: 'consent-0001',
  seq: 2,
  subject_id: null,
  event: 'updated',
  categories: '{"necessary":true,"functional":false,"analytics":true,"advertising":false}',
  services: '{"matomo":true,"google-ads":false}',
  revision: '1',
  text_hash: 'sha256:abc',
  locale: 'en',
  method: 'custom',
  region: 'DE',
  regime: 'opt-in',
  gpc: false,
  client_time: '2026-02-28T11:59:59.000Z',
  recorded_at: '2026-02-28T12:00:00.000Z',
  expires_at: '2026-08-29T12:00:00.000Z',
  ip: '203.0.113.0',
  user_agent: 'UA/1',
  origin: 'https://shop.example',
  sdk_version: '0.1.0',
  identity_salt: '00'.repeat(16),
  identity_digest: '8950289c93d8f2a15e49ea79401d6e6f8781aa75a143dff1d0f9f63b640e5cd8',
  prev_hash: 'a'.repeat(64),
  hash: '28c1792cfc1729f044c10c3879d0d72d71125a8278dc40bdc248374d8b57e454',
  erased_at: null,
};

// The database as version 1 of the ledger left it: migration 1 only, one v1 record and its chain.
function databaseAtVersion1(kind: StoreKind['name']): string {
  const literal = (value: unknown) =>
    value === null
      ? 'NULL'
      : typeof value === 'boolean'
        ? kind === 'sqlite'
          ? String(+value)
          : String(value)
        : typeof value === 'number'
          ? String(value)
          : `'${value}'`;
  const [migration] = kind === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS;
  return `
    CREATE TABLE ledger_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at ${kind === 'sqlite' ? 'text' : 'timestamptz'} NOT NULL);
    ${migration!.sql};
    INSERT INTO ledger_migrations VALUES (1, '${migration!.name}', '2026-02-01T00:00:00.000Z');
    INSERT INTO evidence_records VALUES (${Object.values(V1_RECORD).map(literal).join(', ')});
    INSERT INTO consent_chains VALUES ('consent-0001', 2, '${V1_RECORD.hash}', '1', '${V1_RECORD.expires_at}', 1, '${V1_RECORD.prev_hash}');`;
}

describe.each(useStores())('withdrawals on $name', (kind) => {
  const setup = async (skip: () => void) => {
    const db = await kind.create(skip);
    const clock = { now: START };
    const ledger = createLedger({ storage: await db.open(), now: () => clock.now, services: ['matomo', 'google-ads'] });
    return { db, clock, ledger };
  };

  it('a reject all after a grant is a withdrawal of the granted ids; the method stays how the person acted', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    await ledger.record(decisionInput({ categories: { ...ONLY_NECESSARY, analytics: true }, services: { matomo: true, 'google-ads': false } }));
    clock.now += DAY;
    const { record } = await ledger.record(rejectAll());
    expect(record).toMatchObject({ seq: 2, event: 'withdrawn', method: 'reject-all', withdrawn: { categories: ['analytics'], services: ['matomo'] } });
    expect(await ledger.check('consent-0001', 'analytics')).toMatchObject({ granted: false, status: 'valid', withdrawn: true });
    expect(await ledger.check('consent-0001', 'matomo')).toMatchObject({ granted: false, withdrawn: true });
    // Never granted, so refused rather than withdrawn.
    expect(await ledger.check('consent-0001', 'functional')).toMatchObject({ granted: false, withdrawn: false });
    expect(await ledger.verify()).toMatchObject({ ok: true, records: 2 });
  });

  it('a first-ever reject all is given, not a withdrawal; a withdraw() with nothing granted withdraws nothing', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    expect((await ledger.record(rejectAll())).record).toMatchObject({ event: 'given', withdrawn: NONE });
    // The client's method does not make a withdrawal: the chain does.
    expect((await ledger.record(rejectAll({ method: 'withdraw' }))).record).toMatchObject({ event: 'updated', withdrawn: NONE });
  });

  it('unticking one service, or a GPC opt-out of advertising, withdraws exactly that', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    await ledger.record(acceptAll());
    const unticked = await ledger.record(acceptAll({ method: 'custom', services: { matomo: false, 'google-ads': true } }));
    expect(unticked.record).toMatchObject({ event: 'withdrawn', withdrawn: { categories: [], services: ['matomo'] } });
    const gpc = await ledger.record(
      acceptAll({ method: 'gpc', gpc: true, categories: { ...ALL, advertising: false }, services: { matomo: false, 'google-ads': false } }),
    );
    expect(gpc.record).toMatchObject({ event: 'withdrawn', withdrawn: { categories: ['advertising'], services: ['google-ads'] } });
    // Granting again is an update.
    expect((await ledger.record(acceptAll())).record).toMatchObject({ event: 'updated', withdrawn: NONE });
  });

  it('renewals are unaffected: after expiry or under a new revision nothing granted still applied', async (ctx) => {
    const { ledger, clock } = await setup(ctx.skip);
    const given = await ledger.record(acceptAll());
    clock.now = Date.parse(given.record.expiresAt);
    expect((await ledger.record(rejectAll())).record).toMatchObject({ event: 'renewed', withdrawn: NONE });
    await ledger.record(acceptAll());
    expect((await ledger.record(rejectAll({ revision: '2' }))).record).toMatchObject({ event: 'renewed', withdrawn: NONE });
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('decisions sealed in one batch judge each other in order', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    const outcomes = await Promise.all([ledger.record(acceptAll()), ledger.record(rejectAll()), ledger.record(acceptAll())]);
    expect(outcomes.map(({ record }) => [record.seq, record.event])).toEqual([
      [1, 'given'],
      [2, 'withdrawn'],
      [3, 'updated'],
    ]);
  });

  it('refuses a withdrawn list from the client: the ledger derives it', async (ctx) => {
    const { ledger } = await setup(ctx.skip);
    await expect(ledger.record(rejectAll({ withdrawn: { categories: [], services: [] } }))).rejects.toThrow(EvidenceInputError);
  });

  it('the hash covers what was withdrawn: editing or clearing it is a hash mismatch', async (ctx) => {
    const { db, ledger } = await setup(ctx.skip);
    await ledger.record(acceptAll());
    await ledger.record(rejectAll());
    await db.exec(`UPDATE evidence_records SET withdrawn = '{"categories":["analytics"],"services":[]}' WHERE seq = 2`);
    expect(withoutCopyProblems((await ledger.verify()).problems)).toEqual([{ consentId: 'consent-0001', seq: 2, problem: 'hash-mismatch' }]);
    // Posing as a v1 record (which has no list) does not pass either: the layout and its tag change.
    await db.exec('UPDATE evidence_records SET withdrawn = NULL WHERE seq = 2');
    const { problems } = await ledger.verify();
    expect(withoutCopyProblems(problems)).toEqual([{ consentId: 'consent-0001', seq: 2, problem: 'hash-mismatch' }]);
    // The edited record is the chain's head: PostgreSQL's head copy no longer matches it either.
    expect(copyProblems(problems).map((problem) => problem.problem)).toEqual(kind.name === 'postgres' ? ['head-record-mismatch'] : []);
  });

  it('a ledger from before withdrawals: its records verify unchanged, and its chains continue with withdrawals', async (ctx) => {
    const db = await kind.create(ctx.skip);
    await db.exec(databaseAtVersion1(kind.name));
    const ledger = createLedger({ storage: await db.open(), now: () => START, services: ['matomo', 'google-ads'] });
    const [old] = await ledger.history('consent-0001');
    expect(old).toMatchObject({ seq: 2, hash: V1_RECORD.hash, withdrawn: null });
    expect(recordHash(old!)).toBe(V1_RECORD.hash);
    expect(await ledger.verify()).toMatchObject({ ok: true, consents: 1, records: 1, problems: [] });
    expect(await ledger.check('consent-0001', 'analytics')).toMatchObject({ granted: true, withdrawn: false });

    const { record } = await ledger.record(rejectAll());
    expect(record).toMatchObject({ seq: 3, prevHash: V1_RECORD.hash, event: 'withdrawn', withdrawn: { categories: ['analytics'], services: ['matomo'] } });
    expect(await ledger.verify()).toMatchObject({ ok: true, consents: 1, records: 2, problems: [] });
    await db.exec(`UPDATE evidence_records SET withdrawn = '{"categories":[],"services":[]}' WHERE seq = 2`);
    expect((await ledger.verify()).problems).toEqual([{ consentId: 'consent-0001', seq: 2, problem: 'hash-mismatch' }]);
  });
});
