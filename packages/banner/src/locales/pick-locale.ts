import type { LocaleCode } from './types.js';

/** Every locale shipped with the banner, English first (the fallback). */
export const LOCALES: readonly LocaleCode[] = ['en', 'fr', 'id', 'ja', 'ko', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'ar'];

/**
 * The first shipped locale that matches one of the candidates, tried in order (config, then
 * `<html lang>`, then the browser's languages); English when none matches. Regional tags match
 * their language (`pt-BR` → `pt`), case-insensitively.
 *
 * @example
 * pickLocale([config.locale, document.documentElement.lang, ...navigator.languages]); // 'fr'
 */
export function pickLocale(candidates: ReadonlyArray<string | null | undefined>): LocaleCode {
  for (const candidate of candidates) {
    const language = candidate?.split(/[-_]/)[0]?.toLowerCase();
    const found = LOCALES.find((code) => code === language);
    if (found) return found;
  }
  return 'en';
}
