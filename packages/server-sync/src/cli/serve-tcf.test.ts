// `assent-ledger serve --tcf…` as a child process, with a local HTTP server as the vendor list's source.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { encodeTcString, fixtureVendorList } from '../tcf/tc-string.test-helper.js';
import { buildCli } from './cli.test-helper.js';
import { runCli } from './main.js';

let cli: string;
let dir: string;
let source: Server;
let sourceUrl: string;
beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'assent-cli-tcf-'));
  source = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(fixtureVendorList())));
  await new Promise<void>((resolve) => source.listen(0, '127.0.0.1', resolve));
  const address = source.address();
  sourceUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v3/vendor-list.json`;
}, 60_000);
afterAll(() => {
  source.close();
  rmSync(cli, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

function serve(args: string[]): Promise<{ child: ChildProcess; url: string; seen: () => string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--rate-limit', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASSENT_API_KEYS: '' },
  });
  let seen = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      seen += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
      if (url && seen.includes('vendor-list.json')) resolve({ child, url, seen: () => seen });
    });
    child.stderr!.on('data', (chunk) => (seen += chunk));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
  });
}
const stop = async (child: ChildProcess) => {
  child.kill('SIGTERM');
  return new Promise((resolve) => child.once('exit', resolve));
};

describe('assent-ledger serve with TCF', () => {
  it('--tcf-vendor-list downloads the list, keeps it beside the SQLite file and serves it; a restart with the source down serves that copy', async () => {
    const db = join(dir, 'ledger.sqlite');
    const first = await serve(['--db', db, '--tcf-vendor-list', sourceUrl]);
    expect(first.seen()).toContain(`IAB TCF vendor list: ${first.url}/v1/tcf/vendor-list.json`);
    await expect.poll(async () => (await fetch(`${first.url}/v1/tcf/vendor-list.json`)).status, { timeout: 5000 }).toBe(200);
    const served = await fetch(`${first.url}/v1/tcf/vendor-list.json?vendors=8`);
    expect(Object.keys((await served.json()).vendors)).toEqual(['8']);
    expect(await stop(first.child)).toBe(0);
    expect(JSON.parse(readFileSync(`${db}.vendor-list.json`, 'utf8')).vendorListVersion).toBe(101);

    const unreachable = 'http://127.0.0.1:9/v3/vendor-list.json';
    const again = await serve(['--db', db, '--tcf', '--tcf-vendor-list', unreachable, '--tcf-refresh-hours', '0.0003']);
    const response = await fetch(`${again.url}/v1/tcf/vendor-list.json`);
    expect(response.status).toBe(200);
    expect((await response.json()).vendorListVersion).toBe(101);
    await expect.poll(() => again.seen(), { timeout: 5000 }).toMatch(/vendor list: download from .* failed .*; serving the copy of/);
    expect(await stop(again.child)).toBe(0);
  }, 30_000);

  it('without --tcf the path does not exist; malformed TCF flags exit with 2', async () => {
    const db = join(dir, 'plain.sqlite');
    const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASSENT_API_KEYS: '' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stdout!.on('data', (chunk) => {
        seen += chunk;
        const found = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
        if (found) resolve(found);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
    });
    expect((await fetch(`${url}/v1/tcf/vendor-list.json`)).status).toBe(404);
    await stop(child);
    expect(existsSync(`${db}.vendor-list.json`)).toBe(false);
    for (const flags of [
      ['--tcf', '--tcf-refresh-hours', '0'],
      ['--tcf-vendor-list', 'ftp://example/list.json'],
    ]) {
      const run = spawnSync(process.execPath, [cli, 'serve', '--db', db, '--port', '0', ...flags], { encoding: 'utf8', timeout: 20_000 });
      expect(run.status, flags.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/--tcf-/);
    }
  }, 30_000);

  it('export prints the TCF evidence of each record', async () => {
    const db = join(dir, 'export.sqlite');
    const tcf = { tcString: encodeTcString(), addtlConsent: '1~1.35' };
    const ledger = createLedger({ storage: openSqliteStorage(db) });
    await ledger.record(decisionInput({ subjectId: 'user-7', tcf }));
    await ledger.close();
    const lines: string[] = [];
    expect(await runCli(['export', 'consent-0001', '--db', db], { out: (text) => lines.push(text), err: () => {} })).toBe(0);
    expect(JSON.parse(lines.join('\n')).records.map((record: { tcf: unknown }) => record.tcf)).toEqual([tcf]);
  });
});
