import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyEvidence, type ChainBase, type EvidenceRecordView, type InclusionAnswer } from '@assent/console/verify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLedgerHandler } from '../http/handler.js';
import { createLedger, type Ledger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { generateLogKey } from '../transparency-log/index.js';

// Retention deletes a chain's oldest records once they stopped applying long enough. The console's
// look-up then starts the chain at the base the ledger states, so a purged chain still verifies in
// the page — and a base that does not match still fails.
const DAY_MS = 86_400_000;
const KEY = 'k-retention-chains-01';
let dir: string;
let ledger: Ledger;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-retention-chains-'));
  clock = Date.parse('2026-01-01T10:00:00.000Z');
  ledger = createLedger({
    storage: openSqliteStorage(join(dir, 'ledger.sqlite')),
    log: { signerKey: generateLogKey('ledger.test/log').signerKey },
    now: () => clock,
  });
});
afterEach(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

type Lookup = {
  records: EvidenceRecordView[];
  texts: Record<string, never>;
  proofs: Record<string, InclusionAnswer | null>;
  verifierKey: string;
  chains: Record<string, ChainBase>;
};

it('a chain whose oldest records retention purged verifies from the base the look-up states', async () => {
  for (const [index, method] of ['accept-all', 'custom', 'reject-all'].entries()) {
    clock += DAY_MS;
    await ledger.record(decisionInput({ consentId: 'c-retained-0001', recordId: `r-retained-000${index}`, method, updatedAt: new Date(clock).toISOString() }));
  }
  clock += 40 * DAY_MS;
  expect(await ledger.purge({ retentionDays: 30 })).toMatchObject({ records: 2, consents: 1 });

  const handler = createLedgerHandler({ ledger, apiKeys: [KEY], rateLimit: false, now: () => clock });
  const response = await handler(
    new Request('http://ledger.test/v1/lookup/consent', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ consentId: 'c-retained-0001' }),
    }),
  );
  const answer = (await response.json()) as Lookup;
  expect(answer.records.map((record) => record.seq)).toEqual([3]);
  expect(answer.chains['c-retained-0001']).toEqual({ baseSeq: 2, baseHash: answer.records[0]!.prevHash });

  const input = { records: answer.records, texts: answer.texts, proofs: answer.proofs, verifierKey: answer.verifierKey };
  expect((await verifyEvidence({ ...input, chainBases: answer.chains })).ok).toBe(true);
  // Without the base the chain looks cut off; with a base that does not match, it is broken.
  expect((await verifyEvidence(input)).records[0]!.chain).toBe('broken');
  const forged = { 'c-retained-0001': { baseSeq: 2, baseHash: '0'.repeat(64) } };
  const check = await verifyEvidence({ ...input, chainBases: forged });
  expect([check.ok, check.records[0]!.chain]).toEqual([false, 'broken']);
});
