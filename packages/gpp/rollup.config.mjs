// Builds of @assent/gpp:
//  1. dist/index.js     ESM for bundlers; lit, @assent/* and the IAB library stay external so the
//                       site's bundler resolves each once (and only sites that turn GPP on ever
//                       import any of it).
//  2. dist/script/assent-gpp-stub.js   the tiny IIFE `__gpp` stub to place first in <head>.
// The script-tag builds (assent-gpp.js, assent-tcf-gpp.js and their lazy files) are in
// script-tag.rollup.mjs.
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import scriptTagBuilds from './script-tag.rollup.mjs';

const external = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@assent/') || id.startsWith('@iabgpp/');

/** ESM of the public API. */
export const esm = {
  input: { index: 'src/index.ts' },
  output: { dir: 'dist', format: 'es', sourcemap: true },
  external,
  plugins: [esbuild({ target: 'es2022' })],
};

/** The stand-alone stub: no imports, so nothing to resolve. */
export const stub = {
  input: 'src/stub/iife.ts',
  output: { file: 'dist/script/assent-gpp-stub.js', format: 'iife', sourcemap: true },
  plugins: [esbuild({ target: 'es2018' }), terser({ format: { comments: false } })],
};

export default [esm, stub, ...scriptTagBuilds];
