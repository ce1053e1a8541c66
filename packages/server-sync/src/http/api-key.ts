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
}

const digest = (value: string) => createHash('sha256').update(value).digest();
const NO_SCOPES: ReadonlySet<ApiKeyScope> = new Set();

/**
 * A constant-time API-key check for `Authorization: Bearer <key>`, answering with the scopes of the
 * key presented (empty when none matches). Keys are hashed first so that comparisons have equal
 * length, and every configured key is compared (no early exit). A plain string key has every scope.
 *
 * @example
 * const scopesOf = apiKeyCheck([{ key: 'k_read_123', scopes: ['read'] }]);
 * scopesOf(request.headers.get('authorization')).has('erase'); // false
 */
export function apiKeyCheck(keys: readonly (string | ApiKey)[]): (authorization: string | null) => ReadonlySet<ApiKeyScope> {
  const entries = keys
    .map((entry) => (typeof entry === 'string' ? { key: entry, scopes: API_KEY_SCOPES } : entry))
    .filter((entry) => entry.key.length > 0)
    .map((entry) => ({ digest: digest(entry.key), scopes: new Set(checkScopes(entry.scopes, 'apiKeys')) }));
  return (authorization) => {
    const presented = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!presented) return NO_SCOPES;
    const candidate = digest(presented);
    let scopes = NO_SCOPES;
    for (const entry of entries) if (timingSafeEqual(entry.digest, candidate)) scopes = entry.scopes;
    return scopes;
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
