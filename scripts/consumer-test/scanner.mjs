// The consumer test's scanner checks, in the SPA project (where @assent/scanner is installed from
// its tarball beside @assent/core's, as a dev tool): the `assent-scan` CLI through npx as its README
// documents it, the schema entry, and one real scan of a tiny page this process serves, when a
// system Chromium is there (the scanner never downloads a browser).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assert, check, readJson, run, runAsync, skip } from './harness.mjs';

const CHROMIUM = '/usr/bin/chromium';

/**
 * Runs the scanner's checks in `project` (the SPA project), given the settled result of its npm install.
 */
export async function checkScannerCli(project, install) {
  const installed = () => assert(install.status === 'fulfilled', 'the npm install failed (see above)');
  const scan = (args, options) => run('npx', ['--no-install', 'assent-scan', ...args], { cwd: project, ...options });

  await check('scanner: npx assent-scan --help prints the usage (exit 0); --version prints the package version', () => {
    installed();
    const help = scan(['--help']);
    assert(/^Usage: assent-scan <url>/.test(help.stdout) && help.stdout.includes('--fail-on'), `unexpected help:\n${help.stdout}`);
    const { version } = readJson(join(project, 'node_modules/@assent/scanner/package.json'));
    const printed = scan(['--version']).stdout.trim();
    assert(printed === version, `--version printed ${JSON.stringify(printed)}, package.json says ${version}`);
  });

  await check('scanner: npx assent-scan not-a-url exits 2 and names the problem', () => {
    installed();
    const bad = scan(['not-a-url'], { status: 2 });
    assert(/^assent-scan: url: "not-a-url" is not a URL/.test(bad.stderr), `unexpected message: ${JSON.stringify(bad.stderr)}`);
  });

  await check('scanner: @assent/scanner/schema.json resolves to the v1 report schema', () => {
    installed();
    const file = createRequire(join(project, 'package.json')).resolve('@assent/scanner/schema.json');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    assert(schema.properties?.schemaVersion?.const === 1, `${file}: schemaVersion is not const 1`);
  });

  const name = `scanner: npx assent-scan <url> --pages 1 --json out.json --no-html on a page served on 127.0.0.1 (real ${CHROMIUM}) exits 0 with a v1 report`;
  if (!existsSync(CHROMIUM)) return skip(name, `no Chromium at ${CHROMIUM}`);
  await check(name, async () => {
    installed();
    // A page without Assent: the scan gets one pass and a no-assent notice, so it passes.
    const server = createServer((request, response) => {
      if (request.url !== '/') return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiny</title><link rel="icon" href="data:,"></head><body><h1>Tiny</h1></body></html>',
      );
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${server.address().port}/`;
      await runAsync('npx', ['--no-install', 'assent-scan', url, '--pages', '1', '--json', 'out.json', '--no-html'], { cwd: project, timeoutMs: 120_000 });
      const report = readJson(join(project, 'out.json'));
      assert(report.schemaVersion === 1, `schemaVersion: ${report.schemaVersion}`);
      assert(report.pages?.length === 1 && report.pages[0].url === url, `pages: ${JSON.stringify(report.pages?.map((page) => page.url))}`);
      assert(report.summary?.verdict === 'pass', `verdict ${report.summary?.verdict}: ${JSON.stringify(report.findings)}`);
      assert(!existsSync(join(project, 'assent-scan-report.html')), '--no-html wrote an HTML report anyway');
      return { browser: report.browser.version, findings: report.findings.map((finding) => finding.kind) };
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
}
