// The rollup plugins that turn script-chunks.mjs into the script-tag build, and the checks that
// fail it when the list, the loaders and assent.js disagree. Each check has a test that makes it
// fire (src/script-chunks.test.ts).
import { fileURLToPath } from 'node:url';
import { isAbsolute, relative } from 'node:path';
import { LOADER_MODULES, scriptFiles } from './script-chunks.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// Paths in messages from packages/ (a specifier nothing resolved stays as written).
const shown = (id) => (isAbsolute(id) ? relative(here('..'), id) : id);
const STAND_IN = '\0fetch-from-base-url:';

/** The loader modules by absolute path → their key in LOADER_MODULES. */
const loaderModules = new Map(Object.entries(LOADER_MODULES).map(([key, path]) => [here(path), key]));

/** Each file of `chunks` with the absolute path of its source. */
const filesOf = (chunks) => scriptFiles(chunks).map((file) => ({ ...file, id: here(file.source) }));

// The stand-in's version of one loader: the same signature, fetching the file beside assent.js.
function standInLoader(chunk) {
  // A per-locale file name is a template literal of the generated code, `locale-${locale}.js`
  // (in a replacement string `$$` is a literal `$`).
  const file = chunk.locales ? `\`${chunk.file.replace('[locale]', '$${locale}')}.js\`` : `'${chunk.file}.js'`;
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

/** What a module re-exports: `{ as, name, from }` per name (`*` for `export * from`). */
async function reexportsOf(context, info) {
  const reexports = [];
  for (const node of info.ast.body) {
    if (!node.source || (node.type !== 'ExportNamedDeclaration' && node.type !== 'ExportAllDeclaration')) continue;
    const from = (await context.resolve(node.source.value, info.id))?.id;
    if (!from) continue;
    if (node.type === 'ExportAllDeclaration') reexports.push({ as: '*', name: '*', from });
    else for (const { local, exported } of node.specifiers) reexports.push({ as: exported.name ?? exported.value, name: local.name ?? local.value, from });
  }
  return reexports;
}

/**
 * For assent.js: fails the build when it would carry a listed file's code — the source's own
 * code, or an export of it (followed through re-exports) that assent.js uses, but for the names the
 * list allows (`entryImports`) — and when an import() is left, since assent.js inlines whatever it
 * imports lazily. A source may be in assent.js's graph without landing there: @assent/core/page
 * re-exports gateEmbeds for bundlers, and tree-shaking drops it.
 *
 * @example
 * rollup({ input: 'src/script-tag/assent.ts', plugins: [fetchFromBaseUrl(SCRIPT_CHUNKS), entryChecks(SCRIPT_CHUNKS), ...] });
 */
export function entryChecks(chunks) {
  const files = new Map(filesOf(chunks).map((file) => [file.id, file]));
  const reexports = new Map();
  return {
    name: 'assent-entry-checks',
    async moduleParsed(info) {
      reexports.set(info.id, await reexportsOf(this, info));
    },
    generateBundle(_, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        // Whether the chunk renders export `name` of module `id`, wherever it is declared.
        const rendered = (id, name, seen = new Set()) =>
          !seen.has(`${id}:${name}`) &&
          seen.add(`${id}:${name}`) &&
          (output.modules[id]?.renderedExports.includes(name) ||
            (reexports.get(id) ?? []).some(
              (reexport) => (reexport.as === name || reexport.as === '*') && rendered(reexport.from, reexport.as === '*' ? name : reexport.name, seen),
            ));
        // Every problem at once: a static import of the UI also leaves the UI's own import()s.
        const errors = [];
        for (const [id, file] of files) {
          const info = this.getModuleInfo(id);
          if (!info) continue;
          const landed = (info.exports ?? []).filter((name) => !file.chunk.entryImports?.includes(name) && rendered(id, name));
          if (output.modules[id]?.renderedLength || landed.length)
            errors.push(
              `${output.fileName} would carry ${shown(id)}${landed.length ? ` (${landed.join(', ')})` : ''}, imported by ${[...info.importers, ...info.dynamicImporters].map(shown).join(', ')}: ` +
                `it must stay on demand in ${file.name}.js. Load it with ${file.chunk.loader}() (script-chunks.mjs) instead.`,
            );
        }
        for (const [id, module] of Object.entries(output.modules)) {
          if (!module.renderedLength) continue;
          for (const target of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) {
            const file = files.get(target);
            errors.push(
              file
                ? `${shown(id)} imports ${shown(target)} with import(), so ${output.fileName} would carry it inlined: load it with ${file.chunk.loader}(), which fetches ${file.name}.js.`
                : `${shown(id)} imports ${shown(target)} with import(), but no file of script-chunks.mjs is built from it: ${output.fileName} would carry it inlined. Add a loader and a line to script-chunks.mjs.`,
            );
          }
        }
        if (errors.length) this.error(errors.join('\n'));
      }
    },
  };
}

/** The specifiers of every literal import() inside an AST node. */
const lazyImports = (node) =>
  !node || typeof node !== 'object'
    ? []
    : node.type === 'ImportExpression' && typeof node.source.value === 'string'
      ? [node.source.value]
      : Object.values(node).flatMap((child) => (Array.isArray(child) ? child.flatMap(lazyImports) : lazyImports(child)));

/** The loaders a module exports (`export const name = …` or `export function name`), with their AST. */
function exportedLoaders(ast) {
  const loaders = new Map();
  for (const node of ast.body) {
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : undefined;
    if (declaration?.type === 'FunctionDeclaration') loaders.set(declaration.id.name, declaration);
    for (const declarator of declaration?.type === 'VariableDeclaration' ? declaration.declarations : []) loaders.set(declarator.id.name, declarator.init);
  }
  return loaders;
}

/**
 * For the builds that use the loader modules as they are (assent.all.js): fails the build when a
 * loader's import() and the list disagree — a lazy import with no listed file (assent.js would have
 * nothing to fetch), a listed file built from another module than its loader imports, a loader the
 * module does not export, or a listed file nothing imports lazily.
 *
 * @example
 * rollup({ input: 'src/script-tag/assent.ts', plugins: [loaderChecks(SCRIPT_CHUNKS), ...] });
 */
export function loaderChecks(chunks) {
  const files = filesOf(chunks);
  return {
    name: 'assent-loader-checks',
    async moduleParsed(info) {
      const key = loaderModules.get(info.id);
      if (!key) return;
      const loaders = exportedLoaders(info.ast);
      for (const chunk of chunks.filter((listed) => listed.module === key)) {
        if (!loaders.has(chunk.loader))
          this.error(`script-chunks.mjs: ${chunk.file}.js is fetched by ${chunk.loader}(), which ${shown(info.id)} does not export.`);
      }
      for (const [loader, node] of loaders) {
        const targets = await Promise.all(lazyImports(node).map(async (specifier) => (await this.resolve(specifier, info.id))?.id ?? specifier));
        for (const target of targets) {
          if (!files.some((file) => file.id === target && file.chunk.loader === loader && file.chunk.module === key))
            this.error(
              `${loader}() in ${shown(info.id)} imports ${shown(target)} lazily, but no file of script-chunks.mjs fetched by ${loader}() is built from it: assent.js would have nothing to fetch.`,
            );
        }
        for (const file of files.filter(
          (listed) => listed.chunk.loader === loader && listed.chunk.module === key && targets.length && !targets.includes(listed.id),
        ))
          this.error(
            `script-chunks.mjs builds ${file.name}.js from ${file.source}, but ${loader}() in ${shown(info.id)} imports ${targets.map(shown).join(', ')}.`,
          );
      }
    },
    buildEnd(error) {
      if (error) return;
      for (const file of files) {
        if (!this.getModuleInfo(file.id)?.dynamicImporters.length)
          this.error(
            `script-chunks.mjs builds ${file.name}.js from ${file.source}, which nothing in this build imports with import(): no loader would fetch it.`,
          );
      }
    },
  };
}
