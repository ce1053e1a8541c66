// Lighthouse (pinned, bench/package.json) on the same page with no consent manager, with Assent and
// with vanilla-cookieconsent v3: mobile and desktop presets, simulated throttling (Lantern), each
// run in a fresh Chromium (a new profile: a first visit, nothing cached). Runs go round-robin over
// the arms so a busy moment of the shared machine does not fall on one arm only.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ASSENT_SCRIPT_DIR, packageDir, packageVersion } from '../size/artifacts.mjs';
import { serveStatic } from '../banner-time/static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { LIGHTHOUSE_ARMS, heroImage } from './pages.mjs';
import { CONFIG_SCRIPT } from '../lib/integrations.mjs';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

/**
 * One Lighthouse run (performance category only) in its own Chromium.
 * @param {string} url
 * @param {'mobile' | 'desktop'} preset
 */
async function lighthouseOnce(url, preset) {
  const args = [
    CLI,
    url,
    '--output=json',
    '--output-path=stdout',
    '--only-categories=performance',
    '--quiet',
    '--max-wait-for-load=30000',
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const { stdout } = await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  const lhr = JSON.parse(stdout);
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const figures = Object.fromEntries(Object.entries(AUDITS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? NaN]));
  const requested = (lhr.audits['network-requests']?.details?.items ?? []).map((item) => new URL(item.url).pathname.split('/').pop()).filter(Boolean);
  return { ...figures, score: lhr.categories.performance.score, requested };
}

/**
 * `fileDelayMs`: every file but the page itself is answered that much later, for every page alike.
 * Lantern builds its graphs from the observed (unthrottled) load; from loopback every script
 * arrives within a millisecond, so an async one always runs before the first paint there and is
 * counted as blocking it, which a real server never makes certain.
 * @param {{ runs: number, presets?: Array<'mobile' | 'desktop'>, fileDelayMs?: number, onProgress?: (text: string) => void }} options
 */
export async function measureLighthouse({ runs, presets = ['mobile', 'desktop'], fileDelayMs = 0, onProgress = () => {} }) {
  const media = mkdtempSync(join(tmpdir(), 'assent-lighthouse-'));
  writeFileSync(join(media, 'hero.png'), heroImage());
  writeFileSync(join(media, 'assent-config.js'), CONFIG_SCRIPT);
  const names = Object.keys(LIGHTHOUSE_ARMS);
  const server = await serveStatic({
    pages: Object.fromEntries(names.map((name) => [`/${name}.html`, LIGHTHOUSE_ARMS[name].html])),
    mounts: { '/assent/': ASSENT_SCRIPT_DIR, '/cookieconsent/': join(packageDir('vanilla-cookieconsent'), 'dist'), '/media/': media, '/site/': media },
    gzip: true,
    fileDelayMs,
  });
  /** @type {Record<string, Record<string, Array<Awaited<ReturnType<typeof lighthouseOnce>>>>>} */
  const results = Object.fromEntries(presets.map((preset) => [preset, Object.fromEntries(names.map((name) => [name, []]))]));
  const failures = [];
  try {
    for (let round = 0; round < runs; round++) {
      for (const preset of presets) {
        // Rotated each round, so no arm is always the first (or last) of its round.
        const order = names.map((_, index) => names[(index + round) % names.length]);
        for (const name of order) {
          for (let attempt = 1; ; attempt++) {
            try {
              results[preset][name].push(await lighthouseOnce(`${server.origin}/${name}.html`, preset));
              break;
            } catch (error) {
              failures.push(`${preset} ${name}: ${error.message.split('\n')[0]}`);
              if (attempt >= 2) throw error;
            }
          }
        }
        onProgress(`lighthouse: round ${round + 1}/${runs} (${preset}) done`);
      }
    }
  } finally {
    await server.close();
    rmSync(media, { recursive: true, force: true });
  }
  return { results, failures, runs, presets, fileDelayMs, version: packageVersion('lighthouse') };
}
