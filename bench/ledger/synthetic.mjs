// Synthetic evidence shared by the scale runs: which consent ids exist, and fresh submissions.
// Preloaded chains have two records each (seq 1 "given", seq 2 "updated"). Their consent ids are
// spread over the key space (a multiplicative hash of the chain number, a bijection on 32 bits)
// so index inserts and lookups land on random pages, as real random consent ids would.
import { randomUUID } from 'node:crypto';

export const RECORDS_PER_CHAIN = 2;
/** Knuth's multiplicative constant: odd, so `k * A mod 2^32` never repeats for k < 2^32. */
export const SPREAD = 2654435761;

/** The consent id of preloaded chain `k`; the SQL of both preloads computes the same. */
// Math.imul: k * SPREAD passes 2^53 from chain 3.4 M on, where a float product loses its low bits
// (and the id no longer matches the preload's exact bigint arithmetic); the 32-bit product is exact.
export const chainConsentId = (k) => `scale-${(Math.imul(k, SPREAD) >>> 0).toString(16).padStart(8, '0')}`;

export const CATEGORIES_JSON = JSON.stringify({ necessary: true, functional: false, analytics: true, advertising: false });
export const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/**
 * A submission as the browser outbox sends it.
 * @param {string} consentId
 */
export const submission = (consentId) => ({
  recordId: randomUUID(),
  consentId,
  revision: '1',
  categories: JSON.parse(CATEGORIES_JSON),
  services: {},
  method: 'custom',
  locale: 'en',
  region: 'DE',
  regime: 'opt-in',
  gpc: false,
  textHash: 'sha256:scale',
  updatedAt: new Date().toISOString(),
  expiresAt: new Date(Date.now() + 182 * 86_400_000).toISOString(),
});

export const requestContext = { ip: '203.0.113.0', userAgent: USER_AGENT, origin: 'https://shop.example' };

/** A uniformly random integer in [0, below). */
export const randomBelow = (below) => Math.floor(Math.random() * below);
