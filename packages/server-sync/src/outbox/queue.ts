import { createStore, get, update } from 'idb-keyval';
import type { OutboxQueue, QueuedRecord } from './types.js';

/**
 * The default queue: one ordered list in IndexedDB via idb-keyval, or memory where IndexedDB is
 * blocked (some private modes), so the page keeps working.
 *
 * @example
 * startOutbox(store, { endpoint, queue: indexedDbOutbox('assent-outbox-staging') });
 */
export function indexedDbOutbox(databaseName = 'assent-outbox'): OutboxQueue {
  let store: ReturnType<typeof createStore> | undefined;
  let memory: QueuedRecord[] | undefined;
  let last: string | undefined;
  const idb = () => (store ??= createStore(databaseName, 'records'));
  return {
    lastQueued: {
      get: async () => last ?? (await get<string>('last', idb()).catch(() => undefined)),
      set: async (recordId) => void (await update('last', () => (last = recordId), idb()).catch(() => undefined)),
    },
    read: async () => memory ?? (await get<QueuedRecord[]>('queue', idb()).catch(() => (memory = []))) ?? [],
    update: async (change) => {
      if (!memory) {
        try {
          return await update<QueuedRecord[]>('queue', (records = []) => change(records), idb());
        } catch {
          memory = [];
        }
      }
      memory = change(memory);
    },
  };
}
