// The script tag's lazily fetched files, in one list. `assent.js` carries what every page view
// needs; each file listed here sits beside it and is fetched from the same base URL on first use.
// From this list rollup.config.mjs derives
//  - the inputs of the lazy builds (`scriptUi`, and one build per `ownBuild` file),
//  - for `assent.js`, a stand-in for each loader module whose loaders fetch these files through
//    src/script-tag/base-url.ts instead of import()ing the sources,
//  - the checks that fail the build when a loader and this list disagree or when `assent.js` would
//    carry one of these modules itself (script-chunks.rollup.mjs).
// The loader modules stay typed TypeScript with plain import()s: bundlers (the ESM build), the
// single-file build (`assent.all.js`), the type checker and the tests use them as they are.
//
// Adding a lazy file: export a loader with an import() from a loader module, and add a line here.
import { readdirSync } from 'node:fs';

/** The modules whose loaders `assent.js` replaces, by key (paths relative to packages/banner). */
export const LOADER_MODULES = {
  /** @assent/core's on-demand code (IndexedDB, embed gating, clearing). */
  core: '../core/src/on-demand/index.ts',
  /** The script tag's own: the UI, locales, page extras, the evidence outbox. */
  scriptTag: 'src/script-tag/loaders.ts',
  /** @assent/tcf's script tag (`assent-tcf.js`): the TCF CMP and its UI. assent.js never imports it. */
  tcf: '../tcf/src/script-tag/loaders.ts',
  /** @assent/gpp's script tags (`assent-gpp.js`, `assent-tcf-gpp.js`): the GPP CMP. assent.js never imports it. */
  gpp: '../gpp/src/script-tag/loaders.ts',
};

/**
 * Every locale the banner ships: the files `src/locales/<code>.ts` (`en-details.ts` and the like
 * are parts of English, not locales). `LOCALES` in src/locales/pick-locale.ts is the runtime copy;
 * src/locales/locales.test.ts checks that the two agree.
 */
export const LOCALE_CODES = readdirSync(new URL('./src/locales/', import.meta.url))
  .map((file) => /^([a-z]{2,3})\.ts$/.exec(file)?.[1])
  .filter((code) => code !== undefined)
  .sort();

/**
 * One lazily fetched file.
 *
 * @typedef {object} ScriptChunk
 * @property {string} file the file beside assent.js, without `.js`; `[locale]` in a per-locale file
 * @property {string} source the module it is built from, relative to packages/banner (`[locale]` alike)
 * @property {keyof typeof LOADER_MODULES} module the loader module that exports its loader
 * @property {string} loader the loader's export name
 * @property {string[]} [locales] one file per locale; the loader takes the locale code
 * @property {string} [resolvesTo] the loader resolves to this export of the file, not the module
 * @property {true} [retry] the loader takes an attempt number; a later attempt asks under another
 *   URL, since browsers remember a module that failed to load (offline) under its URL
 * @property {true} [ownBuild] a build of its own, so what it shares with the UI is copied into it
 *   rather than split into a chunk that the banner would have to fetch too
 * @property {string[]} [entryImports] names `assent.js` may import from `source` itself
 */

/** @type {ScriptChunk[]} */
export const SCRIPT_CHUNKS = [
  // The Lit banner, when it must be shown; the dialog and English texts are its own chunks.
  { file: 'assent-ui', source: 'src/script-tag/ui-entry.ts', module: 'scriptTag', loader: 'loadUi' },
  // The evidence outbox and its texts uploader, only on sites that set assentConfig.syncEndpoint.
  // assent.js asks the idle mark (@assent/server-sync/outbox's outboxIsIdle, a few bytes) itself
  // whether there is anything to deliver before it fetches the outbox.
  { file: 'assent-sync', source: 'src/script-tag/sync-entry.ts', module: 'scriptTag', loader: 'loadOutbox', retry: true },
  // Core's IndexedDB code (first decision written, history()), embed gating (pages with data-src
  // embeds) and cookie clearing (a withdrawal, or leftovers of a service that is not granted).
  { file: 'assent-idb', source: '../core/src/storage/idb.ts', module: 'core', loader: 'loadIdb' },
  { file: 'assent-embeds', source: '../core/src/embeds/index.ts', module: 'core', loader: 'loadEmbeds' },
  { file: 'assent-clearing', source: '../core/src/clearing/index.ts', module: 'core', loader: 'loadClearing' },
  // Every locale but English, which the banner carries (embed texts, the floating button, the UI).
  {
    file: 'locale-[locale]',
    source: 'src/locales/[locale].ts',
    module: 'scriptTag',
    loader: 'loadMessages',
    locales: LOCALE_CODES.filter((code) => code !== 'en'),
    resolvesTo: 'default',
  },
  // Embed texts in the page's language and the floating button, on pages that have them.
  { file: 'page-extras', source: 'src/script-tag/page-extras.ts', module: 'scriptTag', loader: 'loadPageExtras', ownBuild: true },
];

/**
 * Each file of `chunks` with its source (a per-locale entry gives one per locale).
 *
 * @example
 * scriptFiles(SCRIPT_CHUNKS).find((file) => file.name === 'locale-fr'); // { name: 'locale-fr', source: 'src/locales/fr.ts', chunk }
 * @param {ScriptChunk[]} chunks
 * @returns {Array<{ name: string, source: string, chunk: ScriptChunk }>}
 */
export const scriptFiles = (chunks) =>
  chunks.flatMap((chunk) =>
    (chunk.locales ?? [undefined]).map((code) => ({
      name: code ? chunk.file.replace('[locale]', code) : chunk.file,
      source: code ? chunk.source.replace('[locale]', code) : chunk.source,
      chunk,
    })),
  );
