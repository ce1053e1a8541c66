#!/usr/bin/env node
// The `assent-scan` executable: runs the built CLI (dist/cli.js). It is a file of its own, there
// before any build, because pnpm links no command whose file is missing at install time.
try {
  await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('cli.js')) throw error;
  console.error('assent-scan: the package is not built (dist/cli.js is missing); run `pnpm build` first.');
  process.exitCode = 1;
}
