import type { DeclarationGroup, DeclarationText, NamedGroup, NamedText, PurposeTexts } from './types.js';

/** The languages with a purpose-text module besides English (which the vendor list itself carries). */
export const purposeTextLocales = ['ar', 'de', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt'] as const;

/** A language with a purpose-text module. */
export type PurposeTextLocale = (typeof purposeTextLocales)[number];

// One literal import() per locale so bundlers emit one chunk each and a page downloads only its language.
const importers: Record<PurposeTextLocale, () => Promise<{ default: PurposeTexts }>> = {
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  id: () => import('./id.js'),
  it: () => import('./it.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
};

/**
 * Loads the TCF purpose, feature, stack and data-category texts of one language. Resolves to
 * `undefined` for English (the vendor list's own texts are English) and for languages without a
 * module, so the caller shows the vendor list's English. A region subtag is ignored
 * (`pt-BR` → `pt`).
 *
 * @example
 * const texts = await loadPurposeTexts('fr-CA');
 * texts?.purposes[11]?.name; // 'Utiliser des données limitées pour sélectionner le contenu'
 */
export async function loadPurposeTexts(locale: string): Promise<PurposeTexts | undefined> {
  const language = locale.toLowerCase().split(/[-_]/)[0] as PurposeTextLocale;
  const importer = Object.hasOwn(importers, language) ? importers[language] : undefined;
  return importer ? (await importer()).default : undefined;
}

/** The English texts of a vendor list (GVL v3), as `@iabtechlabtcf/core`'s `GVL` or the raw JSON holds them. */
export interface VendorListTexts {
  purposes?: Record<string, DeclarationText>;
  specialPurposes?: Record<string, DeclarationText>;
  features?: Record<string, DeclarationText>;
  specialFeatures?: Record<string, DeclarationText>;
  stacks?: Record<string, NamedText>;
  dataCategories?: Record<string, NamedText>;
}

/** A vendor list's texts in one language: every id of the vendor list, translated where a text exists. */
export type LocalisedVendorListTexts = Omit<PurposeTexts, 'source' | 'assentEntries'>;

const declarationGroups: readonly DeclarationGroup[] = ['purposes', 'specialPurposes', 'features', 'specialFeatures'];
const namedGroups: readonly NamedGroup[] = ['stacks', 'dataCategories'];

/**
 * Maps every id of the vendor list to its text in the loaded language, falling back to the
 * vendor list's English per id (a vendor list newer than the translation may add a stack).
 * Pure: neither argument is changed.
 *
 * @example
 * const shown = localisedVendorListTexts(gvl, await loadPurposeTexts('de'));
 * shown.purposes[1]?.name; // German where translated, else the GVL's English
 */
export function localisedVendorListTexts(gvl: VendorListTexts, texts: PurposeTexts | undefined): LocalisedVendorListTexts {
  const result = {} as LocalisedVendorListTexts;
  for (const group of declarationGroups) {
    const entries: Record<number, DeclarationText> = {};
    for (const [id, english] of Object.entries(gvl[group] ?? {})) {
      const translated = texts?.[group][Number(id)];
      entries[Number(id)] = {
        name: translated?.name ?? english.name,
        description: translated?.description ?? english.description,
        illustrations: [...(translated?.illustrations ?? english.illustrations ?? [])],
      };
    }
    result[group] = entries;
  }
  for (const group of namedGroups) {
    const entries: Record<number, NamedText> = {};
    for (const [id, english] of Object.entries(gvl[group] ?? {})) {
      const translated = texts?.[group][Number(id)];
      entries[Number(id)] = { name: translated?.name ?? english.name, description: translated?.description ?? english.description };
    }
    result[group] = entries;
  }
  return result;
}
