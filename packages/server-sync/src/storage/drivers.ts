import { createRequire } from 'node:module';

/**
 * The database drivers: optional peer dependencies of @assent/server-sync, installed only by those
 * who run a ledger (`npm install @assent/server-sync better-sqlite3`, or `pg`). An SPA that installs
 * the package for its browser outbox gets neither, so nothing imports them before a store opens.
 *
 * @example
 * const driver: DriverName = 'better-sqlite3';
 */
export type DriverName = 'better-sqlite3' | 'pg';

const STORE: Record<DriverName, string> = { 'better-sqlite3': 'A SQLite ledger', pg: 'A PostgreSQL ledger' };

/**
 * Thrown when a store is opened whose driver is not installed. The message is one line that names
 * the package to install; `code` is `ASSENT_MISSING_DRIVER` and `driver` the package name.
 *
 * @example
 * try { openSqliteStorage('./ledger.sqlite'); } catch (error) { if (error instanceof MissingDriverError) console.error(error.message); }
 */
export class MissingDriverError extends Error {
  readonly code = 'ASSENT_MISSING_DRIVER';
  readonly driver: DriverName;
  constructor(driver: DriverName, cause?: unknown) {
    super(`${STORE[driver]} needs the ${driver} package (an optional peer dependency of @assent/server-sync), which is not installed: npm install ${driver}`, {
      cause,
    });
    this.name = 'MissingDriverError';
    this.driver = driver;
  }
}

// Both drivers are CommonJS, so require() loads them synchronously: openSqliteStorage() stays
// synchronous. The require resolves from this file, i.e. from wherever the package is installed.
const requireFromHere = createRequire(import.meta.url);

/**
 * Loads a driver on first use. Only "this very package is not installed" becomes a
 * MissingDriverError; anything else (a driver's own missing dependency, a native addon built for
 * another Node version) is rethrown as it is. `load` is injectable for tests.
 *
 * @example
 * const Database = loadDriver<typeof import('better-sqlite3')>('better-sqlite3');
 */
export function loadDriver<T>(driver: DriverName, load: (id: string) => unknown = requireFromHere): T {
  try {
    return load(driver) as T;
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    // Node's message starts with "Cannot find module '<id>'": the id says whose module is missing.
    if ((code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && String(message).includes(`'${driver}'`)) {
      throw new MissingDriverError(driver, error);
    }
    throw error;
  }
}
