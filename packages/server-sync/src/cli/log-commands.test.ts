import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLedger } from '../ledger/create-ledger.js';
import { openSqliteStorage } from '../storage/sqlite/sqlite-storage.js';
import { decisionInput } from '../storage/stores.test-helper.js';
import { generateLogKey, openCheckpoint, signCheckpoint } from '../transparency-log/index.js';
import { runCli } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'assent-cli-log-'));
// Keys come only from the files each test names, never from the environment running the tests.
delete process.env.ASSENT_LOG_KEY;
delete process.env.ASSENT_LOG_KEY_FILE;
delete process.env.ASSENT_LOG_VERIFIER_KEY;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (...argv: string[]) => {
  const lines = { out: [] as string[], err: [] as string[] };
  const code = await runCli(argv, { out: (text) => lines.out.push(text), err: (text) => lines.err.push(text) });
  return { code, out: lines.out.join('\n'), err: lines.err.join('\n') };
};

const ledgerWith = async (file: string, records: number) => {
  const ledger = createLedger({ storage: openSqliteStorage(file) });
  for (let index = 0; index < records; index++) await ledger.record(decisionInput({ consentId: `consent-${index % 3}` }));
  await ledger.close();
};

describe('assent-ledger keygen, checkpoint, verify --checkpoint', () => {
  it('keygen writes a signer key only its owner can read, prints the verifier key, and never overwrites a key', async () => {
    const key = join(dir, 'keygen.key');
    const made = await run('keygen', '--name', 'consent.example.com/log', '--out', key);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/^consent\.example\.com\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]+=*$/);
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const again = await run('keygen', '--name', 'consent.example.com/log', '--out', key);
    expect(again).toMatchObject({ code: 2, err: expect.stringContaining('never overwritten') });
    expect(await run('keygen', '--name', 'has space', '--out', join(dir, 'bad.key'))).toMatchObject({ code: 2, err: expect.stringContaining('--name') });
  });

  it('checkpoint signs the log as it is; verify holds the ledger against a copy kept elsewhere, and refuses a forged one', async () => {
    const db = join(dir, 'ledger.sqlite');
    const key = join(dir, 'ledger.key');
    await ledgerWith(db, 7);
    const verifierKey = (await run('keygen', '--name', 'cli.test/log', '--out', key)).out;

    const signed = await run('checkpoint', '--db', db, '--log-key', key);
    expect(signed.code).toBe(0);
    expect(openCheckpoint(`${signed.out}\n`, verifierKey)).toMatchObject({ origin: 'cli.test/log', size: 7 });
    const witness = join(dir, 'witness.txt');
    writeFileSync(witness, `${signed.out}\n`);

    // A verifier with only the public key and the witness copy.
    const verified = await run('verify', '--db', db, '--verifier-key', verifierKey, '--checkpoint', witness);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ ok: true, log: { treeSize: 7, checkpoints: 1, witnessCheckpoints: 1, signaturesChecked: true } });

    const forged = join(dir, 'forged.txt');
    const impostor = generateLogKey('cli.test/log');
    writeFileSync(forged, signCheckpoint({ origin: 'cli.test/log', size: 7, rootHash: Buffer.alloc(32), time: new Date() }, impostor.signerKey));
    const refused = await run('verify', '--db', db, '--verifier-key', verifierKey, '--checkpoint', forged);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).problems).toEqual([{ consentId: '', problem: 'checkpoint-signature', source: 'witness' }]);
  });

  it('says what is missing: no key to sign with, no key to check a witness with, a file that is no key', async () => {
    const db = join(dir, 'keyless.sqlite');
    await ledgerWith(db, 2);
    expect(await run('checkpoint', '--db', db, '--log-key', join(dir, 'missing.key'))).toMatchObject({ code: 2, err: expect.stringContaining('missing.key') });
    expect(await run('checkpoint', '--db', db)).toMatchObject({ code: 1, err: expect.stringContaining('no log signer key') });
    const witness = join(dir, 'any.txt');
    writeFileSync(witness, 'x\n1\nAAAA\n');
    expect(await run('verify', '--db', db, '--checkpoint', witness)).toMatchObject({ code: 2, err: expect.stringContaining('--verifier-key') });
    const notAKey = join(dir, 'not-a.key');
    writeFileSync(notAKey, 'hello\n');
    expect(await run('verify', '--db', db, '--log-key', notAKey)).toMatchObject({ code: 2, err: expect.stringContaining('not a signer key') });
  });
});
