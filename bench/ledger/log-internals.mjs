// The transparency log's internals the bench needs and the package does not export from dist:
// the raw proof functions (`inclusionProof`, `consistencyProof` over `storage.log.hashes`), the
// log rebuild of `verify` on its own (`verifyLog`) and `extendLog`. Bundled from the package's
// sources with esbuild (a dev dependency of the workspace) into a temporary file, once per run:
// the same code the package's dist is built from, no copy of it here to drift.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = fileURLToPath(new URL('../../packages/server-sync/src/', import.meta.url));

/**
 * @returns {Promise<{ inclusionProof: Function, consistencyProof: Function, rangeHash: Function, verifyInclusion: Function, verifyConsistency: Function,
 *   leafHash: Function, frontierRoot: Function, appendLeaves: Function, decodeFrontier: Function, extendLog: Function, verifyLog: Function }>}
 */
export async function loadLogInternals() {
  const dir = mkdtempSync(join(tmpdir(), 'assent-bench-log-'));
  const outfile = join(dir, 'log-internals.mjs');
  try {
    await build({
      stdin: {
        contents: `
          export { inclusionProof, consistencyProof, rangeHash, verifyInclusion, verifyConsistency, leafHash, frontierRoot, appendLeaves } from './transparency-log/index.ts';
          export { decodeFrontier, extendLog } from './storage/log-rows.ts';
          export { verifyLog } from './ledger/verify-log.ts';`,
        resolveDir: SRC,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
