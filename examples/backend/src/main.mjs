#!/usr/bin/env node
// `pnpm demo` ends here: starts the backend and prints where everything is.
// Environment: PORT (default 8080), HOST (default localhost; 0.0.0.0 inside a container),
// ASSENT_DEMO_DB (default examples/backend/.data/ledger.sqlite).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DB_FILE, PATHS } from './site.mjs';
import { startDemoServer } from './server.mjs';

const port = Number(process.env.PORT ?? 8080);
const dbFile = process.env.ASSENT_DEMO_DB ?? DEFAULT_DB_FILE;
/** @type {Array<[string, string]>} */
const builds = [
  ['banner script-tag build', join(PATHS.bannerScripts, 'assent.js')],
  ['SPA build', join(PATHS.spa, 'index.html')],
];
for (const [what, file] of builds) {
  if (!existsSync(file)) console.warn(`warning: ${what} missing (${file}); run "pnpm demo" from the repository root to build it`);
}

let demo;
try {
  demo = await startDemoServer({ port, dbFile, host: process.env.HOST || 'localhost' });
} catch (error) {
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is in use. Start the demo on another one: PORT=8081 pnpm demo`);
  process.exit(1);
}
const { url, consoleKey } = demo;
console.log(`
Assent demo running — ledger in ${dbFile}

  Script-tag site   ${url}/
  Single-page app   ${url}/spa/
  Server decisions  ${url}/shop            (recommendations need functional, the ad needs advertising; Sec-GPC honoured)
  Your evidence     ${url}/account         (sign in as the demo user, export or erase)
  Ledger API        ${url}/v1/consents     (health: ${url}/healthz)
  Officer console   ${url}/console/        (sign in with the demo key: ${consoleKey})

Press Ctrl+C to stop.`);

const stop = async () => {
  await demo.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
