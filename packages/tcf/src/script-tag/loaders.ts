// The TCF script tag's loaders of code fetched after start-up. As written they import() the
// sources (the ESM build, the single-file build, the type checker and the tests); for
// assent-tcf.js the build swaps this module for one that fetches each file from the script's
// base URL (script-chunks.mjs lists the files).

/** What the TCF CMP module (`assent-tcf-cmp.js`) exports. */
export type TcfCmpModule = typeof import('./cmp-entry.js');
/** What the TCF UI module (`assent-tcf-ui.js`) exports. */
export type TcfUiModule = typeof import('./ui-entry.js');

/**
 * Loads the CMP (`assent-tcf-cmp.js`: the IAB Tech Lab's TC string and CMP API libraries), on
 * every page view of a TCF site: ad tech asks `__tcfapi` on every page.
 *
 * @example
 * const { startTcf } = await loadTcfCmp();
 */
export const loadTcfCmp = (): Promise<TcfCmpModule> => import('./cmp-entry.js');

/**
 * Loads the TCF banner and dialog (`assent-tcf-ui.js`), only when they must be shown.
 *
 * @example
 * const { createTcfUi } = await loadTcfUi();
 */
export const loadTcfUi = (): Promise<TcfUiModule> => import('./ui-entry.js');
