import { describe, expect, it } from 'vitest';
import { fixtureGvl, fixtureVendorList } from '../fixtures/fixture-gvl.test-helper.js';
import { GVL } from '@iabtechlabtcf/core';
import { acceptAllChoices } from './choices.js';
import { encodeTcString } from './encode.js';
import { reaskReason } from './reask.js';

const gvl = fixtureGvl([755, 793]);
const meta = { cmpId: 300, cmpVersion: 1, publisherCountryCode: 'AA' };
const now = Date.now();
const valid = encodeTcString(acceptAllChoices(gvl), gvl, meta);

describe('reaskReason', () => {
  it('accepts a fresh string disclosing every configured vendor, whatever CMP wrote it', () => {
    expect(reaskReason({ tcString: valid, gvl, vendors: [755, 793], now })).toBeUndefined();
    const otherCmp = encodeTcString(acceptAllChoices(gvl), gvl, { ...meta, cmpId: 10 });
    expect(reaskReason({ tcString: otherCmp, gvl, vendors: [755], now })).toBeUndefined();
  });

  it('asks when there is no string or it is malformed', () => {
    expect(reaskReason({ tcString: undefined, gvl, vendors: [755], now })).toBe('missing');
    expect(reaskReason({ tcString: '', gvl, vendors: [755], now })).toBe('missing');
    expect(reaskReason({ tcString: 'not a tc string!', gvl, vendors: [755], now })).toBe('invalid');
  });

  it('asks when a configured vendor was not disclosed', () => {
    expect(reaskReason({ tcString: valid, gvl, vendors: [755, 793, 21], now })).toBe('vendor-not-disclosed');
  });

  it('asks when the policy version is older than the vendor list', () => {
    const newer = new GVL({ ...fixtureVendorList(), tcfPolicyVersion: 6 } as never);
    expect(reaskReason({ tcString: valid, gvl: newer, vendors: [755], now })).toBe('policy-version');
  });

  it('asks after 13 months (395 days), not before', () => {
    const day = 86_400_000;
    expect(reaskReason({ tcString: valid, gvl, vendors: [755], now: now + 394 * day })).toBeUndefined();
    expect(reaskReason({ tcString: valid, gvl, vendors: [755], now: now + 396 * day })).toBe('expired');
  });

  it('asks when the string claims to be created more than 31 days ahead (it would never expire)', () => {
    const day = 86_400_000;
    expect(reaskReason({ tcString: valid, gvl, vendors: [755], now: now - 30 * day })).toBeUndefined();
    expect(reaskReason({ tcString: valid, gvl, vendors: [755], now: now - 33 * day })).toBe('invalid');
  });
});
