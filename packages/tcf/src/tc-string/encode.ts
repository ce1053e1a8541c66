import { type GVL, Segment, TCModel, TCString } from '@iabtechlabtcf/core';
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
  return TCString.encode(choicesToTcModel(choices, gvl, meta), { segments });
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
