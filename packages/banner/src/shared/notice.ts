import { ConsentConfigError } from '@assent/core';

/**
 * The privacy notice a site publishes: its URL, its version and optionally the SHA-256 (64
 * lowercase hex) of the document. Recorded with every decision, so the ledger can show which
 * notice a person was pointed to.
 *
 * @example
 * const notice: NoticeReference = { url: 'https://shop.example/privacy', version: '2026-11' };
 */
export interface NoticeReference {
  url: string;
  version: string;
  hash?: string;
}

// What the ledger accepts (its `notice` schema); anything else would have every record refused.
const FIELDS: Record<string, [RegExp, string]> = {
  url: [/^https?:\/\/[^\0- \x7f]{1,2040}$/, 'use an http(s) URL of at most 2048 characters'],
  version: [/^[ -~]{1,64}$/, 'use 1–64 printable ASCII characters'],
  hash: [/^[0-9a-f]{64}$/, "use the notice document's SHA-256 as 64 lowercase hex characters"],
};

/**
 * Checks a `notice` option; throws a `ConsentConfigError` naming the field (`notice.url`, …).
 *
 * @example
 * assertNotice({ url: 'https://shop.example/privacy', version: '2026-11' });
 */
export function assertNotice(notice: unknown): asserts notice is NoticeReference | undefined {
  if (notice === undefined) return;
  const given = (typeof notice === 'object' && notice) || { '': 0 };
  const issues = Object.keys({ url: 0, version: 0, ...given }).flatMap((key) => {
    const [pattern, message] = FIELDS[key] ?? [/$^/, key ? 'unknown field' : 'use { url, version, hash? }'];
    const value = (given as Record<string, unknown>)[key];
    return typeof value === 'string' && pattern.test(value) ? [] : [{ field: key ? `notice.${key}` : 'notice', message }];
  });
  if (issues.length) throw new ConsentConfigError(issues);
}
