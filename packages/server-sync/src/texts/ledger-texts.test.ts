import { describe, expect, it } from 'vitest';
import { recordHash } from '../evidence/hash.js';
import { EvidenceInputError } from '../evidence/validate.js';
import { createLedger } from '../ledger/create-ledger.js';
import { POSTGRES_MIGRATIONS } from '../storage/postgres/migrations.js';
import { SQLITE_MIGRATIONS } from '../storage/sqlite/migrations.js';
import { decisionInput, useStores } from '../storage/stores.test-helper.js';
import { hashShownContent } from './shown-content.js';
import { TextSnapshotError } from './snapshot.js';

const SHOWN = { locale: 'en', texts: ['We use cookies', 'Accept all', 'Reject all'], choices: { necessary: true, analytics: false } };
const upload = (shown = SHOWN) => ({ textHash: hashShownContent(shown), ...shown });
const NOTICE = { url: 'https://shop.example/privacy', version: '2026-11', hash: 'a'.repeat(64) };

describe('migration 4', () => {
  it('is the text snapshots and notice migration in both stores, after the transparency log', () => {
    expect(SQLITE_MIGRATIONS.find((migration) => migration.version === 4)?.sql).toMatch(/CREATE TABLE text_snapshots[\s\S]*ADD COLUMN notice TEXT/);
    expect(POSTGRES_MIGRATIONS.find((migration) => migration.version === 4)?.sql).toMatch(/CREATE TABLE text_snapshots[\s\S]*ADD COLUMN notice jsonb/);
  });
});

describe.each(useStores())('text snapshots on $name', (kind) => {
  const open = async (skip: () => void) => createLedger({ storage: await (await kind.create(skip)).open(), now: () => Date.parse('2026-11-30T10:00:00Z') });

  it('stores each distinct snapshot once, content-addressed, and reads one or several back', async (ctx) => {
    const ledger = await open(ctx.skip);
    const first = await ledger.storeTexts(upload());
    expect(first.created).toBe(true);
    expect(first.snapshot).toEqual({ ...upload(), createdAt: '2026-11-30T10:00:00.000Z' });
    const again = await ledger.storeTexts(upload());
    expect(again).toEqual({ snapshot: first.snapshot, created: false });
    const other = upload({ ...SHOWN, locale: 'fr' });
    await ledger.storeTexts(other);
    expect(await ledger.texts(first.snapshot.textHash)).toEqual(first.snapshot);
    expect(await ledger.texts('0'.repeat(64))).toBeUndefined();
    const many = await ledger.storage.texts.many([other.textHash, first.snapshot.textHash, other.textHash, 'f'.repeat(64)]);
    expect(many.map((snapshot) => snapshot.textHash).sort()).toEqual([other.textHash, first.snapshot.textHash].sort());
    await ledger.close();
  });

  it('verify finds a stored snapshot edited afterwards: its texts no longer hash to its key', async (ctx) => {
    const instance = await kind.create(ctx.skip);
    const ledger = createLedger({ storage: await instance.open() });
    const { snapshot } = await ledger.storeTexts(upload());
    await ledger.storeTexts(upload({ ...SHOWN, locale: 'fr' }));
    expect((await ledger.verify()).ok).toBe(true);
    // What the visitor saw, reworded behind the ledger's back.
    const content = JSON.stringify({ texts: ['We use no cookies', ...SHOWN.texts.slice(1)], choices: SHOWN.choices });
    await instance.exec(`UPDATE text_snapshots SET content = '${content.replaceAll("'", "''")}' WHERE text_hash = '${snapshot.textHash}'`);
    expect((await ledger.verify()).problems).toEqual([{ consentId: '', textHash: snapshot.textHash, problem: 'text-snapshot-mismatch' }]);
    await ledger.close();
  });

  it('refuses a textHash the texts do not hash to, and a malformed snapshot, storing nothing', async (ctx) => {
    const ledger = await open(ctx.skip);
    const wrong = { ...upload(), texts: ['We use cookies', 'Accept all', 'Reject everything'] };
    await expect(ledger.storeTexts(wrong)).rejects.toMatchObject({ name: 'TextSnapshotError', code: 'text_hash_mismatch' });
    expect(await ledger.texts(wrong.textHash)).toBeUndefined();
    for (const [body, path] of [
      [{ ...upload(), extra: 1 }, 'extra'],
      [{ ...upload(), textHash: 'sha256:abc' }, 'textHash'],
      [{ ...upload(), texts: 'We use cookies' }, 'texts'],
      [{ ...upload(), texts: [1] }, 'texts.0'],
      [{ ...upload(), choices: { analytics: 'no' } }, 'choices.analytics'],
      [{ ...upload(), locale: 'english language' }, 'locale'],
      [{ ...upload(), texts: ['x'.repeat(8001)] }, 'texts.0'],
    ] as const) {
      const error = await ledger.storeTexts(body).catch((caught: unknown) => caught);
      expect(error, path).toBeInstanceOf(TextSnapshotError);
      expect((error as TextSnapshotError).code).toBe('invalid_texts');
      expect((error as TextSnapshotError).issues.map((issue) => issue.path)).toContain(path);
    }
    expect(await ledger.storage.texts.many([upload().textHash])).toEqual([]);
    await ledger.close();
  });

  it('exports carry the texts their records were made under', async (ctx) => {
    const ledger = await open(ctx.skip);
    const { snapshot } = await ledger.storeTexts(upload());
    await ledger.record(decisionInput({ subjectId: 'user-42', textHash: snapshot.textHash }));
    await ledger.record(decisionInput({ subjectId: 'user-42', textHash: '', categories: { necessary: true } }));
    expect(await ledger.textsOf(await ledger.history('consent-0001'))).toEqual({ [snapshot.textHash]: snapshot });
    expect((await ledger.exportSubject('user-42')).texts).toEqual({ [snapshot.textHash]: snapshot });
    await ledger.close();
  });

  it('keeps the notice reference with the record, covered by the hash (format v3); records without one keep v2', async (ctx) => {
    const instance = await kind.create(ctx.skip);
    const ledger = createLedger({ storage: await instance.open() });
    const { record } = await ledger.record(decisionInput({ recordId: 'r-with-notice', notice: NOTICE }));
    expect(record.notice).toEqual(NOTICE);
    const { record: plain } = await ledger.record(decisionInput({ recordId: 'r-without-notice', consentId: 'consent-0002' }));
    expect(plain.notice).toBeNull();
    // The same record without its notice hashes as before the field existed (v2), with it under v3.
    expect(recordHash({ ...record, notice: null })).not.toBe(record.hash);
    expect(recordHash(plain)).toBe(recordHash({ ...plain, notice: undefined }));
    expect((await ledger.current('consent-0001'))?.notice).toEqual(NOTICE);
    expect((await ledger.verify()).ok).toBe(true);
    // Editing or removing the notice behind the ledger's back is a hash mismatch.
    await instance.exec(`UPDATE evidence_records SET notice = NULL WHERE record_id = 'r-with-notice'`);
    expect((await ledger.verify()).problems).toContainEqual(expect.objectContaining({ consentId: 'consent-0001', problem: 'hash-mismatch' }));
    await ledger.close();
  });

  it('validates the notice reference', async (ctx) => {
    const ledger = await open(ctx.skip);
    for (const [notice, path] of [
      [{ ...NOTICE, url: 'javascript:alert(1)' }, 'notice.url'],
      [{ ...NOTICE, url: `https://shop.example/${'a'.repeat(2048)}` }, 'notice.url'],
      [{ ...NOTICE, version: '' }, 'notice.version'],
      [{ ...NOTICE, version: 'v\u00001' }, 'notice.version'],
      [{ ...NOTICE, hash: 'abc' }, 'notice.hash'],
      [{ url: NOTICE.url }, 'notice.version'],
      [{ ...NOTICE, extra: true }, 'notice.extra'],
      ['https://shop.example/privacy', 'notice'],
    ] as const) {
      const error = await ledger.record(decisionInput({ notice })).catch((caught: unknown) => caught);
      expect(error, path).toBeInstanceOf(EvidenceInputError);
      expect((error as EvidenceInputError).issues.map((issue) => issue.path)).toContain(path);
    }
    await ledger.close();
  });
});
