import { type ConfigIssue, ConsentConfigError, isSafeUrl } from '@assent/core';
import { LEGITIMATE_INTEREST_PURPOSES } from '../tc-string/choices.js';
import type { TcfOptions } from '../types.js';

const positiveIds = (value: unknown): value is readonly number[] => Array.isArray(value) && value.every((id) => Number.isInteger(id) && id > 0);
const PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/**
 * Checks the TCF options and throws core's `ConsentConfigError` listing every problem, each under
 * the field's name (`tcf.cmpId`, …).
 *
 * @example
 * validateTcfOptions({ cmpId: 300, vendors: [755], vendorListUrl: '/v1/tcf/vendor-list.json' });
 */
export function validateTcfOptions(options: TcfOptions): void {
  const issues: ConfigIssue[] = [];
  const check = (ok: boolean, field: string, message: string) => ok || issues.push({ field: `tcf.${field}`, message });
  const o = (options ?? {}) as Partial<TcfOptions>;
  // The IAB library refuses 0 and 1 (TCModel and CmpApi both require an id of 2 or more).
  check(
    Number.isInteger(o.cmpId) && (o.cmpId as number) >= 2 && (o.cmpId as number) < 4096,
    'cmpId',
    'an integer from 2 to 4095: the CMP id the IAB registered for this deployment',
  );
  check(o.cmpVersion === undefined || (Number.isInteger(o.cmpVersion) && o.cmpVersion >= 1 && o.cmpVersion < 4096), 'cmpVersion', 'an integer from 1 to 4095');
  check(positiveIds(o.vendors) && o.vendors.length > 0, 'vendors', 'a non-empty array of Global Vendor List ids');
  check(isSafeUrl(o.vendorListUrl) && o.vendorListUrl !== '', 'vendorListUrl', "an http(s) or relative URL of the vendor list the site's ledger serves");
  check(o.googleAtpIds === undefined || positiveIds(o.googleAtpIds), 'googleAtpIds', 'an array of Google Ad Tech Provider ids');
  const publisher = o.publisherPurposes;
  check(
    publisher === undefined || (typeof publisher === 'object' && publisher !== null && (publisher.consent ?? []).every((id) => PURPOSES.includes(id))),
    'publisherPurposes.consent',
    'TCF purpose ids 1–11',
  );
  check(
    publisher === undefined ||
      (typeof publisher === 'object' && publisher !== null && (publisher.legitimateInterest ?? []).every((id) => LEGITIMATE_INTEREST_PURPOSES.includes(id))),
    'publisherPurposes.legitimateInterest',
    'TCF purpose ids 2 and 7–11 (TCF 2.2 allows no legitimate interest for purposes 1 and 3–6)',
  );
  check(
    o.publisherCountryCode === undefined || (typeof o.publisherCountryCode === 'string' && /^[A-Z]{2}$/.test(o.publisherCountryCode)),
    'publisherCountryCode',
    'an ISO 3166-1 alpha-2 code in capitals, e.g. "DE" ("AA" when unknown)',
  );
  check(o.gdprApplies === undefined || typeof o.gdprApplies === 'boolean', 'gdprApplies', 'true, false or left out');
  check(o.cookieName === undefined || (typeof o.cookieName === 'string' && /^[\w.-]+$/.test(o.cookieName)), 'cookieName', 'letters, digits, "_", "-" or "."');
  if (issues.length) throw new ConsentConfigError(issues);
}
