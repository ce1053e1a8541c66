// Analytics, session-replay and experimentation tools. Sources: Microsoft Learn "Clarity cookies";
// Hotjar "Cookies set by the Hotjar tracking code"; Matomo FAQ "What cookies does Matomo set?";
// HubSpot "Cookies set in a visitor's browser by HubSpot"; Adobe Experience League "Adobe Analytics
// cookies"; Segment "Analytics.js cookies and local storage"; Mixpanel, Amplitude and PostHog SDK
// docs on persistence; Yandex Metrica "Cookies used by Metrica"; FullStory, Heap and Mouseflow help
// centres; Baidu Tongji's help; Piano Analytics SDK storage docs.
import { service } from './entry.js';

/** Microsoft Clarity: heatmaps and session recordings. */
export const microsoftClarity = /* @__PURE__ */ service({
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  provider: 'Microsoft Corporation',
  purpose: 'Records how visitors use pages (heatmaps, session recordings) to improve the site.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.microsoft.com/privacy/privacystatement',
  cookies: [
    { name: '_clck', retention: '1 year', purpose: 'Visitor identifier and preferences' },
    { name: '_clsk', retention: '1 day', purpose: 'Joins page views into one session recording' },
    { name: 'CLID', retention: '1 year', purpose: 'Visitor identifier across Clarity sites', domain: 'www.clarity.ms' },
    { name: 'ANONCHK', retention: '10 minutes', purpose: 'Whether the MUID is sent to ads', domain: 'c.clarity.ms' },
    { name: 'MR', retention: '7 days', purpose: 'Whether to refresh the MUID', domain: 'c.clarity.ms' },
    { name: 'MUID', retention: '1 year', purpose: 'Microsoft browser identifier', domain: 'clarity.ms' },
    { name: 'SM', retention: 'session', purpose: 'Synchronises the MUID across Microsoft domains', domain: 'c.clarity.ms' },
  ],
  hosts: ['www.clarity.ms', '*.clarity.ms'],
});

/** Hotjar: heatmaps, recordings and surveys. */
export const hotjar = /* @__PURE__ */ service({
  id: 'hotjar',
  name: 'Hotjar',
  provider: 'Hotjar Ltd',
  purpose: 'Records how visitors use pages (heatmaps, recordings) and runs on-site surveys.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  cookies: [
    { name: '_hjSessionUser_*', retention: '365 days', purpose: 'Visitor identifier for this site' },
    { name: '_hjSession_*', retention: '30 minutes', purpose: 'Current session' },
    { name: '_hjHasCachedUserAttributes', retention: 'session', purpose: 'Whether cached visitor attributes are current' },
    { name: '_hjUserAttributesHash', retention: '2 minutes, extended every 30 seconds', purpose: 'Detects changed visitor attributes' },
    { name: '_hjIncludedInSessionSample_*', retention: '30 minutes', purpose: 'Whether the session is sampled' },
    { name: '_hjCookieTest', retention: 'session', purpose: 'Checks that cookies work' },
    { name: '_hjLocalStorageTest', retention: 'session', purpose: 'Checks that local storage works' },
    { name: '_hjSessionStorageTest', retention: 'session', purpose: 'Checks that session storage works' },
    { name: '_hjTLDTest', retention: 'session', purpose: 'Finds the widest cookie domain' },
    { name: '_hjClosedSurveyInvites', retention: '365 days', purpose: 'Survey invitation closed' },
    { name: '_hjDonePolls', retention: '365 days', purpose: 'Survey completed' },
    { name: '_hjMinimizedPolls', retention: '365 days', purpose: 'Survey minimised' },
    { name: '_hjShownFeedbackMessage', retention: '365 days', purpose: 'Feedback widget minimised or completed' },
  ],
  localStorage: ['_hjUserAttributes', 'hjViewportId', 'hjActiveViewportIds'],
  hosts: ['static.hotjar.com', 'script.hotjar.com', '*.hotjar.com', '*.hotjar.io'],
});

/** Matomo (Cloud, or On-Premise on the site's own server). */
export const matomo = /* @__PURE__ */ service({
  id: 'matomo',
  name: 'Matomo',
  provider: 'InnoCraft Ltd (Matomo Cloud), or the site itself when self-hosted',
  purpose: 'Measures how visitors use the site.',
  category: 'analytics',
  privacyPolicyUrl: 'https://matomo.org/privacy-policy/',
  cookies: [
    { name: '_pk_id.*', retention: '13 months', purpose: 'Visitor identifier' },
    { name: '_pk_ses.*', retention: '30 minutes', purpose: 'Current visit' },
    { name: '_pk_ref.*', retention: '6 months', purpose: 'Referrer of the first visit' },
    { name: '_pk_cvar.*', retention: '30 minutes', purpose: 'Custom variables of the visit' },
    { name: '_pk_hsr.*', retention: '30 minutes', purpose: 'Heatmap and session recording state' },
  ],
  hosts: ['*.matomo.cloud', 'cdn.matomo.cloud'],
});

/** HubSpot tracking code. */
export const hubspot = /* @__PURE__ */ service({
  id: 'hubspot',
  name: 'HubSpot',
  provider: 'HubSpot, Inc.',
  purpose: 'Tracks visits and links them to contacts in the site’s HubSpot CRM for analytics and marketing.',
  category: 'analytics',
  privacyPolicyUrl: 'https://legal.hubspot.com/privacy-policy',
  cookies: [
    { name: '__hstc', retention: '6 months', purpose: 'Visitor identifier and visit timestamps' },
    { name: 'hubspotutk', retention: '6 months', purpose: 'Visitor identifier passed with form submissions' },
    { name: '__hssc', retention: '30 minutes', purpose: 'Current session' },
    { name: '__hssrc', retention: 'session', purpose: 'Detects a browser restart' },
  ],
  hosts: ['js.hs-scripts.com', 'js.hs-analytics.net', 'track.hubspot.com', 'js.hsforms.net', 'js.hs-banner.com'],
});

/** Adobe Analytics with the Experience Cloud Identity Service. */
export const adobeAnalytics = /* @__PURE__ */ service({
  id: 'adobe-analytics',
  name: 'Adobe Analytics',
  provider: 'Adobe Inc.',
  purpose: 'Measures how visitors use the site.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.adobe.com/privacy/policy.html',
  cookies: [
    { name: 'AMCV_*', retention: '2 years', purpose: 'Experience Cloud visitor identifier' },
    { name: 'AMCVS_*', retention: 'session', purpose: 'Identity Service session flag' },
    { name: 's_ecid', retention: '2 years', purpose: 'Experience Cloud visitor identifier (first-party copy)' },
    { name: 's_vi', retention: '2 years', purpose: 'Visitor identifier on the tracking server' },
    { name: 's_fid', retention: '2 years', purpose: 'Fallback visitor identifier' },
    { name: 's_cc', retention: 'session', purpose: 'Whether cookies are enabled' },
    { name: 's_sq', retention: 'session', purpose: 'Last link clicked (ClickMap / Activity Map)' },
    { name: 'demdex', retention: '180 days', purpose: 'Cross-domain identifier', domain: 'demdex.net' },
  ],
  hosts: ['assets.adobedtm.com', '*.omtrdc.net', '*.2o7.net', '*.demdex.net'],
});

/** Segment (Twilio Segment Analytics.js). */
export const segment = /* @__PURE__ */ service({
  id: 'segment',
  name: 'Segment',
  provider: 'Twilio Inc.',
  purpose: 'Collects usage events and forwards them to the site’s analytics and marketing tools.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.twilio.com/en-us/legal/privacy',
  cookies: [
    { name: 'ajs_anonymous_id', retention: '1 year', purpose: 'Anonymous visitor identifier' },
    { name: 'ajs_user_id', retention: '1 year', purpose: 'Identified user' },
    { name: 'ajs_group_id', retention: '1 year', purpose: 'Identified group' },
  ],
  localStorage: ['ajs_anonymous_id', 'ajs_user_id', 'ajs_user_traits', 'ajs_group_id', 'ajs_group_properties'],
  hosts: ['cdn.segment.com', 'api.segment.io'],
});

/** Mixpanel. */
export const mixpanel = /* @__PURE__ */ service({
  id: 'mixpanel',
  name: 'Mixpanel',
  provider: 'Mixpanel, Inc.',
  purpose: 'Measures how visitors use the site and product.',
  category: 'analytics',
  privacyPolicyUrl: 'https://mixpanel.com/legal/privacy-policy/',
  cookies: [{ name: 'mp_*_mixpanel', retention: '1 year', purpose: 'Visitor identifier and super properties' }],
  localStorage: ['mp_*_mixpanel'],
  hosts: ['cdn.mxpnl.com', 'api-js.mixpanel.com', 'api.mixpanel.com', 'api-eu.mixpanel.com'],
});

/** Amplitude (Browser SDK 2). */
export const amplitude = /* @__PURE__ */ service({
  id: 'amplitude',
  name: 'Amplitude',
  provider: 'Amplitude, Inc.',
  purpose: 'Measures how visitors use the site and product.',
  category: 'analytics',
  privacyPolicyUrl: 'https://amplitude.com/privacy',
  cookies: [
    { name: 'AMP_MKTG_*', retention: '1 year', purpose: 'Campaign attribution' },
    { name: 'AMP_*', retention: '1 year', purpose: 'Device and session identifiers' },
  ],
  localStorage: ['AMP_unsent_*'],
  hosts: ['cdn.amplitude.com', 'api2.amplitude.com', 'api.eu.amplitude.com'],
});

/** Yandex Metrica. */
export const yandexMetrica = /* @__PURE__ */ service({
  id: 'yandex-metrica',
  name: 'Yandex Metrica',
  provider: 'Yandex LLC',
  purpose: 'Measures how visitors use the site, with optional session replay (Webvisor).',
  category: 'analytics',
  privacyPolicyUrl: 'https://yandex.com/legal/confidential/',
  cookies: [
    { name: '_ym_uid', retention: '1 year', purpose: 'Visitor identifier' },
    { name: '_ym_d', retention: '1 year', purpose: 'Date of the first visit' },
    { name: '_ym_isad', retention: '2 days', purpose: 'Whether the visitor has an ad blocker' },
    { name: '_ym_visorc', retention: '30 minutes', purpose: 'Session replay state' },
  ],
  hosts: ['mc.yandex.ru', 'mc.yandex.com', 'mc.webvisor.org'],
});

/** FullStory: session replay. */
export const fullStory = /* @__PURE__ */ service({
  id: 'fullstory',
  name: 'FullStory',
  provider: 'FullStory, Inc.',
  purpose: 'Records how visitors use pages (session replay) to improve the site.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.fullstory.com/legal/privacy-policy/',
  cookies: [
    { name: 'fs_uid', retention: '1 year', purpose: 'Visitor and session identifier' },
    { name: 'fs_lua', retention: '30 minutes', purpose: 'Time of the last activity' },
    { name: 'fs_cid', retention: '1 year', purpose: 'Consent state for capture' },
  ],
  hosts: ['edge.fullstory.com', 'rs.fullstory.com'],
});

/** Heap product analytics. */
export const heap = /* @__PURE__ */ service({
  id: 'heap',
  name: 'Heap',
  provider: 'Heap Inc. (Contentsquare)',
  purpose: 'Captures interactions to measure how visitors use the site and product.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.heap.io/privacy',
  // source: https://help.heap.io/data-privacy/data-privacy-faqs/what-cookies-does-heap-set-and-what-are-they-used-for
  cookies: [
    { name: '_hp2_id.*', retention: '13 months minus 1 day', purpose: 'Visitor identifier (heap.js v4)' },
    { name: '_hp2_ses_props.*', retention: '30 minutes', purpose: 'Session properties (heap.js v4)' },
    { name: '_hp2_props.*', retention: '13 months minus 1 day', purpose: 'Event properties set by the site (heap.js v4)' },
    { name: '_hp5_meta.*', retention: '13 months minus 1 day', purpose: 'Visitor and session identifiers (heap.js v5)' },
    { name: '_hp5_event_props.*', retention: '13 months minus 1 day', purpose: 'Event properties set by the site (heap.js v5)' },
    { name: '_hp5_let.*', retention: '13 months minus 1 day', purpose: 'Time of the last event (heap.js v5.2.7+)' },
  ],
  hosts: ['cdn.heapanalytics.com', 'heapanalytics.com'],
});

/** PostHog product analytics (cookie and localStorage persistence). */
export const postHog = /* @__PURE__ */ service({
  id: 'posthog',
  name: 'PostHog',
  provider: 'PostHog Inc.',
  purpose: 'Measures how visitors use the site and product, with optional session replay.',
  category: 'analytics',
  privacyPolicyUrl: 'https://posthog.com/privacy',
  cookies: [{ name: 'ph_*_posthog', retention: '1 year', purpose: 'Visitor identifier and properties' }],
  localStorage: ['ph_*_posthog'],
  hosts: ['us.i.posthog.com', 'eu.i.posthog.com', 'us-assets.i.posthog.com', 'eu-assets.i.posthog.com'],
});

/** Mouseflow: heatmaps and session recordings. */
export const mouseflow = /* @__PURE__ */ service({
  id: 'mouseflow',
  name: 'Mouseflow',
  provider: 'Mouseflow ApS',
  purpose: 'Records how visitors use pages (heatmaps, session recordings) to improve the site.',
  category: 'analytics',
  privacyPolicyUrl: 'https://mouseflow.com/privacy/',
  cookies: [{ name: 'mf_user', retention: '90 days', purpose: 'Returning-visitor identifier' }],
  hosts: ['cdn.mouseflow.com', '*.mouseflow.com'],
});

/** Piano Analytics (formerly AT Internet). */
export const pianoAnalytics = /* @__PURE__ */ service({
  id: 'piano-analytics',
  name: 'Piano Analytics',
  provider: 'Piano Software Inc.',
  purpose: 'Measures how visitors use the site.',
  category: 'analytics',
  privacyPolicyUrl: 'https://piano.io/privacy-policy/',
  cookies: [
    { name: '_pcid', retention: '13 months', purpose: 'Visitor identifier' },
    // source: https://developers.atinternet-solutions.com/piano-analytics/data-collection/general/cookie-storage
    { name: '_pprv', retention: '13 months', purpose: 'Consent mode of the visitor' },
    { name: 'atuserid', retention: '13 months', purpose: 'Visitor identifier (AT Internet SmartTag)' },
  ],
  hosts: ['tag.aticdn.net', '*.xiti.com', '*.pa-cd.com'],
});

/** Baidu Tongji (Baidu Analytics). */
export const baiduTongji = /* @__PURE__ */ service({
  id: 'baidu-tongji',
  name: 'Baidu Tongji',
  provider: 'Baidu, Inc.',
  purpose: 'Measures how visitors use the site.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.baidu.com/duty/yinsiquan-policy.html',
  cookies: [
    { name: 'Hm_lvt_*', retention: '1 year', purpose: 'Times of the last visits' },
    { name: 'Hm_lpvt_*', retention: 'session', purpose: 'Time of the last page view' },
  ],
  hosts: ['hm.baidu.com'],
});
