import type { ConsentDecision } from '@assent/core';

// localStorage, not IndexedDB: the script tag reads it synchronously on every page view without
// loading any IndexedDB code. It holds the consent id the cookie already carries — consent
// management data, like the cookie itself.
const KEY = 'assent-outbox';
// A mark older than this is ignored, so a record another tab left queued is retried within a day
// even if no decision is made meanwhile.
const MAX_AGE_MS = 86_400_000;

const markOf = (decision: Pick<ConsentDecision, 'id' | 'updatedAt'>) => decision.id + '@' + decision.updatedAt;
const PENDING = 'pending';

/**
 * Whether the outbox has nothing to do on this page view until a new decision is made: it last
 * delivered everything it held, the decision in effect included — or, with no decision in effect,
 * it holds nothing (never used, or all delivered).
 *
 * @example
 * if (!outboxIsIdle(store.state)) void import('./assent-sync.js');
 */
export function outboxIsIdle(decision: ConsentDecision | undefined): boolean {
  try {
    const stored: string | undefined = localStorage[KEY];
    if (!decision) return stored !== PENDING;
    const [mark, time] = (stored ?? '').split(' ');
    return mark === markOf(decision) && Date.now() - +(time as string) < MAX_AGE_MS;
  } catch {
    return false; // storage blocked: load the outbox, as without the mark
  }
}

/**
 * Records that the outbox holds records not yet delivered (`undefined`), or that everything up to
 * `decision` is delivered.
 *
 * @example
 * markOutbox(store.state); // after a delivery pass that emptied the queue
 */
export function markOutbox(decision?: Pick<ConsentDecision, 'id' | 'updatedAt'>): void {
  try {
    localStorage[KEY] = decision ? `${markOf(decision)} ${Date.now()}` : PENDING;
  } catch {
    // Storage blocked: every page view loads the outbox, which is only slower.
  }
}
