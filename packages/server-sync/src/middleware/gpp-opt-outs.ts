import { GppModel } from '@iabgpp/cmpapi';

/**
 * The opt-outs a GPP string signals for US privacy laws, as its US sections (`usnat` or a state
 * section) state them. Each opt-out is `true` = opted out, `false` = did not opt out, `undefined`
 * = not applicable (0) or not a field of the sections read (California has no targeted-advertising
 * opt-out; Virginia no sharing opt-out). Without a US section that applies every opt-out is `undefined`.
 *
 * @example
 * const gpp: GppOptOuts = { gppString: 'DBABBg~BUUAAABA.YA', sectionIds: [8], section: 'usca', sections: ['usca'], saleOptOut: true, sharingOptOut: true, targetedAdvertisingOptOut: undefined, gpc: true };
 */
export interface GppOptOuts {
  /** The GPP string as read. */
  gppString: string;
  /** The ids of the sections it holds (2 = tcfeuv2, 7 = usnat, 8 = usca …). */
  sectionIds: number[];
  /** The first of `sections`, if any. */
  section: string | undefined;
  /** The names of the US sections the opt-outs were read from (`usnat`, `usca`, `usva` …), in the string's order. */
  sections: string[];
  saleOptOut: boolean | undefined;
  sharingOptOut: boolean | undefined;
  targetedAdvertisingOptOut: boolean | undefined;
  /** The `Gpc` field of the sections that carry a GPC segment; `undefined` when none does. */
  gpc: boolean | undefined;
}

/** The three opt-out fields of the US sections, by their `GppOptOuts` key. */
const GPP_OPT_OUT_FIELDS = {
  saleOptOut: 'SaleOptOut',
  sharingOptOut: 'SharingOptOut',
  targetedAdvertisingOptOut: 'TargetedAdvertisingOptOut',
} as const;
type OptOutKey = keyof typeof GPP_OPT_OUT_FIELDS;

/**
 * A parse plus which opt-outs (and GPC) any section read defines as a field at all, whatever its value.
 *
 * @example
 * const reading: GppReading | undefined = readGppString('DBABBg~BUUAAABA');
 */
export interface GppReading {
  optOuts: GppOptOuts;
  defines: Record<OptOutKey | 'gpc', boolean>;
}

// usnat and the two-letter state sections; not uspv1, the older US Privacy string with other fields.
const US_SECTION = /^us(?:nat|[a-z]{2})$/;
// The library caps nothing; a cookie is at most 4 KB, and a string from elsewhere is no reason to decode megabytes.
const MAX_LENGTH = 8192;

/** 1 = opted out, 2 = did not opt out, 0 (not applicable) or a field the section lacks: undefined. */
const optOut = (value: unknown) => (value === 1 ? true : value === 2 ? false : undefined);

/** Several sections read: any `true` wins, then any `false`; `undefined` when none says either. */
const mostProtective = (values: Array<boolean | undefined>) => (values.includes(true) ? true : values.includes(false) ? false : undefined);

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
 * the opt-outs of its US sections. `applicableSections` (an OpenRTB `regs.gpp_sid`, a `__gpp`
 * ping's `applicableSections`) picks the sections that apply; without it every US section of the
 * string is read, and where several are, the most protective reading wins (any opted out → `true`).
 * `sections` says which were read. `undefined` when the string is missing or does not decode —
 * never a throw. DOM-free: for a backend that gets the string elsewhere (a bid request, a header,
 * its own cookie).
 *
 * @example
 * const gpp = parseGppOptOuts(bidRequest.regs?.gpp, bidRequest.regs?.gpp_sid);
 * if (gpp?.saleOptOut || gpp?.sharingOptOut || gpp?.gpc) dropBid();
 */
export function parseGppOptOuts(gppString: string | null | undefined, applicableSections?: readonly number[] | null): GppOptOuts | undefined {
  return readGppString(gppString, applicableSections)?.optOuts;
}

/**
 * `parseGppOptOuts`, also saying which fields the sections read define (for the middleware's protective merge).
 *
 * @example
 * readGppString('DBABBg~BUUAAABA')?.defines.targetedAdvertisingOptOut; // false: California has no such field
 */
export function readGppString(gppString: string | null | undefined, applicableSections?: readonly number[] | null): GppReading | undefined {
  if (typeof gppString !== 'string' || !gppString.startsWith('DB') || gppString.length > MAX_LENGTH) return undefined;
  try {
    const model = new GppModel(gppString);
    const sectionIds = model.getSectionIds() as number[];
    // Decodes every section: a string with one broken section is refused whole.
    const decoded = model.toObject() as Record<string, Record<string, unknown>>;
    // toObject() lists the sections in the header's order, so names and ids line up.
    const names = Object.keys(decoded);
    const applies = (index: number) => !Array.isArray(applicableSections) || applicableSections.includes(sectionIds[index]!);
    const sections = names.filter((name, index) => US_SECTION.test(name) && applies(index));
    const read = sections.map((name) => ({ fields: decoded[name]!, hasGpc: gpcSegmentIncluded(model, name) }));
    const opt = (key: OptOutKey) => mostProtective(read.map(({ fields }) => optOut(fields[GPP_OPT_OUT_FIELDS[key]])));
    const defines = (key: OptOutKey) => read.some(({ fields }) => GPP_OPT_OUT_FIELDS[key] in fields);
    return {
      optOuts: {
        gppString,
        sectionIds,
        section: sections[0],
        sections,
        saleOptOut: opt('saleOptOut'),
        sharingOptOut: opt('sharingOptOut'),
        targetedAdvertisingOptOut: opt('targetedAdvertisingOptOut'),
        gpc: mostProtective(read.filter(({ hasGpc }) => hasGpc).map(({ fields }) => fields.Gpc === true)),
      },
      defines: {
        saleOptOut: defines('saleOptOut'),
        sharingOptOut: defines('sharingOptOut'),
        targetedAdvertisingOptOut: defines('targetedAdvertisingOptOut'),
        gpc: read.some(({ hasGpc }) => hasGpc),
      },
    };
  } catch {
    return undefined;
  }
}
