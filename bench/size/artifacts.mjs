// What a site ships by script tag, per consent manager: the files a browser downloads, taken from
// the packages' published dist folders (installed as dev dependencies of this package) and from
// Assent's own script-tag build.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
export const ASSENT_SCRIPT_DIR = fileURLToPath(new URL('../../packages/banner/dist/script/', import.meta.url));

/** Directory of an installed dev dependency (pnpm links each one into bench/node_modules). */
export const packageDir = (name) => join(benchDir, 'node_modules', name);
export const packageVersion = (name) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;

/**
 * The comparison consent managers and the files each one's documentation tells a site to include.
 * The published files are already minified; they are measured as published.
 */
export function competitorArtifacts() {
  const of = (name, label, files, note) => ({
    label: `${label} ${packageVersion(name)}`,
    note,
    files: files.map((file) => join(packageDir(name), file)),
  });
  return [
    of('vanilla-cookieconsent', 'vanilla-cookieconsent', ['dist/cookieconsent.umd.js', 'dist/cookieconsent.css'], 'JS + CSS'),
    of('klaro', 'Klaro', ['dist/klaro.js'], 'klaro.js: CSS and translations built in'),
    // tarteaucitron.min.js loads the other three itself (the `.min` variants, as its own name has `.min.`).
    of(
      'tarteaucitronjs',
      'tarteaucitron',
      ['tarteaucitron.min.js', 'lang/tarteaucitron.en.min.js', 'tarteaucitron.services.min.js', 'css/tarteaucitron.min.css'],
      'loader + English + services + CSS',
    ),
    of('cookieconsent', 'Osano cookieconsent', ['build/cookieconsent.min.js', 'build/cookieconsent.min.css'], 'JS + CSS'),
  ];
}

// Static imports of an ES module chunk (`import{a as b}from"./x.js"`, `import"./x.js"`,
// `export{…}from"./x.js"`); `import("./x.js")` is lazy and deliberately not matched.
const STATIC_IMPORT = /\b(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*|\{[^}]*\})\s*from\s*)["'](\.{1,2}\/[^"']+)["']/g;

/**
 * A chunk plus every chunk it imports statically, transitively: what the browser must fetch
 * before the chunk can run.
 * @param {string} entry absolute path of an ES module chunk
 */
export function withStaticImports(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) visit(join(dirname(file), specifier));
  };
  visit(entry);
  return [...seen];
}

/**
 * Assent's three script-tag cases. `assent.js` is a classic script that imports `assent-ui.js`
 * (and what that imports) only when the banner must be shown; the preferences dialog and other
 * locales are further lazy chunks, fetched on demand and not counted here.
 */
export function assentArtifacts(dir = ASSENT_SCRIPT_DIR) {
  const entry = join(dir, 'assent.js');
  const ui = join(dir, 'assent-ui.js');
  const single = join(dir, 'assent.all.js');
  const missing = [entry, ui, single].filter((file) => !existsSync(file));
  if (missing.length)
    throw new Error(
      `Assent's script-tag build is missing ${missing.map((file) => relative(benchDir, file)).join(', ')}: run \`pnpm --filter @assent/banner run build\``,
    );
  // The evidence outbox chunk, fetched on sites that configure a ledger endpoint while something is
  // to be delivered (a returning visitor whose decisions are delivered fetches assent.js only).
  const sync = join(dir, 'assent-sync.js');
  const withLedger = existsSync(sync)
    ? [{ label: 'Assent — page view delivering to a ledger', note: 'assent.js + the outbox chunk', files: [entry, ...withStaticImports(sync)] }]
    : [];
  return [
    { label: 'Assent — returning visitor', note: 'assent.js only: a stored decision needs no UI (nor, once delivered, the outbox)', files: [entry] },
    ...withLedger,
    { label: 'Assent — first visit, English', note: 'assent.js + the banner chunk and its static imports', files: [entry, ...withStaticImports(ui)] },
    { label: 'Assent — single-file build', note: 'assent.all.js: everything in one request', files: [single] },
  ];
}
