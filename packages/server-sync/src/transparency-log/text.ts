// Character rules shared by keys and notes (C2SP signed-note: valid UTF-8, no control characters).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether `text` holds a character below U+0020, other than newline when `newlineAllowed`.
 *
 * @example
 * hasControlCharacter('a\nb', true); // false
 * hasControlCharacter('a\rb', true); // true
 */
export function hasControlCharacter(text: string, newlineAllowed: boolean): boolean {
  // A loop, not a regex: control characters inside a regex literal read as a mistake to linters.
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && !(newlineAllowed && code === 0x0a)) return true;
  }
  return false;
}

/**
 * Whether `text` has an unpaired surrogate, i.e. cannot be encoded as valid UTF-8.
 *
 * @example
 * hasLoneSurrogate('\uD800'); // true
 */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}
