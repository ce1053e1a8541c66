// GPP strings with the IAB Tech Lab's own encoder (@iabgpp/cmpapi's GppModel), never a home-made
// codec. DOM-free: the ledger decodes what browsers recorded with the same functions.
import { GppModel } from '@iabgpp/cmpapi';
import { TCFEUV2_SECTION } from '../sections/regions.js';
import type { GppSection } from '../types.js';

/**
 * What a GPP string carries: one US section with its field values, and/or the TC string.
 *
 * @example
 * const input: GppStringInput = { section: { id: 8, name: 'usca' }, fields: { SaleOptOut: 1 } };
 */
export interface GppStringInput {
  /** The US section to write (`fields` are its values; unset fields keep the library's defaults). */
  section?: GppSection | undefined;
  fields?: Readonly<Record<string, unknown>> | undefined;
  /** A TC string, written unchanged as the `tcfeuv2` section. */
  tcString?: string | undefined;
}

/**
 * A decoded GPP string: the header's section ids and each section's fields by API prefix.
 *
 * @example
 * const decoded: DecodedGppString = decodeGppString('DBABBg~BUUAAACA.YA');
 * decoded.sections.usca?.SaleOptOut; // 1
 */
export interface DecodedGppString {
  sectionIds: number[];
  sections: Record<string, Record<string, unknown>>;
}

/**
 * Encodes a GPP string with the IAB's `GppModel`: the header, the US section from its field values
 * and the TC string as the `tcfeuv2` section. Throws when a field is not the section's or a value
 * is out of range, or when the TC string cannot be decoded.
 *
 * @example
 * encodeGppString({ section: { id: 8, name: 'usca' }, fields: { SaleOptOutNotice: 1, SaleOptOut: 1 } }); // 'DBABBg~BQQAAABA.QA'
 * encodeGppString({ tcString }); // 'DBABMA~' + tcString
 */
export function encodeGppString(input: GppStringInput): string {
  const model = new GppModel();
  const { section, fields, tcString } = input;
  if (tcString !== undefined) {
    // A TCF v2 core segment starts with version 2 in its first six bits: "C".
    if (!/^C[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/.test(tcString)) throw new Error(`Not a TC string: ${JSON.stringify(tcString.slice(0, 40))}`);
    model.decodeSection(TCFEUV2_SECTION.name, tcString);
  }
  if (section) {
    if (section.name === TCFEUV2_SECTION.name) throw new TypeError('encodeGppString(): pass the TC string as tcString');
    // An empty section string creates the section with the library's defaults.
    model.decodeSection(section.name, '');
    for (const [field, value] of Object.entries(fields ?? {})) model.setFieldValue(section.name, field, value);
  }
  let encoded: string;
  try {
    encoded = model.encode();
  } catch (error) {
    throw new Error(`Cannot encode the GPP string: ${(error as Error).message}`, { cause: error });
  }
  if (tcString === undefined) return encoded;
  // The library re-encodes every section, and its TCF encoder always appends a PublisherTC segment:
  // the string vendors read back would differ from the TC string __tcfapi and the euconsent-v2
  // cookie hold. The TCF EU section is the TC string, so it goes in as it is (the section is
  // validated above by the re-encoding, which decodes every segment).
  const parts = encoded.split('~');
  parts[model.getSectionIds().indexOf(TCFEUV2_SECTION.id) + 1] = tcString;
  return parts.join('~');
}

/**
 * Decodes a GPP string with the IAB's `GppModel`. Throws an `Error` saying what is wrong for
 * anything that is not a well-formed GPP string (a bare TC string included).
 *
 * @example
 * decodeGppString('DBABBg~BUUAAACA.YA').sectionIds; // [8]
 */
export function decodeGppString(gppString: string): DecodedGppString {
  if (typeof gppString !== 'string' || !/^DB[A-Za-z0-9_\-.~]*$/.test(gppString)) {
    throw new Error(
      `Not a GPP string: ${JSON.stringify(String(gppString).slice(0, 40))} (a GPP string starts with "DB" and holds only base64url, "." and "~")`,
    );
  }
  try {
    const model = new GppModel(gppString);
    // The model decodes lazily: read everything now, so a bad section fails here.
    const sectionIds = model.getSectionIds();
    return { sectionIds, sections: model.toObject() as DecodedGppString['sections'] };
  } catch (error) {
    throw new Error(`Not a GPP string: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Each section of a GPP string as it is encoded, by API prefix (`usca` → `BUUAAACA.YA`): what
 * changed between two strings, section by section.
 *
 * @example
 * sectionStrings('DBABBg~BUUAAACA.YA'); // { usca: 'BUUAAACA.YA' }
 */
export function sectionStrings(gppString: string): Record<string, string> {
  const model = new GppModel(gppString);
  const parts = gppString.split('~');
  const names = Object.keys(model.toObject());
  // toObject() lists the sections in the header's order (the library's section order).
  return Object.fromEntries(names.map((name, index) => [name, parts[index + 1] ?? '']));
}
