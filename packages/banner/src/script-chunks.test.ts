import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { rollup, type OutputChunk, type Plugin, type RollupOptions, type OutputOptions } from 'rollup';
// @ts-expect-error -- the package's own rollup config, plain ESM without declarations
import { scriptBuilds } from '../rollup.config.mjs';
// @ts-expect-error -- the list of lazily fetched files, plain ESM without declarations
import { SCRIPT_CHUNKS } from '../script-chunks.mjs';

// The script-tag build's checks (script-chunks.rollup.mjs), each made to fire: on assent.js with a
// line of code added to its entry, and on the single-file build with a wrong list.

type Build = RollupOptions & { output: OutputOptions; plugins: Plugin[] };
type Chunk = { file: string; source: string; loader: string; entryImports?: string[] };
const ENTRY = fileURLToPath(new URL('./script-tag/assent.ts', import.meta.url));

async function build(options: Build): Promise<string> {
  const bundle = await rollup(options);
  try {
    const { output } = await bundle.generate(options.output);
    return output
      .filter((file): file is OutputChunk => file.type === 'chunk')
      .map((chunk) => chunk.code)
      .join('\n');
  } finally {
    await bundle.close();
  }
}

/** assent.js's build with `code` appended to src/script-tag/assent.ts. */
function entryWith(code: string, chunks: Chunk[] = SCRIPT_CHUNKS): Build {
  const { scriptEntry } = scriptBuilds(chunks) as { scriptEntry: Build };
  const append: Plugin = { name: 'append', transform: (source, id) => (id === ENTRY ? { code: `${source}\n${code}`, map: null } : null) };
  return { ...scriptEntry, plugins: [append, ...scriptEntry.plugins] };
}

/** The single-file build for a changed list. */
const singleFileWith = (chunks: Chunk[]): Build => (scriptBuilds(chunks) as { scriptSingleFile: Build }).scriptSingleFile;

const changed = (file: string, change: Partial<Chunk> | undefined): Chunk[] =>
  SCRIPT_CHUNKS.flatMap((chunk: Chunk) => (chunk.file !== file ? [chunk] : change ? [{ ...chunk, ...change }] : []));

describe('script-tag build checks: assent.js', () => {
  it('swaps the on-demand module wherever it is imported from (matched by its resolved path)', async () => {
    const code = await build(entryWith(`import { loadIdb } from '../../../core/src/on-demand/index.js';\nvoid loadIdb().then(console.log);`));
    expect(code).toContain('assent-idb.js');
    expect(code, 'idb-keyval stays out').not.toContain('readwrite');
  });

  it('fails when a module of the list is imported statically and used', async () => {
    await expect(build(entryWith(`import { gateEmbeds } from '../../../core/src/embeds/index.js';\nconsole.log(gateEmbeds);`))).rejects.toThrow(
      /assent\.js would carry core\/src\/embeds\/index\.ts \(gateEmbeds\).*stay on demand in assent-embeds\.js.*loadEmbeds\(\)/,
    );
  });

  it('fails when such a module is used through re-exports (@assent/core/page re-exports clearing for bundlers; ui-entry.ts is one re-export)', async () => {
    await expect(build(entryWith(`import { clearServiceData } from '@assent/core/page';\nclearServiceData([]);`))).rejects.toThrow(
      /would carry core\/src\/clearing\/index\.ts \(clearServiceData\)/,
    );
    // ui-entry.ts and idb.ts only re-export: what lands is create-ui.ts's and idb-keyval's code.
    await expect(build(entryWith(`import { mountConsentUi } from './ui-entry.js';\nconsole.log(mountConsentUi);`))).rejects.toThrow(
      /would carry banner\/src\/script-tag\/ui-entry\.ts \(mountConsentUi, SHOWN\), imported by banner\/src\/script-tag\/assent\.ts: it must stay on demand in assent-ui\.js/,
    );
    await expect(build(entryWith(`import { get } from '../../../core/src/storage/idb.js';\nconsole.log(get);`))).rejects.toThrow(
      /would carry core\/src\/storage\/idb\.ts \(.*\bget\)/,
    );
  });

  it('fails when assent.js would carry the outbox (assent-sync.js is built from sync-entry.ts; assent.js reads only the idle mark of @assent/server-sync/outbox)', async () => {
    await expect(build(entryWith(`import { startOutbox } from './sync-entry.js';\nconsole.log(startOutbox);`))).rejects.toThrow(
      /would carry banner\/src\/script-tag\/sync-entry\.ts \(startOutbox\).*stay on demand in assent-sync\.js/,
    );
  });

  it('fails when an import() is left, which assent.js would inline', async () => {
    await expect(build(entryWith(`void import('./page-extras.js');`))).rejects.toThrow(
      /imports banner\/src\/script-tag\/page-extras\.ts with import\(\), so assent\.js would carry it inlined: load it with loadPageExtras\(\)/,
    );
    await expect(build(entryWith(`void import('../text-hash/index.js');`))).rejects.toThrow(/but no file of script-chunks\.mjs is built from it/);
  });
});

describe('script-tag build checks: the list against the loaders (single-file build)', () => {
  it('fails when a loader imports a module no file of the list is built from', async () => {
    await expect(build(singleFileWith(changed('assent-idb', undefined)))).rejects.toThrow(
      /loadIdb\(\) in core\/src\/on-demand\/index\.ts imports core\/src\/storage\/idb\.ts lazily, but no file of script-chunks\.mjs fetched by loadIdb\(\) is built from it/,
    );
  });

  it('fails when a file is built from another module than its loader imports', async () => {
    await expect(build(singleFileWith(changed('assent-embeds', { source: '../core/src/clearing/index.ts' })))).rejects.toThrow(
      /imports core\/src\/embeds\/index\.ts lazily, but no file of script-chunks\.mjs fetched by loadEmbeds\(\)/,
    );
  });

  it('fails when the list names a loader its module does not export', async () => {
    await expect(build(singleFileWith(changed('assent-ui', { loader: 'loadBanner' })))).rejects.toThrow(
      /assent-ui\.js is fetched by loadBanner\(\), which banner\/src\/script-tag\/loaders\.ts does not export/,
    );
  });

  it('fails when a loader is listed for a file it does not import', async () => {
    const extra = { file: 'assent-hash', source: 'src/text-hash/index.ts', module: 'scriptTag', loader: 'loadUi' };
    await expect(build(singleFileWith([...SCRIPT_CHUNKS, extra]))).rejects.toThrow(
      /script-chunks\.mjs builds assent-hash\.js from src\/text-hash\/index\.ts, but loadUi\(\) in banner\/src\/script-tag\/loaders\.ts imports banner\/src\/script-tag\/ui-entry\.ts/,
    );
  });

  it('fails when a file of the list is imported lazily by nothing', async () => {
    // loadMessages() delegates to loadLocale(), so only the last check sees that no locale is text-hash.
    const extra = { file: 'assent-hash', source: 'src/text-hash/index.ts', module: 'scriptTag', loader: 'loadMessages' };
    await expect(build(singleFileWith([...SCRIPT_CHUNKS, extra]))).rejects.toThrow(
      /builds assent-hash\.js from src\/text-hash\/index\.ts, which nothing in this build imports with import\(\)/,
    );
  });
});
