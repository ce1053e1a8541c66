import type { Feature, GVL, Purpose, Stack } from '@iabtechlabtcf/core';

/** The kinds of declarations the IAB names and describes. */
export type DeclarationKind = 'purposes' | 'specialPurposes' | 'features' | 'specialFeatures' | 'stacks';

/**
 * The IAB's translated names and descriptions (the shape of its `purposes-xx.json` files): any
 * entry missing falls back to the vendor list's English.
 *
 * @example
 * const fr: IabTexts = { purposes: { 1: { id: 1, name: 'Stocker et/ou accéder à des informations sur un appareil', description: '…' } } };
 */
export type IabTexts = Partial<Record<DeclarationKind, Record<string, Partial<Purpose & Feature & Stack>>>>;

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
  const translated = texts?.[kind]?.[id];
  return {
    name: translated?.name ?? english?.name ?? `#${id}`,
    description: translated?.description ?? english?.description ?? '',
    illustrations: translated?.illustrations ?? (english as Purpose | undefined)?.illustrations ?? [],
  };
}
