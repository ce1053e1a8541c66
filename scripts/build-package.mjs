// Builds one workspace package: `pnpm run build` in its folder runs this. Every build starts from
// an empty dist/ (no stale chunks), bundles with the package's rollup.config.mjs, then emits the
// type declarations with its tsconfig.build.json.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
for (const [command, ...args] of [
  ['rollup', '-c', '--silent'],
  ['tsc', '-p', 'tsconfig.build.json'],
]) {
  // The package scripts' PATH holds the workspace's node_modules/.bin.
  const { status, error } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`build of ${process.cwd()}: ${command} ${error ? `failed to start (${error.message})` : `exited with ${status}`}`);
    process.exit(1);
  }
}
