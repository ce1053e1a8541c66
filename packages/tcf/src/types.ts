import type { ConsentChoices, ConsentStore, DecisionContext } from '@assent/core';
import type { GVL } from '@iabtechlabtcf/core';

/**
 * How a site turns TCF on. Only `cmpId`, `vendors` and `vendorListUrl` are required.
 *
 * @example
 * const tcf: TcfOptions = { cmpId: 300, vendors: [755, 793], vendorListUrl: 'https://consent.shop.example/v1/tcf/vendor-list.json' };
 */
export interface TcfOptions {
  /**
   * The CMP id the IAB registered for this deployment, 2–4095. The IAB's own libraries refuse 0 and
   * 1, so there is no "unregistered" id: development can use any id, but only the registered one
   * makes TC strings vendors accept.
   */
  cmpId: number;
  /** The CMP version recorded in TC strings. Default `1`. */
  cmpVersion?: number;
  /** Global Vendor List ids of the vendors the site works with (disclosed in the UI and the TC string). */
  vendors: readonly number[];
  /** The GVL as the ledger serves it (`GET /v1/tcf/vendor-list.json`); never a third party's URL. */
  vendorListUrl: string;
  /** Google Additional Consent: the Ad Tech Provider ids (Google's ATP list) the site works with. */
  googleAtpIds?: readonly number[];
  /** TCF purposes the publisher itself processes for, by legal basis (the PublisherTC segment). */
  publisherPurposes?: { consent?: readonly number[]; legitimateInterest?: readonly number[] };
  /** ISO 3166-1 alpha-2 country of the publisher (`publisherCC`). Default `'AA'` (unknown). */
  publisherCountryCode?: string;
  /**
   * Whether GDPR applies to this visitor. Default: `true` in the opt-in regime, `false` in opt-out
   * (the store's region decides).
   */
  gdprApplies?: boolean;
  /** Name and domain of the cookie holding the TC string. Default `euconsent-v2` on the store's cookie domain. */
  cookieName?: string;
}

/**
 * Every choice a TC string carries, as lists of ids that are on. A legitimate interest is on
 * unless the person objected to it.
 *
 * @example
 * const none: TcfChoices = { purposeConsents: [], purposeLegitimateInterests: [], specialFeatureOptins: [], vendorConsents: [], vendorLegitimateInterests: [], publisherConsents: [], publisherLegitimateInterests: [], googleAtpConsents: [] };
 */
export interface TcfChoices {
  purposeConsents: number[];
  purposeLegitimateInterests: number[];
  specialFeatureOptins: number[];
  vendorConsents: number[];
  vendorLegitimateInterests: number[];
  publisherConsents: number[];
  publisherLegitimateInterests: number[];
  /** Google Additional Consent: ATP ids consented to (the `2~…` string's first list). */
  googleAtpConsents: number[];
}

/**
 * What a decision carried besides the store's decision, recorded with it by the ledger.
 *
 * @example
 * const evidence: TcfEvidence = { tcString: 'CQ…', addtlConsent: '2~89.2008~dv.' };
 */
export interface TcfEvidence {
  /** The TC string (`euconsent-v2`) of this decision. */
  tcString: string;
  /** Google's Additional Consent string (v2), when `googleAtpIds` is set. */
  addtlConsent?: string;
}

/**
 * The running TCF CMP for one store: `__tcfapi`, the `euconsent-v2` cookie, and the decisions the
 * UI makes. Created by `startTcf()`.
 *
 * @example
 * const tcf = startTcf(store, options);
 * await tcf.ready;
 * if (tcf.needsDecision) await ui.show();
 */
export interface TcfController {
  readonly options: TcfOptions;
  /** Resolves once the vendor list is loaded and `__tcfapi` answers with the stored TC string. */
  readonly ready: Promise<void>;
  /** Whether GDPR applies to this visitor (TCF UI and TC strings only then). */
  readonly gdprApplies: boolean;
  /**
   * `true` when the person must be asked (again): no valid TC string, a newer policy version, a
   * vendor not yet disclosed, older than 13 months, or the store needs a decision.
   */
  readonly needsDecision: boolean;
  /** The vendor list narrowed to `options.vendors` (English texts), once `ready` resolved. */
  readonly gvl: GVL | undefined;
  /** The choices in effect (from the stored TC string), or `undefined`. */
  readonly choices: TcfChoices | undefined;
  /** The TC string and AC string in effect, for the evidence outbox. */
  readonly evidence: TcfEvidence | undefined;
  /**
   * Whether the TCF layer allows a Consent Mode signal service (`TCF_SIGNAL_SERVICE_IDS`): only
   * when GDPR applies and a TC string is in effect whose purposes allow it (Google's mapping).
   * Where GDPR does not apply, the store's own answer; for any other id `true` (the store decides).
   * `tcfSignalStore()` puts this in front of the store for the page's Consent Mode.
   */
  signalGranted(id: string): boolean;
  /** Accepts the purposes, special features and vendors the UI disclosed, and the site's categories. */
  acceptAll(context?: DecisionContext): void;
  /** Refuses every consent and objects to every legitimate interest; the site's categories too. */
  rejectAll(context?: DecisionContext): void;
  /** Saves custom choices: the TCF ones and the site's own categories/services. */
  save(choices: TcfChoices, siteChoices: ConsentChoices, context?: DecisionContext): void;
  /** Tells `__tcfapi` listeners whether the UI is visible (`displayStatus`). */
  setUiVisible(visible: boolean): void;
  /** Removes `__tcfapi` and listeners. */
  destroy(): void;
  /** The store the controller decides for. */
  readonly store: ConsentStore;
}
