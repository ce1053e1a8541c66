// Analytics that set no cookie and keep no identifier in the browser; listed so the scanner can
// name their requests and a site can still declare them (they send page data to the vendor).
// Sources: the vendors' own data policies (plausible.io/data-policy, usefathom.com/privacy,
// Cloudflare Web Analytics docs).
import { service } from './entry.js';

/** Plausible Analytics: cookieless. */
export const plausible = /* @__PURE__ */ service({
  id: 'plausible',
  name: 'Plausible Analytics',
  provider: 'Plausible Insights OÜ',
  purpose: 'Counts visits without cookies or personal identifiers.',
  category: 'analytics',
  privacyPolicyUrl: 'https://plausible.io/privacy',
  hosts: ['plausible.io'],
});

/** Fathom Analytics: cookieless. */
export const fathom = /* @__PURE__ */ service({
  id: 'fathom',
  name: 'Fathom Analytics',
  provider: 'Conva Ventures Inc.',
  purpose: 'Counts visits without cookies.',
  category: 'analytics',
  privacyPolicyUrl: 'https://usefathom.com/privacy',
  hosts: ['cdn.usefathom.com'],
});

/** Cloudflare Web Analytics: cookieless. */
export const cloudflareWebAnalytics = /* @__PURE__ */ service({
  id: 'cloudflare-web-analytics',
  name: 'Cloudflare Web Analytics',
  provider: 'Cloudflare, Inc.',
  purpose: 'Counts visits and measures page performance without cookies.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
  hosts: ['static.cloudflareinsights.com', 'cloudflareinsights.com'],
});
