import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedger, type Ledger } from '../../ledger/create-ledger.js';
import { openSqliteStorage } from '../../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../../storage/stores.test-helper.js';
import { createLedgerHandler } from '../handler.js';
import { documented } from '../openapi/responses.test-helper.js';

// The route over a SQLite ledger file; statistics() itself is tested on both stores in src/ledger/.
const BASE = 'http://ledger.test';
const keys = { console: 'k_console_only_01', read: 'k_read_only_0001', all: 'k_every_scope_001' };
const context = { ip: '203.0.113.0', userAgent: 'UA/1', origin: 'https://shop.example' };
let dir: string;
let ledger: Ledger;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-statistics-http-'));
  clock = Date.parse('2026-03-01T10:00:00.000Z');
  ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')), now: () => clock });
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
      apiKeys: [{ key: keys.console, scopes: ['console'] }, { key: keys.read, scopes: ['read'] }, keys.all],
      rateLimit: false,
    }),
  );
const get = (query: string, key: string | null = keys.console) =>
  handler()(new Request(`${BASE}/v1/statistics${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} }));

async function seed() {
  const decisions: Array<[string, string, string]> = [
    ['2026-03-01T10:00:00Z', 'accept-all', 'DE'],
    ['2026-03-01T11:00:00Z', 'reject-all', 'FR'],
    ['2026-03-01T12:00:00Z', 'reject-all', 'DE'],
    ['2026-03-03T09:00:00Z', 'custom', 'DE'],
  ];
  for (const [index, [at, method, region]] of decisions.entries()) {
    clock = Date.parse(at);
    await ledger.record(decisionInput({ consentId: `consent-${index}`, method, region }), context);
  }
}

describe('GET /v1/statistics', () => {
  it('answers ledger.statistics() as JSON to a key with the console scope (or every scope), never cached', async () => {
    await seed();
    const response = await get('?from=2026-03-01&to=2026-03-03&by=region');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = await response.json();
    expect(body).toEqual(await ledger.statistics({ from: '2026-03-01', to: '2026-03-03', by: 'region' }));
    expect(body.total).toMatchObject({ decisions: 4, acceptAll: 1, rejectAll: 2, custom: 1 });
    expect(body.days.map((day: { day: string; decisions: number }) => [day.day, day.decisions])).toEqual([
      ['2026-03-01', 3],
      ['2026-03-02', 0],
      ['2026-03-03', 1],
    ]);
    expect(body.byValue.map((value: { value: string; decisions: number }) => [value.value, value.decisions])).toEqual([
      ['DE', 3],
      ['FR', 1],
    ]);
    const plain = await (await get('?to=2026-03-01&from=2026-03-01', keys.all)).json();
    expect(plain).not.toHaveProperty('byValue');
    expect(plain.total.decisions).toBe(3);
  });

  it('answers an empty ledger with zeros for every day', async () => {
    const body = await (await get('?from=2026-02-27&to=2026-03-01')).json();
    expect(body.days).toHaveLength(3);
    expect(body.total.decisions).toBe(0);
    expect(body.categories).toEqual([]);
  });

  it('asks for a key (401) and for the console scope (403), as every key-protected route does', async () => {
    const anonymous = await get('?from=2026-03-01&to=2026-03-01', null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="assent-ledger"');
    expect(await anonymous.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await get('?from=2026-03-01&to=2026-03-01', 'k_not_a_key_0001')).status).toBe(401);
    const reader = await get('?from=2026-03-01&to=2026-03-01', keys.read);
    expect(reader.status).toBe(403);
    expect(reader.headers.get('www-authenticate')).toBe('Bearer realm="assent-ledger", error="insufficient_scope", scope="console"');
    expect(await reader.json()).toMatchObject({ error: { code: 'insufficient_scope' } });
  });

  const bad: Array<[string, string, string]> = [
    ['no query', '', 'from'],
    ['no to', '?from=2026-03-01', 'to'],
    ['a malformed day', '?from=2026-3-1&to=2026-03-02', 'from'],
    ['a day that does not exist', '?from=2026-02-30&to=2026-03-02', 'from'],
    ['a reversed range', '?from=2026-03-02&to=2026-03-01', 'to'],
    ['a range over 400 days', '?from=2025-01-01&to=2026-03-01', 'to'],
    ['an unknown breakdown', '?from=2026-03-01&to=2026-03-01&by=subject', 'by'],
    ['an empty breakdown', '?from=2026-03-01&to=2026-03-01&by=', 'by'],
    ['an unknown parameter', '?from=2026-03-01&to=2026-03-01&limit=10', 'limit'],
    ['a repeated parameter', '?from=2026-03-01&to=2026-03-01&to=2026-03-02', 'to'],
    ['a __proto__ parameter', '?from=2026-03-01&to=2026-03-01&__proto__=1', '__proto__'],
  ];
  it.each(bad)('answers %s with 400 invalid_query naming the field', async (_, query, field) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { error } = await response.json();
    expect(error.code).toBe('invalid_query');
    expect(error.message).toContain(`"${field}"`);
    expect(error.details).toEqual([{ path: field, message: error.message }]);
  });

  it('is a 503 when the storage fails', async () => {
    await ledger.close();
    const response = await get('?from=2026-03-01&to=2026-03-01');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'storage_unavailable' } });
    ledger = createLedger({ storage: openSqliteStorage(join(dir, 'ledger.sqlite')) });
  });
});
