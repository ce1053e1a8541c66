// The rollup plugin that turns script-chunks.mjs into assent.js's loaders.
import { fileURLToPath } from 'node:url';
import { LOADER_MODULES } from './script-chunks.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const STAND_IN = '\0fetch-from-base-url:';

/** The loader modules by absolute path → their key in LOADER_MODULES. */
const loaderModules = new Map(Object.entries(LOADER_MODULES).map(([key, path]) => [here(path), key]));

// The stand-in's version of one loader: the same signature, fetching the file beside assent.js.
function standInLoader(chunk) {
  const file = chunk.locales ? `\`${chunk.file.replace('[locale]', '${locale}')}.js\`` : `'${chunk.file}.js'`;
  const parameters = chunk.locales ? 'locale' : chunk.retry ? 'attempt = 0' : '';
  const url = chunk.retry ? `attempt ? \`${chunk.file}.js?attempt=\${attempt}\` : ${file}` : file;
  const picked = chunk.resolvesTo ? `.then((module) => module.${chunk.resolvesTo})` : '';
  return `export const ${chunk.loader} = (${parameters}) => fromBase(${url})${picked};`;
}

/**
 * For assent.js: every loader module, wherever it is imported from (matched by its resolved path),
 * is replaced by a module whose loaders fetch the listed files from assent.js's base URL.
 *
 * @example
 * rollup({ input: 'src/script-tag/assent.ts', plugins: [fetchFromBaseUrl(SCRIPT_CHUNKS), ...] });
 */
export function fetchFromBaseUrl(chunks) {
  return {
    name: 'assent-fetch-from-base-url',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && loaderModules.has(resolved.id) ? STAND_IN + resolved.id : resolved;
    },
    load(id) {
      if (!id.startsWith(STAND_IN)) return null;
      const key = loaderModules.get(id.slice(STAND_IN.length));
      const loaders = chunks.filter((chunk) => chunk.module === key);
      return [`import { fromBase } from ${JSON.stringify(here('src/script-tag/base-url.ts'))};`, ...loaders.map(standInLoader)].join('\n');
    },
  };
}
