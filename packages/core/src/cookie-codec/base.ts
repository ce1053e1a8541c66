// Small encoding helpers shared by the cookie codec. DOM-free.

/**
 * FNV-1a, 32 bit, base36: a short fingerprint of the service list the cookie's flags refer to.
 * Hashes each code point's first UTF-16 unit (a for-of loop is smaller than indexing): for the
 * ASCII service ids it is given, the same as hashing every unit, so existing cookies still match.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Percent-encodes a free-text field so it cannot contain the field separator `.` or cookie delimiters. */
export const encodeField = (text: string) => encodeURIComponent(text).replace(/\./g, '%2E');

/** Inverse of `encodeField`; `undefined` for malformed escapes. */
export function decodeField(text: string | undefined): string | undefined {
  try {
    return decodeURIComponent(text!);
  } catch {
    return undefined;
  }
}

/** An ISO 8601 time in whole seconds: what the cookie can carry, so a decision reads back the same. */
export const toIso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
