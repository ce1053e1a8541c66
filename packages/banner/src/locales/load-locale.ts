import type { FirstLayerMessages, LocaleCode, MessageOverrides, Messages, ResolvedFirstLayer, ResolvedMessages } from './types.js';

/**
 * Loads one locale's messages. Each locale is its own chunk, so a page downloads only the
 * language it shows.
 *
 * @example
 * const messages = await loadLocale('ja');
 */
export function loadLocale(code: LocaleCode): Promise<Messages> {
  // One literal import() per locale so bundlers emit one chunk each.
  const imports: Record<LocaleCode, () => Promise<{ default: Messages }>> = {
    en: () => import('./en.js'),
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
  return imports[code]().then((module) => module.default);
}

/**
 * Applies a site's overrides to a locale's messages, group by group (and category by category),
 * so a site can replace a single text.
 *
 * @example
 * mergeMessages(en, { actions: { customise: 'Choose' } }).actions.acceptAll; // 'Accept all'
 */
export function mergeMessages(base: Messages, overrides?: MessageOverrides): ResolvedMessages;
/** The same for the first layer's texts alone (English before its dialog texts are loaded). */
export function mergeMessages(base: FirstLayerMessages & Partial<Messages>, overrides?: MessageOverrides): ResolvedFirstLayer & Partial<ResolvedMessages>;
export function mergeMessages(base: FirstLayerMessages & Partial<Messages>, overrides: MessageOverrides = {}): ResolvedFirstLayer & Partial<ResolvedMessages> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const original = merged[key];
    merged[key] = typeof value === 'object' && value !== null && typeof original === 'object' ? { ...original, ...value } : value;
  }
  const categories: Record<string, unknown> = { ...base.categories };
  for (const [id, texts] of Object.entries(overrides.categories ?? {})) categories[id] = { ...categories[id]!, ...texts };
  merged.categories = categories;
  return merged as ResolvedFirstLayer & Partial<ResolvedMessages>;
}
