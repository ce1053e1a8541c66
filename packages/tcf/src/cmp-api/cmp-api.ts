import { CmpApi, CmpApiModel, DisplayStatus } from '@iabtechlabtcf/cmpapi';

/**
 * The running `__tcfapi` for one page, on the IAB Tech Lab's CmpApi.
 *
 * @example
 * const api: TcfCmpApi = startCmpApi(options);
 * api.update('', true); // the UI is showing: eventStatus 'cmpuishown'
 */
export interface TcfCmpApi {
  /**
   * Publishes the TC string in effect (`''`: none yet; `null`: GDPR does not apply) and whether the
   * UI is showing — which sets `eventStatus` (tcloaded / cmpuishown / useractioncomplete) and
   * `displayStatus` per the CMP API v2.2, and calls every listener.
   */
  update(tcString: string | null, uiVisible: boolean): void;
  /**
   * The UI was closed without a new decision. With a TC string in effect the choice stands as
   * re-confirmed: `useractioncomplete` with that string (CMP API v2.2: an unchanged choice also
   * completes the user action), so listeners that saw `cmpuishown` settle again. Without one,
   * only `displayStatus` becomes `hidden`: nothing was decided. No-op unless the UI was showing.
   */
  hide(tcStringInEffect: string | undefined): void;
  /** The CMP cannot work (no usable vendor list): `cmpStatus` becomes `error`; only `ping` answers. */
  fail(): void;
  /** Removes `__tcfapi` and every listener. */
  destroy(): void;
}

/**
 * What the CMP API reports besides the TC string.
 *
 * @example
 * const options: CmpApiOptions = { cmpId: 300, cmpVersion: 1, gvlVersion: () => 100, addtlConsent: () => '2~~dv.89', gdprApplies: true, loaded: () => true };
 */
export interface CmpApiOptions {
  cmpId: number;
  cmpVersion: number;
  /** The loaded vendor list's version, for `ping` even before any TC string exists. */
  gvlVersion: () => number | undefined;
  /** Google's Additional Consent string in effect, added to TCData as `addtlConsent`. */
  addtlConsent: () => string | undefined;
  /** Whether GDPR applies: `ping` says so from the start (also in the error state). */
  gdprApplies: boolean;
  /** Whether the CMP has loaded (vendor list in hand), for `ping` before any TC string exists. */
  loaded: () => boolean;
}

type Next = (response: unknown, success: boolean) => void;

/**
 * Installs `__tcfapi` (taking over the stub's queue) with the IAB library's CmpApi, corrected
 * through its custom-command hook: `ping` reports `apiVersion: '2.2'` (the library says `'2'`)
 * and the vendor list version even before a TC string exists (the library leaves it empty), and
 * TCData carries `addtlConsent` as Google's Additional Consent specification asks of TCF CMPs.
 * `ping` reports `cmpStatus: 'loaded'` once `loaded()` is true (before any TC string exists) and
 * `gdprApplies` from the start, also in the error state.
 *
 * @example
 * const api = startCmpApi({ cmpId: 300, cmpVersion: 1, gvlVersion: () => gvl.vendorListVersion, addtlConsent: () => undefined, gdprApplies: true, loaded: () => gvl !== undefined });
 * api.update(tcString, false); // eventStatus 'tcloaded'
 */
export function startCmpApi(options: CmpApiOptions): TcfCmpApi {
  // CmpApiModel is the library's global state; a previous instance (tests, SPA re-init) must not leak.
  CmpApiModel.reset();
  const cmpApi = new CmpApi(options.cmpId, options.cmpVersion, true, {
    ping: (next: Next, ping: Record<string, unknown>, success: boolean) => {
      // The library reports `loading` and no gdprApplies until the first TC string is published;
      // the CMP API has the CMP say `loaded` once it can serve requests, and gdprApplies always.
      const cmpStatus = ping.cmpStatus === 'loading' && options.loaded() ? 'loaded' : ping.cmpStatus;
      next(
        { ...ping, apiVersion: '2.2', gvlVersion: ping.gvlVersion ?? options.gvlVersion(), gdprApplies: ping.gdprApplies ?? options.gdprApplies, cmpStatus },
        success,
      );
    },
    // The library routes addEventListener and removeEventListener answers through this one too.
    getTCData: (next: Next, tcData: unknown, success: boolean) => {
      if (tcData && typeof tcData === 'object' && (tcData as { gdprApplies?: boolean }).gdprApplies) {
        const addtlConsent = options.addtlConsent();
        if (addtlConsent) (tcData as Record<string, unknown>).addtlConsent = addtlConsent;
      }
      next(tcData, success);
    },
  });
  const installed = (window as unknown as { __tcfapi?: unknown }).__tcfapi;
  let destroyed = false;
  return {
    update(tcString, uiVisible) {
      if (!destroyed) cmpApi.update(tcString, uiVisible);
    },
    hide(tcStringInEffect) {
      if (destroyed || CmpApiModel.displayStatus !== DisplayStatus.VISIBLE) return;
      if (tcStringInEffect) cmpApi.update(tcStringInEffect, false);
      else CmpApiModel.displayStatus = DisplayStatus.HIDDEN;
    },
    fail() {
      if (destroyed) return;
      // Once disabled the library answers every call (ping too) with its own error response, built
      // from the model: that is where gdprApplies must be for it to be present.
      CmpApiModel.gdprApplies = options.gdprApplies;
      cmpApi.disable();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      CmpApiModel.reset();
      const api = window as unknown as { __tcfapi?: unknown };
      if (api.__tcfapi === installed) delete api.__tcfapi;
    },
  };
}
