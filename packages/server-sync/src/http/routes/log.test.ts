import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../../ledger/create-ledger.js';
import { rfcLeaf, rfcVerifyConsistency, rfcVerifyInclusion } from '../../ledger/rfc9162.test-helper.js';
import { openSqliteStorage } from '../../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../../storage/stores.test-helper.js';
import { generateLogKey, openCheckpoint } from '../../transparency-log/index.js';
import { createLedgerHandler } from '../handler.js';
import { documented } from '../openapi/responses.test-helper.js';

const BASE = 'http://ledger.test';
const KEY = generateLogKey('ledger.test/log');
let dir: string;
let ledgers: Ledger[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-log-http-'));
  ledgers = [];
});
afterEach(async () => {
  for (const ledger of ledgers) await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

// Every answer is checked against the OpenAPI document the handler serves.
const setup = (signerKey: string | null = KEY.signerKey) => {
  const ledger = createLedger({ storage: openSqliteStorage(join(dir, `ledger-${ledgers.length}.sqlite`)), log: { signerKey: signerKey ?? undefined } });
  ledgers.push(ledger);
  const handler = documented(createLedgerHandler({ ledger, apiKeys: [], rateLimit: false }));
  const get = (path: string) => handler(new Request(`${BASE}${path}`, { headers: { origin: 'https://visitor.example' } }));
  const record = async (consentId: string) => {
    const response = await handler(new Request(`${BASE}/v1/consents`, { method: 'POST', body: JSON.stringify(decisionInput({ consentId })) }));
    return ((await response.json()) as { record: { recordId: string; hash: string; leafIndex: number } }).record;
  };
  return { ledger, get, record };
};
const hashes = (hex: string[]) => hex.map((hash) => Buffer.from(hash, 'hex'));

describe('GET /v1/log/*', () => {
  it('a receipt carries its leaf index; its inclusion proof leads to the signed checkpoint given with it', async () => {
    const { get, record } = setup();
    const receipts = [];
    for (let index = 0; index < 9; index++) receipts.push(await record(`consent-${index % 4}`));
    expect(receipts.map((receipt) => receipt.leafIndex)).toEqual([...Array(9).keys()]);
    const receipt = receipts[4]!;
    const response = await get(`/v1/log/inclusion/${receipt.recordId}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { leafIndex: number; treeSize: number; proof: string[]; checkpoint: string; recordHash: string };
    expect(body).toMatchObject({ leafIndex: 4, treeSize: 9, recordHash: receipt.hash });
    const { rootHash } = openCheckpoint(body.checkpoint, KEY.verifierKey);
    expect(rfcVerifyInclusion(rfcLeaf(Buffer.from(receipt.hash, 'hex')), 4, 9, hashes(body.proof), rootHash)).toBe(true);
    // Readable from a visitor's page: the CORS header for its origin is there... only for allowed origins.
    expect((await get('/v1/log/inclusion/r-unknown')).status).toBe(404);
  });

  it('serves the latest checkpoint and the verifier key as plain text, stored checkpoints by size, and consistency proofs', async () => {
    const { get, record } = setup();
    for (let index = 0; index < 5; index++) await record('consent-a');
    const first = await (await get('/v1/log/checkpoint')).text();
    expect(openCheckpoint(first, KEY.verifierKey).size).toBe(5);
    // Fresh checkpoints are made at most once a second: wait for the next.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    for (let index = 0; index < 6; index++) await record('consent-b');
    const latest = await get('/v1/log/checkpoint');
    expect(latest.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const second = await latest.text();
    expect(openCheckpoint(second, KEY.verifierKey).size).toBe(11);
    expect(await (await get('/v1/log/checkpoints/5')).text()).toBe(first);
    expect((await get('/v1/log/checkpoints/6')).status).toBe(404);
    expect((await (await get('/v1/log/key')).text()).trim()).toBe(KEY.verifierKey);
    const { proof } = (await (await get('/v1/log/consistency/5/11')).json()) as { proof: string[] };
    const roots = [first, second].map((note) => openCheckpoint(note, KEY.verifierKey).rootHash);
    expect(rfcVerifyConsistency(5, 11, roots[0]!, roots[1]!, hashes(proof))).toBe(true);
    expect(await (await get('/v1/log/consistency/11/5')).json()).toMatchObject({ error: { code: 'invalid_range' } });
    expect((await get('/v1/log/consistency/5/12')).status).toBe(400);
    expect((await get('/v1/log/consistency/0/5')).status).toBe(400);
  });

  it('without a signing key: records still get leaves, the checkpoint endpoints say why there is none', async () => {
    const { get, record } = setup(null);
    expect((await record('consent-a')).leafIndex).toBe(0);
    for (const path of ['/v1/log/checkpoint', '/v1/log/key', '/v1/log/checkpoints/1']) {
      expect(await (await get(path)).json()).toMatchObject({ error: { code: 'log_not_signed' } });
    }
  });
});
