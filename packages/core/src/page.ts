// Public API of @assent/core/page: the glue that makes a store true on a page (script and embed
// gating, clearing on withdrawal, Google Consent Mode v2, DOM events). Nothing runs at import.
import type { ConsentStore } from './store/types.js';
import { clearOnWithdrawOnDemand } from './clearing/on-demand.js';
import { startConsentMode, type ConsentModeOptions } from './consent-mode/index.js';
import type { EmbedGate } from './embeds/index.js';
import { gateEmbedsOnDemand } from './embeds/on-demand.js';
import type { EmbedTexts } from './embeds/texts.js';
import { dispatchConsentEvents } from './events/index.js';
import { gateScripts } from './gating/index.js';

export { gateScripts } from './gating/index.js';
export { consentIdOf } from './gating/watch.js';
export { gateEmbeds } from './embeds/index.js';
export { gateEmbedsOnDemand } from './embeds/on-demand.js';
export { EMBED_SELECTOR } from './embeds/selector.js';
export type { EmbedGate, EmbedOptions } from './embeds/index.js';
export { DEFAULT_EMBED_TEXTS } from './embeds/texts.js';
export type { EmbedTexts } from './embeds/texts.js';
export { clearOnWithdraw, clearServiceData } from './clearing/index.js';
export { clearOnWithdrawOnDemand } from './clearing/on-demand.js';
export type { ClearingOptions } from './clearing/index.js';
export { namePattern, domainAncestors, pathAncestors } from './clearing/patterns.js';
export { startConsentMode } from './consent-mode/index.js';
export type { ConsentModeOptions, ConsentModeRegion } from './consent-mode/index.js';
export { CONSENT_MODE_TYPES, DEFAULT_CONSENT_MODE_MAP, consentModeState } from './consent-mode/map.js';
export type { ConsentModeType, ConsentModeState } from './consent-mode/map.js';
export { dispatchConsentEvents } from './events/index.js';
export { AssentReadyEvent } from './events/ready.js';
export type { AssentReadyDetail } from './events/ready.js';
export { AssentChangeEvent } from './events/change.js';
export type { AssentChangeDetail } from './events/change.js';
export { AssentErrorEvent } from './events/error.js';
export type { AssentErrorDetail } from './events/error.js';

/**
 * Options of `startPage()`.
 *
 * @example
 * const options: PageOptions = { consentMode: { waitForUpdate: 800 }, reloadOnWithdraw: true };
 */
export interface PageOptions {
  /** Google Consent Mode v2; `false` turns it off. Default: on with the standard category map. */
  consentMode?: false | ConsentModeOptions;
  /** Gate `<script type="text/plain" data-consent>` and `data-src` embeds. Default `true`. */
  gating?: boolean;
  /** Reload the page after a withdrawal so scripts already running stop. Default `false`. */
  reloadOnWithdraw?: boolean;
  /** Placeholder texts for blocked embeds; English defaults fill the rest. */
  embedTexts?: Partial<EmbedTexts>;
  /** Default: `document`. */
  root?: Document;
}

/**
 * What `startPage()` returns.
 *
 * @example
 * const page: PageController = startPage(store);
 * page.setEmbedTexts({ button: 'Autoriser {service}' });
 */
export interface PageController {
  /** Stops gating, clearing, Consent Mode updates and events. Already loaded content stays. */
  stop(): void;
  /** Re-labels embed placeholders, e.g. when the banner's locale has loaded. */
  setEmbedTexts(texts: Partial<EmbedTexts>): void;
}

/**
 * Wires a store into the page: the Consent Mode default first and synchronously (so it precedes
 * any Google tag), then script and embed gating, clearing on withdrawal and the `assent:ready` /
 * `assent:change` DOM events. Embed gating and clearing are fetched on demand (only pages with
 * embeds, only after a withdrawal or with leftover data), so most page views never download them.
 *
 * @example
 * import { createConsent } from '@assent/core';
 * import { startPage } from '@assent/core/page';
 *
 * const store = createConsent({ region: 'DE', services });
 * const page = startPage(store, { reloadOnWithdraw: true });
 */
export function startPage(store: ConsentStore, options: PageOptions = {}): PageController {
  const root = options.root ?? document;
  const stops: Array<() => void> = [];
  let embeds: EmbedGate | undefined;
  if (options.consentMode !== false) stops.push(startConsentMode(store, { root, ...options.consentMode }));
  if (options.gating !== false) stops.push(gateScripts(store, root), (embeds = gateEmbedsOnDemand(store, { texts: options.embedTexts, root })));
  stops.push(clearOnWithdrawOnDemand(store, { reload: options.reloadOnWithdraw, root }), dispatchConsentEvents(store, root));
  return {
    stop: () => stops.splice(0).forEach((stop) => stop()),
    setEmbedTexts: (texts) => embeds?.setTexts(texts),
  };
}
