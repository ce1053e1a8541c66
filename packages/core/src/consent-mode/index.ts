import type { Regime } from '../decision/types.js';
import type { ConsentStore } from '../store/types.js';
import { defaultGrants } from '../decision/choices.js';
import { DEFAULT_CONSENT_MODE_MAP, consentModeState, type ConsentModeState, type ConsentModeType } from './map.js';

/**
 * A default for visitors Google's geolocation places in `region` (ISO 3166 codes): the defaults of
 * `regime` (default: the store's), then any type given explicitly. Useful when the site does not
 * know the region itself (`config.region` empty).
 *
 * @example
 * const us: ConsentModeRegion = { region: ['US-CA', 'US-CO'], regime: 'opt-out' };
 */
export type ConsentModeRegion = { region: string[]; regime?: Regime } & Partial<ConsentModeState>;

/**
 * Options of `startConsentMode()`.
 *
 * @example
 * const options: ConsentModeOptions = { waitForUpdate: 800, regions: [{ region: ['US'], regime: 'opt-out' }] };
 */
export interface ConsentModeOptions {
  /** Category or service id → Consent Mode types, merged over `DEFAULT_CONSENT_MODE_MAP`. */
  map?: Record<string, readonly ConsentModeType[]>;
  /** Region-scoped defaults, sent after the visitor's own default. */
  regions?: ConsentModeRegion[];
  /** How long Google tags wait for an update after the default, in ms. Default 500. */
  waitForUpdate?: number;
  /** Name of the global data layer. Default `dataLayer`. */
  dataLayer?: string;
  /** dataLayer event pushed after each update, for GTM triggers; `false` for none. Default `assent_consent_update`. */
  event?: string | false;
  root?: Document;
}

/**
 * Speaks Google Consent Mode v2 into `window.dataLayer`: at once `gtag('consent', 'default', …)`
 * with all seven types and `wait_for_update` (plus region-scoped defaults), then — now if a decision
 * is stored (even one asked again: in opt-out its refusals still hold), and after every change —
 * `gtag('consent', 'update', …)` and an `assent_consent_update` event; `ads_data_redaction` follows
 * `ad_storage`. Call it before any Google tag. A GPC signal keeps
 * the advertising types denied (the store never grants advertising on it). Returns a stop function.
 *
 * @example
 * const stop = startConsentMode(store, { regions: [{ region: ['US'], regime: 'opt-out' }] });
 */
export function startConsentMode(store: ConsentStore, options: ConsentModeOptions = {}): () => void {
  const { config } = store;
  const map = { ...DEFAULT_CONSENT_MODE_MAP, ...options.map };
  const wait_for_update = options.waitForUpdate ?? 500;
  const win = (options.root ?? document).defaultView as unknown as Record<string, unknown[]>;
  const name = options.dataLayer ?? 'dataLayer';
  const event = options.event ?? 'assent_consent_update';
  // gtag.js only acts on `Arguments` objects: a pushed array (rest parameters) is silently ignored.
  // The data layer is looked up on each push, so one the site creates or replaces later is used.
  function gtag(..._: unknown[]) {
    // biome-ignore lint/complexity/noArguments: gtag.js needs the Arguments object (see above)
    (win[name] ||= []).push(arguments);
  }
  const defaults = (regime: Regime) => {
    const grants = defaultGrants({ ...config, regime });
    return consentModeState(map, (id) => grants[id] === true);
  };
  const granted = (id: string) => store.granted(id);
  const update = () => {
    const state = consentModeState(map, granted);
    gtag('consent', 'update', state);
    gtag('set', 'ads_data_redaction', state.ad_storage === 'denied');
    // GTM merges a pushed object into its data model key by key and an array index by index, so
    // `granted` would keep withdrawn ids: `assent: null` first replaces the whole object.
    if (event)
      (win[name] ||= []).push(
        { assent: null },
        { event, assent: { granted: Object.keys(config.owners).filter(granted), method: store.state?.method, gpc: config.gpc } },
      );
  };

  const base = defaults(config.regime);
  gtag('consent', 'default', { ...base, wait_for_update });
  for (const { region, regime, ...types } of options.regions ?? [])
    gtag('consent', 'default', { ...defaults(regime ?? config.regime), ...types, region, wait_for_update });
  gtag('set', 'ads_data_redaction', base.ad_storage === 'denied');
  // A stale decision (another revision, expired) too: in opt-out what it refused stays refused,
  // which the regime's default above grants (in opt-in the update repeats the default).
  if (store.status !== 'none') update();
  return store.subscribe(update);
}
