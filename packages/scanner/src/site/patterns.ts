// Name patterns as Assent's config writes them: an exact name, or `*` for any run of characters
// (`_ga_*`, `*.clarity.ms`). Everything else is literal.

const compiled = new Map<string, RegExp>();

/**
 * Whether `value` matches the pattern (exact, or with `*` wildcards).
 *
 * @example
 * matchesPattern('_ga_*', '_ga_ABC123'); // true
 */
export function matchesPattern(pattern: string, value: string): boolean {
  if (!pattern.includes('*')) return pattern === value;
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 's');
    compiled.set(pattern, regex);
  }
  return regex.test(value);
}

/** Whether any of the patterns matches. */
export const matchesAny = (patterns: readonly string[], value: string): boolean => patterns.some((pattern) => matchesPattern(pattern, value));

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
