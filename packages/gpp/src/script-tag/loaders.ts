// The GPP script tag's loader of code fetched after start-up. As written it import()s the source
// (the ESM build, the type checker and the tests); for assent-gpp.js and assent-tcf-gpp.js the build
// swaps this module for one that fetches the file from the script's base URL (script-chunks.mjs).

/** What the GPP CMP module (`assent-gpp-cmp.js`) exports. */
export type GppCmpModule = typeof import('./cmp-entry.js');

/**
 * Loads the CMP (`assent-gpp-cmp.js`: the IAB Tech Lab's GPP library), on every page view of a GPP
 * site: ad tech asks `__gpp` on every page.
 *
 * @example
 * const { startGpp } = await loadGppCmp();
 */
export const loadGppCmp = (): Promise<GppCmpModule> => import('./cmp-entry.js');
