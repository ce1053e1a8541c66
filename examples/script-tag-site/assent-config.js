// Configuration of the Assent script-tag bundle. It must run before /assent/assent.js loads.
// Every page of this site includes it, so the config lives in one place.
window.assentConfig = {
  // The privacy notice's version: a new one asks every visitor again.
  revision: '2026-11',
  privacyPolicyUrl: '/privacy.html',
  // The evidence ledger (mounted by the demo backend): every decision is recorded there.
  syncEndpoint: '/v1/consents',
  // The privacy notice in force, recorded with every decision (the ledger keeps it under the
  // record's hash). An absolute http(s) URL; `hash` (optional) would be the SHA-256 of the document.
  notice: { url: new URL('/privacy.html', location.href).href, version: '2026-11' },
  // Services are what the preferences dialog lists and what withdrawal clears.
  services: [
    {
      id: 'fake-analytics',
      category: 'analytics',
      name: 'Fake Analytics',
      provider: 'Assent demo (stands in for an analytics vendor)',
      purpose: 'Counts page views to learn which pages are read',
      privacyPolicyUrl: '/privacy.html#analytics',
      cookies: [
        { name: '_ga', retention: '13 months', purpose: 'Tells visits apart' },
        { name: '_ga_*', retention: '13 months', purpose: 'Keeps the session state' },
      ],
    },
    {
      id: 'fake-ads',
      category: 'advertising',
      name: 'Fake Ads',
      provider: 'Demo Ads Ltd (fictional)',
      purpose: 'Shows ads and measures them',
      privacyPolicyUrl: '/privacy.html#advertising',
      cookies: [{ name: '_fake_ads_id', retention: '90 days', purpose: 'Recognises your browser across sites' }],
    },
    {
      id: 'demo-video',
      category: 'functional',
      name: 'Demo Video',
      provider: 'Assent demo (stands in for a video platform)',
      purpose: 'Plays embedded videos and remembers the volume',
      privacyPolicyUrl: '/privacy.html#functional',
      cookies: [{ name: 'demo_video_volume', retention: '1 year' }],
    },
  ],
};
