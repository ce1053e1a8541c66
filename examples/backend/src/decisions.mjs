// Decisions the server takes from consent, per request. `granted()` reads the consent cookie
// (instant, client-writable); `confirmed()` also asks the ledger, the evidence. Low-stakes
// personalisation follows the cookie; ads — sale/sharing of data — need the ledger to agree.

/** @typedef {import('@assent/server-sync').RequestConsent} RequestConsent */

const BESTSELLERS = ['Oak desk lamp', 'Linen notebook', 'Ceramic mug'];
const FOR_YOU = ['Walnut pen tray', 'Desk plant (pothos)', 'Brass bookmark'];

/**
 * Personalised recommendations only with `functional` cookies; everyone else sees bestsellers.
 * @param {RequestConsent} consent
 */
export function recommendations(consent) {
  return consent.granted('functional')
    ? { personalised: true, title: 'Picked for you', items: FOR_YOU, reason: 'You allowed functional cookies, so we use what you looked at on this site.' }
    : { personalised: false, title: 'Bestsellers', items: BESTSELLERS, reason: 'Functional cookies are off, so everyone sees the same list.' };
}

/**
 * An ad slot only with `advertising`, confirmed by the ledger. `Sec-GPC: 1` opts out of
 * advertising unless the person turned it on themselves with the signal on (recorded as such).
 * @param {RequestConsent} consent
 */
export async function adSlot(consent) {
  if (!consent.granted('advertising')) {
    const reason = consent.gpc
      ? 'Your browser sends a Global Privacy Control signal (Sec-GPC: 1): opt-out honoured, no advertising.'
      : 'Advertising cookies are off, so there is no ad here.';
    return { shown: false, gpc: consent.gpc, reason };
  }
  if (!(await consent.confirmed('advertising'))) {
    return { shown: false, gpc: consent.gpc, reason: 'Your cookie allows advertising, but the ledger has no matching record (yet), so no ad.' };
  }
  return {
    shown: true,
    gpc: consent.gpc,
    ad: { headline: 'Autumn sale: 20 % off desk lamps', advertiser: 'Demo Ads Ltd' },
    reason: 'You allowed advertising cookies and the ledger confirms it.',
  };
}
