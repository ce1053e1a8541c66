#!/usr/bin/env node
// `pnpm demo` ends here: starts the backend and prints where everything is.
// Environment: PORT (default 8080), HOST (default localhost; 0.0.0.0 inside a container),
// ASSENT_DEMO_DB (default examples/backend/.data/ledger.sqlite), NEXT_PORT (the Next.js example,
// default PORT + 1).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DB_FILE, PATHS } from './site.mjs';
import { startDemoServer } from './server.mjs';

const port = Number(process.env.PORT ?? 8080);
const dbFile = process.env.ASSENT_DEMO_DB ?? DEFAULT_DB_FILE;
/** @type {Array<[string, string]>} */
const builds = [
  ['banner script-tag build', join(PATHS.bannerScripts, 'assent.js')],
  ['TCF script-tag build', join(PATHS.tcfScripts, 'assent-tcf.js')],
  ['SPA build', join(PATHS.spa, 'index.html')],
  ['Vue example build', join(PATHS.vue, 'index.html')],
];
const nextDir = fileURLToPath(new URL('../../next/', import.meta.url));
const nextBuilt = existsSync(join(nextDir, '.next/BUILD_ID'));
if (!nextBuilt) console.warn(`warning: Next.js example build missing (${nextDir}.next); run "pnpm demo" from the repository root to build it`);
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

// The Next.js example runs as its own server (next start) on its own port; it forwards decisions
// to this ledger (ASSENT_LEDGER_URL), so all the examples record in one place.
const nextPort = Number(process.env.NEXT_PORT ?? port + 1);
const nextUrl = `http://${process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost'}:${nextPort}`;
const nextApp = nextBuilt
  ? spawn(
      process.execPath,
      [
        createRequire(join(nextDir, 'package.json')).resolve('next/dist/bin/next'),
        'start',
        '--port',
        String(nextPort),
        '--hostname',
        process.env.HOST || 'localhost',
      ],
      {
        cwd: nextDir,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ASSENT_LEDGER_URL: url },
      },
    )
  : undefined;
nextApp?.once('exit', (code) => {
  if (code) console.error(`The Next.js example stopped (exit code ${code}); is port ${nextPort} in use? Try NEXT_PORT=9001 pnpm demo`);
});
console.log(`
Assent demo running — ledger in ${dbFile}

  Script-tag site   ${url}/
  News site (TCF)   ${url}/news/           (IAB TCF: __tcfapi, euconsent-v2, vendors and purposes)
  News site (GPP)   ${url}/us-news/        (IAB GPP: __gpp, US state sections by region, GPC; TCF for EU readers)
  Single-page app   ${url}/spa/
  Vue app           ${url}/vue/
  Next.js example   ${nextApp ? `${nextUrl}/                ` : '(not built)     '}(App Router, server-rendered from the consent cookie and region)
  Server decisions  ${url}/shop            (recommendations need functional, the ad needs advertising; Sec-GPC honoured)
  Your evidence     ${url}/account         (sign in as the demo user, export or erase)
  Ledger API        ${url}/v1/consents     (health: ${url}/healthz)
  Officer console   ${url}/console/        (sign in with the demo key: ${consoleKey})

Press Ctrl+C to stop.`);

const stop = async () => {
  nextApp?.kill('SIGTERM');
  await demo.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
