import { describe, expect, it } from 'vitest';
import { rollup, type RollupOptions } from 'rollup';
import { fileURLToPath } from 'node:url';

// The published entry must start with 'use client' (Next.js's App Router then treats the provider
// and hooks as client components), which rollup drops from sources, and must load the banner only
// through import().
describe('build', () => {
  it("the built entry starts with 'use client' and imports the banner only dynamically", async () => {
    // @ts-expect-error -- the package's plain ESM rollup config, no type declarations
    const config: RollupOptions = (await import('../rollup.config.mjs')).default;
    const bundle = await rollup({ ...config, input: fileURLToPath(new URL('./index.ts', import.meta.url)) });
    const { output } = await bundle.generate(config.output as object);
    await bundle.close();
    const [entry] = output;
    expect(entry.code.startsWith("'use client';\n")).toBe(true);
    expect(entry.imports).not.toContain('@assent/banner');
    expect(entry.dynamicImports).toEqual(['@assent/banner']);
  });
});
