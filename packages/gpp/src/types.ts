import type { ConsentStore } from '@assent/core';

/**
 * The GPP sections Assent writes: the US national section and the state sections of
 * `@iabgpp/cmpapi` 3.2.0, plus the TCF EU v2 section when `@assent/tcf` runs beside it.
 *
 * @example
 * const name: GppSectionName = 'usca';
 */
export type GppSectionName =
  | 'tcfeuv2'
  | 'usnat'
  | 'usca'
  | 'usva'
  | 'usco'
  | 'usut'
  | 'usct'
  | 'usfl'
  | 'usmt'
  | 'usor'
  | 'ustx'
  | 'usde'
  | 'usia'
  | 'usne'
  | 'usnh'
  | 'usnj'
  | 'ustn'
  | 'usmn'
  | 'usmd'
  | 'usin'
  | 'usky'
  | 'usri';

/**
 * A GPP section by its IAB id and name.
 *
 * @example
 * const section: GppSection = { id: 8, name: 'usca' };
 */
export interface GppSection {
  id: number;
  name: GppSectionName;
}

/**
 * The notices the site gives, as the US sections' `…Notice` fields: `true` = given (1), `false` =
 * not given (2). An omitted notice of an opt-out that applies (see `GppOptions.optOutOf`) counts
 * as given, since Assent's opt-out banner gives it with its "Do not sell or share" button; the
 * sensitive-data notices default to not applicable (0).
 *
 * @example
 * const notices: GppNotices = { sharing: true, saleOptOut: true, targetedAdvertisingOptOut: true };
 */
export interface GppNotices {
  /** `SharingNotice`: notice that personal data is shared with third parties. */
  sharing?: boolean;
  /** `SaleOptOutNotice`: notice of the right to opt out of the sale of personal data. */
  saleOptOut?: boolean;
  /** `SharingOptOutNotice` (usnat, usca): notice of the right to opt out of sharing. */
  sharingOptOut?: boolean;
  /** `TargetedAdvertisingOptOutNotice`: notice of the right to opt out of targeted advertising. */
  targetedAdvertisingOptOut?: boolean;
  /** `SensitiveDataProcessingOptOutNotice` (usnat, usut). */
  sensitiveDataProcessingOptOut?: boolean;
  /** `SensitiveDataLimitUseNotice` (usnat, usca). */
  sensitiveDataLimitUse?: boolean;
  /** `ProcessingNotice` (the newer state sections): notice of the processing itself. */
  processing?: boolean;
}

/**
 * The site's standing under the IAB's Multi-State Privacy Agreement (MSPA).
 *
 * @example
 * const mspa: GppMspa = { coveredTransaction: true, mode: 'opt-out' };
 */
export interface GppMspa {
  /** Whether the site is an MSPA signatory and this is a covered transaction. */
  coveredTransaction: boolean;
  /** For a covered transaction: Opt-Out Option Mode or Service Provider Mode. Default `'opt-out'`. */
  mode?: 'opt-out' | 'service-provider';
}

/**
 * How a site turns GPP on. Only `cmpId` is required.
 *
 * @example
 * const gpp: GppOptions = { cmpId: 300, mspa: { coveredTransaction: true } };
 */
export interface GppOptions {
  /** The CMP id the IAB registered for this deployment; `1` is the unregistered id for development. */
  cmpId: number;
  /** The CMP version reported by `ping`. Default `1`. */
  cmpVersion?: number;
  /** The visitor's ISO 3166 code (`US-CA`). Default: the store's `region`. */
  region?: string;
  /**
   * `'state'` (default): a visitor in a state with its own section gets it, any other US visitor
   * `usnat`. `'national'`: every US visitor gets `usnat`.
   */
  sections?: 'state' | 'national';
  /**
   * The categories or services whose refusal is an opt-out of sale, sharing and targeted
   * advertising. Default `['advertising']`; when the config lacks it, the opt-out fields are "not
   * applicable" (0). An id given here must be a category or service of the config.
   */
  optOutOf?: readonly string[];
  /** The notice fields; see `GppNotices`. */
  notices?: GppNotices;
  /** MSPA fields; omitted: not a covered transaction. */
  mspa?: GppMspa;
  /**
   * The TCF CMP running beside (an `@assent/tcf` controller): where GDPR applies, the GPP string
   * carries its TC string as the `tcfeuv2` section.
   */
  tcf?: GppTcfSource;
  /** Name of the first-party cookie holding the GPP string (for backends); `false` writes none. Default `assent_gpp`. */
  cookieName?: string | false;
}

/**
 * What GPP needs of a TCF CMP: an `@assent/tcf` `TcfController` fits.
 *
 * @example
 * const source: GppTcfSource = tcfController;
 */
export interface GppTcfSource {
  readonly gdprApplies: boolean;
  readonly needsDecision: boolean;
  readonly evidence: { tcString: string } | undefined;
}

/**
 * The opt-outs a decision signals, before they are written into a section.
 *
 * @example
 * const signals: GppSignals = { applies: true, optedOut: true, gpc: true };
 */
export interface GppSignals {
  /** Whether the site has any of `optOutOf` (else the opt-out fields are "not applicable"). */
  applies: boolean;
  /** Opted out of sale, sharing and targeted advertising (a refusal, "Do not sell or share", or GPC). */
  optedOut: boolean;
  /** A Global Privacy Control signal is on. */
  gpc: boolean;
}

/**
 * What each decision records as GPP evidence, and what the ledger stores.
 *
 * @example
 * const evidence: GppEvidence = { gppString: 'DBABBg~BVQVAAAAAg.QA', applicableSections: [8] };
 */
export interface GppEvidence {
  /** The GPP string in effect. */
  gppString: string;
  /** The section ids that apply to this visitor (`[-1]` when none does). */
  applicableSections: number[];
}

/**
 * The running GPP CMP for one store: `__gpp`, the GPP string and its cookie. Created by `startGpp()`.
 *
 * @example
 * const gpp = startGpp(store, { cmpId: 300 });
 * gpp.evidence.gppString; // 'DBABBg~…'
 */
export interface GppController {
  readonly options: GppOptions;
  /** The US section for the visitor's region, or `undefined` outside the US. */
  readonly section: GppSection | undefined;
  /** The GPP string and applicable sections for the store's state now (computed on each read). */
  readonly evidence: GppEvidence;
  /** The opt-outs the store's state signals now. */
  readonly signals: GppSignals;
  /** Recomputes the string and tells `__gpp` listeners when it changed (e.g. after a new TC string). */
  refresh(): void;
  /**
   * Tells `__gpp` listeners whether the consent UI is visible (`cmpDisplayStatus`); while it is, in
   * the opt-in regime, `signalStatus` is "not ready" (the person is deciding), and hiding it makes
   * it "ready" again.
   */
  setUiVisible(visible: boolean): void;
  /** Stops following the store and puts the stub back as `__gpp` (a page's `__gpp` stays a function). */
  destroy(): void;
  /** The store the controller signals for. */
  readonly store: ConsentStore;
}
