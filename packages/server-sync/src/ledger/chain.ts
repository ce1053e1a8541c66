import { identityDigest, newIdentitySalt, recordHash } from '../evidence/hash.js';
import type { ConsentEvent, EvidenceInput, EvidenceRecord, WithdrawnIds } from '../evidence/types.js';
import { MAX_VALIDITY_DAYS } from '../evidence/validate.js';
import type { ChainHead, EvidenceDraft, SealedBatch } from '../storage/types.js';

const DAY_MS = 86_400_000;

/**
 * A chain head for a consent id that has no records yet.
 *
 * @example
 * emptyHead('c-1234567').headSeq; // 0
 */
export function emptyHead(consentId: string): ChainHead {
  return { consentId, headSeq: 0, headHash: '', headRevision: '', headExpiresAt: '', baseSeq: 0, baseHash: '' };
}

// Ids the head record granted that the new decision does not: an id it leaves out is denied, as
// check() answers it.
const takenBack = (before: Record<string, boolean> = {}, after: Record<string, boolean>) =>
  Object.keys(before)
    .filter((id) => before[id] === true && after[id] !== true)
    .sort();

/**
 * Which event a new decision is and what it withdrew, judged from the chain it extends — never from
 * the client's word (its method included): anything the head record granted that the decision
 * denies makes it `withdrawn`, whether the person chose Reject all, unticked one service or
 * withdrew. Only a decision that the head still applies to can withdraw: the first one is `given`,
 * one after expiry or under a new revision `renewed`, since what was granted had stopped applying.
 *
 * @example
 * judgeDecision(input, emptyHead(input.consentId), new Date()); // { event: 'given', withdrawn: { categories: [], services: [] } }
 */
export function judgeDecision(input: EvidenceInput, head: ChainHead, now: Date | string): { event: ConsentEvent; withdrawn: WithdrawnIds } {
  const none = { categories: [], services: [] };
  if (head.headSeq === 0) return { event: 'given', withdrawn: none };
  if (input.revision !== head.headRevision || (typeof now === 'string' ? now : now.toISOString()) >= head.headExpiresAt) {
    return { event: 'renewed', withdrawn: none };
  }
  const withdrawn = {
    categories: takenBack(head.headChoices?.categories, input.categories),
    services: takenBack(head.headChoices?.services, input.services),
  };
  return { event: withdrawn.categories.length || withdrawn.services.length ? 'withdrawn' : 'updated', withdrawn };
}

/**
 * Seals a batch of drafts onto their chains: assigns seq, event, server time and expiry, links each
 * record to the previous one by hash, and returns repeated record ids as the stored record.
 * Pure apart from the random identity salt, so SQLite and PostgreSQL seal identically.
 *
 * @example
 * const sealed = sealBatch(drafts, heads, existing, new Date());
 */
export function sealBatch(drafts: EvidenceDraft[], heads: Map<string, ChainHead>, existing: Map<string, EvidenceRecord>, now: Date): SealedBatch {
  const known = new Map(existing);
  const moved = new Map<string, ChainHead>();
  const outcomes: SealedBatch['outcomes'] = [];
  const inserts: EvidenceRecord[] = [];
  const recordedAt = now.toISOString();
  // Most records of a batch keep the same validity: their expiry is formatted once.
  let lastValidityMs = -1;
  let lastExpiresAt = '';
  for (const { input, context } of drafts) {
    const stored = known.get(input.recordId);
    if (stored) {
      outcomes.push({ record: stored, created: false });
      continue;
    }
    const head = moved.get(input.consentId) ?? heads.get(input.consentId) ?? emptyHead(input.consentId);
    // The validity the visitor was shown, re-applied to server time and capped at 13 months.
    const validityMs = Math.min(Math.max(Date.parse(input.expiresAt) - Date.parse(input.updatedAt), 0), MAX_VALIDITY_DAYS * DAY_MS);
    if (validityMs !== lastValidityMs) {
      lastValidityMs = validityMs;
      lastExpiresAt = new Date(now.getTime() + validityMs).toISOString();
    }
    const subjectId = input.subjectId || null;
    const identitySalt = newIdentitySalt();
    const { event, withdrawn } = judgeDecision(input, head, recordedAt);
    const record: EvidenceRecord = {
      recordId: input.recordId,
      consentId: input.consentId,
      seq: head.headSeq + 1,
      subjectId,
      event,
      categories: input.categories,
      services: input.services,
      revision: input.revision,
      textHash: input.textHash,
      locale: input.locale,
      method: input.method,
      region: input.region,
      regime: input.regime,
      gpc: input.gpc,
      clientTime: input.updatedAt,
      recordedAt,
      expiresAt: lastExpiresAt,
      ip: context.ip,
      userAgent: context.userAgent,
      origin: context.origin,
      sdkVersion: input.sdkVersion ?? '',
      identitySalt,
      identityDigest: identityDigest(identitySalt, subjectId, context.ip, context.userAgent),
      prevHash: head.headHash,
      hash: '',
      erasedAt: null,
      withdrawn,
      leafIndex: null,
      notice: input.notice ?? null,
      tcf: input.tcf ?? null,
      gpp: input.gpp ?? null,
    };
    record.hash = recordHash(record);
    inserts.push(record);
    known.set(record.recordId, record);
    // Spelled out rather than spread: a spread of heads from different sources is a slow copy.
    moved.set(record.consentId, {
      consentId: head.consentId,
      baseSeq: head.baseSeq,
      baseHash: head.baseHash,
      headSeq: record.seq,
      headHash: record.hash,
      headRevision: record.revision,
      headExpiresAt: record.expiresAt,
      headChoices: { categories: record.categories, services: record.services },
    });
    outcomes.push({ record, created: true });
  }
  return { outcomes, inserts, heads: [...moved.values()] };
}
