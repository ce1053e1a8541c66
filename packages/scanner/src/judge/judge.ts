import type { Finding, FindingKind, PageResult, PassName, PassResult, RequestObservation, Severity } from '../report/types.js';
import { PASS_NAMES } from '../report/types.js';
import { type Classification, classifyCookie, classifyHost, classifyStorage, needsConsent } from './classify.js';
import { serviceNeverSeen } from './coverage.js';
import { finding, withEvidence } from './finding.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

// What a non-necessary cookie or storage key means in each pass it is still there.
const PRESENT_IN: Partial<Record<PassName, { cookie: FindingKind; storage: FindingKind }>> = {
  'before-consent': { cookie: 'cookie-before-consent', storage: 'storage-before-consent' },
  'after-reject': { cookie: 'survives-reject', storage: 'survives-reject' },
  'after-withdraw': { cookie: 'survives-withdrawal', storage: 'survives-withdrawal' },
};

/**
 * Judges what the passes saw against each page's Assent config (and the catalogue, for what the
 * config does not declare). Findings come sorted: errors, warnings, notices; then page and pass order.
 *
 * @example
 * const findings = judge(pages);
 */
export function judge(pages: PageResult[]): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (finding: Finding) => {
    const key = `${finding.page} ${finding.pass} ${finding.kind} ${finding.subject.type} ${finding.subject.name}`;
    if (!seen.has(key)) findings.push(finding), seen.add(key);
  };
  for (const page of pages) judgePage(page, add);
  for (const finding of serviceNeverSeen(pages)) add(finding);
  const pageOrder = new Map(pages.map((page, index) => [page.url, index]));
  const passOrder = (pass: PassName) => PASS_NAMES.indexOf(pass);
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (pageOrder.get(a.page) ?? 0) - (pageOrder.get(b.page) ?? 0) ||
      passOrder(a.pass) - passOrder(b.pass),
  );
}

function judgePage(page: PageResult, add: (finding: Finding) => void): void {
  const { assent } = page;
  const undeclaredReported = new Set<string>();
  const loaded = !page.passes[0]?.errors.some(isLoadError);
  const startError = page.passes[0]?.errors.find((error) => error.startsWith(ASSENT_START_ERROR));
  if (!assent && loaded && startError) {
    // The script tag failed closed (a config error): no banner, so no way to consent at all.
    add({ ...finding('page-error', 'warning', page.url, 'before-consent', { type: 'page', name: page.url }), message: startError, fix: START_ERROR_FIX });
  } else if (!assent && loaded) {
    add(finding('no-assent', 'notice', page.url, 'before-consent', { type: 'page', name: page.url }));
  }
  for (const pass of page.passes) {
    for (const error of pass.errors.filter(isLoadError)) {
      add({ ...finding('page-error', 'notice', page.url, pass.pass, { type: 'page', name: page.url }), message: error });
    }
    const presentAs = PRESENT_IN[pass.pass];
    for (const cookie of pass.cookies) {
      const found = classifyCookie(cookie.name, assent);
      if (found.own) continue;
      if (presentAs && needsConsent(found, pass.granted))
        add(withEvidence(presentAs.cookie, 'error', page.url, pass.pass, { type: 'cookie', name: cookie.name }, found, cookie));
      if (!found.declared && !undeclaredReported.has(`cookie ${cookie.name}`)) {
        undeclaredReported.add(`cookie ${cookie.name}`);
        add(withEvidence('undeclared-cookie', 'warning', page.url, pass.pass, { type: 'cookie', name: cookie.name }, found, cookie));
      }
    }
    for (const storage of pass.storage) {
      const found = classifyStorage(storage, assent);
      if (found.own) continue;
      const subject = { type: storage.area, name: storage.name };
      if (presentAs && needsConsent(found, pass.granted)) add(withEvidence(presentAs.storage, 'error', page.url, pass.pass, subject, found, storage));
      const key = `${storage.area} ${storage.name}`;
      if (!found.declared && !undeclaredReported.has(key)) {
        undeclaredReported.add(key);
        add(withEvidence('undeclared-storage', 'warning', page.url, pass.pass, subject, found, storage));
      }
    }
    for (const request of pass.requests) judgeRequest(page.url, pass, request, classifyHost(request.host, assent), add);
  }
}

/** How a pass reports that the page's Assent could not start (`window.assent.error`). */
export const ASSENT_START_ERROR = 'Assent could not start: ';
const START_ERROR_FIX =
  'Fix the config error the message names (the browser console shows it too). Until then Assent fails closed: only necessary cookies are allowed and no banner is shown, so visitors cannot consent.';

// Written by runPass() when a navigation fails.
const isLoadError = (error: string) => error.startsWith('could not load');

function judgeRequest(page: string, { pass, granted }: PassResult, request: RequestObservation, found: Classification, add: (finding: Finding) => void): void {
  const subject = { type: 'request' as const, name: request.host };
  if (pass === 'before-consent') {
    // An unknown third party may be necessary (a CDN, a payment form): the owner has to say.
    if (needsConsent(found, granted)) add(withEvidence('third-party-request-before-consent', 'error', page, pass, subject, found, request));
    else if (found.category === undefined) add(withEvidence('third-party-request-before-consent', 'warning', page, pass, subject, found, request));
  } else if (pass === 'after-reject' && needsConsent(found, granted)) {
    add(withEvidence('third-party-request-after-reject', 'error', page, pass, subject, found, request));
  } else if (pass === 'after-withdraw' && needsConsent(found, granted)) {
    add(withEvidence('third-party-request-after-withdrawal', 'error', page, pass, subject, found, request));
  }
}
