import type { EvidenceRecord, LookupAnswer } from '../api/types.js';

/** A record as the ledger's look-up returns it, with fields overridden. */
export function sampleRecord(fields: Partial<EvidenceRecord> = {}): EvidenceRecord {
  return {
    recordId: 'r-1',
    consentId: 'c-1',
    seq: 1,
    subjectId: 'ada@example.org',
    event: 'given',
    categories: { necessary: true, analytics: false, advertising: true },
    services: { matomo: false },
    revision: '3',
    textHash: 'a'.repeat(64),
    locale: 'en',
    method: 'custom',
    region: 'DE',
    regime: 'opt-in',
    gpc: false,
    clientTime: '2026-11-02T09:59:58.000Z',
    recordedAt: '2026-11-02T10:00:00.000Z',
    expiresAt: '2027-05-03T10:00:00.000Z',
    ip: '203.0.113.0',
    userAgent: 'Mozilla/5.0',
    origin: 'https://shop.example',
    sdkVersion: '0.1.0',
    identitySalt: 'salt',
    identityDigest: 'd'.repeat(64),
    prevHash: '',
    hash: 'b'.repeat(64),
    erasedAt: null,
    withdrawn: { categories: [], services: [] },
    leafIndex: 0,
    notice: null,
    tcf: null,
    gpp: null,
    ...fields,
  };
}

/** A look-up answer of two records of one consent id and the text both were made on. */
export function sampleLookup(): LookupAnswer {
  const first = sampleRecord();
  const second = sampleRecord({
    recordId: 'r-2',
    seq: 2,
    event: 'withdrawn',
    method: 'withdraw',
    categories: { necessary: true, analytics: false, advertising: false },
    recordedAt: '2026-11-20T08:00:00.000Z',
    prevHash: first.hash,
    hash: 'c'.repeat(64),
    leafIndex: 5,
    withdrawn: { categories: ['advertising'], services: [] },
  });
  return {
    consentIds: ['c-1'],
    records: [second, first],
    texts: {
      [first.textHash]: {
        textHash: first.textHash,
        locale: 'en',
        texts: ['We use cookies', 'Accept all', 'Reject all'],
        choices: { analytics: false, advertising: false },
        createdAt: '2026-11-01T00:00:00.000Z',
      },
    },
  };
}
