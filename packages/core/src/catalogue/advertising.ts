// Advertising pixels and networks. Sources: Meta "About cookie settings for your Meta Pixel" and
// Meta's Cookies Policy; Microsoft Advertising "Universal Event Tracking" help;
// LinkedIn Cookie Table (linkedin.com/legal/l/cookie-table); TikTok "How to use cookies with TikTok
// Pixel" and "About using cookies with TikTok Pixel"; X's cookie notice; Pinterest's cookie notice and
// tag docs; Snap's cookie information; Reddit's pixel docs; Criteo's privacy policy; Taboola's Cookie
// Policy. Vendors that publish no cookie names here list none.
import { service } from './entry.js';

/** Meta Pixel (Facebook and Instagram ads). */
export const metaPixel = /* @__PURE__ */ service({
  id: 'meta-pixel',
  name: 'Meta Pixel',
  provider: 'Meta Platforms Ireland Ltd',
  purpose: 'Measures the effect of Facebook and Instagram ads and builds audiences for them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
  cookies: [
    { name: '_fbp', retention: '90 days', purpose: 'Browser identifier for ad measurement' },
    { name: '_fbc', retention: '90 days', purpose: 'Last ad click (fbclid)' },
    { name: 'fr', retention: '90 days', purpose: 'Ad delivery and measurement', domain: 'facebook.com' },
  ],
  hosts: ['connect.facebook.net', 'www.facebook.com'],
});

/** Microsoft Advertising Universal Event Tracking (Bing ads). */
export const microsoftUet = /* @__PURE__ */ service({
  id: 'microsoft-uet',
  name: 'Microsoft Advertising (UET)',
  provider: 'Microsoft Corporation',
  purpose: 'Measures conversions from Microsoft Advertising and builds remarketing audiences.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.microsoft.com/privacy/privacystatement',
  cookies: [
    { name: '_uetsid', retention: '1 day', purpose: 'Session identifier' },
    { name: '_uetvid', retention: '13 months', purpose: 'Visitor identifier' },
  ],
  hosts: ['bat.bing.com'],
});

/** LinkedIn Insight Tag. */
export const linkedInInsightTag = /* @__PURE__ */ service({
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  provider: 'LinkedIn Ireland Unlimited Company',
  purpose: 'Measures conversions from LinkedIn ads, retargets visitors and reports on audiences.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  cookies: [
    { name: 'li_fat_id', retention: '30 days', purpose: 'Member identifier for conversion tracking' },
    { name: 'li_sugr', retention: '90 days', purpose: 'Probabilistic match of the visitor', domain: 'linkedin.com' },
    { name: 'bcookie', retention: '1 year', purpose: 'Browser identifier', domain: 'linkedin.com' },
    { name: 'lidc', retention: '24 hours', purpose: 'Data-centre selection', domain: 'linkedin.com' },
    { name: 'UserMatchHistory', retention: '30 days', purpose: 'Ad identifier sync', domain: 'linkedin.com' },
    { name: 'AnalyticsSyncHistory', retention: '30 days', purpose: 'When the analytics identifier was synced', domain: 'linkedin.com' },
  ],
  hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
});

/** TikTok Pixel. */
export const tiktokPixel = /* @__PURE__ */ service({
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  provider: 'TikTok Technology Ltd',
  purpose: 'Measures the effect of TikTok ads and builds audiences for them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.tiktok.com/legal/privacy-policy',
  // source (retention): https://ads.tiktok.com/help/article?aid=10007540 ("expire after 13 months from being set onto a
  // browser, or last used"); TikTok's help names no cookie, the names are the ones reference pages report
  cookies: [
    { name: '_ttp', retention: '13 months', purpose: 'Browser identifier for ad measurement' },
    { name: '_tt_enable_cookie', retention: '13 months', purpose: 'Whether the pixel may use cookies' },
  ],
  hosts: ['analytics.tiktok.com'],
});

/** X (formerly Twitter) conversion tracking. */
export const xPixel = /* @__PURE__ */ service({
  id: 'x-pixel',
  name: 'X Pixel',
  provider: 'X Corp.',
  purpose: 'Measures the effect of ads on X and builds audiences for them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://x.com/en/privacy',
  cookies: [
    { name: 'personalization_id', retention: '2 years', purpose: 'Ad personalisation' },
    { name: 'muc_ads', retention: '2 years', purpose: 'Ad measurement' },
  ],
  hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 't.co'],
});

/** Pinterest Tag. */
export const pinterestTag = /* @__PURE__ */ service({
  id: 'pinterest-tag',
  name: 'Pinterest Tag',
  provider: 'Pinterest Europe Ltd',
  purpose: 'Measures conversions from Pinterest ads and builds audiences for them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://policy.pinterest.com/privacy-policy',
  cookies: [
    { name: '_pin_unauth', retention: '1 year', purpose: 'Visitor identifier for ad measurement' },
    { name: '_epik', retention: '1 year', purpose: 'Ad click information' },
    { name: '_derived_epik', retention: '1 year', purpose: 'Ad click information' },
    { name: '_pinterest_ct_ua', retention: '1 year', purpose: 'Visitor identifier for ad measurement' },
  ],
  hosts: ['s.pinimg.com', 'ct.pinterest.com'],
});

/** Snap Pixel (Snapchat ads). */
export const snapPixel = /* @__PURE__ */ service({
  id: 'snap-pixel',
  name: 'Snap Pixel',
  provider: 'Snap Inc.',
  purpose: 'Measures the effect of Snapchat ads and builds audiences for them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://values.snap.com/privacy/privacy-policy',
  cookies: [{ name: '_scid', retention: '13 months', purpose: 'Visitor identifier for ad measurement' }],
  hosts: ['sc-static.net', 'tr.snapchat.com'],
});

/** Reddit Pixel. */
export const redditPixel = /* @__PURE__ */ service({
  id: 'reddit-pixel',
  name: 'Reddit Pixel',
  provider: 'Reddit, Inc.',
  purpose: 'Measures conversions from Reddit ads and builds audiences for them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.reddit.com/policies/privacy-policy',
  cookies: [{ name: '_rdt_uuid', retention: '90 days', purpose: 'Visitor identifier for ad measurement' }],
  hosts: ['www.redditstatic.com', 'alb.reddit.com'],
});

/** Criteo retargeting. */
export const criteo = /* @__PURE__ */ service({
  id: 'criteo',
  name: 'Criteo',
  provider: 'Criteo SA',
  purpose: 'Shows personalised ads for products a visitor viewed, on other sites.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.criteo.com/privacy/',
  cookies: [{ name: 'cto_bundle', retention: '13 months', purpose: 'Visitor identifiers for ad personalisation' }],
  hosts: ['static.criteo.net', 'dynamic.criteo.com', 'sslwidget.criteo.com', 'gum.criteo.com'],
});

/** Outbrain (recommendation widgets and its pixel). */
export const outbrain = /* @__PURE__ */ service({
  id: 'outbrain',
  name: 'Outbrain',
  provider: 'Outbrain Inc.',
  purpose: 'Shows sponsored content recommendations and measures conversions from them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.outbrain.com/privacy/',
  hosts: ['widgets.outbrain.com', 'amplify.outbrain.com', 'tr.outbrain.com'],
});

/** Taboola (recommendation widgets and its pixel). */
export const taboola = /* @__PURE__ */ service({
  id: 'taboola',
  name: 'Taboola',
  provider: 'Taboola Inc.',
  purpose: 'Shows sponsored content recommendations and measures conversions from them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.taboola.com/policies/privacy-policy',
  // source: https://policies.taboola.com/en/cookie-policy (publisher and pixel tables, version of 4 December 2024)
  cookies: [
    { name: 't_gid', retention: '1 year', purpose: 'Visitor identifier for attribution and recommendations', domain: 'taboola.com' },
    { name: 't_pt_gid', retention: '1 year', purpose: 'Visitor identifier for attribution and recommendations' },
    { name: 'trc_cookie_storage', retention: '1 year', purpose: 'Visitor identifier for attribution and reporting' },
    { name: 'taboola_session_id', retention: 'session', purpose: 'Avoids duplicate recommendations', domain: 'trc.taboola.com' },
  ],
  hosts: ['cdn.taboola.com', 'trc.taboola.com'],
});

/** Quora Pixel. */
export const quoraPixel = /* @__PURE__ */ service({
  id: 'quora-pixel',
  name: 'Quora Pixel',
  provider: 'Quora, Inc.',
  purpose: 'Measures conversions from Quora ads and builds audiences for them.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.quora.com/about/privacy',
  hosts: ['a.quora.com', 'q.quora.com'],
});

/** Klaviyo onsite tracking (email and SMS marketing). */
export const klaviyo = /* @__PURE__ */ service({
  id: 'klaviyo',
  name: 'Klaviyo',
  provider: 'Klaviyo, Inc.',
  purpose: 'Links site activity to known contacts for email and SMS marketing.',
  category: 'advertising',
  privacyPolicyUrl: 'https://www.klaviyo.com/legal/privacy-notice',
  cookies: [{ name: '__kla_id', retention: '2 years', purpose: 'Visitor identifier' }],
  hosts: ['static.klaviyo.com', 'a.klaviyo.com'],
});
