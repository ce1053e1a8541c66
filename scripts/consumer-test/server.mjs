// The consumer test's ledger server project: @assent/server-sync with better-sqlite3, driven
// through `npx assent-ledger` as its README documents.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { assert, check, env, readJson, run } from './harness.mjs';

/**
 * Runs the server project's checks in `server`, given the settled result of its npm install.
 */
export async function checkServerProject(server, install) {
  await check('server project: npm install of @assent/server-sync with better-sqlite3 (compiled here)', () => {
    if (install.status === 'rejected') throw install.reason;
    return install.value;
  });
  await check('server project: npx assent-ledger --help', () => {
    const help = run('npx', ['--no-install', 'assent-ledger', '--help'], { cwd: server });
    assert(help.stdout.includes('Usage: assent-ledger') && help.stdout.includes('export <id>'), `unexpected help:\n${help.stdout}`);
  });
  await check('server project: serve --console on a free port, POST a record, the console page and sign-in, then export and verify', async () => {
    const db = join(server, 'data', 'ledger.sqlite');
    // In a process group of its own: npx does not pass signals on to the server it started, so the
    // whole group is stopped.
    const officerKey = 'k_consumer_officer_0123';
    const child = spawn('npx', ['--no-install', 'assent-ledger', 'serve', '--db', db, '--port', '0', '--console'], {
      cwd: server,
      env: { ...env, ASSENT_API_KEYS: `${officerKey}:read+console` },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const exited = new Promise((resolve) => child.once('close', resolve));
    const stop = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {} // already gone
    };
    let seen = '';
    try {
      const url = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`serve did not start in 30 s:\n${seen}`)), 30_000);
        child.stdout.on('data', (chunk) => {
          seen += chunk;
          const found = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
          if (found) clearTimeout(timer), resolve(found);
        });
        child.stderr.on('data', (chunk) => (seen += chunk));
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${seen}`)));
      });
      const consentId = `consent-${Date.now().toString(36)}`;
      const sdkVersion = readJson(join(server, 'node_modules/@assent/server-sync/package.json')).version;
      const input = {
        recordId: `r-${crypto.randomUUID()}`,
        consentId,
        revision: '1',
        categories: { necessary: true, functional: false, analytics: true, advertising: false },
        services: {},
        method: 'custom',
        locale: 'en',
        region: 'DE',
        regime: 'opt-in',
        gpc: false,
        textHash: 'sha256:abc',
        updatedAt: new Date().toISOString(),
        expiresAt: new Date(Date.now() + 180 * 86_400_000).toISOString(),
        sdkVersion,
      };
      const response = await fetch(`${url}/v1/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
      assert(response.status === 201, `POST /v1/consents answered ${response.status}: ${await response.text()}`);
      // The console comes from the installed @assent/console package, under its CSP.
      const page = await fetch(`${url}/console/`);
      const html = await page.text();
      assert(page.status === 200 && html.includes('console.js'), `GET /console/ answered ${page.status}: ${html.slice(0, 200)}`);
      assert(
        /script-src 'self'/.test(page.headers.get('content-security-policy') ?? ''),
        `no CSP on /console/: ${page.headers.get('content-security-policy')}`,
      );
      const script = await fetch(`${url}/console/console.js`);
      assert(script.status === 200 && (await script.text()).length > 10_000, `GET /console/console.js answered ${script.status}`);
      const signIn = await fetch(`${url}/console/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: officerKey }),
      });
      assert(signIn.status === 201 && /HttpOnly; Secure; SameSite=Strict/.test(signIn.headers.get('set-cookie') ?? ''), `sign-in answered ${signIn.status}`);
      stop('SIGTERM');
      await exited;

      const exported = JSON.parse(run('npx', ['--no-install', 'assent-ledger', 'export', consentId, '--db', db], { cwd: server }).stdout);
      assert(exported.consentId === consentId && exported.records.length === 1, `export: ${JSON.stringify(exported)}`);
      assert(exported.records[0].recordId === input.recordId && exported.records[0].seq === 1, `export: ${JSON.stringify(exported.records[0])}`);
      const verified = JSON.parse(run('npx', ['--no-install', 'assent-ledger', 'verify', '--db', db], { cwd: server }).stdout);
      assert(verified.ok === true && verified.records === 1 && verified.consents === 1, `verify: ${JSON.stringify(verified)}`);
    } finally {
      stop('SIGKILL');
    }
  });
}
