// The field values of one US section for a decision. DOM-free: the ledger's middleware and the
// tests share it. Which fields each section has follows @iabgpp/cmpapi 3.2.0's segment classes
// (UsCaCoreSegment, UsMdCoreSegment, …); fields.test.ts checks this table against them.
//
// Not set, so left at the library's "0 = not applicable": every sensitive-data, known-child,
// personal-data and additional-processing consent field. Assent asks for no such consent — its
// categories are functional, analytics and advertising — so it can signal none.
import type { GppMspa, GppNotices, GppSection, GppSectionName, GppSignals } from '../types.js';

type UsSectionName = Exclude<GppSectionName, 'tcfeuv2'>;
type OptOutField = 'SaleOptOut' | 'SharingOptOut' | 'TargetedAdvertisingOptOut';

/** The shape of one US section: its notice fields (→ the `GppNotices` key), opt-outs, MSPA fields, GPC. */
interface SectionShape {
  notices: Readonly<Record<string, keyof GppNotices>>;
  optOuts: readonly OptOutField[];
  /** `pair`: MspaOptOutOptionMode + MspaServiceProviderMode; `mode`: the newer sections' MspaMode. */
  mspa: 'pair' | 'mode';
  /** Whether the section has a GPC segment. */
  gpc: boolean;
}

const SALE = { SaleOptOutNotice: 'saleOptOut' } as const;
const TARGETED = { TargetedAdvertisingOptOutNotice: 'targetedAdvertisingOptOut' } as const;
// usva's shape; usco, usct and usmt add a GPC segment.
const SHARING_STATE: SectionShape = {
  notices: { SharingNotice: 'sharing', ...SALE, ...TARGETED },
  optOuts: ['SaleOptOut', 'TargetedAdvertisingOptOut'],
  mspa: 'pair',
  gpc: false,
};
// The 2024 sections: a ProcessingNotice in place of SharingNotice.
const PROCESSING_STATE: SectionShape = {
  notices: { ProcessingNotice: 'processing', ...SALE, ...TARGETED },
  optOuts: ['SaleOptOut', 'TargetedAdvertisingOptOut'],
  mspa: 'pair',
  gpc: true,
};
// Maryland, Indiana, Kentucky, Rhode Island: MspaVersion/MspaMode first in the core segment.
const MSPA_MODE_STATE: SectionShape = { ...PROCESSING_STATE, mspa: 'mode' };

const SHAPES: Readonly<Record<UsSectionName, SectionShape>> = {
  usnat: {
    notices: {
      SharingNotice: 'sharing',
      ...SALE,
      SharingOptOutNotice: 'sharingOptOut',
      ...TARGETED,
      SensitiveDataProcessingOptOutNotice: 'sensitiveDataProcessingOptOut',
      SensitiveDataLimitUseNotice: 'sensitiveDataLimitUse',
    },
    optOuts: ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut'],
    mspa: 'pair',
    gpc: true,
  },
  // California has no targeted-advertising opt-out: CPRA's "sharing" is cross-context behavioural advertising.
  usca: {
    notices: { ...SALE, SharingOptOutNotice: 'sharingOptOut', SensitiveDataLimitUseNotice: 'sensitiveDataLimitUse' },
    optOuts: ['SaleOptOut', 'SharingOptOut'],
    mspa: 'pair',
    gpc: true,
  },
  usva: SHARING_STATE,
  usco: { ...SHARING_STATE, gpc: true },
  usut: { ...SHARING_STATE, notices: { ...SHARING_STATE.notices, SensitiveDataProcessingOptOutNotice: 'sensitiveDataProcessingOptOut' } },
  usct: { ...SHARING_STATE, gpc: true },
  usfl: { ...PROCESSING_STATE, gpc: false },
  usmt: { ...SHARING_STATE, gpc: true },
  usor: PROCESSING_STATE,
  ustx: PROCESSING_STATE,
  usde: PROCESSING_STATE,
  // Iowa names its sensitive-data notice SensitiveDataOptOutNotice; it is usnat's SensitiveDataProcessingOptOutNotice.
  usia: { ...PROCESSING_STATE, notices: { ...PROCESSING_STATE.notices, SensitiveDataOptOutNotice: 'sensitiveDataProcessingOptOut' } },
  usne: PROCESSING_STATE,
  usnh: PROCESSING_STATE,
  usnj: PROCESSING_STATE,
  ustn: PROCESSING_STATE,
  usmn: PROCESSING_STATE,
  usmd: MSPA_MODE_STATE,
  usin: { ...MSPA_MODE_STATE, gpc: false },
  usky: { ...MSPA_MODE_STATE, gpc: false },
  usri: { ...MSPA_MODE_STATE, gpc: false },
};

// Notices of processing Assent does not control: "not applicable" unless the site says otherwise.
const SENSITIVE_NOTICES: ReadonlySet<keyof GppNotices> = new Set(['sensitiveDataProcessingOptOut', 'sensitiveDataLimitUse']);

/**
 * What the US sections mean by a notice: `true` → 1 (given), `false` → 2 (not given); omitted → 1
 * for the opt-out, sharing and processing notices when the opt-outs apply (Assent's banner gives
 * them, with its "Do not sell or share" button), else 0 (not applicable). Omitted sensitive-data
 * notices are 0: Assent processes no sensitive data for the site.
 *
 * @example
 * noticeValue('saleOptOut', undefined, true); // 1
 * noticeValue('sensitiveDataLimitUse', undefined, true); // 0
 */
export function noticeValue(key: keyof GppNotices, given: boolean | undefined, applies: boolean): 0 | 1 | 2 {
  if (given !== undefined) return given ? 1 : 2;
  return applies && !SENSITIVE_NOTICES.has(key) ? 1 : 0;
}

/**
 * Whether a US section has a GPC segment (usva, usut, usfl, usin, usky and usri have none).
 *
 * @example
 * hasGpcSegment('usca'); // true
 */
export function hasGpcSegment(name: GppSectionName): boolean {
  return name !== 'tcfeuv2' && SHAPES[name].gpc;
}

/**
 * The field values of a US section for the opt-outs a decision signals, the site's notices and its
 * MSPA standing — only fields the section has, as `GppModel.setFieldValue` takes them. Opt-out
 * fields: 1 = opted out, 2 = did not opt out, 0 = not applicable (the opt-outs do not apply, or
 * their notice was not given: the IAB's specs define 0 as "notice not applicable or not
 * provided"). MSPA: a covered transaction sets Opt-Out Option Mode or Service Provider Mode (the
 * other mode "no"); otherwise both are 0. `Gpc` is the signal, in its segment.
 *
 * @example
 * usSectionFields({ id: 8, name: 'usca' }, { applies: true, optedOut: true, gpc: true });
 * // { SaleOptOutNotice: 1, SharingOptOutNotice: 1, SensitiveDataLimitUseNotice: 0, SaleOptOut: 1, SharingOptOut: 1,
 * //   MspaCoveredTransaction: 2, MspaOptOutOptionMode: 0, MspaServiceProviderMode: 0, GpcSegmentIncluded: true, Gpc: true }
 */
export function usSectionFields(section: GppSection, signals: GppSignals, notices: GppNotices = {}, mspa?: GppMspa): Record<string, number | boolean> {
  if (section.name === 'tcfeuv2') throw new TypeError('usSectionFields(): tcfeuv2 is not a US section');
  const shape = SHAPES[section.name];
  const fields: Record<string, number | boolean> = {};
  for (const [field, key] of Object.entries(shape.notices)) fields[field] = noticeValue(key, notices[key], signals.applies);
  for (const field of shape.optOuts) {
    const noticeGiven = fields[`${field}Notice`] === 1;
    fields[field] = signals.applies && noticeGiven ? (signals.optedOut ? 1 : 2) : 0;
  }
  const covered = mspa?.coveredTransaction === true;
  const serviceProvider = mspa?.mode === 'service-provider';
  fields.MspaCoveredTransaction = covered ? 1 : 2;
  if (shape.mspa === 'pair') {
    fields.MspaOptOutOptionMode = covered ? (serviceProvider ? 2 : 1) : 0;
    fields.MspaServiceProviderMode = covered ? (serviceProvider ? 1 : 2) : 0;
  } else {
    fields.MspaMode = covered ? (serviceProvider ? 2 : 1) : 0;
  }
  if (shape.gpc) {
    fields.GpcSegmentIncluded = true;
    fields.Gpc = signals.gpc;
  }
  return fields;
}
