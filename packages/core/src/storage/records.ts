import { createStore, get, update } from 'idb-keyval';
import type { DecisionRecords, HistoryEntry } from '../config/types.js';

/** How many past decisions the browser keeps locally (the ledger keeps the full trail). */
export const HISTORY_LIMIT = 50;

/**
 * Full decisions and their history in IndexedDB via idb-keyval (database `assent`, store
 * `decisions`, key `history`; the last entry is the current decision). The database is opened on
 * first use, not when this function is called.
 *
 * @example
 * createConsent({ storage: { records: indexedDbRecords('assent-staging') } });
 */
export function indexedDbRecords(databaseName = 'assent'): DecisionRecords {
  let store: ReturnType<typeof createStore> | undefined;
  const history = async () => (await get<HistoryEntry[]>('history', (store ??= createStore(databaseName, 'decisions')))) ?? [];
  return {
    load: async () => (await history()).at(-1),
    save: (decision) => update<HistoryEntry[]>('history', (entries = []) => [...entries, decision].slice(-HISTORY_LIMIT), (store ??= createStore(databaseName, 'decisions'))),
    history,
  };
}

/**
 * Decision records in memory, for servers, tests and browsers without IndexedDB.
 *
 * @example
 * const records = memoryRecords();
 * createConsent({ storage: { records } });
 */
export function memoryRecords(): DecisionRecords {
  let entries: HistoryEntry[] = [];
  return {
    load: async () => entries.at(-1),
    save: async (decision) => void (entries = [...entries, decision].slice(-HISTORY_LIMIT)),
    history: async () => entries,
  };
}
