import type { DecisionRecords, HistoryEntry } from '../config/types.js';
import { loadIdb } from '../on-demand/index.js';

/** How many past decisions the browser keeps locally (the ledger keeps the full trail). */
export const HISTORY_LIMIT = 50;

/**
 * Full decisions and their history in IndexedDB via idb-keyval (database `assent`, store
 * `decisions`, key `history`; the last entry is the current decision). idb-keyval is imported on
 * first use: a returning visitor whose decision is in the cookie never downloads it.
 *
 * @example
 * createConsent({ storage: { records: indexedDbRecords('assent-staging') } });
 */
export function indexedDbRecords(databaseName = 'assent'): DecisionRecords {
  let opened: Promise<[typeof import('./idb.js'), ReturnType<typeof import('./idb.js').createStore>]> | undefined;
  const idb = () => (opened ??= loadIdb().then((idb) => [idb, idb.createStore(databaseName, 'decisions')]));
  const history = async () => {
    const [{ get }, store] = await idb();
    return (await get<HistoryEntry[]>('history', store)) ?? [];
  };
  return {
    load: async () => (await history()).at(-1),
    save: async (decision) => {
      const [{ update }, store] = await idb();
      await update<HistoryEntry[]>('history', (entries = []) => [...entries, decision].slice(-HISTORY_LIMIT), store);
    },
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
