// Shared set-up of the outbox's browser tests: a store, a queue in memory, and the real ledger
// (SQLite) that web-test-runner serves under /__assent-ledger/ with a control endpoint.
import { createConsent, memoryCookieJar, memoryRecords } from '@assent/core';
import type { OutboxQueue, QueuedRecord } from './types.js';

/** Where web-test-runner serves the real ledger. */
export const LEDGER = '/__assent-ledger';
/** Its API key, with every scope. */
export const KEY = 'wtr-ledger-test-key';

/** A store that keeps nothing between tests. */
export const newStore = () => createConsent({ revision: '7', storage: { cookies: memoryCookieJar(), records: memoryRecords() }, sync: false });

/** A queue in memory whose records a test can look at. */
export const memoryQueue = (): OutboxQueue & { records: QueuedRecord[] } => {
  const queue = {
    records: [] as QueuedRecord[],
    read: async () => queue.records,
    update: async (change: (records: QueuedRecord[]) => QueuedRecord[]) => void (queue.records = change(queue.records)),
  };
  return queue;
};

/** Waits until `condition` holds, failing with `what` after `timeoutMs`. */
export const until = async (condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** Switches the test ledger's behaviour (e.g. `down`, `up`) through its control endpoint. */
export const setMode = async (mode: string) => void (await fetch(`${LEDGER}/control?mode=${mode}`));
