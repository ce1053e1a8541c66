import { describe, expect, it } from 'vitest';
import { fingerprint } from './base.js';

// FNV-1a over every UTF-16 unit, as cookies written so far were fingerprinted.
const perUnit = (text: string) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
};

describe('fingerprint', () => {
  it('matches FNV-1a over every unit for service-id lists, so cookies already written still match', () => {
    for (const ids of ['', 'youtube', 'session,youtube,matomo,ga4,google-ads', 'a1,b-2,' + 'x'.repeat(300)]) expect(fingerprint(ids)).toBe(perUnit(ids));
    expect(fingerprint('youtube,matomo')).toMatch(/^[0-9a-z]{1,7}$/);
  });

  it('tells different lists apart', () => {
    expect(fingerprint('youtube,matomo')).not.toBe(fingerprint('matomo,youtube'));
  });
});
