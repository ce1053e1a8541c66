import { describe, expect, it } from 'vitest';
import type { EvidenceCheck } from '../verify/index.js';
import { EVIDENCE_CSV_COLUMNS, EVIDENCE_JSON_FORMAT, evidenceCsv, evidenceJson, sameFingerprint, type EvidenceBundle } from './evidence.js';
import { exportFileName } from './filename.js';
import { sampleLookup, sampleRecord } from './evidence.test-helper.js';

const verification: EvidenceCheck = {
  ok: false,
  records: [
    {
      recordId: 'r-1',
      consentId: 'c-1',
      seq: 1,
      hash: 'ok',
      chain: 'ok',
      inclusion: 'verified',
      checkpoint: { origin: 'ledger.example', size: 9, time: '2026-11-21T00:00:00.000Z' },
      problems: [],
    },
    {
      recordId: 'r-2',
      consentId: 'c-1',
      seq: 2,
      hash: 'mismatch',
      chain: 'ok',
      inclusion: 'failed',
      problems: ['the record hash does not match', 'proof fails'],
    },
  ],
  texts: { ['a'.repeat(64)]: 'ok' },
  problems: ['record r-2: the record hash does not match'],
};

const bundle = (fields: Partial<EvidenceBundle> = {}): EvidenceBundle => ({
  kind: 'consent',
  answer: sampleLookup(),
  proofs: { 'r-1': { recordId: 'r-1', recordHash: 'b'.repeat(64), leafIndex: 0, treeSize: 9, proof: [], checkpoint: 'note' }, 'r-2': null },
  verifierKey: 'ledger.example+1234abcd+AAAA',
  verifierKeyFingerprint: 'ab12cd34',
  publishedFingerprint: null,
  verification,
  exportedAt: '2026-11-30T17:00:00.000Z',
  ...fields,
});

// RFC 4180 parser for the tests: quoted fields may hold commas, quotes and line breaks.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (cell += '"'), index++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[index + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), index++;
    else cell += char;
  }
  return rows;
}

describe('evidenceCsv', () => {
  it('writes one row per record, oldest first, with its texts and proof status', () => {
    const rows = parseCsv(evidenceCsv(bundle()));
    expect(rows[0]).toEqual([...EVIDENCE_CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const column = (row: string[], name: (typeof EVIDENCE_CSV_COLUMNS)[number]) => row[EVIDENCE_CSV_COLUMNS.indexOf(name)];
    const [first, second] = [rows[1]!, rows[2]!];
    expect(column(first, 'record_id')).toBe('r-1');
    expect(column(first, 'seq')).toBe('1');
    expect(column(first, 'categories_granted')).toBe('advertising necessary');
    expect(column(first, 'categories_denied')).toBe('analytics');
    expect(column(first, 'services_denied')).toBe('matomo');
    expect(column(first, 'texts_shown')).toBe('We use cookies\nAccept all\nReject all');
    expect(column(first, 'inclusion')).toBe('verified');
    expect(column(first, 'checkpoint_size')).toBe('9');
    expect(column(first, 'checkpoint_time')).toBe('2026-11-21T00:00:00.000Z');
    expect(column(second, 'record_id')).toBe('r-2');
    expect(column(second, 'event')).toBe('withdrawn');
    expect(column(second, 'hash_check')).toBe('mismatch');
    expect(column(second, 'inclusion')).toBe('failed');
    expect(column(second, 'problems')).toBe('the record hash does not match; proof fails');
  });

  it('neutralises formulas in any field a site or visitor controls', () => {
    const answer = sampleLookup();
    answer.records = [sampleRecord({ userAgent: '=cmd|"/c calc"!A1', subjectId: '@evil', origin: '+x', region: '-2+3' })];
    const rows = parseCsv(evidenceCsv(bundle({ answer, verification: null })));
    const row = rows[1]!;
    expect(row[EVIDENCE_CSV_COLUMNS.indexOf('user_agent')]).toBe(`'=cmd|"/c calc"!A1`);
    expect(row[EVIDENCE_CSV_COLUMNS.indexOf('subject_id')]).toBe(`'@evil`);
    expect(row[EVIDENCE_CSV_COLUMNS.indexOf('origin')]).toBe(`'+x`);
    expect(row[EVIDENCE_CSV_COLUMNS.indexOf('region')]).toBe(`'-2+3`);
    expect(row[EVIDENCE_CSV_COLUMNS.indexOf('hash_check')]).toBe('unchecked');
  });

  it('carries the IAB TC string and Google Additional Consent string of a TCF decision, empty otherwise', () => {
    const answer = sampleLookup();
    answer.records = [
      sampleRecord({ tcf: { tcString: 'CQuf10AQuf10AEsABCENBkFAAMIAAELAAAYgF5wAQF5gXnABAXmAAAAA.IGMwAgF5gMZA', addtlConsent: '2~2008~dv.89' } }),
      sampleRecord({ recordId: 'r-2', seq: 2 }),
    ];
    const rows = parseCsv(evidenceCsv(bundle({ answer, verification: null })));
    expect(rows[1]![EVIDENCE_CSV_COLUMNS.indexOf('tc_string')]).toBe('CQuf10AQuf10AEsABCENBkFAAMIAAELAAAYgF5wAQF5gXnABAXmAAAAA.IGMwAgF5gMZA');
    expect(rows[1]![EVIDENCE_CSV_COLUMNS.indexOf('addtl_consent')]).toBe('2~2008~dv.89');
    expect(rows[2]![EVIDENCE_CSV_COLUMNS.indexOf('tc_string')]).toBe('');
  });

  it('carries the IAB GPP string and its applicable section ids (space-separated) of a GPP decision, empty otherwise', () => {
    const answer = sampleLookup();
    answer.records = [
      sampleRecord({ gpp: { gppString: 'DBACNY~CQuf10AQuf10AEsABCENBkFAAMIAAELAAAYgF5wAQF5gXnABAXmAAAAA~BVQVAAAAAg', applicableSections: [2, 7] } }),
      sampleRecord({ recordId: 'r-2', seq: 2 }),
    ];
    const rows = parseCsv(evidenceCsv(bundle({ answer, verification: null })));
    expect(rows[1]![EVIDENCE_CSV_COLUMNS.indexOf('gpp_string')]).toBe('DBACNY~CQuf10AQuf10AEsABCENBkFAAMIAAELAAAYgF5wAQF5gXnABAXmAAAAA~BVQVAAAAAg');
    expect(rows[1]![EVIDENCE_CSV_COLUMNS.indexOf('gpp_sections')]).toBe('2 7');
    expect(rows[2]![EVIDENCE_CSV_COLUMNS.indexOf('gpp_string')]).toBe('');
    expect(rows[2]![EVIDENCE_CSV_COLUMNS.indexOf('gpp_sections')]).toBe('');
  });

  it('says missing for a record without a proof when nothing was verified', () => {
    const rows = parseCsv(evidenceCsv(bundle({ verification: null, proofs: {} })));
    expect(rows[1]![EVIDENCE_CSV_COLUMNS.indexOf('inclusion')]).toBe('missing');
  });
});

describe('evidenceJson', () => {
  it('holds the look-up answer, the proofs and the verification result exactly', () => {
    const input = bundle({ publishedFingerprint: 'AB12 CD34' });
    const parsed = JSON.parse(evidenceJson(input));
    expect(parsed.format).toBe(EVIDENCE_JSON_FORMAT);
    expect(parsed.lookup).toEqual({ by: 'consent', ...input.answer });
    expect(parsed.proofs).toEqual(input.proofs);
    expect(parsed.verification).toEqual(verification);
    expect(parsed.verifierKey).toBe(input.verifierKey);
    expect(parsed.fingerprintMatches).toBe(true);
    expect(parsed.exportedAt).toBe('2026-11-30T17:00:00.000Z');
  });

  it('records a fingerprint mismatch, and no comparison when none was entered', () => {
    expect(JSON.parse(evidenceJson(bundle({ publishedFingerprint: 'ffff' }))).fingerprintMatches).toBe(false);
    expect(JSON.parse(evidenceJson(bundle())).fingerprintMatches).toBeNull();
  });
});

describe('sameFingerprint', () => {
  it('ignores case, spaces and colons; never matches nothing', () => {
    expect(sameFingerprint('AB:12 cd', 'ab12cd')).toBe(true);
    expect(sameFingerprint('ab12ce', 'ab12cd')).toBe(false);
    expect(sameFingerprint('  ', '')).toBe(false);
    expect(sameFingerprint('ab', null)).toBe(false);
  });
});

describe('exportFileName', () => {
  it('names the kind and the UTC time, nothing personal', () => {
    expect(exportFileName('evidence', 'json', new Date('2026-11-30T17:45:12.345Z'))).toBe('assent-evidence-2026-11-30T1745Z.json');
    expect(exportFileName('evidence', 'csv', new Date('2026-01-02T03:04:00Z'))).toBe('assent-evidence-2026-01-02T0304Z.csv');
  });
});
