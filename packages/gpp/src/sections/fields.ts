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

// The notices an opt-out is paired with, and those a service provider gives none of: in Service
// Provider Mode the MSPA signatory does not sell, share or target ads for the site, so there is no
// opt-out to give notice of (the IAB's section validation requires these notices and the opt-outs
// to be 0 there).
const OPT_OUT_NOTICES: ReadonlySet<string> = new Set([
  'SaleOptOutNotice',
  'SharingOptOutNotice',
  'TargetedAdvertisingOptOutNotice',
  'SensitiveDataLimitUseNotice',
]);

/**
 * An opt-out field as the IAB's section validation allows it for its notice: notice not applicable
 * (0) → not applicable (0); notice given (1) → the decision (1 opted out, 2 did not); notice not
 * given (2) → opted out (1), since nothing may be sold or shared without the notice.
 *
 * @example
 * optOutValue(2, false); // 1
 */
function optOutValue(notice: number, optedOut: boolean): 0 | 1 | 2 {
  if (notice === 0) return 0;
  return notice === 2 || optedOut ? 1 : 2;
}

/**
 * The field values of a US section for the opt-outs a decision signals, the site's notices and its
 * MSPA standing — only fields the section has, as `GppModel.setFieldValue` takes them, in the
 * combinations the IAB's section validation accepts. Opt-out fields (1 = opted out, 2 = did not
 * opt out, 0 = not applicable) follow their notice (`optOutValue`); in usnat `SharingNotice` and
 * `SharingOptOutNotice` both govern `SharingOptOut`, so when either is 0 both are. MSPA: a covered
 * transaction sets Opt-Out Option Mode or Service Provider Mode (the other mode "no"; `MspaMode`
 * 1 or 2 in the newer sections); otherwise both are 0. In Service Provider Mode the opt-out
 * notices and the opt-outs are 0. `Gpc` is the signal, in its segment.
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
  const covered = mspa?.coveredTransaction === true;
  const serviceProvider = covered && mspa?.mode === 'service-provider';
  for (const [field, key] of Object.entries(shape.notices)) {
    const providerless = serviceProvider && (OPT_OUT_NOTICES.has(field) || (section.name === 'usnat' && field === 'SharingNotice'));
    fields[field] = providerless ? 0 : noticeValue(key, notices[key], signals.applies);
  }
  // usnat: both notices of sharing pair with SharingOptOut; one "not applicable" makes both so.
  if ('SharingNotice' in fields && 'SharingOptOutNotice' in fields && (fields.SharingNotice === 0 || fields.SharingOptOutNotice === 0))
    fields.SharingNotice = fields.SharingOptOutNotice = 0;
  for (const field of shape.optOuts) {
    const notice = fields[`${field}Notice`] as number;
    // usnat: a sharing notice not given (2) opts out of sharing too, as its opt-out notice would.
    const governing = field === 'SharingOptOut' && fields.SharingNotice === 2 ? 2 : notice;
    fields[field] = optOutValue(governing, signals.applies && signals.optedOut);
  }
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
