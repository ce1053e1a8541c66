import type { CookieObservation, Finding, FindingKind, PassName, RequestObservation, Severity, StorageObservation } from '../report/types.js';
import type { Classification } from './classify.js';
import { describe } from './wording.js';

/**
 * A finding without evidence, worded for its kind.
 *
 * @example
 * finding('no-assent', 'notice', url, 'before-consent', { type: 'page', name: url });
 */
export function finding(kind: FindingKind, severity: Severity, page: string, pass: PassName, subject: Finding['subject'], found?: Classification): Finding {
  return { kind, severity, page, pass, subject, ...(found?.service ? { service: found.service } : {}), ...describe(kind, subject, found) };
}

/**
 * A finding with the observation that proves it.
 *
 * @example
 * withEvidence('undeclared-cookie', 'warning', url, 'after-accept', { type: 'cookie', name: '_hjid' }, found, cookie);
 */
export function withEvidence(
  kind: FindingKind,
  severity: Severity,
  page: string,
  pass: PassName,
  subject: Finding['subject'],
  found: Classification,
  evidence: CookieObservation | StorageObservation | RequestObservation,
): Finding {
  return { ...finding(kind, severity, page, pass, subject, found), ...describe(kind, subject, found, evidence), evidence };
}
