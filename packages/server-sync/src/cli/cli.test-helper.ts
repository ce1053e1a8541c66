// Builds the CLI from source into a runnable file for child-process tests (no dist/ needed).
// By default the file sits under the package's node_modules so better-sqlite3 and pg resolve from
// it; built into another folder (outside the workspace), it runs as if neither were installed.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bundles src/cli/bin.ts into `dir` and returns the path of the runnable .mjs. */
export async function buildCli(dir = fileURLToPath(new URL('../../node_modules/.assent-test/', import.meta.url))): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `cli-${process.pid}-${Date.now()}.mjs`);
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
