import { type ConsentStore, documentCookieJar } from '@assent/core';
import { CmpApi, CmpDisplayStatus, CmpStatus, SignalStatus } from '@iabgpp/cmpapi';
import { DEFAULT_GPP_COOKIE_NAME, readGppCookie, removeGppCookie, writeGppCookie } from '../cookie/gpp-cookie.js';
import { encodeGppString, sectionStrings } from '../gpp-string/encode.js';
import { usSectionFields } from '../sections/fields.js';
import { TCFEUV2_SECTION, US_STATE_SECTIONS, USNAT_SECTION, sectionForRegion } from '../sections/regions.js';
import { installGppStub } from '../stub/stub.js';
import type { GppController, GppEvidence, GppOptions, GppSection } from '../types.js';
import { DEFAULT_OPT_OUT_OF, gppSignals } from './signals.js';
import { validateGppForStore, validateGppOptions } from './validate.js';

type GppFunction = (command?: string, callback?: (data: unknown, success: boolean) => void, parameter?: unknown) => unknown;

/**
 * The `cmpStatus` of a CMP (not a stub) answering `__gpp`, or `undefined` when there is none or
 * only a stub. A CMP answers `ping` at once; a stub answers `'stub'` or queues it.
 *
 * @example
 * runningCmpStatus(window.__gpp); // 'loaded' while a CMP runs
 */
function runningCmpStatus(gpp: GppFunction | undefined): string | undefined {
  if (typeof gpp !== 'function') return undefined;
  let status: string | undefined;
  try {
    gpp('ping', (ping) => {
      const answered = (ping as { cmpStatus?: unknown } | null)?.cmpStatus;
      if (typeof answered === 'string' && answered !== 'stub') status = answered;
    });
  } catch {
    // A stub that cannot ping is still a stub.
  }
  return status;
}

/** `applicableSections` when no section applies (GPP CMP API v1.1). */
const NONE_APPLICABLE = -1;

/**
 * `supportedAPIs` in the CMP API v1.1 form (`"7:usnat"`): every section Assent writes, the TCF EU
 * section only when a TCF CMP runs beside.
 *
 * @example
 * supportedApis(true); // ['2:tcfeuv2', '7:usnat', '8:usca', …, '27:usri']
 */
export function supportedApis(withTcf: boolean): string[] {
  const sections: GppSection[] = [...(withTcf ? [TCFEUV2_SECTION] : []), USNAT_SECTION, ...Object.values(US_STATE_SECTIONS)];
  return sections.sort((a, b) => a.id - b.id).map(({ id, name }) => `${id}:${name}`);
}

/**
 * Starts the GPP CMP for a store: `__gpp` on the IAB's `CmpApi` (over the stub's queue and
 * listeners; the stub is installed first when the page has none), the GPP string of the visitor's
 * section recomputed on every store change, and the `assent_gpp` cookie. A US visitor gets their
 * state's section (or `usnat`); with `tcf`, where GDPR applies, the string carries the TC string as
 * `tcfeuv2`. Throws `ConsentConfigError` for bad options, a `cookieName` of a consent cookie or an
 * `optOutOf` id the config does not have.
 *
 * @example
 * const store = createConsent({ region: 'US-CA' });
 * const gpp = startGpp(store, { cmpId: 300, mspa: { coveredTransaction: true } });
 * __gpp('ping', (ping) => ping.applicableSections); // [8]
 */
export function startGpp(store: ConsentStore, options: GppOptions): GppController {
  validateGppOptions(options);
  validateGppForStore(store, options);
  const section = sectionForRegion(options.region ?? store.config.region, options.sections);
  const { tcf, notices, mspa } = options;
  const optOutOf = options.optOutOf ?? DEFAULT_OPT_OUT_OF;
  const cookieName = options.cookieName ?? DEFAULT_GPP_COOKIE_NAME;
  const jar = documentCookieJar();
  const supportedAPIs = supportedApis(tcf !== undefined);

  // The TC string in effect, as __tcfapi serves it: none while TCF asks (again), e.g. for a new vendor.
  const tcString = () => (tcf?.gdprApplies && !tcf.needsDecision ? tcf.evidence?.tcString : undefined);
  const applicableSections = () => {
    const ids = [...(section ? [section.id] : []), ...(tcf?.gdprApplies ? [TCFEUV2_SECTION.id] : [])];
    return ids.length ? ids : [NONE_APPLICABLE];
  };
  // From the store's state at each call: the evidence outbox reads it in its own store listener,
  // which may run before this controller's.
  const evidence = (): GppEvidence => ({
    gppString: encodeGppString({ section, fields: section && usSectionFields(section, gppSignals(store, optOutOf), notices, mspa), tcString: tcString() }),
    applicableSections: applicableSections(),
  });
  // Listeners wait while TCF applies and has no TC string in effect: the person has to decide first.
  // And while the consent UI is open where consent is asked first (opt-in regime): the person is
  // deciding, and the string is not theirs yet (CMP API v1.1: "not ready" until it is). In the
  // opt-out regime the string in effect stands while a notice is open (an opt-out applies once
  // made), so listeners are not held for as long as a banner stays unanswered.
  let uiVisible = false;
  const deciding = () => uiVisible && store.config.regime === 'opt-in';
  const signalStatus = () => (deciding() || (tcf?.gdprApplies && tcString() === undefined) ? SignalStatus.NOT_READY : SignalStatus.READY);

  /**
   * The cookie for backends: while a section is in the string and a decision is in effect, for as
   * long as that decision lasts. Before any decision the string says only defaults, and a cookie
   * that outlived its decision (made again on a page without GPP) would say an old one.
   */
  const storeCookie = (gppString: string) => {
    if (cookieName === false) return;
    const decision = store.state;
    if (decision && (section || tcString())) {
      writeGppCookie(jar, cookieName, gppString, store.config.cookie, (Date.parse(decision.expiresAt) - Date.now()) / 1000);
    } else if (readGppCookie(jar, cookieName) !== undefined) {
      removeGppCookie(jar, cookieName, store.config.cookie);
    }
  };

  const win = window as unknown as { __gpp?: GppFunction };
  const owner = runningCmpStatus(win.__gpp);
  if (owner !== undefined)
    throw new Error(
      `startGpp(): a GPP CMP already answers __gpp (cmpStatus "${owner}"); destroy() it before starting another, since two CMPs cannot share __gpp`,
    );
  // Encoded before __gpp changes: a string that cannot be encoded fails the start, not a running page.
  let published = evidence();
  installGppStub({ cmpId: options.cmpId, supportedAPIs });
  // Kept to put back on destroy(): `__gpp` must stay a function answering, and queuing for a later
  // CMP, once the page has one (nested frames' calls reach it through the locator).
  const stub = win.__gpp;
  // Takes over the stub's queued calls and listeners and replaces `__gpp`.
  const cmpApi = new CmpApi(options.cmpId, options.cmpVersion ?? 1);
  const api = win.__gpp;
  /** `__gpp` back to the stub, which answers and queues for a later CMP (nested frames never hang). */
  const restoreStub = () => {
    if (win.__gpp !== api || !stub) return;
    // The CMP took the stub's queue and listeners over and answered them: a later CMP must not again.
    try {
      for (const taken of [stub(), stub('events')]) if (Array.isArray(taken)) taken.length = 0;
    } catch {
      // A page's own stub without the queue commands: nothing of ours to clear.
    }
    win.__gpp = stub;
  };
  try {
    cmpApi.setSupportedAPIs(supportedAPIs);
    cmpApi.setApplicableSections(published.applicableSections);
    cmpApi.setGppString(published.gppString);
    storeCookie(published.gppString);
    cmpApi.setCmpStatus(CmpStatus.LOADED);
    if (signalStatus() === SignalStatus.READY) cmpApi.setSignalStatus(SignalStatus.READY);
  } catch (error) {
    // A start that fails halfway leaves the stub, so a script tag can still answer with an error.
    restoreStub();
    throw error;
  }

  let destroyed = false;
  /**
   * Publishes the string for the store's state now, in the event order of CMP API v1.1:
   * signalStatus "not ready", a sectionChange per changed section, then signalStatus "ready".
   */
  const publish = () => {
    if (destroyed) return;
    let next: GppEvidence;
    try {
      next = evidence();
    } catch (error) {
      // Never into the store's listeners: the decision stands. Listeners hear that the string in
      // __gpp is no longer the person's, and wait.
      console.error('Assent GPP: the GPP string for this decision could not be encoded', error);
      if (cmpApi.getSignalStatus() !== SignalStatus.NOT_READY) cmpApi.setSignalStatus(SignalStatus.NOT_READY);
      return;
    }
    storeCookie(next.gppString);
    const changed = next.gppString !== published.gppString || next.applicableSections.join() !== published.applicableSections.join();
    if (changed) {
      const before = sectionStrings(published.gppString);
      const after = sectionStrings(next.gppString);
      if (cmpApi.getSignalStatus() === SignalStatus.READY) cmpApi.setSignalStatus(SignalStatus.NOT_READY);
      cmpApi.setApplicableSections(next.applicableSections);
      cmpApi.setGppString(next.gppString);
      published = next;
      for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (before[name] !== after[name]) cmpApi.fireSectionChange(name);
      }
    }
    const status = signalStatus();
    if (cmpApi.getSignalStatus() !== status) cmpApi.setSignalStatus(status);
  };
  /** `cmpDisplayStatus` as it is now, told to listeners only when it changes. */
  const display = (visible: boolean) => {
    uiVisible = visible;
    const status = visible ? CmpDisplayStatus.VISIBLE : CmpDisplayStatus.HIDDEN;
    if (cmpApi.getCmpDisplayStatus() !== status) cmpApi.setCmpDisplayStatus(status);
  };
  // A decision closes the consent UI: listeners hear it hidden before the new string, then "ready".
  const unsubscribe = store.subscribe(() => {
    if (destroyed) return;
    display(false);
    publish();
  });

  return {
    options,
    section,
    store,
    get evidence() {
      return evidence();
    },
    get signals() {
      return gppSignals(store, optOutOf);
    },
    refresh: publish,
    setUiVisible(visible) {
      if (destroyed) return;
      display(visible);
      // Shown where consent is asked: the person is deciding. Hidden: the signals are final again —
      // with the new string first if a decision closed it before this controller's store listener ran.
      if (visible) {
        if (deciding() && cmpApi.getSignalStatus() !== SignalStatus.NOT_READY) cmpApi.setSignalStatus(SignalStatus.NOT_READY);
      } else publish();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      restoreStub();
    },
  };
}
