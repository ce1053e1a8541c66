#!/usr/bin/env node
// The `assent-ledger` executable: runs the built CLI (dist/cli.js). It is a file of its own, there
// before any build, because pnpm links no command whose file is missing at install time: in a
// fresh clone of the repository (install, then build) `pnpm exec assent-ledger` works too.
try {
  await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('cli.js')) throw error;
  console.error('assent-ledger: the package is not built (dist/cli.js is missing); run `pnpm build` first.');
  process.exitCode = 1;
}
