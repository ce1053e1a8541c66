// The CLI needed no change for GPP evidence: `assent-ledger export` prints every record field.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uscaString } from '../evidence/gpp-string.test-helper.js';
import { createLedger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { runCli } from './main.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assent-cli-gpp-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('assent-ledger export with GPP evidence', () => {
  it('prints the GPP evidence of each record, and null where there is none', async () => {
    const db = join(dir, 'export.sqlite');
    const gpp = { gppString: uscaString({ gpc: true }), applicableSections: [8] };
    const ledger = createLedger({ storage: openSqliteStorage(db) });
    await ledger.record(decisionInput({ subjectId: 'user-7', gpp }));
    await ledger.record(decisionInput({ subjectId: 'user-7' }));
    await ledger.close();
    const lines: string[] = [];
    expect(await runCli(['export', 'consent-0001', '--db', db], { out: (text) => lines.push(text), err: () => {} })).toBe(0);
    expect(JSON.parse(lines.join('\n')).records.map((record: { gpp: unknown }) => record.gpp)).toEqual([gpp, null]);
  });
});
