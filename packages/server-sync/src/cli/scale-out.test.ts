import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresCluster } from '../../test-support/postgres-cluster.mjs';
import { decisionInput } from '../storage/stores.test-helper.js';
import { buildCli } from './cli.test-helper.js';
import { runCli } from './main.js';
import { childPids, isAlive, pidsHoldingConnections, postDecision, startServe, waitFor, type ServeChild } from './scale-out.test-helper.js';
import { parseWorkers } from './workers.js';

const API_KEYS = { ASSENT_API_KEYS: 'k_scale_out_test_key' };
const capture = () => {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, output: { out: (text: string) => lines.out.push(text), err: (text: string) => lines.err.push(text) } };
};

describe('serve --workers: the refusals', () => {
  it.each([['0'], ['=-1'], ['1.5'], ['two'], ['']])('--workers%s exits 2 naming the flag', async (value) => {
    const { lines, output } = capture();
    const flag = value.startsWith('=') ? [`--workers${value}`] : ['--workers', value];
    expect(await runCli(['serve', '--db', 'postgres://nobody@127.0.0.1:1/none', ...flag], output)).toBe(2);
    expect(lines.err.join('\n')).toMatch(/^assent-ledger serve: --workers: not a whole number ≥ 1 or "auto"/);
  });

  it('refuses SQLite in one line that points to PostgreSQL, and creates no database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-workers-'));
    try {
      for (const value of ['2', 'auto', '1']) {
        const { lines, output } = capture();
        expect(await runCli(['serve', '--db', join(dir, 'ledger.sqlite'), '--workers', value], output)).toBe(2);
        expect(lines.err).toEqual(['assent-ledger serve: --workers needs PostgreSQL (--db postgres://…): SQLite has one writer process']);
      }
      expect(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is an option of serve only', async () => {
    const { lines, output } = capture();
    expect(await runCli(['verify', '--db', 'postgres://nobody@127.0.0.1:1/none', '--workers', '2'], output)).toBe(2);
    expect(lines.err).toEqual(['assent-ledger verify: --workers is an option of serve, not of verify']);
  });

  it('reads auto as the CPUs this process may use', () => {
    expect(parseWorkers('auto')).toBe(availableParallelism());
    expect(parseWorkers('3')).toBe(3);
  });
});

// Real PostgreSQL, real OS processes of the command line (bundled from source, as cli.test.ts does).
// Without PostgreSQL the suite is skipped loudly (startPostgres warns); in CI it fails instead.
const cluster: PostgresCluster | undefined = await startPostgres({ durable: false });
let cli: string;
let dir: string;
let logKey: string;
beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'assent-scale-out-'));
  logKey = join(dir, 'log.key');
  const keygen = spawnSync(process.execPath, [cli, 'keygen', '--name', 'scale-out.test/log', '--out', logKey], { encoding: 'utf8' });
  expect(keygen.status, keygen.stderr).toBe(0);
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
  rmSync(cli, { force: true });
  rmSync(dir, { recursive: true, force: true });
}, 30_000);

async function query<T extends Record<string, unknown>>(sql: string, url = cluster!.url): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe.skipIf(!cluster)('several ledger processes on one PostgreSQL', () => {
  it('two independent nodes: kill -9 of one under load loses no acknowledged record, chains and the log stay whole', async () => {
    const database = `${cluster!.url.replace(/\/postgres$/, '/')}two_nodes`;
    await query('CREATE DATABASE two_nodes');
    const nodes = await Promise.all([0, 1].map(() => startServe(cli, ['--db', database, '--log-key', logKey], API_KEYS)));
    const [doomed, survivor] = nodes as [ServeChild, ServeChild];
    const acknowledged = new Map<string, ServeChild>();
    const unanswered: Record<string, unknown>[] = [];
    const refused: string[] = [];
    let stop = false;
    // Eight writers alternate between the nodes on four shared consent ids, so every chain is
    // extended by both processes; a ninth client asks both for fresh checkpoints, so both sign.
    const writer = async (lane: number) => {
      for (let index = 0; !stop; index++) {
        const node = nodes[(lane + index) % 2]!;
        const input = decisionInput({ consentId: `consent-shared-${(lane + index) % 4}`, method: index % 3 ? 'accept-all' : 'reject-all' });
        let response: Response;
        try {
          response = await fetch(`${node.url}/v1/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
        } catch (error) {
          if (node !== doomed) throw error;
          unanswered.push(input); // the killed node: stored or not, the outbox sends it again
          continue;
        }
        if (response.status === 201) acknowledged.set(input.recordId as string, node);
        else refused.push(`${response.status} ${await response.text()}`);
      }
    };
    const checkpoints = async () => {
      for (let index = 0; !stop; index++) {
        await fetch(`${nodes[index % 2]!.url}/v1/log/checkpoint`).then(
          (response) => response.text(),
          () => '',
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const lanes = [...Array.from({ length: 8 }, (_, lane) => writer(lane)), checkpoints()];
    const count = (node: ServeChild) => [...acknowledged.values()].filter((by) => by === node).length;
    await waitFor(() => count(doomed) >= 40 && count(survivor) >= 40, 'acknowledgements of both nodes', 40_000);
    doomed.child.kill('SIGKILL');
    expect(await doomed.exited).toBe(null);
    const before = count(survivor);
    await waitFor(() => count(survivor) >= before + 40, 'the surviving node to go on', 40_000);
    stop = true;
    await Promise.all(lanes);
    expect(refused).toEqual([]);
    const resendAgent = new Agent({ keepAlive: true, maxSockets: 8 });
    // What the killed node never answered, sent again to the survivor: stored once, never twice.
    const resent = await Promise.all(unanswered.map((input) => postDecision(survivor.url, input, resendAgent)));
    resendAgent.destroy();
    expect(resent.filter((status) => status !== 200 && status !== 201)).toEqual([]);

    const records = await query<{ record_id: string; consent_id: string; seq: number; leaf_index: string }>(
      'SELECT record_id, consent_id, seq, leaf_index FROM evidence_records ORDER BY consent_id, seq',
      database,
    );
    const stored = new Set(records.map((record) => record.record_id));
    expect([...acknowledged.keys()].filter((recordId) => !stored.has(recordId))).toEqual([]);
    expect(unanswered.filter((input) => !stored.has(input.recordId as string))).toEqual([]);
    expect(stored.size).toBe(records.length);
    for (let consent = 0; consent < 4; consent++) {
      const seqs = records.filter((record) => record.consent_id === `consent-shared-${consent}`).map((record) => record.seq);
      expect(seqs.length).toBeGreaterThanOrEqual(20);
      expect(seqs).toEqual(seqs.map((_, index) => index + 1));
    }
    const [state] = await query<{ tree_size: string }>('SELECT tree_size FROM log_state', database);
    expect(Number(state!.tree_size)).toBe(records.length);
    expect(records.map((record) => Number(record.leaf_index)).sort((a, b) => a - b)).toEqual(records.map((_, index) => index));
    // Both processes signed checkpoints of the one log.
    const [signed] = await query<{ n: string }>('SELECT COUNT(*) AS n FROM log_checkpoints', database);
    expect(Number(signed!.n)).toBeGreaterThanOrEqual(2);

    survivor.child.kill('SIGTERM');
    expect(await survivor.exited).toBe(0);
    const verify = spawnSync(process.execPath, [cli, 'verify', '--db', database, '--log-key', logKey], { encoding: 'utf8' });
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    const report = JSON.parse(verify.stdout);
    expect(report).toMatchObject({ ok: true, consents: 4, records: records.length, log: { treeSize: records.length, signaturesChecked: true } });
    expect(report.log.checkpoints).toBe(Number(signed!.n));
  }, 90_000);

  it('serve --workers 2: both workers answer, a killed one is restarted, SIGTERM lets a request in flight finish and leaves no process', async () => {
    const supervisor = await startServe(cli, ['--db', cluster!.url, '--workers', '2'], API_KEYS);
    expect(supervisor.output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+ \(postgres, 2 workers\)/);
    const pid = supervisor.child.pid!;
    const originals = childPids(pid);
    expect(originals).toHaveLength(2);

    // Keep-alive connections stay with the worker that accepted them: /proc tells which one.
    const answering = async (pids: number[]) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 8 });
      try {
        const statuses = await Promise.all(
          Array.from({ length: 32 }, (_, index) => postDecision(supervisor.url, decisionInput({ consentId: `worker-${index % 5}` }), agent)),
        );
        expect(statuses.every((status) => status === 201)).toBe(true);
        return pidsHoldingConnections(pids, supervisor.port).sort();
      } finally {
        agent.destroy();
      }
    };
    expect(await answering(originals)).toEqual([...originals].sort());

    process.kill(originals[0]!, 'SIGKILL');
    await waitFor(() => /worker \d \(pid \d+\) ended \(SIGKILL\); restarting it/.test(supervisor.output()), 'the supervisor to notice', 30_000);
    const alone = await Promise.all(Array.from({ length: 10 }, () => postDecision(supervisor.url, decisionInput({ consentId: 'worker-alone' }), false)));
    expect(alone).toEqual(Array(10).fill(201));
    await waitFor(() => childPids(pid).length === 2, 'a restarted worker', 30_000);
    const replaced = childPids(pid);
    expect(replaced).toContain(originals[1]);
    expect(replaced).not.toContain(originals[0]);
    await waitFor(async () => (await answering(replaced)).length === 2, 'the restarted worker to answer', 30_000);

    // A request whose body is still arriving when SIGTERM comes is answered, then all stop.
    const slow = new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const body = JSON.stringify(decisionInput({ consentId: 'worker-in-flight' }));
      const sent = request(`${supervisor.url}/v1/consents`, {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      sent.once('response', (response) => {
        response.resume();
        resolve({ status: response.statusCode!, connection: response.headers.connection });
      });
      sent.once('error', reject);
      sent.write(body.slice(0, 20));
      setTimeout(() => {
        supervisor.child.kill('SIGTERM');
        // `Connection: close` on the answer shows the worker had begun to stop while it waited.
        setTimeout(() => sent.end(body.slice(20)), 1_000);
      }, 200);
    });
    expect(await slow).toEqual({ status: 201, connection: 'close' });
    expect(await supervisor.exited).toBe(0);
    expect(replaced.filter(isAlive)).toEqual([]);
    const [stored] = await query<{ n: string }>("SELECT COUNT(*) AS n FROM evidence_records WHERE consent_id = 'worker-in-flight'");
    expect(Number(stored!.n)).toBe(1);
  }, 90_000);

  it('serve --workers 2 that cannot start (a bad flag, a database that refuses) stops with exit code 2 instead of restarting', async () => {
    const failures = [
      ['--db', cluster!.url, '--public-origin', 'nonsense'],
      ['--db', 'postgres://nobody@127.0.0.1:1/none'],
    ].map(async (args) => {
      const child = spawn(process.execPath, [cli, 'serve', '--workers', '2', '--port', '0', ...args], { env: { ...process.env, ...API_KEYS } });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const killer = setTimeout(() => child.kill('SIGKILL'), 45_000);
      const code = await new Promise((resolve) => child.once('exit', resolve));
      clearTimeout(killer);
      return { code, stderr };
    });
    const [badFlag, noDatabase] = await Promise.all(failures);
    expect(badFlag).toMatchObject({ code: 2, stderr: expect.stringContaining('--public-origin: not an origin') });
    expect(noDatabase).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot open the ledger database at postgres://nobody@127.0.0.1:1/none') });
    for (const { stderr } of [badFlag!, noDatabase!]) expect(stderr).not.toContain('restarting');
  }, 60_000);
});
