// Google's services. Sources: "[GA4] Cookie usage on websites" (support.google.com/analytics/answer/11397207),
// "Google Analytics cookie usage on websites" for Universal Analytics (developers.google.com/analytics/
// devguides/collection/analyticsjs/cookie-usage), "How Google uses cookies" and "Our advertising and
// measurement cookies" (policies.google.com/technologies/cookies, …/technologies/ads).
import { service } from './entry.js';

const GOOGLE = 'Google LLC';
const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';

/** Google Analytics 4 (gtag.js / Google tag): audience measurement. */
export const googleAnalytics4 = /* @__PURE__ */ service({
  id: 'google-analytics',
  name: 'Google Analytics',
  provider: GOOGLE,
  purpose: 'Measures how visitors use the site: distinguishes visitors and keeps session state.',
  category: 'analytics',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  cookies: [
    { name: '_ga', retention: '2 years', purpose: 'Distinguishes visitors' },
    { name: '_ga_*', retention: '2 years', purpose: 'Keeps session state' },
  ],
  hosts: ['www.google-analytics.com', '*.google-analytics.com', 'analytics.google.com'],
});

/** Universal Analytics (analytics.js), retired by Google in 2023 and 2024; its cookies still linger. */
export const googleUniversalAnalytics = /* @__PURE__ */ service({
  id: 'google-universal-analytics',
  name: 'Google Universal Analytics (legacy)',
  provider: GOOGLE,
  purpose: 'Measured how visitors used the site (the analytics.js tag before Google Analytics 4).',
  category: 'analytics',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  cookies: [
    { name: '_gid', retention: '24 hours', purpose: 'Distinguishes visitors' },
    { name: '_gat*', retention: '1 minute', purpose: 'Throttles the request rate' },
    { name: '_dc_gtm_*', retention: '1 minute', purpose: 'Throttles the request rate (deployed with Tag Manager)' },
    { name: '_gac_*', retention: '90 days', purpose: 'Campaign information shared with a linked Google Ads account' },
    { name: 'AMP_TOKEN', retention: '30 seconds to 1 year', purpose: 'Client id from the AMP client id service' },
  ],
  hosts: ['www.google-analytics.com', 'ssl.google-analytics.com'],
});

/** Google Ads conversion tracking and remarketing (the Conversion Linker's first-party cookies). */
export const googleAds = /* @__PURE__ */ service({
  id: 'google-ads',
  name: 'Google Ads',
  provider: GOOGLE,
  purpose: 'Measures ad conversions and builds remarketing audiences for Google Ads.',
  category: 'advertising',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  cookies: [
    { name: '_gcl_au', retention: '90 days', purpose: 'Conversion measurement' },
    { name: '_gcl_aw', retention: '90 days', purpose: 'Ad click information' },
    { name: '_gcl_dc', retention: '90 days', purpose: 'Ad click information (Display & Video 360, Campaign Manager 360)' },
  ],
  hosts: ['www.googleadservices.com', 'googleads.g.doubleclick.net', 'pagead2.googlesyndication.com'],
});

/** Google AdSense: ads shown on the site. */
export const googleAdSense = /* @__PURE__ */ service({
  id: 'google-adsense',
  name: 'Google AdSense',
  provider: GOOGLE,
  purpose: 'Shows ads on the site, limits how often each is shown and measures them.',
  category: 'advertising',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  cookies: [
    { name: '__gads', retention: '13 months', purpose: 'Ad delivery and measurement' },
    { name: '__gpi', retention: '13 months', purpose: 'Ad delivery and measurement' },
    { name: '__eoi', retention: '6 months', purpose: 'Ad delivery and abuse prevention' },
  ],
  hosts: ['pagead2.googlesyndication.com', 'tpc.googlesyndication.com', 'adservice.google.com'],
});

/** Google Marketing Platform ads (Campaign Manager 360, Display & Video 360) on doubleclick.net. */
export const googleDoubleClick = /* @__PURE__ */ service({
  id: 'google-doubleclick',
  name: 'Google Marketing Platform (DoubleClick)',
  provider: GOOGLE,
  purpose: 'Serves and measures ads across sites and personalises them.',
  category: 'advertising',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  cookies: [
    { name: 'IDE', retention: '13 months', purpose: 'Ad personalisation and measurement', domain: 'doubleclick.net' },
    { name: 'test_cookie', retention: '15 minutes', purpose: 'Checks whether the browser accepts cookies', domain: 'doubleclick.net' },
  ],
  hosts: ['*.doubleclick.net', 'ad.doubleclick.net', 'stats.g.doubleclick.net'],
});

/** Google Tag Manager: loads the tags a site configures; sets no cookie itself. */
export const googleTagManager = /* @__PURE__ */ service({
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  provider: GOOGLE,
  purpose: 'Loads the site’s measurement and marketing tags; the tags it loads set their own cookies.',
  category: 'functional',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  hosts: ['www.googletagmanager.com'],
});

/** Google Maps embeds and the Maps JavaScript API. */
export const googleMaps = /* @__PURE__ */ service({
  id: 'google-maps',
  name: 'Google Maps',
  provider: GOOGLE,
  purpose: 'Shows interactive maps; Google remembers preferences with its own cookies.',
  category: 'functional',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  cookies: [{ name: 'NID', retention: '6 months', purpose: 'Preferences and other information', domain: 'google.com' }],
  hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'www.google.com'],
});

/** Google reCAPTCHA: tells people from bots on forms. */
export const googleRecaptcha = /* @__PURE__ */ service({
  id: 'google-recaptcha',
  name: 'Google reCAPTCHA',
  provider: GOOGLE,
  purpose: 'Protects forms from spam and abuse by telling people from automated software.',
  category: 'necessary',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  cookies: [{ name: '_GRECAPTCHA', retention: '6 months', purpose: 'Risk analysis', domain: 'www.google.com' }],
  hosts: ['www.google.com', 'www.gstatic.com', 'www.recaptcha.net'],
});

/** YouTube video embeds. */
export const youtube = /* @__PURE__ */ service({
  id: 'youtube',
  name: 'YouTube',
  provider: GOOGLE,
  purpose: 'Plays embedded videos; YouTube keeps playback preferences and statistics with its own cookies.',
  category: 'functional',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  cookies: [
    { name: 'YSC', retention: 'session', purpose: 'Abuse prevention and statistics', domain: 'youtube.com' },
    { name: 'VISITOR_INFO1_LIVE', retention: '6 months', purpose: 'Playback preferences', domain: 'youtube.com' },
    { name: 'PREF', retention: '8 months', purpose: 'Preferences', domain: 'youtube.com' },
  ],
  hosts: ['www.youtube.com', 'www.youtube-nocookie.com', 'i.ytimg.com', '*.googlevideo.com'],
});

/** Google Fonts loaded from Google's servers: no cookies, but each request reaches Google. */
export const googleFonts = /* @__PURE__ */ service({
  id: 'google-fonts',
  name: 'Google Fonts',
  provider: GOOGLE,
  purpose: 'Serves web fonts; the visitor’s browser requests them from Google.',
  category: 'functional',
  privacyPolicyUrl: GOOGLE_PRIVACY,
  hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
});
