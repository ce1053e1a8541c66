// Code most page views never run, fetched on first use: IndexedDB (first decision written or
// history read), embed gating (a page with `data-src` embeds) and cookie clearing (a withdrawal, or
// leftovers of a service that is not granted). Bundlers turn each import() into a chunk of its own.
// The banner's script-tag build swaps this module, wherever it is imported from, for one that
// fetches the same code as files beside assent.js (packages/banner/script-chunks.mjs lists them
// and fails that build if they and the import()s here disagree).

/**
 * Loads the idb-keyval functions the store uses.
 *
 * @example
 * const { get, createStore } = await loadIdb();
 */
export const loadIdb = () => import('../storage/idb.js');

/**
 * Loads embed gating (`gateEmbeds`).
 *
 * @example
 * const { gateEmbeds } = await loadEmbeds();
 */
export const loadEmbeds = () => import('../embeds/index.js');

/**
 * Loads cookie and localStorage clearing (`clearOnWithdraw`, `clearServiceData`).
 *
 * @example
 * const { clearServiceData } = await loadClearing();
 */
export const loadClearing = () => import('../clearing/index.js');
