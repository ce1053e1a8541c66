import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPurposeTexts, localisedVendorListTexts, purposeTextLocales, type VendorListTexts } from './load.js';
import type { DeclarationGroup, NamedGroup, PurposeTexts } from './types.js';

// The English GVL v3 fixture: the reference every language must cover.
const english = JSON.parse(readFileSync(new URL('../../fixtures/vendor-list.json', import.meta.url), 'utf8')) as Required<VendorListTexts>;
const declarationGroups: DeclarationGroup[] = ['purposes', 'specialPurposes', 'features', 'specialFeatures'];
const namedGroups: NamedGroup[] = ['stacks', 'dataCategories'];

const loaded = await Promise.all(purposeTextLocales.map(async (locale) => [locale, await loadPurposeTexts(locale)] as const));
const available = loaded.filter((entry): entry is readonly [(typeof purposeTextLocales)[number], PurposeTexts] => entry[1] !== undefined);

describe('purpose texts per locale', () => {
  it('has a module for every language the banner speaks besides English', () => {
    expect(available.map(([locale]) => locale)).toEqual([...purposeTextLocales]);
  });

  describe.each(available)('%s', (_locale, texts) => {
    it('says where its wording comes from', () => {
      expect(['iab', 'assent']).toContain(texts.source);
    });

    it.each(declarationGroups)('translates every %s id of the English vendor list, with as many illustrations', (group) => {
      for (const [id, reference] of Object.entries(english[group])) {
        const entry = texts[group][Number(id)];
        expect(entry, `${group}.${id}`).toBeDefined();
        expect(entry?.name.trim(), `${group}.${id}.name`).not.toBe('');
        expect(entry?.description.trim(), `${group}.${id}.description`).not.toBe('');
        expect(entry?.illustrations.length, `${group}.${id}.illustrations`).toBe(reference.illustrations.length);
        for (const illustration of entry?.illustrations ?? []) expect(illustration.trim()).not.toBe('');
      }
    });

    it.each(namedGroups)('translates every %s id of the English vendor list', (group) => {
      for (const id of Object.keys(english[group])) {
        const entry = texts[group][Number(id)];
        expect(entry?.name.trim(), `${group}.${id}.name`).toBeTruthy();
        expect(entry?.description.trim(), `${group}.${id}.description`).toBeTruthy();
      }
    });

    it('is not the English text left untranslated', () => {
      for (const group of declarationGroups) {
        for (const [id, reference] of Object.entries(english[group])) {
          expect(texts[group][Number(id)]?.description, `${group}.${id}`).not.toBe(reference.description);
        }
      }
    });

    it('names only entries it really has as Assent-translated', () => {
      for (const key of texts.assentEntries ?? []) {
        const [group, id, field] = key.split('.') as [DeclarationGroup | NamedGroup, string, string | undefined];
        expect([...declarationGroups, ...namedGroups], key).toContain(group);
        if (id !== '*') expect(texts[group][Number(id)], key).toBeDefined();
        if (field !== undefined) expect(['name', 'description', 'illustrations'], key).toContain(field);
      }
      if (texts.source === 'assent') expect(texts.assentEntries).toBeUndefined();
    });
  });
});

describe('IAB wording kept verbatim', () => {
  // Strings checked by hand against the source named in each module's header.
  const samples: [string, (texts: PurposeTexts) => string | undefined, string][] = [
    ['fr', (t) => t.purposes[2]?.name, 'Utiliser des données limitées pour sélectionner la publicité'],
    ['fr', (t) => t.purposes[11]?.name, 'Utiliser des données limitées pour sélectionner le contenu'],
    ['fr', (t) => t.specialFeatures[2]?.name, 'Analyser activement les caractéristiques de l’appareil pour l’identification'],
    ['fr', (t) => t.stacks[1]?.name, 'Données de géolocalisation précises et identification par analyse de l’appareil'],
    ['fr', (t) => t.dataCategories[11]?.name, 'Choix en matière de confidentialité'],
    ['de', (t) => t.purposes[2]?.name, 'Verwendung reduzierter Daten zur Auswahl von Werbeanzeigen'],
    ['de', (t) => t.purposes[11]?.name, 'Verwendung reduzierter Daten zur Auswahl von Inhalten'],
    ['de', (t) => t.specialFeatures[1]?.name, 'Verwendung genauer Standortdaten'],
    [
      'de',
      (t) => t.stacks[42]?.name,
      'Personalisierte Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung von Angeboten',
    ],
    ['de', (t) => t.dataCategories[6]?.name, 'Surf- und Interaktionsdaten'],
    ['pl', (t) => t.purposes[2]?.name, 'Wykorzystywanie ograniczonych danych do wyboru reklam'],
    ['pl', (t) => t.purposes[9]?.name, 'Rozumienie odbiorców dzięki statystyce lub kombinacji danych z różnych źródeł'],
    ['pl', (t) => t.specialFeatures[2]?.name, 'Identyfikowanie urządzeń na podstawie aktywnie żądanych informacji'],
    ['pl', (t) => t.stacks[43]?.name, 'Treści oparte na ograniczonych danych i pomiar treści'],
  ];
  it.each(samples)('%s: %s', async (locale, pick, expected) => {
    const texts = await loadPurposeTexts(locale);
    expect(texts?.source).toBe('iab');
    expect(texts && pick(texts)).toBe(expected);
  });
});

describe('loadPurposeTexts', () => {
  it('resolves nothing for English and unknown languages, so the vendor list’s English shows', async () => {
    expect(await loadPurposeTexts('en')).toBeUndefined();
    expect(await loadPurposeTexts('en-GB')).toBeUndefined();
    expect(await loadPurposeTexts('xx')).toBeUndefined();
    expect(await loadPurposeTexts('constructor')).toBeUndefined();
  });

  it('ignores the region and the case of the tag', async () => {
    const plain = await loadPurposeTexts('fr');
    expect(await loadPurposeTexts('FR-ca')).toBe(plain);
    expect(await loadPurposeTexts('fr_BE')).toBe(plain);
  });
});

describe('localisedVendorListTexts', () => {
  it('gives every vendor-list id, translated where the language has it and English otherwise', async () => {
    const texts = (await loadPurposeTexts('fr')) as PurposeTexts;
    const partial: PurposeTexts = { ...texts, stacks: { 1: { name: 'Pile un', description: 'Décrite.' } } };
    const shown = localisedVendorListTexts(english, partial);
    expect(Object.keys(shown.stacks)).toEqual(Object.keys(english.stacks));
    expect(shown.stacks[1]).toEqual({ name: 'Pile un', description: 'Décrite.' });
    expect(shown.stacks[2]).toEqual({ name: english.stacks[2]?.name, description: english.stacks[2]?.description });
    expect(shown.purposes[1]?.name).toBe(texts.purposes[1]?.name);
    expect(Object.keys(shown.dataCategories)).toEqual(Object.keys(english.dataCategories));
  });

  it('gives the English texts when no language module is loaded, without sharing arrays', () => {
    const shown = localisedVendorListTexts(english, undefined);
    expect(shown.purposes[3]?.illustrations).toEqual(english.purposes[3]?.illustrations);
    expect(shown.purposes[3]?.illustrations).not.toBe(english.purposes[3]?.illustrations);
    expect(shown.specialFeatures[1]?.name).toBe(english.specialFeatures[1]?.name);
  });
});
