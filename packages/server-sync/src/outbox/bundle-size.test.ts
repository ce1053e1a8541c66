import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The outbox ships in the script-tag bundle. idb-keyval is counted separately because core
// already includes it there; the outbox's own share is what the bundle grows by. It was 1 KB;
// finding and recording a decision it never queued (derived record ids, the last-queued marker)
// measured +313 B, marking itself idle so returning visitors need not load it +209 B; the ceilings
// are the measured sizes plus a little headroom. The IAB frameworks' evidence is one generic hook
// (`evidence`, spread into the record), so the outbox of a site without TCF or GPP holds no code of
// theirs; with sdkVersion set in the record's literal and visibilitychange heard on window (it
// bubbles from document): 1,589 B on its own and 1,840 B with idb-keyval, from 1,590 B and 1,844 B
// with the former `tcf` option.
const OWN_BUDGET = 1600;
const WITH_IDB_BUDGET = 1850;

// The texts upload (`@assent/server-sync/outbox-texts`) is its own entry, fetched by the script
// tag only for a record that carries texts or a notice. 423 B measured; the budget adds a little headroom.
const TEXTS_BUDGET = 450;

async function gzipSize(external: string[], entry = '../outbox.ts'): Promise<{ code: string; gzip: number }> {
  const bundle = await rollup({
    input: fileURLToPath(new URL(entry, import.meta.url)),
    external,
    plugins: [nodeResolve({ browser: true }), esbuild({ target: 'es2022' }), terser({ ecma: 2020, module: true, compress: { passes: 2 } })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  return { code, gzip: gzipSync(code, { level: 9 }).length };
}

describe('outbox bundle size', () => {
  it(`adds at most ${OWN_BUDGET} B (min+gzip) to a bundle that has idb-keyval already, imports nothing Node-only`, async () => {
    const own = await gzipSize(['idb-keyval']);
    const whole = await gzipSize([]);
    if (process.env.ASSENT_SIZES) console.log(`@assent/server-sync/outbox: ${own.gzip} B gzip -9 on its own, ${whole.gzip} B with idb-keyval`);
    expect(own.code).not.toMatch(/node:|better-sqlite3|\bpg\b/);
    expect(own.gzip).toBeGreaterThan(500);
    expect(own.gzip).toBeLessThanOrEqual(OWN_BUDGET);
    expect(whole.gzip).toBeLessThanOrEqual(WITH_IDB_BUDGET);
  });

  it(`the texts upload (outbox-texts) is at most ${TEXTS_BUDGET} B and imports nothing Node-only`, async () => {
    const texts = await gzipSize([], '../outbox-texts.ts');
    if (process.env.ASSENT_SIZES) console.log(`@assent/server-sync/outbox-texts: ${texts.gzip} B gzip -9`);
    expect(texts.code).not.toMatch(/node:|better-sqlite3|\bpg\b/);
    expect(texts.gzip).toBeLessThanOrEqual(TEXTS_BUDGET);
  });
});
