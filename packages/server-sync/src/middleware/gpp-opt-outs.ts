import { GppModel } from '@iabgpp/cmpapi';

/**
 * The opt-outs a GPP string signals for US privacy laws, as its US section (`usnat` or a state
 * section) states them. Each opt-out is `true` = opted out, `false` = did not opt out, `undefined`
 * = not applicable (0) or not a field of that section (California has no targeted-advertising
 * opt-out; Virginia no sharing opt-out). Without a US section every opt-out is `undefined`.
 *
 * @example
 * const gpp: GppOptOuts = { gppString: 'DBABBg~BUUAAABA.YA', sectionIds: [8], section: 'usca', saleOptOut: true, sharingOptOut: true, targetedAdvertisingOptOut: undefined, gpc: true };
 */
export interface GppOptOuts {
  /** The GPP string as read. */
  gppString: string;
  /** The ids of the sections it holds (2 = tcfeuv2, 7 = usnat, 8 = usca …). */
  sectionIds: number[];
  /** The name of the US section in it (`usnat`, `usca`, `usva` …), if any. */
  section: string | undefined;
  saleOptOut: boolean | undefined;
  sharingOptOut: boolean | undefined;
  targetedAdvertisingOptOut: boolean | undefined;
  /** The section's `Gpc` field when it carries a GPC segment; `undefined` when it has none. */
  gpc: boolean | undefined;
}

// usnat and the two-letter state sections; not uspv1, the older US Privacy string with other fields.
const US_SECTION = /^us(?:nat|[a-z]{2})$/;
// The library caps nothing; a cookie is at most 4 KB, and a string from elsewhere is no reason to decode megabytes.
const MAX_LENGTH = 8192;

/** 1 = opted out, 2 = did not opt out, 0 (not applicable) or a field the section lacks: undefined. */
const optOut = (fields: Record<string, unknown>, name: string) => (fields[name] === 1 ? true : fields[name] === 2 ? false : undefined);

// Sections without a GPC segment (Virginia's, say) have no such field: the library throws.
function gpcSegmentIncluded(model: GppModel, section: string): boolean {
  try {
    return model.getFieldValue(section, 'GpcSegmentIncluded') === true;
  } catch {
    return false;
  }
}

/**
 * Decodes a GPP string with the IAB Tech Lab's library (`@iabgpp/cmpapi`'s `GppModel`) and reads
 * the opt-outs of its US section. `undefined` when the string is missing or does not decode —
 * never a throw. DOM-free: for a backend that gets the string elsewhere (an OpenRTB `regs.gpp`, a
 * header, its own cookie).
 *
 * @example
 * const gpp = parseGppOptOuts(bidRequest.regs?.gpp);
 * if (gpp?.saleOptOut || gpp?.sharingOptOut || gpp?.gpc) dropBid();
 */
export function parseGppOptOuts(gppString: string | null | undefined): GppOptOuts | undefined {
  if (typeof gppString !== 'string' || !gppString.startsWith('DB') || gppString.length > MAX_LENGTH) return undefined;
  try {
    const model = new GppModel(gppString);
    const sectionIds = model.getSectionIds() as number[];
    // Decodes every section: a string with one broken section is refused whole.
    const sections = model.toObject() as Record<string, Record<string, unknown>>;
    const section = Object.keys(sections).find((name) => US_SECTION.test(name));
    const fields = section ? sections[section]! : {};
    const hasGpc = section !== undefined && gpcSegmentIncluded(model, section);
    return {
      gppString,
      sectionIds,
      section,
      saleOptOut: optOut(fields, 'SaleOptOut'),
      sharingOptOut: optOut(fields, 'SharingOptOut'),
      targetedAdvertisingOptOut: optOut(fields, 'TargetedAdvertisingOptOut'),
      gpc: hasGpc ? fields.Gpc === true : undefined,
    };
  } catch {
    return undefined;
  }
}
