import { ConsentLanguages, type GVL, Segment, SegmentEncoder, SemanticPreEncoder, TCModel, TCString } from '@iabtechlabtcf/core';
import type { TcfChoices } from '../types.js';
import { emptyTcfChoices } from './choices.js';

/**
 * What a TC string records besides the choices.
 *
 * @example
 * const meta: TcStringMeta = { cmpId: 300, cmpVersion: 1, publisherCountryCode: 'DE', withPublisherSegment: true };
 */
export interface TcStringMeta {
  cmpId: number;
  cmpVersion: number;
  /** ISO 3166-1 alpha-2; `AA` when unknown. */
  publisherCountryCode: string;
  /** Which screen of the UI the decision was made on (1 = first layer, 2 = second). */
  consentScreen?: number;
  /** Include the PublisherTC segment (the site configured publisher purposes). */
  withPublisherSegment?: boolean;
  /** The UI's language (a BCP 47 tag such as `fr` or `pt-BR`); `consentLanguage` of the string. */
  locale?: string | undefined;
}

/**
 * The TC string's `consentLanguage` for the UI's language: its primary subtag in capitals. A
 * language the IAB's list does not know (or no language) becomes `EN`: vendors read the field to
 * know which translation the person saw, and Assent's UI falls back to English for those.
 *
 * @example
 * tcConsentLanguage('pt-BR'); // 'PT'
 */
export function tcConsentLanguage(locale: string | undefined): string {
  const primary = (locale ?? '').split(/[-_]/)[0]!.toUpperCase();
  if (!/^[A-Z]{2}$/.test(primary)) return 'EN';
  // The IAB list holds some languages only with a script or region (PT-BR, SR-LATN, ZH-HANT); the
  // string itself has room for the two letters.
  let known = false;
  new ConsentLanguages().forEach((lang) => {
    known ||= lang === primary || lang.startsWith(`${primary}-`);
  });
  return known ? primary : 'EN';
}

const toArray = (vector: { forEach(cb: (value: boolean, id: number) => void): void }) => {
  const on: number[] = [];
  vector.forEach((value, id) => value && on.push(id));
  return on;
};

/**
 * The IAB library's `TCModel` for these choices (service-specific: TCF v2.2 has no global scope
 * since consensu.org was retired in 2021; standard texts, no Purpose One treatment), every vendor
 * of `gvl` disclosed.
 *
 * @example
 * const model = choicesToTcModel(choices, gvl, { cmpId: 300, cmpVersion: 1, publisherCountryCode: 'DE' });
 */
export function choicesToTcModel(choices: TcfChoices, gvl: GVL, meta: TcStringMeta): TCModel {
  const model = new TCModel(gvl);
  model.cmpId = meta.cmpId;
  model.cmpVersion = meta.cmpVersion;
  model.consentScreen = meta.consentScreen ?? 1;
  model.publisherCountryCode = meta.publisherCountryCode;
  model.consentLanguage = tcConsentLanguage(meta.locale);
  model.isServiceSpecific = true;
  model.useNonStandardTexts = false;
  model.purposeOneTreatment = false;
  model.purposeConsents.set(choices.purposeConsents as number[]);
  model.purposeLegitimateInterests.set(choices.purposeLegitimateInterests as number[]);
  model.specialFeatureOptins.set(choices.specialFeatureOptins as number[]);
  model.vendorConsents.set(choices.vendorConsents as number[]);
  model.vendorLegitimateInterests.set(choices.vendorLegitimateInterests as number[]);
  model.publisherConsents.set(choices.publisherConsents as number[]);
  model.publisherLegitimateInterests.set(choices.publisherLegitimateInterests as number[]);
  model.vendorsDisclosed.set(Object.keys(gvl.vendors).map(Number));
  model.updated();
  return model;
}

/**
 * Encodes the choices as a TC string with the IAB library: Core, DisclosedVendors (mandatory since
 * TCF 2.3) and, when the site has its own purposes, PublisherTC.
 *
 * @example
 * const tcString = encodeTcString(choices, gvl, { cmpId: 300, cmpVersion: 1, publisherCountryCode: 'AA' }); // 'CQ….I…'
 */
export function encodeTcString(choices: TcfChoices, gvl: GVL, meta: TcStringMeta): string {
  const segments = [Segment.CORE, Segment.VENDORS_DISCLOSED];
  if (meta.withPublisherSegment) segments.push(Segment.PUBLISHER_TC);
  // TCString.encode is the library's pre-encoding and then each segment's encoder; done by hand here
  // because its pre-encoding overwrites consentLanguage with the vendor list's language (English:
  // the list is never translated here), and the field must name the language the person saw.
  const model = SemanticPreEncoder.process(choicesToTcModel(choices, gvl, meta), { segments });
  model.consentLanguage = tcConsentLanguage(meta.locale);
  return segments.map((segment) => SegmentEncoder.encode(model, segment)).join('.');
}

/**
 * Decodes a TC string with the IAB library. `googleAtpConsents` is `[]`: Additional Consent
 * travels in its own string. Throws on a malformed string.
 *
 * @example
 * const { choices, model } = decodeTcString(tcString);
 * model.cmpId; // 300
 */
export function decodeTcString(tcString: string): { choices: TcfChoices; model: TCModel } {
  const model = TCString.decode(tcString);
  return {
    model,
    choices: {
      ...emptyTcfChoices(),
      purposeConsents: toArray(model.purposeConsents),
      purposeLegitimateInterests: toArray(model.purposeLegitimateInterests),
      specialFeatureOptins: toArray(model.specialFeatureOptins),
      vendorConsents: toArray(model.vendorConsents),
      vendorLegitimateInterests: toArray(model.vendorLegitimateInterests),
      publisherConsents: toArray(model.publisherConsents),
      publisherLegitimateInterests: toArray(model.publisherLegitimateInterests),
    },
  };
}

/**
 * Ids of the vendors a decoded TC string disclosed (its DisclosedVendors segment).
 *
 * @example
 * disclosedVendorIds(decodeTcString(tcString).model); // [755, 793]
 */
export function disclosedVendorIds(model: TCModel): number[] {
  return toArray(model.vendorsDisclosed);
}
