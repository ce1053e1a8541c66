// Configuration of the TCF + GPP script tag (assent-tcf-gpp.js): assent.js's config plus `tcf`
// and `gpp`. The region decides the regime (opt-out in the US, opt-in in the EU) and the GPP
// section; a real site sets it from its CDN's headers, this demo from `?region=`.
const region = new URLSearchParams(location.search).get('region') || 'US-CA';
window.assentConfig = {
  revision: '2026-11',
  region,
  privacyPolicyUrl: '/privacy.html',
  // The ledger records every decision with its GPP string (and, for EU readers, its TC string).
  syncEndpoint: '/v1/consents',
  notice: { url: new URL('/privacy.html', location.href).href, version: '2026-11' },
  gpp: {
    // A real deployment uses the CMP id the IAB registered for it; 1 is the unregistered id.
    cmpId: 1,
    // The site is a signatory of the IAB's Multi-State Privacy Agreement.
    mspa: { coveredTransaction: true, mode: 'opt-out' },
  },
  tcf: {
    cmpId: 4095,
    vendors: [1, 2, 10, 21, 28, 32, 52, 76, 91, 755, 793, 1126],
    publisherCountryCode: 'US',
  },
};
