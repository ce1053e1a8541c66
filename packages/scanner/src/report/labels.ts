// Human words for the report's codes: finding kinds, passes, severities and subject types. The
// records are typed over the unions, so a new kind or pass cannot ship without its label.
import type { FindingKind, FindingSubject, PassName, Severity } from './types.js';

/**
 * A short title for each kind of finding, as the HTML report shows it.
 *
 * @example
 * KIND_TITLES['survives-reject']; // 'Left in place after Reject all'
 */
export const KIND_TITLES: Readonly<Record<FindingKind, string>> = {
  'cookie-before-consent': 'Cookie set before any decision',
  'storage-before-consent': 'Storage used before any decision',
  'third-party-request-before-consent': 'Third-party request before any decision',
  'third-party-request-after-reject': 'Third-party request after Reject all',
  'third-party-request-after-withdrawal': 'Third-party request after withdrawal',
  'undeclared-cookie': 'Cookie not declared in the config',
  'undeclared-storage': 'Storage key not declared in the config',
  'survives-reject': 'Left in place after Reject all',
  'survives-withdrawal': 'Left in place after withdrawal',
  'declared-service-not-seen': 'Declared service not seen',
  'no-assent': 'Page runs no Assent',
  'page-error': 'Page error during the scan',
};

/**
 * What each pass did, in the words of a site owner.
 *
 * @example
 * PASS_LABELS['after-withdraw']; // 'After withdrawal'
 */
export const PASS_LABELS: Readonly<Record<PassName, string>> = {
  'before-consent': 'Before any decision',
  'after-reject': 'After Reject all',
  'after-accept': 'After Accept all',
  'after-withdraw': 'After withdrawal',
};

/**
 * Words for a severity: the label of one finding, the title of its group and the counted noun.
 *
 * @example
 * SEVERITY_LABELS.warning.plural; // 'warnings'
 */
export const SEVERITY_LABELS: Readonly<Record<Severity, { label: string; title: string; singular: string; plural: string }>> = {
  error: { label: 'Error', title: 'Errors', singular: 'error', plural: 'errors' },
  warning: { label: 'Warning', title: 'Warnings', singular: 'warning', plural: 'warnings' },
  notice: { label: 'Notice', title: 'Notices', singular: 'notice', plural: 'notices' },
};

/**
 * Severities from the most to the least serious: the order of the findings' groups.
 *
 * @example
 * for (const severity of SEVERITIES) console.log(SEVERITY_LABELS[severity].title);
 */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/**
 * What a finding's subject is, as a noun.
 *
 * @example
 * SUBJECT_LABELS.indexedDB; // 'IndexedDB database'
 */
export const SUBJECT_LABELS: Readonly<Record<FindingSubject['type'], string>> = {
  cookie: 'Cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  indexedDB: 'IndexedDB database',
  request: 'Request host',
  service: 'Service',
  page: 'Page',
};

/**
 * `count` with its noun, singular or plural: `1 error`, `3 warnings`.
 *
 * @example
 * counted(2, 'notice', 'notices'); // '2 notices'
 */
export function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
