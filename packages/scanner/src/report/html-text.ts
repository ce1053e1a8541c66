// Text helpers of the HTML report: escaping (everything from the scanned site is hostile) and
// locale-free formatting of dates, durations and expiries.

// Characters that are invisible or reorder text (C0/C1 controls, zero-width characters, bidi
// overrides and isolates, BOM): a hostile name could use them to look like something else.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const SPECIAL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const codePoint = (char: string): string => char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * Escapes text for HTML content or a double- or single-quoted attribute value (`& < > " '`), and
 * shows invisible and direction-changing characters as `⟨U+202E⟩` so they cannot disguise a name.
 *
 * @example
 * esc('<img src=x onerror=alert(1)>'); // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function esc(text: string): string {
  return String(text)
    .replace(/[&<>"']/g, (char) => SPECIAL[char]!)
    .replace(INVISIBLE, (char) => `⟨U+${codePoint(char)}⟩`);
}

/**
 * JSON for a `<pre>` block that a reader copies: invisible and direction-changing characters (only
 * ever inside strings) become `\uXXXX` escapes, which parse to the same value, then HTML-escaped.
 *
 * @example
 * jsonBlock({ id: 'a<b' }); // '{\n  &quot;id&quot;: &quot;a&lt;b&quot;\n}'
 */
export function jsonBlock(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(INVISIBLE, (char) => `\\u${codePoint(char).toLowerCase()}`);
  return json.replace(/[&<>"']/g, (char) => SPECIAL[char]!);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A time as `2025-05-01 14:03:07 UTC`, the same in every locale and time zone; text that is not a
 * time is shown as given.
 *
 * @example
 * formatTime('2025-05-01T14:03:07.120Z'); // '2025-05-01 14:03:07 UTC'
 */
export function formatTime(time: string | number): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return String(time);
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`;
}

/**
 * How long a scan took, from two ISO times: `42 s`, `3 min 5 s`, `1 h 2 min`; empty when unknown.
 *
 * @example
 * formatDuration('2025-05-01T14:00:00Z', '2025-05-01T14:03:05Z'); // '3 min 5 s'
 */
export function formatDuration(from: string, to: string): string {
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms < 0) return '';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/**
 * A cookie's expiry: `session`, or its date and how long after the scan it is: `2026-06-01
 * 00:00:00 UTC (in 396 days)`.
 *
 * @example
 * formatExpiry(-1, '2025-05-01T00:00:00Z'); // 'session'
 */
export function formatExpiry(expires: number, scannedAt: string): string {
  if (!Number.isFinite(expires) || expires < 0) return 'session';
  const date = formatTime(expires * 1000);
  const days = Math.round((expires * 1000 - Date.parse(scannedAt)) / 86_400_000);
  if (!Number.isFinite(days) || days < 0) return date;
  return `${date} (in ${days === 1 ? '1 day' : `${days} days`})`;
}

/**
 * Whether text is a plain base64 string (`A–Z a–z 0–9 + /`, up to two `=` of padding, a multiple of
 * four long): the only site-derived data the report puts into a URL (the screenshot's data URL).
 *
 * @example
 * isBase64('iVBORw0KGgo='); // true
 */
export function isBase64(text: string): boolean {
  return typeof text === 'string' && text.length > 0 && text.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text);
}
