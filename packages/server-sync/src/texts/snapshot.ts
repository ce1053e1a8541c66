import { textSnapshotSchema } from '../evidence/schema.js';
import { schemaIssues, type EvidenceIssue } from '../evidence/validate.js';
import { hashShownContent, type ShownContent } from './shown-content.js';

/**
 * One stored text snapshot: the exact texts and choices a banner showed, under the hash the
 * decisions made on it carry, and when the ledger first stored it.
 *
 * @example
 * const snapshot: TextSnapshot = { textHash: '9f2c…', locale: 'en', texts: ['We use cookies…'], choices: { analytics: false }, createdAt: '2026-11-30T10:00:00.000Z' };
 */
export interface TextSnapshot extends ShownContent {
  textHash: string;
  texts: string[];
  choices: Record<string, boolean>;
  createdAt: string;
}

/**
 * Most bytes of a `POST /v1/texts` body: 64 KB, four times the cap of a record, since a banner
 * and its preferences dialog with service details are a few kilobytes of text in any language.
 *
 * @example
 * TEXTS_BODY_LIMIT; // 65536
 */
export const TEXTS_BODY_LIMIT = 64 * 1024;

/**
 * Thrown when a text snapshot is refused; nothing was stored. `code` is `invalid_texts` (the
 * shape: `issues` name each field) or `text_hash_mismatch` (the texts do not hash to `textHash`).
 *
 * @example
 * try { await ledger.storeTexts(body); } catch (e) { if (e instanceof TextSnapshotError) console.log(e.code, e.issues); }
 */
export class TextSnapshotError extends Error {
  override name = 'TextSnapshotError';
  constructor(
    readonly code: 'invalid_texts' | 'text_hash_mismatch',
    message: string,
    readonly issues: EvidenceIssue[] = [],
  ) {
    super(message);
  }
}

const issuesOf = schemaIssues(textSnapshotSchema);

/**
 * Checks a submitted snapshot (`{ textHash, locale, texts, choices }`) against
 * `textSnapshotSchema`, recomputes the hash from the texts and choices, and returns a clean copy
 * without `createdAt`. Throws `TextSnapshotError`.
 *
 * @example
 * const { textHash } = validateTextSnapshot(JSON.parse(body));
 */
export function validateTextSnapshot(body: unknown): Omit<TextSnapshot, 'createdAt'> {
  const issues = issuesOf(body);
  if (issues.length) {
    throw new TextSnapshotError(
      'invalid_texts',
      `The text snapshot is malformed: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
      issues,
    );
  }
  const { textHash, locale, texts, choices } = body as Omit<TextSnapshot, 'createdAt'>;
  const snapshot = { textHash, locale, texts: [...texts], choices: { ...choices } };
  const computed = hashShownContent(snapshot);
  if (computed !== textHash) {
    throw new TextSnapshotError('text_hash_mismatch', `The texts and choices hash to ${computed}, not to the textHash sent (${textHash})`);
  }
  return snapshot;
}
