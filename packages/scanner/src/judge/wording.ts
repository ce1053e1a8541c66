import type { CookieObservation, Finding, FindingKind, FindingSubject } from '../report/types.js';
import type { Classification } from './classify.js';

const SUBJECT_WORDS: Record<FindingSubject['type'], string> = {
  cookie: 'cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  indexedDB: 'IndexedDB database',
  request: 'request to',
  service: 'service',
  page: 'page',
};

/**
 * The message and the fix of a finding, in plain words naming the subject and its service.
 *
 * @example
 * describe('cookie-before-consent', { type: 'cookie', name: '_ga' }, found).fix;
 */
export function describe(kind: FindingKind, subject: FindingSubject, found?: Classification, evidence?: Finding['evidence']): { message: string; fix: string } {
  const what = `${SUBJECT_WORDS[subject.type]} ${subject.name}`;
  const owner = found?.service
    ? ` (${found.service.name}, ${found.service.category}${found.service.source === 'catalogue' ? ', by the service catalogue' : ''})`
    : '';
  const category = found?.category ?? 'its category';
  // A cookie from a response header is the server's doing: no page-side gating removes it.
  const fromServer = evidence && 'setBy' in evidence && (evidence as CookieObservation).setBy === 'header';
  if (fromServer && (kind === 'cookie-before-consent' || kind === 'survives-reject' || kind === 'survives-withdrawal')) {
    const where = (evidence as CookieObservation).setByUrl ? ` (${(evidence as CookieObservation).setByUrl})` : '';
    const when = {
      'cookie-before-consent': 'is set before the visitor has decided',
      'survives-reject': 'is still there after Reject all',
      'survives-withdrawal': 'is still there after the visitor withdrew consent',
    }[kind];
    return {
      message: `The ${what}${owner} ${when}; the server sets it with a Set-Cookie header${where}.`,
      fix: `Set it on the server only when the request's consent cookie grants ${category} (\`@assent/core/cookie\` reads it; \`consentMiddleware()\` of @assent/server-sync puts it on the request), and expire it when it no longer does: the page cannot clear ${(evidence as CookieObservation).httpOnly ? 'an HttpOnly cookie' : 'it for good while the server sets it again'}.`,
    };
  }
  switch (kind) {
    case 'cookie-before-consent':
    case 'storage-before-consent':
      return {
        message: `The ${what}${owner} is set before the visitor has decided.`,
        fix: `Load what sets it only after consent: mark its script \`type="text/plain" data-consent="${found?.service?.source === 'config' ? found.service.id : category}"\` (or its iframe \`data-consent\` + \`data-src\`); if the server sets it, set it only when the consent cookie grants ${category}.`,
      };
    case 'third-party-request-before-consent':
      return found?.category
        ? {
            message: `The page contacts ${subject.name}${owner} before the visitor has decided.`,
            fix: `Gate the script or iframe that loads from ${subject.name} with \`data-consent="${category}"\`, so it loads only after consent.`,
          }
        : {
            message: `The page contacts ${subject.name}, a third party no declared service or catalogue entry names, before the visitor has decided.`,
            fix: `If it is strictly necessary (a CDN, a payment form), declare it: add \`hosts: ['${subject.name}']\` to a service of category necessary. Otherwise gate what loads it with \`data-consent\`.`,
          };
    case 'third-party-request-after-reject':
      return {
        message: `The page still contacts ${subject.name}${owner} after the visitor rejected ${category}.`,
        fix: `Gate the script or iframe that loads from ${subject.name} with \`data-consent="${category}"\`; a script that ran before must not be loaded by another, ungated one.`,
      };
    case 'third-party-request-after-withdrawal':
      return {
        message: `The page still contacts ${subject.name}${owner} after the visitor withdrew consent.`,
        fix: `Gate the script or iframe that loads from ${subject.name} with \`data-consent="${category}"\`, so withdrawal stops it from the next page view.`,
      };
    case 'undeclared-cookie':
    case 'undeclared-storage':
      return {
        message: `The ${what}${owner} belongs to no service of the page's Assent config.`,
        fix: found?.service
          ? `Declare it: add the catalogue's \`${found.service.id}\` entry (see the proposed services) to \`services\`, so the banner lists it and withdrawal clears it.`
          : `Find what sets it and declare it in a service of \`services\` (name, category, retention), or remove what sets it.`,
      };
    case 'survives-reject':
      return {
        message: `The ${what}${owner} is still there after Reject all.`,
        fix: `Stop setting it without consent (gate what sets it with \`data-consent\`). A cookie set by the server with HttpOnly cannot be cleared by the page: the server must not set it unless the consent cookie grants ${category}.`,
      };
    case 'survives-withdrawal':
      return {
        message: `The ${what}${owner} is still there after the visitor withdrew consent.`,
        fix: `Declare it (name or pattern, and \`domain\` when it is set on another host) in its service, so withdrawal clears it; a server-set HttpOnly cookie has to be expired by the server when the consent cookie no longer grants ${category}.`,
      };
    case 'declared-service-not-seen':
      return {
        message: `The declared service ${subject.name}${owner} left no trace on the scanned pages in any pass.`,
        fix: 'If the site no longer uses it, remove it from `services` (the banner lists it to visitors); if it runs on pages the scan did not reach, scan more pages (`--pages`).',
      };
    case 'no-assent':
      return {
        message:
          'Assent is not running on this page (no `window.assent`): only the first pass ran, and everything it saw is judged against the catalogue alone.',
        fix: 'Add the Assent script tag to the page; an app that uses @assent/core exposes its store as `window.assent` for scanning.',
      };
    case 'page-error':
      return { message: `The ${what} could not be scanned in this pass.`, fix: 'Check that the page loads; scan again.' };
  }
}
