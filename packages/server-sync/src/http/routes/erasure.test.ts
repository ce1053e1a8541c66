import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../../ledger/create-ledger.js';
import { openSqliteStorage } from '../../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../../storage/stores.test-helper.js';
import { createLedgerHandler } from '../handler.js';
import { documented } from '../openapi/responses.test-helper.js';

// The route over a SQLite ledger; eraseConsent itself is tested on both stores in src/ledger/.
const BASE = 'http://ledger.test';
const keys = { erase: 'k_erase_only_001', read: 'k_read_only_0001' };
let dir: string;
let ledger: Ledger;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-erasure-'));
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')) });
});
afterEach(async () => {
  await ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

// Every answer is checked against the OpenAPI document the handler serves.
const handler = () =>
  documented(
    createLedgerHandler({
      ledger,
      apiKeys: [
        { key: keys.erase, scopes: ['erase'] },
        { key: keys.read, scopes: ['read'] },
      ],
    }),
  );
const erase = (consentId: string, key?: string) =>
  new Request(`${BASE}/v1/consents/${consentId}`, { method: 'DELETE', headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('DELETE /v1/consents/{consentId}', () => {
  it('erases the identifying fields of a consent id with an erase-scoped key: 200 with the report, then 200 with records 0', async () => {
    await ledger.record(decisionInput(), { ip: '203.0.113.0', userAgent: 'UA/1' });
    await ledger.record(decisionInput({ method: 'accept-all', subjectId: 'user-42' }), { ip: '203.0.113.0', userAgent: 'UA/1' });
    const answer = await handler()(erase('consent-0001', keys.erase));
    expect(answer.status).toBe(200);
    const report = await answer.json();
    expect(report).toMatchObject({ consentId: 'consent-0001', records: 2, fields: ['subjectId', 'ip', 'userAgent', 'identitySalt'] });
    expect((await ledger.history('consent-0001')).map((record) => [record.ip, record.userAgent, record.subjectId])).toEqual([
      ['', '', null],
      ['', '', null],
    ]);
    // The decision in effect is still answered (it is what the site must keep honouring).
    expect((await handler()(new Request(`${BASE}/v1/consents/consent-0001`))).status).toBe(200);
    const repeat = await handler()(erase('consent-0001', keys.erase));
    expect(await repeat.json()).toEqual({ ...report, records: 0 });
    expect((await ledger.verify()).ok).toBe(true);
  });

  it('answers 404 for a consent id with nothing held, 401 without a key, 403 for a key without the erase scope', async () => {
    await ledger.record(decisionInput(), { ip: '203.0.113.0' });
    expect((await handler()(erase('consent-unknown', keys.erase))).status).toBe(404);
    expect((await handler()(erase('consent-0001'))).status).toBe(401);
    const refused = await handler()(erase('consent-0001', keys.read));
    expect(refused.status).toBe(403);
    expect(refused.headers.get('www-authenticate')).toContain('scope="erase"');
    expect((await ledger.current('consent-0001'))!.ip).toBe('203.0.113.0');
    expect((await handler()(erase('not a consent id', keys.erase))).status).toBe(400);
  });

  it('is no CORS route although it shares its path with one: no origin check, not offered to browsers in the preflight', async () => {
    await ledger.record(decisionInput(), { ip: '203.0.113.0' });
    const foreign = { origin: 'https://evil.example' };
    const withOrigin = new Request(`${BASE}/v1/consents/consent-0001`, { method: 'DELETE', headers: { ...foreign, authorization: `Bearer ${keys.erase}` } });
    const answer = await handler()(withOrigin);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await handler()(new Request(`${BASE}/v1/consents/consent-0001`, { method: 'OPTIONS', headers: { origin: BASE } }));
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET');
    // Another method is a 405 from any origin (documented for the path), not a 403.
    expect((await handler()(new Request(`${BASE}/v1/consents/consent-0001`, { method: 'PUT', headers: foreign }))).status).toBe(405);
  });

  it('is in the OpenAPI document beside the GET of the same path', async () => {
    const document = await (await handler()(new Request(`${BASE}/v1/openapi.json`))).json();
    const path = document.paths['/v1/consents/{consentId}'];
    expect(Object.keys(path).sort()).toEqual(expect.arrayContaining(['delete', 'get']));
    expect(path.delete).toMatchObject({ operationId: 'eraseConsent', security: expect.anything() });
  });
});
