import { actorOf } from '../../console/auth.js';
import type { Ledger } from '../../ledger/create-ledger.js';
import { HttpError, json } from '../errors.js';
import { responseRef } from '../openapi/schemas.js';
import type { Route } from '../router.js';

/**
 * The retention schedule a server runs, as the integrity view reports it.
 *
 * @example
 * const retention: RetentionStatus = { days: 1826, nextRunAt: () => schedule.nextRunAt() };
 */
export interface RetentionStatus {
  days: number;
  nextRunAt(): Date | undefined;
}

const VERIFY_INTERVAL_MS = 60_000;

type IntegrityLedger = Pick<Ledger, 'storage' | 'log' | 'verify' | 'audit' | 'oldestRecordAt'>;

/**
 * `GET /v1/integrity` and `POST /v1/integrity/verify` (console scope): the transparency log's
 * latest checkpoint, the last full verify and one in progress, and retention. A verify started
 * here runs in this process in the background (one at a time) and is logged in the audit log with
 * who started it; its progress is polled through `GET /v1/integrity`.
 *
 * @example
 * const routes = [...otherRoutes, ...integrityRoutes(ledger, { days: 1826, nextRunAt: () => undefined })];
 */
export function integrityRoutes(
  ledger: IntegrityLedger,
  retention: RetentionStatus | undefined,
  options: { now?: () => number; onError?: (error: unknown) => void } = {},
): Route[] {
  const now = options.now ?? Date.now;
  let running: { startedAt: string; records: number; consents: number } | null = null;
  // A verify reads every record: one a minute at most per process, whoever asks.
  let finishedAt = Number.NEGATIVE_INFINITY;
  const status = async () => {
    // Read before the awaits: a verify that ends during them has appended its audit entry by then,
    // so the answer shows it either running or as the last one — never neither.
    const inProgress = running && { ...running };
    const [state, lastVerify, lastPurge, oldestRecordAt] = await Promise.all([
      ledger.storage.log.state(),
      ledger.audit({ kind: 'verify', limit: 1 }),
      ledger.audit({ kind: 'purge', limit: 1 }),
      ledger.oldestRecordAt(),
    ]);
    const checkpoint = ledger.log.verifierKey ? await ledger.log.checkpoint({ fresh: true }) : undefined;
    return {
      log: { treeSize: state.treeSize, checkpoint: checkpoint?.note ?? null, verifierKey: ledger.log.verifierKey ?? null },
      verify: { running: inProgress, last: lastVerify[0] ?? null },
      retention: {
        days: retention?.days ?? null,
        oldestRecordAt,
        lastPurge: lastPurge[0] ?? null,
        nextPurgeAt: retention?.nextRunAt()?.toISOString() ?? null,
      },
    };
  };
  const answers = { 503: { codes: ['storage_unavailable'] } } as const;
  return [
    {
      method: 'GET',
      path: '/v1/integrity',
      scope: 'console',
      limited: true,
      doc: {
        operationId: 'integrity',
        tag: 'console',
        summary: 'Latest checkpoint, last and running verify, retention status',
        responses: { 200: { description: 'The status.', schema: responseRef('Integrity') }, ...answers },
      },
      handle: async () => json(200, await status()),
    },
    {
      method: 'POST',
      path: '/v1/integrity/verify',
      scope: 'console',
      limited: true,
      doc: {
        operationId: 'startVerify',
        tag: 'console',
        summary: 'Start a full verify of every chain and the transparency log',
        description:
          'Runs in the background on this ledger process, one at a time (a second request while one runs starts nothing), at most one a minute (429 with Retry-After within a minute of the last one finishing). It gives the event loop a turn every 20 ms, so the ledger keeps answering. Poll `GET /v1/integrity` for progress; the result goes to the audit log with who started it.',
        responses: { 202: { description: 'Started, or already running: the status.', schema: responseRef('Integrity') }, ...answers },
      },
      async handle({ caller }) {
        const wait = Math.ceil((finishedAt + VERIFY_INTERVAL_MS - now()) / 1000);
        if (!running && wait > 0)
          throw new HttpError(429, 'rate_limited', `A full verify finished less than a minute ago; start another in ${wait} s`, {
            'retry-after': String(wait),
          });
        if (!running) {
          const progress = { startedAt: new Date().toISOString(), records: 0, consents: 0 };
          running = progress;
          ledger
            .verify({ actor: actorOf(caller), onProgress: ({ records, consents }) => Object.assign(progress, { records, consents }) })
            .catch(options.onError ?? (() => {}))
            .finally(() => {
              running = null;
              finishedAt = now();
            });
        }
        return json(202, await status());
      },
    },
  ];
}
