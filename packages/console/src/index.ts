import { fileURLToPath } from 'node:url';

/**
 * The folder holding the console's built web app (`index.html`, `console.js`, `console.css`), for
 * a server to serve under `/console/`. The Assent ledger serves it itself (`assent-ledger serve
 * --console`); use this only to host the files elsewhere.
 *
 * @example
 * import { consoleAssetsDirectory } from '@assent/console';
 * readFileSync(join(consoleAssetsDirectory(), 'index.html'), 'utf8');
 */
export function consoleAssetsDirectory(): string {
  // src/index.ts and dist/index.js both sit one level below the package root.
  return fileURLToPath(new URL('../dist/app/', import.meta.url));
}
