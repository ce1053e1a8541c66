// Before any e2e file: the SPA must be built (the backend serves its dist/), and the banner's
// TCF and GPP script-tag builds must exist (built by the repository's build step).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PATHS } from '@assent/example-backend/site';
import { buildNextAppIfStale } from './next-app.js';

export default function setup(): void {
  if (!existsSync(`${PATHS.bannerScripts}/assent.js`)) {
    throw new Error(`The banner's script-tag build is missing (${PATHS.bannerScripts}); run "pnpm build" first`);
  }
  if (!existsSync(`${PATHS.tcfScripts}/assent-tcf.js`)) {
    throw new Error(`The TCF script-tag build is missing (${PATHS.tcfScripts}); run "pnpm build" first`);
  }
  if (!existsSync(`${PATHS.gppScripts}/assent-tcf-gpp.js`)) {
    throw new Error(`The GPP script-tag build is missing (${PATHS.gppScripts}); run "pnpm build" first`);
  }
  execFileSync('pnpm', ['--filter', '@assent/example-spa', 'run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // Vitest sets NODE_ENV=test, which would make Vite pick Lit's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  // The Vue example (examples/vue), served at /vue/ like the SPA.
  execFileSync('pnpm', ['--filter', '@assent/example-vue', 'run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  // The Next.js example (examples/next), started by next.e2e.test.ts.
  buildNextAppIfStale();
}
