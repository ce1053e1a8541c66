import type { InclusionAnswer, LookupAnswer, TargetKind } from '../api/types.js';
import type { EvidenceCheck, RecordCheck } from '../verify/index.js';
import { toCsv, type CsvCell } from './csv.js';

/**
 * Everything one evidence look-up showed: the ledger's answer, the inclusion proofs fetched for
 * it, the verifier key they were checked with and the result of that check. Exactly what the
 * exports contain.
 *
 * @example
 * const bundle: EvidenceBundle = { kind: 'consent', answer, proofs, verifierKey, verifierKeyFingerprint, publishedFingerprint: null, verification, exportedAt: new Date().toISOString() };
 */
export interface EvidenceBundle {
  kind: TargetKind;
  answer: LookupAnswer;
  proofs: Record<string, InclusionAnswer | null>;
  /** `null` when the ledger signs no checkpoints. */
  verifierKey: string | null;
  verifierKeyFingerprint: string | null;
  /** The fingerprint the officer compared against (published elsewhere), when one was entered. */
  publishedFingerprint: string | null;
  /** `null` when nothing could be verified (no verifier key). */
  verification: EvidenceCheck | null;
  exportedAt: string;
}

/** The format tag of the JSON export, so later versions can be told apart. */
export const EVIDENCE_JSON_FORMAT = 'assent-evidence-export-v1';

/**
 * The JSON export: the bundle under a format tag, indented for people who open it.
 *
 * @example
 * downloadText(evidenceJson(bundle), exportFileName('evidence', 'json'), 'application/json');
 */
export function evidenceJson(bundle: EvidenceBundle): string {
  const { exportedAt, kind, answer, proofs, verifierKey, verifierKeyFingerprint, publishedFingerprint, verification } = bundle;
  const fingerprintMatches = publishedFingerprint ? sameFingerprint(publishedFingerprint, verifierKeyFingerprint) : null;
  return `${JSON.stringify(
    {
      format: EVIDENCE_JSON_FORMAT,
      exportedAt,
      lookup: { by: kind, ...answer },
      proofs,
      verifierKey,
      verifierKeyFingerprint,
      publishedFingerprint,
      fingerprintMatches,
      verification,
    },
    null,
    2,
  )}\n`;
}

/**
 * Whether a fingerprint typed or pasted by a person is the computed one: case, spaces and colons
 * do not count.
 *
 * @example
 * sameFingerprint('AB:CD ef', 'abcdef'); // true
 */
export function sameFingerprint(published: string, computed: string | null): boolean {
  const clean = (text: string) => text.toLowerCase().replace(/[\s:]/g, '');
  return computed !== null && clean(published) !== '' && clean(published) === clean(computed);
}

/** The columns of the CSV export, in order. */
export const EVIDENCE_CSV_COLUMNS = [
  'consent_id',
  'seq',
  'record_id',
  'recorded_at',
  'event',
  'method',
  'categories_granted',
  'categories_denied',
  'services_granted',
  'services_denied',
  'revision',
  'locale',
  'region',
  'regime',
  'gpc',
  'text_hash',
  'texts_shown',
  'tc_string',
  'addtl_consent',
  'gpp_string',
  'gpp_sections',
  'subject_id',
  'ip',
  'user_agent',
  'origin',
  'erased_at',
  'expires_at',
  'hash',
  'prev_hash',
  'hash_check',
  'chain_check',
  'inclusion',
  'checkpoint_size',
  'checkpoint_time',
  'problems',
] as const;

const ids = (map: Record<string, boolean>, granted: boolean) =>
  Object.keys(map)
    .filter((id) => map[id] === granted)
    .sort()
    .join(' ');

/**
 * The CSV export: one row per record, oldest first within each consent id, with its proof
 * status. RFC 4180, and formula-safe (see `csvCell`).
 *
 * @example
 * downloadText(evidenceCsv(bundle), exportFileName('evidence', 'csv'), 'text/csv');
 */
export function evidenceCsv(bundle: EvidenceBundle): string {
  const checks = new Map<string, RecordCheck>((bundle.verification?.records ?? []).map((check) => [check.recordId, check]));
  const records = [...bundle.answer.records].sort((a, b) => (a.consentId < b.consentId ? -1 : a.consentId > b.consentId ? 1 : a.seq - b.seq));
  const rows = records.map((record): CsvCell[] => {
    const check = checks.get(record.recordId);
    const snapshot = bundle.answer.texts[record.textHash];
    return [
      record.consentId,
      record.seq,
      record.recordId,
      record.recordedAt,
      record.event,
      record.method,
      ids(record.categories, true),
      ids(record.categories, false),
      ids(record.services, true),
      ids(record.services, false),
      record.revision,
      record.locale,
      record.region,
      record.regime,
      record.gpc,
      record.textHash,
      snapshot ? snapshot.texts.join('\n') : '',
      record.tcf?.tcString,
      record.tcf?.addtlConsent,
      record.gpp?.gppString,
      record.gpp?.applicableSections.join(' '),
      record.subjectId,
      record.ip,
      record.userAgent,
      record.origin,
      record.erasedAt,
      record.expiresAt,
      record.hash,
      record.prevHash,
      check?.hash ?? 'unchecked',
      check?.chain ?? 'unchecked',
      check?.inclusion ?? (bundle.proofs[record.recordId] ? 'unchecked' : 'missing'),
      check?.checkpoint?.size,
      check?.checkpoint?.time,
      check?.problems.join('; '),
    ];
  });
  return toCsv(EVIDENCE_CSV_COLUMNS, rows);
}
