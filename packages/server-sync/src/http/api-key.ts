import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * What an API key may do: `read` the evidence trail of a consent id, `export` everything held
 * about a subject, `erase` the identifying data of a subject or a consent id, `console` read the
 * aggregate statistics (the privacy officer's console; nothing personal).
 *
 * @example
 * const scopes: ApiKeyScope[] = ['read', 'export'];
 */
export type ApiKeyScope = 'read' | 'export' | 'erase' | 'console';

/**
 * Every scope, in the order the docs list them; a key given without scopes has all of them.
 *
 * @example
 * API_KEY_SCOPES.includes('erase'); // true
 */
export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['read', 'export', 'erase', 'console'];

/**
 * An API key with the scopes it grants.
 *
 * @example
 * const officer: ApiKey = { key: process.env.OFFICER_KEY!, scopes: ['read', 'export'] };
 */
export interface ApiKey {
  key: string;
  scopes: readonly ApiKeyScope[];
  /** Who holds the key, as the audit log names them (e.g. `dpo`); default `key <8 hex of its SHA-256>`. */
  name?: string;
}

/**
 * A configured key as the ledger knows it once started: an id that does not reveal the key, the
 * name the audit log gives its holder, its scopes, and the secret its console sessions are signed with.
 *
 * @example
 * const known: KnownApiKey | undefined = apiKeyRing(keys).identify(presentedKey);
 */
export interface KnownApiKey {
  /** First 16 hex of the key's SHA-256. */
  id: string;
  actor: string;
  scopes: ReadonlySet<ApiKeyScope>;
  /** HMAC key for the key's console sessions, derived from the key (never the key itself). */
  sessionSecret: Buffer;
}

/**
 * The configured keys: `identify` finds the key presented (constant time over every key),
 * `byId` the key a console session names.
 *
 * @example
 * const ring: ApiKeyRing = apiKeyRing([{ key: 'k_dpo_04be', scopes: ['read', 'console'] }]);
 */
export interface ApiKeyRing {
  identify(presented: string): KnownApiKey | undefined;
  byId(id: string): KnownApiKey | undefined;
  /** Whether any key may sign in to the console. */
  readonly hasConsoleKey: boolean;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The key of an `Authorization: Bearer <key>` header, or undefined.
 *
 * @example
 * bearerKey('Bearer k_read_123'); // 'k_read_123'
 */
export function bearerKey(authorization: string | null): string | undefined {
  return /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

/**
 * The configured keys as an `ApiKeyRing`. Keys are hashed first so that comparisons have equal
 * length, and every configured key is compared (no early exit). A plain string key has every scope.
 *
 * @example
 * const ring = apiKeyRing([{ key: 'k_read_123', scopes: ['read'] }]);
 * ring.identify('k_read_123')?.scopes.has('erase'); // false
 */
export function apiKeyRing(keys: readonly (string | ApiKey)[]): ApiKeyRing {
  const entries = keys
    .map((entry): ApiKey => (typeof entry === 'string' ? { key: entry, scopes: API_KEY_SCOPES } : entry))
    .filter((entry) => entry.key.length > 0)
    .map((entry) => {
      const keyDigest = digest(entry.key);
      const id = keyDigest.toString('hex', 0, 8);
      const known: KnownApiKey = {
        id,
        actor: entry.name?.trim() || `key ${id.slice(0, 8)}`,
        scopes: new Set(checkScopes(entry.scopes, 'apiKeys')),
        sessionSecret: createHash('sha256').update('assent-console-session\0').update(entry.key).digest(),
      };
      return { digest: keyDigest, known };
    });
  const byId = new Map(entries.map(({ known }) => [known.id, known]));
  return {
    identify(presented) {
      const candidate = digest(presented);
      let found: KnownApiKey | undefined;
      for (const entry of entries) if (timingSafeEqual(entry.digest, candidate)) found = entry.known;
      return found;
    },
    byId: (id) => byId.get(id),
    hasConsoleKey: entries.some(({ known }) => known.scopes.has('console')),
  };
}

function checkScopes(scopes: readonly string[], where: string): ApiKeyScope[] {
  for (const scope of scopes) {
    if (!API_KEY_SCOPES.includes(scope as ApiKeyScope)) throw new Error(`${where}: unknown scope "${scope.slice(0, 32)}" (use ${API_KEY_SCOPES.join(', ')})`);
  }
  return scopes as ApiKeyScope[];
}

/**
 * API keys from an environment variable: comma-separated entries `KEY` (every scope) or
 * `KEY:scope+scope` with the scopes `read`, `export`, `erase`, `console`; blanks ignored. An unknown scope throws, naming the entry by position, never
 * the key.
 *
 * @example
 * // ASSENT_API_KEYS="k_backend_7f3a:read,k_officer_91c2:read+export+console,k_dpo_04be:read+export+erase"
 * createLedgerHandler({ ledger, apiKeys: apiKeysFromEnv() });
 */
export function apiKeysFromEnv(name = 'ASSENT_API_KEYS', env: Record<string, string | undefined> = process.env): ApiKey[] {
  const entries = (env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.map((entry, index) => {
    const colon = entry.lastIndexOf(':');
    if (colon < 0) return { key: entry, scopes: API_KEY_SCOPES };
    const scopes = entry
      .slice(colon + 1)
      .split('+')
      .map((scope) => scope.trim());
    return { key: entry.slice(0, colon), scopes: checkScopes(scopes, `${name} entry ${index + 1}`) };
  });
}
