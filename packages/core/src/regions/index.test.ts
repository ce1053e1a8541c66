import { describe, expect, it } from 'vitest';
import { regimeForRegion } from './index.js';

describe('regimeForRegion', () => {
  it.each(['DE', 'FR', 'GB', 'BR', 'KR', 'JP', 'CA-QC', 'CA', 'IN', 'AE'])('%s is opt-in', (code) => {
    expect(regimeForRegion(code)).toBe('opt-in');
  });
  it.each(['US-CA', 'US-CO', 'US-VA', 'US-TX', 'US'])('%s is opt-out', (code) => {
    expect(regimeForRegion(code)).toBe('opt-out');
  });
  it('falls back from a subdivision to its country', () => {
    expect(regimeForRegion('US-AL')).toBe('opt-out');
    expect(regimeForRegion('DE-BY')).toBe('opt-in');
  });
  it('treats unknown, empty and lower-case codes safely', () => {
    expect(regimeForRegion('ZZ')).toBe('opt-in');
    expect(regimeForRegion('')).toBe('opt-in');
    expect(regimeForRegion(undefined)).toBe('opt-in');
    expect(regimeForRegion('us-ca')).toBe('opt-out');
  });
});
