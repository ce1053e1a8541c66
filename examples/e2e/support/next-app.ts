// The Next.js example (examples/next), built by the global setup, started with `next start` on a
// free loopback port and pointed at a ledger (the harness's demo backend).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The example's folder. */
export const NEXT_APP_DIR = fileURLToPath(new URL('../../next/', import.meta.url));

// What a build of the example is made from: its own files, the shared stylesheet and the
// packages' builds it bundles.
const BUILD_INPUTS = [
  ...['app', 'src', 'public', 'next.config.ts', 'package.json', 'tsconfig.json'].map((path) => join(NEXT_APP_DIR, path)),
  fileURLToPath(new URL('../../script-tag-site/css/site.css', import.meta.url)),
  ...['core', 'banner', 'server-sync', 'react'].map((name) => fileURLToPath(new URL(`../../../packages/${name}/dist`, import.meta.url))),
];

function newestChange(path: string): number {
  if (!existsSync(path)) return Number.POSITIVE_INFINITY; // a missing input: build, and let the build say why
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/**
 * Runs `next build` for the example unless its last build is newer than every input (a full build
 * takes a while on two cores; the suite starts it once per run, not once per file).
 */
export function buildNextAppIfStale(): void {
  const buildId = join(NEXT_APP_DIR, '.next/BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...BUILD_INPUTS.map(newestChange))) return;
  execFileSync('pnpm', ['--filter', '@assent/example-next', 'run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // Vitest sets NODE_ENV=test, which Next.js refuses for a production build.
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
}

export interface NextApp {
  url: string;
  /** Everything the server printed, for a failing test's message. */
  output(): string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

/** Starts the built example against `ledgerUrl`; resolves once it answers HTTP. */
export async function startNextApp(ledgerUrl: string, { timeoutMs = 30_000 } = {}): Promise<NextApp> {
  const port = await freePort();
  const nextBin = createRequire(`${NEXT_APP_DIR}package.json`).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: NEXT_APP_DIR,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ASSENT_LEDGER_URL: ledgerUrl, ASSENT_CDN: 'vercel' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const app: NextApp = {
    url,
    output: () => output,
    async close() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      // Any answer means it listens; /privacy renders without the ledger.
      await fetch(`${url}/privacy`);
      return app;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await app.close();
  throw new Error(`next start did not answer within ${timeoutMs} ms:\n${output}`);
}
