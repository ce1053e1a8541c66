import { type ConfigIssue, ConsentConfigError, type ConsentStore } from '@assent/core';
import type { GppNotices, GppOptions } from '../types.js';

const OPTIONS: readonly string[] = ['cmpId', 'cmpVersion', 'region', 'sections', 'optOutOf', 'notices', 'mspa', 'tcf', 'cookieName'];
const NOTICES: readonly (keyof GppNotices)[] = [
  'sharing',
  'saleOptOut',
  'sharingOptOut',
  'targetedAdvertisingOptOut',
  'sensitiveDataProcessingOptOut',
  'sensitiveDataLimitUse',
  'processing',
];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const inRange = (value: unknown, min: number, max: number) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * Checks the GPP options and throws core's `ConsentConfigError` listing every problem, each under
 * the option's name (`gpp.cmpId`, `gpp.notices.sharing`, …) with the fix.
 *
 * @example
 * validateGppOptions({ cmpId: 300, mspa: { coveredTransaction: true, mode: 'opt-out' } });
 */
export function validateGppOptions(options: unknown): asserts options is GppOptions {
  const issues: ConfigIssue[] = [];
  const check = (ok: boolean, field: string, message: string) => ok || issues.push({ field: `gpp.${field}`, message });
  if (!isObject(options)) {
    throw new ConsentConfigError([
      { field: 'gpp', message: 'use an object with at least cmpId, e.g. { cmpId: 300 } (1 is the unregistered id for development)' },
    ]);
  }
  const o = options as Partial<Record<keyof GppOptions, unknown>>;
  for (const key of Object.keys(o)) check(OPTIONS.includes(key), key, `not a GPP option; the options are ${OPTIONS.join(', ')}`);
  check(inRange(o.cmpId, 1, 4095), 'cmpId', 'an integer from 1 to 4095: the CMP id the IAB registered for this deployment (1 while developing)');
  check(o.cmpVersion === undefined || inRange(o.cmpVersion, 1, 4095), 'cmpVersion', 'an integer from 1 to 4095, or left out (1)');
  check(
    o.region === undefined || (typeof o.region === 'string' && /^(?:[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?)?$/.test(o.region)),
    'region',
    "an ISO 3166 code such as 'US-CA' or 'US', or left out (the store's region)",
  );
  check(
    o.sections === undefined || o.sections === 'state' || o.sections === 'national',
    'sections',
    "'state' (the visitor's state section, else usnat) or 'national' (always usnat)",
  );
  check(
    o.optOutOf === undefined || (Array.isArray(o.optOutOf) && o.optOutOf.every((id) => typeof id === 'string' && id !== '')),
    'optOutOf',
    "an array of category or service ids whose refusal opts out of sale and sharing, e.g. ['advertising']",
  );
  if (o.notices !== undefined && !isObject(o.notices)) check(false, 'notices', 'an object of notice flags, e.g. { sharing: true }');
  else
    for (const [key, value] of Object.entries(o.notices ?? {})) {
      if (!NOTICES.includes(key as keyof GppNotices)) check(false, `notices.${key}`, `not a notice; the notices are ${NOTICES.join(', ')}`);
      else check(value === undefined || typeof value === 'boolean', `notices.${key}`, 'true (the notice is given), false (not given) or left out');
    }
  if (o.mspa !== undefined) {
    const mspa = isObject(o.mspa) ? o.mspa : undefined;
    check(
      mspa !== undefined && typeof mspa.coveredTransaction === 'boolean',
      'mspa.coveredTransaction',
      'true when the site signed the MSPA and this is a covered transaction, else false',
    );
    const mode = mspa?.mode;
    check(
      mode === undefined || mode === 'opt-out' || mode === 'service-provider',
      'mspa.mode',
      "'opt-out' (Opt-Out Option Mode) or 'service-provider' (Service Provider Mode)",
    );
    check(
      mode === undefined || mspa?.coveredTransaction === true,
      'mspa.mode',
      'a mode only applies to a covered transaction: set coveredTransaction: true or leave mode out',
    );
  }
  if (o.tcf !== undefined) {
    const tcf = isObject(o.tcf) ? o.tcf : undefined;
    const evidence = tcf?.evidence;
    check(
      tcf !== undefined &&
        typeof tcf.gdprApplies === 'boolean' &&
        typeof tcf.needsDecision === 'boolean' &&
        (evidence === undefined || (isObject(evidence) && typeof evidence.tcString === 'string')),
      'tcf',
      "the @assent/tcf controller (startTcf()'s result): { gdprApplies, needsDecision, evidence }",
    );
  }
  check(
    o.cookieName === undefined || o.cookieName === false || (typeof o.cookieName === 'string' && /^[\w.-]{1,64}$/.test(o.cookieName)),
    'cookieName',
    'a cookie name of letters, digits, "_", "-" or "." (up to 64), or false for no cookie',
  );
  if (issues.length) throw new ConsentConfigError(issues);
}

// The cookies of the consent itself, which a GPP cookie of the same name would overwrite: the TCF
// CMP's TC string and Google's Additional Consent string (@assent/tcf's names).
const TCF_COOKIES: readonly string[] = ['euconsent-v2', 'addtl_consent'];

/**
 * Checks the GPP options against the store they will signal for, throwing `ConsentConfigError`:
 * `cookieName` must not be a consent cookie's (the store's own, `euconsent-v2`, `addtl_consent`),
 * which the GPP string would overwrite, losing the decision; every `optOutOf` id must be a
 * category or service of the config, else its opt-out would silently be "not applicable", and not
 * a necessary one (never refused, so its opt-out would never be signalled).
 *
 * @example
 * validateGppForStore(store, { cmpId: 300, optOutOf: ['advertising'] });
 */
export function validateGppForStore(store: ConsentStore, options: GppOptions): void {
  const issues: ConfigIssue[] = [];
  const { cookieName, optOutOf } = options;
  const taken = [store.config.cookie.name, ...TCF_COOKIES];
  if (typeof cookieName === 'string' && taken.includes(cookieName))
    issues.push({
      field: 'gpp.cookieName',
      message: `"${cookieName}" is a consent cookie the GPP string would overwrite; use another name (default assent_gpp)`,
    });
  const { owners } = store.config;
  // A necessary category or service is never refused: its opt-out would never be signalled.
  const refusable = (id: string) => Object.hasOwn(owners, id) && owners[id] !== 'necessary';
  for (const id of optOutOf ?? []) {
    if (!refusable(id)) {
      const known = Object.keys(owners).filter(refusable);
      issues.push({
        field: 'gpp.optOutOf',
        message: `"${id}" is not a category or service of the config that can be refused; use one of ${known.join(', ')}`,
      });
    }
  }
  if (issues.length) throw new ConsentConfigError(issues);
}
