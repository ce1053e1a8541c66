// Builds the CLI from source into a runnable file for child-process tests (no dist/ needed).
// The file sits under the package's node_modules so better-sqlite3 and pg resolve from it.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Bundles src/cli/bin.ts and returns the path of the runnable .mjs. */
export async function buildCli(): Promise<string> {
  const dir = fileURLToPath(new URL('../../node_modules/.assent-test/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}cli-${process.pid}-${Date.now()}.mjs`;
  await build({
    entryPoints: [fileURLToPath(new URL('./bin.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3', 'pg'],
    logLevel: 'silent',
    // Workspace packages from their sources, like the rest of the tests.
    conditions: ['@assent/source'],
  });
  return outfile;
}
