import { type ConsentChoices, type ConsentStore, type DecisionContext, documentCookieJar } from '@assent/core';
import type { GVL } from '@iabtechlabtcf/core';
import { encodeAdditionalConsent, parseAdditionalConsent } from '../additional-consent/ac-string.js';
import { type TcfCmpApi, startCmpApi } from '../cmp-api/cmp-api.js';
import { TCF_SIGNAL_SERVICE_IDS, tcfSignalChoices } from '../consent-mode/signal-services.js';
import { ADDTL_CONSENT_COOKIE_NAME, DEFAULT_TC_COOKIE_NAME, readTcfCookie, removeTcfCookie, writeTcfCookie } from '../cookie/tc-cookie.js';
import { installTcfStub } from '../stub/stub.js';
import { acceptAllChoices, normalizeTcfChoices, rejectAllChoices } from '../tc-string/choices.js';
import { decodeTcString, encodeTcString } from '../tc-string/encode.js';
import { type ReaskReason, reaskReason } from '../tc-string/reask.js';
import type { TcfChoices, TcfController, TcfEvidence, TcfOptions } from '../types.js';
import { loadVendorList } from '../vendor-list/load.js';
import { validateTcfOptions } from './validate.js';

type Method = 'accept-all' | 'reject-all' | 'custom';

const SIGNAL_IDS: readonly string[] = Object.values(TCF_SIGNAL_SERVICE_IDS);

/**
 * Starts the TCF CMP for a store: `__tcfapi` (over the stub's queue), the vendor list, the
 * `euconsent-v2` cookie, and the decisions the TCF UI makes. Throws `ConsentConfigError` for bad
 * options; `ready` rejects with a `VendorListError` when the vendor list cannot be used (then
 * `__tcfapi` reports `cmpStatus: 'error'`). GDPR applies by default in the store's opt-in regime.
 *
 * @example
 * const store = createConsent(withTcfServices({ region: 'DE' }));
 * const tcf = startTcf(store, { cmpId: 300, vendors: [755, 793], vendorListUrl: '/v1/tcf/vendor-list.json' });
 * await tcf.ready;
 * if (tcf.needsDecision) showTcfBanner(tcf);
 */
export function startTcf(store: ConsentStore, options: TcfOptions): TcfController {
  validateTcfOptions(options);
  const gdprApplies = options.gdprApplies ?? store.config.regime === 'opt-in';
  const cookieName = options.cookieName ?? DEFAULT_TC_COOKIE_NAME;
  const atpIds = options.googleAtpIds ?? [];
  const jar = documentCookieJar();
  const scope = { publisherPurposes: options.publisherPurposes, googleAtpIds: atpIds };

  let gvl: GVL | undefined;
  let choices: TcfChoices | undefined;
  let evidence: TcfEvidence | undefined;
  let reason: ReaskReason | undefined = 'missing';
  let deciding = false;
  let destroyed = false;

  const uninstallStub = installTcfStub({ gdprApplies });
  const cmpApi: TcfCmpApi = startCmpApi({
    cmpId: options.cmpId,
    cmpVersion: options.cmpVersion ?? 1,
    gvlVersion: () => (gvl ? Number(gvl.vendorListVersion) : undefined),
    addtlConsent: () => evidence?.addtlConsent,
    gdprApplies,
    loaded: () => gvl !== undefined,
  });

  /** Adopts the stored strings when they still apply. */
  const readStored = () => {
    if (!gvl) return;
    const tcString = readTcfCookie(jar, cookieName);
    // Only the vendors the list still holds: a dropped one is neither disclosed nor asked about.
    reason = reaskReason({ tcString, gvl, vendors: Object.keys(gvl.vendors).map(Number), now: Date.now() });
    if (reason || !tcString) {
      choices = undefined;
      evidence = undefined;
      return;
    }
    const ac = atpIds.length ? readTcfCookie(jar, ADDTL_CONSENT_COOKIE_NAME) : undefined;
    const parsedAc = ac ? parseAdditionalConsent(ac) : undefined;
    // ATPs the site now works with but the stored string never disclosed need asking.
    if (atpIds.length && (!parsedAc || atpIds.some((id) => !parsedAc.disclosed.includes(id)))) reason = 'vendor-not-disclosed';
    choices = { ...decodeTcString(tcString).choices, googleAtpConsents: (parsedAc?.consented ?? []).filter((id) => atpIds.includes(id)) };
    evidence = ac && parsedAc ? { tcString, addtlConsent: ac } : { tcString };
  };

  const needsDecision = () => gdprApplies && (reason !== undefined || store.needsDecision);

  /** Encodes, stores and publishes choices; returns the evidence (before the store hears of it). */
  const record = (next: TcfChoices, method: Method | 'withdraw', locale?: string): TcfEvidence => {
    if (!gvl) throw new Error('TCF is not ready: await tcf.ready before deciding.');
    const normalized = normalizeTcfChoices(next, gvl, scope);
    const tcString = encodeTcString(normalized, gvl, {
      cmpId: options.cmpId,
      cmpVersion: options.cmpVersion ?? 1,
      publisherCountryCode: options.publisherCountryCode ?? 'AA',
      consentScreen: method === 'custom' ? 2 : 1,
      withPublisherSegment: options.publisherPurposes !== undefined,
      locale,
    });
    const maxAge = store.config.expiresAfterDays * 86_400;
    writeTcfCookie(jar, cookieName, tcString, store.config.cookie, maxAge);
    const addtlConsent = atpIds.length ? encodeAdditionalConsent(atpIds, normalized.googleAtpConsents) : undefined;
    if (addtlConsent) writeTcfCookie(jar, ADDTL_CONSENT_COOKIE_NAME, addtlConsent, store.config.cookie, maxAge);
    choices = normalized;
    evidence = addtlConsent ? { tcString, addtlConsent } : { tcString };
    reason = undefined;
    return evidence;
  };

  const decide = (
    method: Method,
    next: (gvl: GVL | undefined) => TcfChoices | undefined,
    context: DecisionContext | undefined,
    siteChoices?: ConsentChoices,
  ) => {
    // Where GDPR does not apply there is no TC string: the decision is the store's alone.
    if (gdprApplies) {
      if (!gvl) throw new Error('TCF is not ready: await tcf.ready before deciding.');
      record(next(gvl)!, method, context?.locale ?? store.config.locale);
    }
    const signals = tcfSignalChoices(gdprApplies ? choices!.purposeConsents : (next(undefined)?.purposeConsents ?? []));
    // The store hears last, so the evidence outbox listening to it reads the new TC string.
    deciding = true;
    try {
      if (method === 'accept-all') store.acceptAll(context);
      else if (method === 'reject-all') store.rejectAll(context);
      else store.update({ ...siteChoices, ...signals }, { ...context, method: 'custom' });
    } finally {
      deciding = false;
    }
    if (gdprApplies) cmpApi.update(evidence!.tcString, false);
  };

  const unsubscribe = store.subscribe((decision, change) => {
    if (deciding || destroyed || !gdprApplies || !gvl) return;
    if (change.source === 'local' && (decision?.method === 'withdraw' || decision?.method === 'reject-all')) {
      // Withdrawn or refused outside the TCF UI: a new all-refused TC string, as TCF expects.
      record(rejectAllChoices(gvl), 'withdraw', decision?.locale);
      cmpApi.update(evidence!.tcString, false);
    } else if (change.source === 'other-tab' || change.source === 'storage') {
      readStored();
      if (evidence) cmpApi.update(evidence.tcString, false);
    }
  });

  /**
   * The store may still grant the Consent Mode signals from a TC string that no longer applies
   * (removed, corrupt, expired, older policy): its evidence must say the consent lapsed. A vendor
   * added since is not a lapse of what was given, so that only asks again.
   */
  const lapseSignalsWithoutTcString = () => {
    if (reason === undefined || reason === 'vendor-not-disclosed') return;
    if (!SIGNAL_IDS.some((id) => store.granted(id))) return;
    deciding = true;
    try {
      store.update(Object.fromEntries(SIGNAL_IDS.map((id) => [id, false])), { method: 'api' });
    } finally {
      deciding = false;
    }
  };

  const ready = (async () => {
    if (!gdprApplies) {
      cmpApi.update(null, false);
      return;
    }
    try {
      gvl = await loadVendorList(options.vendorListUrl, options.vendors);
    } catch (error) {
      cmpApi.fail();
      throw error;
    }
    if (destroyed) return;
    readStored();
    lapseSignalsWithoutTcString();
    if (!needsDecision() && evidence) cmpApi.update(evidence.tcString, false);
  })();
  // Callers await `ready`; a page that never does must not see an unhandled rejection.
  ready.catch(() => {});

  return {
    options,
    ready,
    gdprApplies,
    store,
    get needsDecision() {
      return needsDecision();
    },
    get gvl() {
      return gvl;
    },
    get choices() {
      return choices;
    },
    get evidence() {
      return evidence;
    },
    signalGranted(id) {
      if (!SIGNAL_IDS.includes(id)) return true;
      if (!gdprApplies) return store.granted(id);
      return choices !== undefined && tcfSignalChoices(choices.purposeConsents)[id] === true;
    },
    acceptAll: (context) => decide('accept-all', (list) => list && underGpc(acceptAllChoices(list, scope), store.config.gpc), context),
    rejectAll: (context) => decide('reject-all', (list) => list && rejectAllChoices(list), context),
    save: (next, siteChoices, context) => decide('custom', () => next, context, siteChoices),
    setUiVisible(visible) {
      if (!gdprApplies) return;
      void ready.then(
        () => {
          if (destroyed) return;
          if (visible) cmpApi.update(evidence?.tcString ?? '', true);
          else cmpApi.hide(evidence?.tcString);
        },
        () => {},
      );
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      cmpApi.destroy();
      uninstallStub();
    },
  };
}

// A Global Privacy Control signal opts out of targeted advertising, and the store keeps its
// advertising category denied under it, so Consent Mode denies ad_storage, ad_user_data and
// ad_personalization. "Accept all" must not tell ad tech otherwise through the TC string: it
// refuses the purposes Google maps to those types (1 → ad_storage; 1 and 7 → ad_user_data; 3 and
// 4 → ad_personalization) and every special feature (precise geolocation, device scanning). The
// person can still grant each of them in the second layer.
const GPC_REFUSED_PURPOSES = [1, 3, 4, 7];
const underGpc = (choices: TcfChoices, gpc: boolean): TcfChoices =>
  gpc
    ? {
        ...choices,
        purposeConsents: choices.purposeConsents.filter((id) => !GPC_REFUSED_PURPOSES.includes(id)),
        publisherConsents: choices.publisherConsents.filter((id) => !GPC_REFUSED_PURPOSES.includes(id)),
        specialFeatureOptins: [],
      }
    : choices;

/**
 * Removes the TCF cookies (`euconsent-v2` or the configured name, and `addtl_consent`), e.g. when
 * a site turns TCF off.
 *
 * @example
 * clearTcfCookies(store);
 */
export function clearTcfCookies(store: ConsentStore, cookieName = DEFAULT_TC_COOKIE_NAME): void {
  const jar = documentCookieJar();
  removeTcfCookie(jar, cookieName, store.config.cookie);
  removeTcfCookie(jar, ADDTL_CONSENT_COOKIE_NAME, store.config.cookie);
}
