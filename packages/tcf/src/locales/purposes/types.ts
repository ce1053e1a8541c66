/** Name, description and examples of one purpose, special purpose, feature or special feature. */
export interface DeclarationText {
  name: string;
  description: string;
  illustrations: string[];
}

/** Name and description of one stack or data category. */
export interface NamedText {
  name: string;
  description: string;
}

/**
 * The TCF 2.2 texts of one language, keyed by the vendor list's ids — the shape of the IAB's
 * `purposes-xx.json` translations (GVL v3) without the legal bookkeeping.
 *
 * @example
 * const texts: PurposeTexts = await import('./fr.js').then((module) => module.default);
 * texts.purposes[1]?.name; // 'Stocker et/ou accéder à des informations sur un appareil'
 */
export interface PurposeTexts {
  /** `iab`: the IAB's published wording; `assent`: Assent's translation where the IAB publishes none. */
  source: 'iab' | 'assent';
  /**
   * Texts that the IAB source of an `iab` locale lacked and that Assent translated from the
   * English vendor list, so a reader can tell them apart: `group.id` for a whole entry
   * (`'specialPurposes.3'`), `group.*.field` for one field of every entry
   * (`'stacks.*.description'`).
   */
  assentEntries?: readonly string[];
  purposes: Record<number, DeclarationText>;
  specialPurposes: Record<number, DeclarationText>;
  features: Record<number, DeclarationText>;
  specialFeatures: Record<number, DeclarationText>;
  stacks: Record<number, NamedText>;
  dataCategories: Record<number, NamedText>;
}

/** The groups of a `PurposeTexts` whose entries carry illustrations. */
export type DeclarationGroup = 'purposes' | 'specialPurposes' | 'features' | 'specialFeatures';

/** The groups of a `PurposeTexts` whose entries are a name and a description. */
export type NamedGroup = 'stacks' | 'dataCategories';
