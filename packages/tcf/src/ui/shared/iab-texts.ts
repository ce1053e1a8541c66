import type { GVL, Purpose, Stack } from '@iabtechlabtcf/core';
import type { PurposeTexts } from '../../locales/purposes/types.js';

/** The kinds of declarations the IAB names and describes. */
export type DeclarationKind = 'purposes' | 'specialPurposes' | 'features' | 'specialFeatures' | 'stacks';

/**
 * The IAB's translated names and descriptions (`loadPurposeTexts()` of `src/locales/purposes`, the
 * shape of the IAB's `purposes-xx.json` files): any entry missing falls back to the vendor list's English.
 *
 * @example
 * const fr: IabTexts | undefined = await loadPurposeTexts('fr');
 */
export type IabTexts = Partial<Pick<PurposeTexts, DeclarationKind | 'dataCategories'>>;

/**
 * Name, description and illustrations of one declaration in the shown language.
 *
 * @example
 * declaration(gvl, frTexts, 'purposes', 1).name; // 'Stocker et/ou accéder à des informations sur un appareil'
 */
export function declaration(
  gvl: GVL,
  texts: IabTexts | undefined,
  kind: DeclarationKind,
  id: number,
): { name: string; description: string; illustrations: string[] } {
  const english = (gvl[kind] as Record<string, Purpose | Stack> | undefined)?.[id];
  const translated: { name?: string; description?: string; illustrations?: string[] } | undefined = texts?.[kind]?.[id];
  return {
    name: translated?.name ?? english?.name ?? `#${id}`,
    description: translated?.description ?? english?.description ?? '',
    illustrations: translated?.illustrations ?? (english as Purpose | undefined)?.illustrations ?? [],
  };
}

/**
 * A data category's name in the shown language, else the vendor list's English.
 *
 * @example
 * dataCategoryName(gvl, deTexts, 1); // 'IP-Adressen'
 */
export const dataCategoryName = (gvl: GVL, texts: IabTexts | undefined, id: number): string | undefined =>
  texts?.dataCategories?.[id]?.name ?? gvl.dataCategories?.[id]?.name;
