import type { ConsentDecision } from '@assent/core';

/**
 * The record id of a decision: its consent id, update time and a hash of everything it records.
 * Derived rather than random, so the same decision queued twice (by two tabs, or found again at
 * start) is one record in the ledger, and no WebCrypto is needed (plain-http pages have none).
 *
 * @example
 * recordIdOf(store.state!); // '3b241101-e2bb-4255-8caf-4136c566a962_t4k1xs_1x7r2kq'
 */
export function recordIdOf(decision: ConsentDecision): string {
  const sorted = (choices: Record<string, boolean>) =>
    Object.keys(choices)
      .sort()
      .map((id) => [id, choices[id]]);
  const { id, revision, categories, services, method, locale, region, regime, gpc, textHash, updatedAt, expiresAt } = decision;
  const content = JSON.stringify([revision, sorted(categories), sorted(services), method, locale, region, regime, gpc, textHash, expiresAt]);
  // FNV-1a (32 bit) tells apart two decisions of one consent within the same second.
  let hash = 0x811c9dc5;
  for (let i = 0; i < content.length; i++) hash = Math.imul(hash ^ content.charCodeAt(i), 0x01000193);
  return `${id}_${Math.floor(Date.parse(updatedAt) / 1000).toString(36)}_${(hash >>> 0).toString(36)}`;
}
