import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * A constant-time API-key check for `Authorization: Bearer <key>`. Keys are hashed first so that
 * comparisons have equal length, and every configured key is compared (no early exit).
 *
 * @example
 * const allowed = apiKeyCheck(['k_live_123']);
 * allowed(request.headers.get('authorization')); // true or false
 */
export function apiKeyCheck(keys: readonly string[]): (authorization: string | null) => boolean {
  const digests = keys.filter((key) => key.length > 0).map(digest);
  return (authorization) => {
    const presented = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!presented) return false;
    const candidate = digest(presented);
    let matched = false;
    for (const key of digests) matched = timingSafeEqual(key, candidate) || matched;
    return matched;
  };
}

/**
 * API keys from an environment variable: comma-separated, blanks ignored.
 *
 * @example
 * apiKeysFromEnv(); // reads ASSENT_API_KEYS
 */
export function apiKeysFromEnv(name = 'ASSENT_API_KEYS', env: Record<string, string | undefined> = process.env): string[] {
  return (env[name] ?? '').split(',').map((key) => key.trim()).filter(Boolean);
}
