import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { Ledger } from '../ledger/create-ledger.js';
import { generateLogKey, keyNameProblem, parseSignerKey, parseVerifierKey } from '../transparency-log/index.js';

/** Where `keygen` writes the signer key, and where the other commands look for it. */
export const DEFAULT_LOG_KEY_FILE = './assent-log.key';

/** The CLI's options that concern the transparency log. */
export interface LogKeyValues {
  'log-key'?: string | undefined;
  'verifier-key'?: string | undefined;
  name?: string | undefined;
  out?: string | undefined;
  checkpoint?: string[] | undefined;
}

type Say = (text: string) => void;

/**
 * The signer key the ledger signs checkpoints with: `$ASSENT_LOG_KEY` (the key itself), else the
 * file `--log-key`, `$ASSENT_LOG_KEY_FILE`, or `./assent-log.key` if it exists. Throws an error
 * naming the file when a key is there but unreadable or malformed.
 *
 * @example
 * const signerKey = signerKeyFrom(values); // undefined: no key anywhere
 */
export function signerKeyFrom(values: LogKeyValues): string | undefined {
  const inline = process.env.ASSENT_LOG_KEY?.trim();
  const file = values['log-key'] ?? process.env.ASSENT_LOG_KEY_FILE ?? (existsSync(DEFAULT_LOG_KEY_FILE) ? DEFAULT_LOG_KEY_FILE : undefined);
  const [text, where] = inline ? [inline, '$ASSENT_LOG_KEY'] : file ? [readFileSync(file, 'utf8').trim(), file] : [undefined, ''];
  if (text === undefined) return undefined;
  try {
    parseSignerKey(text);
  } catch (error) {
    throw new Error(`The log signer key in ${where} is not a signer key (PRIVATE+KEY+…, from assent-ledger keygen): ${(error as Error).message}`);
  }
  return text;
}

/**
 * `assent-ledger keygen`: a new Ed25519 key pair for the log's checkpoints. The signer key goes to a
 * file only its owner can read (never overwritten); the verifier key is printed, to publish.
 *
 * @example
 * keygen({ name: 'consent.example.com/log' }, console.log, console.error); // 0
 */
export function keygen(values: LogKeyValues, out: Say, err: Say): number {
  const origin = values.name ?? `${hostname().toLowerCase()}/assent-ledger`;
  const problem = keyNameProblem(origin);
  if (problem) {
    err(`assent-ledger keygen: --name "${origin}": ${problem}`);
    return 2;
  }
  const file = values.out ?? values['log-key'] ?? DEFAULT_LOG_KEY_FILE;
  if (existsSync(file)) {
    err(`assent-ledger keygen: ${file} exists; a log key is never overwritten (its checkpoints would no longer verify). Give --out FILE.`);
    return 2;
  }
  const { signerKey, verifierKey } = generateLogKey(origin);
  writeFileSync(file, `${signerKey}\n`, { mode: 0o600, flag: 'wx' });
  out(verifierKey);
  err(
    `Signer key written to ${file} (keep it secret, and back it up: without it no new checkpoint can be signed).\n` +
      `The line above is the verifier key: publish it (e.g. in your privacy notice) so anyone can check your checkpoints.`,
  );
  return 0;
}

/**
 * `assent-ledger checkpoint`: signs a checkpoint of the log as it is now (when it grew since the
 * last one) and prints it, to publish or archive.
 *
 * @example
 * await printCheckpoint(ledger, console.log, console.error); // 0
 */
export async function printCheckpoint(ledger: Ledger, out: Say, err: Say): Promise<number> {
  const checkpoint = await ledger.log.checkpoint({ fresh: true });
  if (!checkpoint) {
    err(
      ledger.log.verifierKey
        ? 'assent-ledger checkpoint: the log is empty; nothing to sign yet'
        : `assent-ledger checkpoint: no log signer key (run assent-ledger keygen, then give --log-key FILE or keep it at ${DEFAULT_LOG_KEY_FILE})`,
    );
    return 1;
  }
  if (!ledger.log.verifierKey) err('assent-ledger checkpoint: no log signer key; this is the latest stored checkpoint, not a new one');
  out(checkpoint.note.trimEnd());
  return 0;
}

/**
 * The options `verify` passes on: the verifier key (given, or that of the signer key) and the
 * checkpoints kept elsewhere (`--checkpoint FILE`, repeatable).
 *
 * @example
 * await ledger.verify(witnessOptions(values, ledger));
 */
export function witnessOptions(values: LogKeyValues, ledger: Ledger): { verifierKey: string | undefined; witnesses: string[] } {
  const verifierKey = values['verifier-key'] ?? process.env.ASSENT_LOG_VERIFIER_KEY ?? ledger.log.verifierKey;
  if (verifierKey) parseVerifierKey(verifierKey);
  const witnesses = (values.checkpoint ?? []).map((file) => readFileSync(file, 'utf8'));
  if (witnesses.length && !verifierKey)
    throw new Error('--checkpoint needs the log verifier key: give --verifier-key KEY (printed by keygen, served at /v1/log/key)');
  return { verifierKey, witnesses };
}
