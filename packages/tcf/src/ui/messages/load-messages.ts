import type { LocaleCode } from '@assent/banner';
import en from './en.js';
import type { PluralTexts, TcfMessageOverrides, TcfMessages } from './types.js';

/**
 * Loads one locale's TCF texts: English ships with the UI (it is the fallback), every other
 * language is its own chunk, downloaded only by the pages that show it.
 *
 * @example
 * const messages = await loadTcfMessages('ar'); // messages.dir === 'rtl'
 */
export function loadTcfMessages(code: LocaleCode): Promise<TcfMessages> {
  // One literal import() per locale so bundlers emit one chunk each.
  const imports: Record<Exclude<LocaleCode, 'en'>, () => Promise<{ default: TcfMessages }>> = {
    fr: () => import('./fr.js'),
    id: () => import('./id.js'),
    ja: () => import('./ja.js'),
    ko: () => import('./ko.js'),
    de: () => import('./de.js'),
    es: () => import('./es.js'),
    it: () => import('./it.js'),
    nl: () => import('./nl.js'),
    pt: () => import('./pt.js'),
    pl: () => import('./pl.js'),
    ar: () => import('./ar.js'),
  };
  return code === 'en' ? Promise.resolve(en) : imports[code]().then((module) => module.default);
}

/**
 * Applies a site's overrides group by group, so a site can replace a single text.
 *
 * @example
 * mergeTcfMessages(en, { actions: { manageOptions: 'Choose' } }).actions.acceptAll; // 'Accept all'
 */
export function mergeTcfMessages(base: TcfMessages, overrides: TcfMessageOverrides = {}): TcfMessages {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const original = merged[key];
    merged[key] = typeof value === 'object' && value !== null && typeof original === 'object' ? { ...original, ...value } : value;
  }
  return merged as unknown as TcfMessages;
}

/**
 * A count in words with the language's plural rules (`Intl.PluralRules`) and digits
 * (`Intl.NumberFormat`).
 *
 * @example
 * plural('pl', { one: '{count} partner', few: '{count} partnerów', many: '{count} partnerów', other: '{count} partnera' }, 3); // '3 partnerów'
 */
export function plural(lang: string, texts: PluralTexts, count: number): string {
  const text = texts[new Intl.PluralRules(lang).select(count)] ?? texts.other;
  // A function, so a `$&` in a translation is not read as a replacement pattern.
  return text.replace('{count}', () => new Intl.NumberFormat(lang).format(count));
}

/**
 * Fills `{name}` placeholders.
 *
 * @example
 * fill('Provider #{id}', { id: 89 }); // 'Provider #89'
 */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
