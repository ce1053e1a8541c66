import { ConsentConfigError } from '@assent/core';
import { describe, expect, it } from 'vitest';
import type { TcfOptions } from '../types.js';
import { validateTcfOptions } from './validate.js';

const valid: TcfOptions = { cmpId: 300, vendors: [755, 793], vendorListUrl: '/v1/tcf/vendor-list.json' };
const fieldsOf = (options: unknown) => {
  try {
    validateTcfOptions(options as TcfOptions);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConsentConfigError);
    return (error as ConsentConfigError).issues.map((issue) => issue.field);
  }
};

describe('TCF options', () => {
  it('accepts a minimal and a full configuration', () => {
    expect(fieldsOf(valid)).toEqual([]);
    expect(
      fieldsOf({
        ...valid,
        cmpVersion: 3,
        googleAtpIds: [89],
        publisherPurposes: { consent: [1, 3], legitimateInterest: [7] },
        publisherCountryCode: 'FR',
        gdprApplies: true,
        cookieName: 'euconsent-v2',
      }),
    ).toEqual([]);
  });

  it('names every field that is wrong', () => {
    expect(
      fieldsOf({
        cmpId: 1,
        cmpVersion: 0,
        vendors: [],
        vendorListUrl: 'javascript:alert(1)',
        googleAtpIds: ['89'],
        publisherPurposes: { consent: [12], legitimateInterest: [3] },
        publisherCountryCode: 'fr',
        gdprApplies: 'yes',
        cookieName: 'a b',
      }),
    ).toEqual([
      'tcf.cmpId',
      'tcf.cmpVersion',
      'tcf.vendors',
      'tcf.vendorListUrl',
      'tcf.googleAtpIds',
      'tcf.publisherPurposes.consent',
      'tcf.publisherPurposes.legitimateInterest',
      'tcf.publisherCountryCode',
      'tcf.gdprApplies',
      'tcf.cookieName',
    ]);
    expect(fieldsOf(undefined)).toEqual(['tcf.cmpId', 'tcf.vendors', 'tcf.vendorListUrl']);
  });
});
