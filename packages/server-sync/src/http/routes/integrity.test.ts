import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../../ledger/create-ledger.js';
import { openSqliteStorage } from '../../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../../storage/stores.test-helper.js';
import { generateLogKey } from '../../transparency-log/index.js';
import { createLedgerHandler, type LedgerHandler } from '../handler.js';
import { createLedgerServer } from '../node-server.js';
import { documented } from '../openapi/responses.test-helper.js';
import type { RouteContext } from '../router.js';
import { integrityRoutes } from './integrity.js';

// The integrity routes over a SQLite ledger file; verify and the audit log themselves are tested
// on both stores in src/ledger/.
const BASE = 'http://ledger.test';
const KEY = 'k_console_integrity_01';
let dir: string;
let ledger: Ledger;
let clock: number;
let handler: LedgerHandler;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-integrity-http-'));
  clock = Date.parse('2026-03-01T10:00:00.000Z');
  ledger = createLedger({
    storage: openSqliteStorage(join(dir, 'ledger.sqlite')),
    log: { signerKey: generateLogKey('ledger.test/log').signerKey },
    now: () => clock,
  });
  handler = documented(
    createLedgerHandler({
      ledger,
      apiKeys: [{ key: KEY, scopes: ['console'], name: 'dpo' }],
      rateLimit: false,
      retention: { days: 730, nextRunAt: () => new Date('2026-03-02T00:00:00.000Z') },
      now: () => clock,
    }),
  );
});
afterEach(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (path: string, method = 'GET') => handler(new Request(`${BASE}${path}`, { method, headers: { authorization: `Bearer ${KEY}` } }));
type Integrity = {
  log: { treeSize: number; checkpoint: string | null };
  verify: { running: { records: number } | null; last: { actor: string; details: { ok: boolean; records: number } } | null };
  retention: { days: number | null; oldestRecordAt: string | null; nextPurgeAt: string | null };
};
const status = async () => (await (await call('/v1/integrity')).json()) as Integrity;

async function seed(count: number) {
  await Promise.all(Array.from({ length: count }, (_, index) => ledger.record(decisionInput({ consentId: `consent-${String(index).padStart(6, '0')}` }))));
}

describe('GET /v1/integrity', () => {
  it('states the log, the last verify and retention', async () => {
    await seed(3);
    const answer = await status();
    expect(answer.log.treeSize).toBe(3);
    expect(answer.log.checkpoint).toMatch(/^ledger\.test\/log\n3\n/);
    expect(answer.verify).toEqual({ running: null, last: null });
    expect(answer.retention).toEqual({ days: 730, oldestRecordAt: '2026-03-01T10:00:00.000Z', lastPurge: null, nextPurgeAt: '2026-03-02T00:00:00.000Z' });
  });
});

describe('POST /v1/integrity/verify', () => {
  it('runs in the background without holding up other requests (real sockets), and logs who ran it', async () => {
    await seed(8000);
    const server = createLedgerServer(createLedgerHandler({ ledger, apiKeys: [{ key: KEY, scopes: ['console'], name: 'dpo' }], rateLimit: false }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const over = (path: string, method = 'GET') => fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { authorization: `Bearer ${KEY}` } });
    try {
      expect((await over('/v1/integrity/verify', 'POST')).status).toBe(202);
      // Sockets are served between slices of the verify: a health check and the status answer
      // while it still runs (a verify that kept the thread would answer them only once done).
      expect((await over('/healthz')).status).toBe(200);
      const during = (await (await over('/v1/integrity')).json()) as Integrity;
      expect(during.verify.running).not.toBeNull();
      const overStatus = async () => ((await (await over('/v1/integrity')).json()) as Integrity).verify;
      await expect.poll(async () => (await overStatus()).running, { timeout: 20_000, interval: 50 }).toBeNull();
      const { last } = await overStatus();
      expect(last).toMatchObject({ actor: 'dpo', details: { ok: true, records: 8000 } });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);

  it('starts at most one a minute', async () => {
    await seed(2);
    expect((await call('/v1/integrity/verify', 'POST')).status).toBe(202);
    await expect.poll(async () => (await status()).verify.running).toBeNull();
    const again = await call('/v1/integrity/verify', 'POST');
    expect([again.status, again.headers.get('retry-after')]).toEqual([429, '60']);
    clock += 60_000;
    expect((await call('/v1/integrity/verify', 'POST')).status).toBe(202);
  });

  it('answers with the verify either running or as the last one when it ends while the answer is read', async () => {
    await seed(2);
    // The log's state is read only once the verify has ended (appending its audit entry), as
    // when a small ledger's verify outruns the status reads on a slower store.
    let verified: Promise<unknown> = Promise.resolve();
    const racing = {
      ...ledger,
      verify: (options?: Parameters<Ledger['verify']>[0]) => (verified = ledger.verify(options)),
      storage: { ...ledger.storage, log: { ...ledger.storage.log, state: async () => (await verified, ledger.storage.log.state()) } },
    } as Ledger;
    const start = integrityRoutes(racing, undefined).find((route) => route.method === 'POST')!;
    const answer = JSON.parse(String((await start.handle({ caller: undefined } as RouteContext)).body)) as Integrity;
    expect(answer.verify.running !== null || answer.verify.last !== null).toBe(true);
  });
});
