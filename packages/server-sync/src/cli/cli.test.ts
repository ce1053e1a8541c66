import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLedger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { buildCli } from './cli.test-helper.js';
import { DEFAULT_DB, runCli, type CliProgress } from './main.js';

let cli: string;
let dir: string;
beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'assent-cli-'));
}, 60_000);
afterAll(() => {
  rmSync(cli, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

const capture = () => {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, output: { out: (text: string) => lines.out.push(text), err: (text: string) => lines.err.push(text) } };
};

/** Starts `assent-ledger serve` as a child process and resolves with its base URL. */
function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0', '--rate-limit', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASSENT_API_KEYS: 'k_cli_test_key' },
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk) => {
      seen += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(seen)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr!.on('data', (chunk) => (seen += chunk));
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
  });
}

describe('assent-ledger CLI', () => {
  it('every acknowledged record survives kill -9 during a stream of writes, and verify passes after restart', async () => {
    const db = join(dir, 'crash.sqlite');
    const { child, url } = await serve(db);
    const acknowledged: string[] = [];
    let stop = false;
    // Eight writers stream decisions for a few consent ids until the server dies under them.
    const writer = async (lane: number) => {
      for (let index = 0; !stop; index++) {
        const input = decisionInput({ consentId: `consent-lane-${lane % 3}`, method: index % 2 ? 'accept-all' : 'reject-all' });
        try {
          const response = await fetch(`${url}/v1/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
          if (response.status === 201) acknowledged.push(input.recordId as string);
        } catch {
          return; // connection refused or reset: the server is gone
        }
      }
    };
    const lanes = Array.from({ length: 8 }, (_, lane) => writer(lane));
    const deadline = Date.now() + 20_000;
    while (acknowledged.length < 300 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    stop = true;
    await Promise.all(lanes);

    const verify = spawnSync(process.execPath, [cli, 'verify', '--db', db], { encoding: 'utf8' });
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, consents: 3 });

    const ledger = createLedger({ storage: openSqliteStorage(db) });
    const stored = new Set((await Promise.all([0, 1, 2].map((lane) => ledger.history(`consent-lane-${lane}`)))).flat().map((record) => record.recordId));
    expect(acknowledged.filter((recordId) => !stored.has(recordId))).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(acknowledged.length);

    // Restarted on the same file, the server continues every chain.
    const restarted = await serve(db);
    const response = await fetch(`${restarted.url}/v1/consents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(decisionInput({ consentId: 'consent-lane-0' })),
    });
    expect((await response.json()).record.seq).toBe((await ledger.history('consent-lane-0')).length);
    restarted.child.kill('SIGTERM');
    expect(await new Promise((resolve) => restarted.child.once('exit', resolve))).toBe(0);
    expect((await ledger.verify()).ok).toBe(true);
    await ledger.close();
  }, 60_000);

  it('export prints a consent trail or a subject export; purge and verify report as JSON', async () => {
    const db = join(dir, 'tools.sqlite');
    const ledger = createLedger({ storage: openSqliteStorage(db) });
    await ledger.record(decisionInput({ subjectId: 'user-42' }), { ip: '203.0.113.0' });
    await ledger.close();

    const byConsent = capture();
    expect(await runCli(['export', 'consent-0001', '--db', db], byConsent.output)).toBe(0);
    expect(JSON.parse(byConsent.lines.out.join('\n'))).toMatchObject({ consentId: 'consent-0001', records: [{ seq: 1, ip: '203.0.113.0' }] });
    const bySubject = capture();
    expect(await runCli(['export', 'user-42', '--db', db], bySubject.output)).toBe(0);
    expect(JSON.parse(bySubject.lines.out.join('\n'))).toMatchObject({ subjectId: 'user-42', records: [{ consentId: 'consent-0001' }] });
    const unknown = capture();
    expect(await runCli(['export', 'nobody-here', '--db', db], unknown.output)).toBe(1);
    expect(unknown.lines.out).toEqual([]);
    expect(unknown.lines.err.join('\n')).toContain('no records for consent id or subject id "nobody-here"');

    const purge = capture();
    expect(await runCli(['purge', '--db', db, '--retention-days', '0'], purge.output)).toBe(0);
    expect(JSON.parse(purge.lines.out[0]!)).toMatchObject({ records: 0, consents: 0 });
    const dry = capture();
    expect(await runCli(['purge', '--db', db, '--dry-run'], dry.output)).toBe(0);
    const verify = capture();
    const progress: CliProgress[] = [];
    expect(await runCli(['verify', '--db', db], { ...verify.output, progress: (done) => progress.push(done) })).toBe(0);
    expect(JSON.parse(verify.lines.out.join('\n'))).toMatchObject({ ok: true, records: 1 });
    expect(progress.at(-1)).toEqual({ task: 'verify', records: 1, consents: 1, finished: true });
    const storage = openSqliteStorage(db);
    expect((await storage.audit.list({ limit: 10 })).map((entry) => [entry.kind, entry.actor])).toEqual([
      ['verify', 'cli'],
      ['purge', 'cli'], // the dry run is not logged
    ]);
    await storage.close();

    const usage = capture();
    expect(await runCli(['frobnicate'], usage.output)).toBe(2);
    expect(usage.lines.err.join('\n')).toContain('Usage: assent-ledger');
  });

  it('erase clears a consent id (or --subject) and prints the report; exit 1 when nothing is held', async () => {
    const db = join(dir, 'erase.sqlite');
    const ledger = createLedger({ storage: openSqliteStorage(db) });
    await ledger.record(decisionInput(), { ip: '203.0.113.0', userAgent: 'UA/1' });
    await ledger.record(decisionInput({ consentId: 'consent-phone', subjectId: 'user-42' }), { ip: '203.0.113.0' });
    await ledger.close();

    const byConsent = capture();
    expect(await runCli(['erase', 'consent-0001', '--db', db], byConsent.output)).toBe(0);
    const report = JSON.parse(byConsent.lines.out.join('\n'));
    expect(report).toMatchObject({ consentId: 'consent-0001', records: 1, fields: ['subjectId', 'ip', 'userAgent', 'identitySalt'] });
    const repeat = capture();
    expect(await runCli(['erase', 'consent-0001', '--db', db], repeat.output)).toBe(0);
    expect(JSON.parse(repeat.lines.out.join('\n'))).toEqual({ ...report, records: 0 });
    const bySubject = capture();
    expect(await runCli(['erase', '--subject', 'user-42', '--db', db], bySubject.output)).toBe(0);
    expect(JSON.parse(bySubject.lines.out.join('\n'))).toMatchObject({ subjectId: 'user-42', consentIds: ['consent-phone'], records: 1 });

    const unknown = capture();
    expect(await runCli(['erase', 'consent-unknown', '--db', db], unknown.output)).toBe(1);
    expect(unknown.lines.out).toEqual([]);
    expect(unknown.lines.err.join('\n')).toContain('nothing held under consent id "consent-unknown"');
    expect(await runCli(['erase', '--subject', 'user-42', '--db', db], capture().output)).toBe(1);
    for (const args of [['erase'], ['erase', 'consent-0001', '--subject', 'user-42']]) {
      const wrong = capture();
      expect(await runCli([...args, '--db', db], wrong.output)).toBe(2);
      expect(wrong.lines.err.join('\n')).toContain('erase needs a consent id, or --subject <id>');
    }
    const verify = capture();
    expect(await runCli(['verify', '--db', db], verify.output)).toBe(0);
    // The audit log names the command line: both erasures that cleared something, and the verify run.
    const storage = openSqliteStorage(db);
    const entries = await storage.audit.list({ limit: 10 });
    await storage.close();
    expect(entries.map((entry) => [entry.kind, entry.actor, entry.kind === 'erasure' ? entry.details.target : entry.details])).toEqual([
      ['verify', 'cli', expect.objectContaining({ ok: true, records: 2 })],
      ['erasure', 'cli', 'subject'],
      ['erasure', 'cli', 'consent'],
    ]);
  });

  it('purge --dry-run prints what purge would delete and deletes nothing; serve purges only with --retention-days', async () => {
    const db = join(dir, 'retention.sqlite');
    // Decided 100 days ago and changed the next day (valid 182 days): the first record stopped applying 99 days ago.
    const then = Date.now() - 100 * 86_400_000;
    const ledger = createLedger({ storage: openSqliteStorage(db), now: () => then });
    await ledger.record(decisionInput());
    await ledger.close();
    const later = createLedger({ storage: openSqliteStorage(db), now: () => then + 86_400_000 });
    await later.record(decisionInput({ method: 'accept-all' }));
    await later.close();
    const records = async () => {
      const reader = createLedger({ storage: openSqliteStorage(db) });
      try {
        return (await reader.verify()).records;
      } finally {
        await reader.close();
      }
    };

    const dry = capture();
    expect(await runCli(['purge', '--dry-run', '--retention-days', '30', '--db', db], dry.output)).toBe(0);
    expect(JSON.parse(dry.lines.out[0]!)).toMatchObject({ records: 1, consents: 1, dryRun: true });
    expect(await records()).toBe(2);

    // serve without --retention-days leaves the evidence alone.
    const plain = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASSENT_API_KEYS: '' },
    });
    let plainOut = '';
    await new Promise((resolve, reject) => {
      plain.stdout!.on('data', (chunk) => (plainOut += chunk).includes('listening') && resolve(undefined));
      plain.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    plain.kill('SIGTERM');
    await new Promise((resolve) => plain.once('exit', resolve));
    expect(plainOut).not.toContain('retention:');
    expect(await records()).toBe(2);

    // With it: one line for the purge at start, what the dry run announced; SIGTERM still stops it at once.
    const child = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', '0', '--retention-days', '30'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASSENT_API_KEYS: '' },
    });
    let seen = '';
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk) => {
        seen += chunk;
        const found = /\[assent-ledger\] retention: .*\n/.exec(seen);
        if (found && seen.includes('listening')) resolve(found[0]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
    });
    expect(line).toMatch(/^\[assent-ledger\] retention: purged 1 records of 1 consent ids that stopped applying before \S+Z \(30 days\)\n$/);
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    expect(await records()).toBe(1);
  }, 30_000);

  it('serve refuses an unknown key scope in ASSENT_API_KEYS with exit code 2, without printing the key', () => {
    const run = spawnSync(process.execPath, [cli, 'serve', '--db', join(dir, 'scopes.sqlite'), '--port', '0'], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, ASSENT_API_KEYS: 'k_fine_0001:read,k_secret_0002:everything' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ASSENT_API_KEYS entry 2: unknown scope "everything"');
    expect(run.stderr + run.stdout).not.toContain('k_secret_0002');
  });

  it('export, verify and purge refuse a database that does not exist, create nothing, and say so', async () => {
    const missing = join(dir, 'typo', 'no-such-ledger.sqlite');
    for (const args of [['export', 'user-42'], ['verify'], ['purge']]) {
      const run = capture();
      expect(await runCli([...args, '--db', missing], run.output), args[0]).toBe(2);
      expect(run.lines.err.join('\n')).toContain(`no ledger database at ${missing}`);
      expect(run.lines.out).toEqual([]);
      expect(existsSync(missing)).toBe(false);
      expect(existsSync(dirname(missing))).toBe(false);
    }
    const notALedger = join(dir, 'not-a-ledger.sqlite');
    writeFileSync(notALedger, 'this is not a SQLite file, but it is long enough to have a header of sorts');
    const run = capture();
    expect(await runCli(['verify', '--db', notALedger], run.output)).toBe(2);
    expect(run.lines.err.join('\n')).toContain('cannot open the ledger database');
    const url = capture();
    expect(await runCli(['verify', '--db', 'postgres://officer:s3cret@127.0.0.1:1/ledger'], url.output)).toBe(2);
    expect(url.lines.err.join('\n')).toContain('postgres://officer:***@127.0.0.1:1/ledger');
    expect(url.lines.err.join('\n')).not.toContain('s3cret');
  });

  it('export prints a large trail record by record, exactly as JSON.stringify would, with progress', async () => {
    const db = join(dir, 'large.sqlite');
    const ledger = createLedger({ storage: openSqliteStorage(db, { synchronous: 'NORMAL' }) });
    for (let batch = 0; batch < 6; batch++) {
      await Promise.all(
        Array.from({ length: 250 }, (_, index) =>
          ledger.record(decisionInput({ consentId: 'consent-many', method: index % 2 ? 'accept-all' : 'reject-all' }), { ip: '203.0.113.0' }),
        ),
      );
    }
    const expected = JSON.stringify({ consentId: 'consent-many', records: await ledger.history('consent-many'), texts: {} }, null, 2);
    await ledger.close();

    const run = capture();
    const progress: CliProgress[] = [];
    expect(await runCli(['export', 'consent-many', '--db', db], { ...run.output, progress: (done) => progress.push(done) })).toBe(0);
    expect(run.lines.out.join('\n')).toBe(expected);
    expect(run.lines.out.length).toBeGreaterThan(2); // written in pieces, not as one string
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.map((done) => done.records)).toEqual([...progress.map((done) => done.records)].sort((a, b) => a - b));
    expect(progress[0]).toEqual({ task: 'export', records: 0 });
    expect(progress.at(-1)).toEqual({ task: 'export', records: 1500, total: 1500, finished: true });

    // On a terminal, stderr shows one line rewritten in place; piped, stderr stays empty.
    const asTty = spawnSync(process.execPath, ['--import', 'data:text/javascript,process.stderr.isTTY=true', cli, 'export', 'consent-many', '--db', db], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    expect(asTty.status).toBe(0);
    expect(asTty.stdout.trimEnd()).toBe(expected);
    expect(asTty.stderr).toMatch(/^\rreading the records…(\rexported [\d,]+ of 1,500 records…)*\rexported 1,500 of 1,500 records\.\n$/);
    const piped = spawnSync(process.execPath, [cli, 'export', 'consent-many', '--db', db], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    const verify = spawnSync(process.execPath, ['--import', 'data:text/javascript,process.stderr.isTTY=true', cli, 'verify', '--db', db], { encoding: 'utf8' });
    expect(verify.stderr).toMatch(/\rverified 1,500 records in 1 chains\.\n$/);
  }, 60_000);

  it('every command uses one default database, which --help shows', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'assent-cli-default-'));
    const env = { ...process.env, ASSENT_LEDGER_DB: '', ASSENT_API_KEYS: '' };
    try {
      const help = spawnSync(process.execPath, [cli, '--help'], { cwd, env, encoding: 'utf8' });
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`else ${DEFAULT_DB}; now: ${DEFAULT_DB})`);
      const withEnv = spawnSync(process.execPath, [cli, '--help'], { cwd, env: { ...env, ASSENT_LEDGER_DB: 'postgres://u:pw@db/x' }, encoding: 'utf8' });
      expect(withEnv.stdout).toContain('now: postgres://u:***@db/x)');

      for (const command of ['verify', 'purge']) {
        const run = spawnSync(process.execPath, [cli, command], { cwd, env, encoding: 'utf8' });
        expect(run.status, command).toBe(2);
        expect(run.stderr).toContain(`no ledger database at ${DEFAULT_DB}`);
      }
      const server = spawn(process.execPath, [cli, 'serve', '--port', '0'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      await new Promise((resolve, reject) => {
        server.stdout!.on('data', (chunk) => String(chunk).includes('listening') && resolve(undefined));
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      expect(existsSync(join(cwd, DEFAULT_DB))).toBe(true);
      for (const args of [['verify'], ['purge'], ['export', 'nobody']]) {
        const run = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });
        expect(run.stderr, args[0]).not.toContain('no ledger database');
        expect(run.status, args[0]).toBe(args[0] === 'export' ? 1 : 0);
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 30_000);

  it('without better-sqlite3 installed, opening a SQLite ledger is one line saying what to install, exit code 2', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'assent-cli-no-driver-'));
    try {
      const lonely = await buildCli(elsewhere);
      const db = join(elsewhere, 'data', 'ledger.sqlite');
      // pnpm puts its store's node_modules on NODE_PATH, where Node would find the driver after all.
      const { NODE_PATH: _, ...env } = process.env;
      const run = spawnSync(process.execPath, [lonely, 'serve', '--db', db, '--port', '0'], { encoding: 'utf8', timeout: 20_000, env });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        'assent-ledger serve: A SQLite ledger needs the better-sqlite3 package (an optional peer dependency of @assent/server-sync), which is not installed: npm install better-sqlite3\n',
      );
      expect(run.stdout).toBe('');
      expect(existsSync(join(elsewhere, 'data'))).toBe(false);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 60_000);
});
