// Configuration of the TCF script tag (assent-tcf.js): assent.js's config plus `tcf`.
window.assentConfig = {
  revision: '2026-11',
  privacyPolicyUrl: '/privacy.html',
  // The ledger records every decision with its TC string, and serves the vendor list beside it
  // (/v1/tcf/vendor-list.json?vendors=…, the default when syncEndpoint is set).
  syncEndpoint: '/v1/consents',
  notice: { url: new URL('/privacy.html', location.href).href, version: '2026-11' },
  tcf: {
    // A real deployment uses the CMP id the IAB registered for it; this one is a placeholder.
    cmpId: 4095,
    // The Global Vendor List ids of the site's advertising partners.
    vendors: [1, 2, 10, 21, 28, 32, 52, 76, 91, 755, 793, 1126],
    // Google's Ad Tech Providers outside TCF, for the Additional Consent string.
    googleAtpIds: [89, 2008],
    // The publisher itself measures content performance (purpose 8) on legitimate interest.
    publisherPurposes: { legitimateInterest: [8] },
    publisherCountryCode: 'DE',
  },
};
