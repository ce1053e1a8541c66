import type { ConsentDecision, ConsentStore } from '@assent/core';
import { markOutbox } from './idle-mark.js';
import { indexedDbOutbox } from './queue.js';
import { recordIdOf } from './record-id.js';
import type { NoticeReference } from '../evidence/types.js';
import type { ShownContent } from '../texts/shown-content.js';
import type { FrameworkEvidence, OutboxQueue, OutboxRecord, OutboxTransport, QueuedRecord } from './types.js';
import { OUTBOX_VERSION } from './version.js';

/**
 * Options of `startOutbox`.
 *
 * @example
 * startOutbox(store, { endpoint: 'https://consent.example.com/v1/consents', subjectId: () => session.userId });
 */
export interface OutboxOptions {
  /** Full URL of the ledger's `POST /v1/consents`. */
  endpoint: string;
  /** A known person the decisions belong to (e.g. the logged-in account id). */
  subjectId?: string | (() => string | undefined);
  /** Recorded with every decision. Default: this package's version (`OUTBOX_VERSION`). */
  sdkVersion?: string;
  transport?: OutboxTransport;
  queue?: OutboxQueue;
  /** First retry delay in ms (doubles per failure, ±50 % jitter). Default 1000. */
  retryBaseMs?: number;
  /** Longest retry delay in ms. Default 300 000 (5 minutes). */
  retryMaxMs?: number;
  /** Receives delivery failures; the visitor's decision is never affected by them. */
  onError?: (error: unknown) => void;
  /**
   * The privacy notice shown with the banner (`{ url, version, hash? }`), sent with every record;
   * the ledger keeps it under the record's hash.
   */
  notice?: NoticeReference;
  /**
   * What was shown under a text hash (`@assent/banner`'s `shownContent`): queued with the record,
   * so that a transport can upload it before the record (`withTexts` of
   * `@assent/server-sync/outbox-texts` does: the ledger then holds the exact texts of each decision).
   */
  shownContent?: (textHash: string) => ShownContent | undefined;
  /**
   * The IAB framework evidence of the page, read when a decision is queued and sent with its
   * record: `tcf` (`{ tcString, addtlConsent? }`, e.g. `@assent/tcf`'s `controller.evidence`) and
   * `gpp` (`{ gppString, applicableSections }`, e.g. `@assent/gpp`'s). Queued with the decision, so
   * a later page view sends the strings of the moment it was made. One hook for every framework, so
   * the outbox of a site without them carries no code of theirs.
   */
  evidence?: () => FrameworkEvidence | undefined;
}

/**
 * The running outbox.
 *
 * @example
 * const outbox: Outbox = startOutbox(store, { endpoint });
 * await outbox.flush();
 */
export interface Outbox {
  /** Tries to deliver every waiting record now, in order. */
  flush(): Promise<void>;
  /**
   * Queues one decision and delivers it. For decisions made before the outbox started (e.g. while
   * the script tag was still fetching it); every later local decision is queued automatically.
   */
  record(decision: ConsentDecision): void;
  /** Stops listening; waiting records stay queued for the next page view. */
  stop(): void;
}

// Fails to compile when a decision gains a field that is not a record field: the ledger refuses
// unknown fields, so the outbox would have every record refused.
type NotRecorded = Exclude<keyof ConsentDecision, keyof OutboxRecord | 'id' | 'givenAt'>;
true satisfies [NotRecorded] extends [never] ? true : { notRecorded: NotRecorded };

/**
 * Turns every decision made in this tab into a record with a client-generated id, keeps it in an
 * IndexedDB outbox and delivers it to the ledger until acknowledged: with jittered backoff, when
 * the browser comes back online, and with `keepalive` when the page is hidden or left.
 * The same record id is resent until acknowledged, so the ledger stores it once.
 *
 * @example
 * const outbox = startOutbox(createConsent({ revision: '3' }), { endpoint: 'https://consent.example.com/v1/consents' });
 */
export function startOutbox(store: ConsentStore, options: OutboxOptions): Outbox {
  const base = options.retryBaseMs ?? 1000;
  const max = options.retryMaxMs ?? 300_000;
  const queue = options.queue ?? indexedDbOutbox();
  // A string body goes out as text/plain: a "simple" request without CORS preflight, so keepalive
  // sends work on pagehide (the ledger accepts JSON as text/plain). No cookies are sent cross-site.
  const transport: OutboxTransport =
    options.transport ?? (async (record, keepalive) => (await fetch(options.endpoint, { method: 'POST', body: JSON.stringify(record), keepalive })).status);
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing error handler must not break delivery either.
    }
  };
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  // Sends queued records in order; false when a transient failure means "retry later".
  const deliver = async (keepalive: boolean): Promise<boolean> => {
    for (const { shown, ...record } of await queue.read()) {
      let status: number;
      try {
        status = await transport(record, keepalive, shown);
      } catch (error) {
        status = 0;
        report(error);
      }
      // 408/429/5xx and network failures are transient: keep the record and retry later.
      if (!status || status === 408 || status === 429 || status >= 500) return false;
      // Any other 4xx will never succeed: drop it rather than block every later record.
      if (status >= 400) report(new Error('ledger refused a record: ' + status));
      await queue.update((records) => records.filter((queued) => queued.recordId !== record.recordId));
      failures = 0;
    }
    return true;
  };
  const retryLater = (delivered: boolean) => {
    if (delivered || stopped) return;
    clearTimeout(timer);
    timer = setTimeout(flush, Math.min(max, base * 2 ** failures++) * (0.5 + Math.random() / 2));
  };
  const flush = (keepalive = false): Promise<void> => {
    // On pagehide a running pass may be cancelled with the page: send again with keepalive
    // (a duplicate is harmless, the ledger answers a repeated record id with the stored record).
    if (keepalive) return deliver(true).then(retryLater, report);
    // A record queued while a pass runs may have been read too late: run one more pass.
    if (running !== undefined) return ((again = true), running);
    const pass = async () => {
      let delivered = true;
      do {
        again = false;
        delivered = await deliver(false);
      } while (again && delivered);
      // In the same step as the last look at `again`: a flush() from now on starts a new pass
      // instead of joining one that has already looked.
      running = undefined;
      retryLater(delivered);
      if (delivered) await markIdle();
    };
    return (running = pass().catch((error) => {
      running = undefined;
      report(error);
    }));
  };
  const enqueue = (decision: ConsentDecision) => {
    const subjectId = typeof options.subjectId === 'function' ? options.subjectId() : options.subjectId;
    // Every field of the decision but `givenAt` is a record field (checked when compiling, below).
    const { id, givenAt, ...fields } = decision;
    const record: QueuedRecord = {
      // First, so that nothing it holds can stand for a field of the decision.
      ...options.evidence?.(),
      recordId: recordIdOf(decision),
      consentId: id,
      ...fields,
      notice: options.notice,
      shown: options.shownContent?.(decision.textHash),
      sdkVersion: options.sdkVersion ?? OUTBOX_VERSION,
    };
    if (subjectId) record.subjectId = subjectId;
    markOutbox();
    // The queue first, then the marker: a crash in between finds the decision again at the next
    // start, and its derived id makes that the same record, not a second one.
    queue
      .update((records) => (records.some((queued) => queued.recordId === record.recordId) ? records : [...records, record]))
      .then(() => queue.lastQueued?.set(record.recordId))
      .then(() => flush(), report);
  };
  // Everything delivered, the decision in effect included: the script tag may skip loading the
  // outbox on the next page views (outboxIsIdle). Looked at again right before marking, so a record
  // queued meanwhile (by another tab too) keeps the outbox loading.
  const markIdle = async () => {
    const decision = store.state;
    if (!queue.lastQueued || !decision) return;
    await store.ready;
    const [last, waiting] = await Promise.all([queue.lastQueued.get(), queue.read()]);
    if (!waiting.length && last === recordIdOf(store.state ?? decision)) markOutbox(decision);
  };
  // The decision in effect may never have been queued: made while this code failed to load, or
  // before the site named a ledger. Record it once (after the store has read its text hash).
  const catchUp = async () => {
    if (!queue.lastQueued) return;
    await store.ready;
    const decision = store.state;
    if (!stopped && decision && (await queue.lastQueued.get()) !== recordIdOf(decision)) enqueue(decision);
  };

  // Only decisions taken in this tab: other tabs' decisions come with their own outbox.
  const unsubscribe = store.subscribe((decision, change) => decision && change.source === 'local' && enqueue(decision));
  const listening = new AbortController();
  const signal = { signal: listening.signal };
  addEventListener('online', () => void flush(), signal);
  // pagehide can fire while the page still counts as visible: it always sends.
  addEventListener('pagehide', () => void flush(true), signal);
  // visibilitychange bubbles from document to window: heard here like the others.
  addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void flush(true), signal);
  void flush();
  catchUp().catch(report);
  return {
    flush: () => flush(),
    record: enqueue,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      listening.abort();
    },
  };
}
