// A/B testing and heatmap tools. Sources: Optimizely "Cookies and localStorage in the Optimizely Web
// Experimentation snippet"; VWO "Cookies used by VWO"; Crazy Egg "Tracking New vs Returning
// Visitors".
import { service } from './entry.js';

/** Crazy Egg: heatmaps and A/B tests. */
export const crazyEgg = /* @__PURE__ */ service({
  id: 'crazy-egg',
  name: 'Crazy Egg',
  provider: 'Crazy Egg, Inc.',
  purpose: 'Records how visitors use pages (heatmaps, recordings) and runs A/B tests.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.crazyegg.com/privacy',
  // source: https://help.crazyegg.com/article/103-new-vs-returning-visitors (default, CE_COOKIE_EXPIRE_DAYS changes it)
  cookies: [{ name: 'is_returning', retention: '5 years', purpose: 'Whether the visitor is new or returning' }],
  hosts: ['script.crazyegg.com'],
});

/** Optimizely Web Experimentation. */
export const optimizely = /* @__PURE__ */ service({
  id: 'optimizely',
  name: 'Optimizely',
  provider: 'Optimizely, Inc.',
  purpose: 'Runs A/B tests and measures their results.',
  category: 'analytics',
  privacyPolicyUrl: 'https://www.optimizely.com/legal/privacy-notice/',
  cookies: [{ name: 'optimizelyEndUserId', retention: '6 months', purpose: 'Visitor identifier for experiments' }],
  localStorage: ['optimizely_data$$*'],
  hosts: ['cdn.optimizely.com', 'logx.optimizely.com'],
});

/** VWO (Visual Website Optimizer). */
export const vwo = /* @__PURE__ */ service({
  id: 'vwo',
  name: 'VWO',
  provider: 'Wingify Software Pvt. Ltd',
  purpose: 'Runs A/B tests and measures their results.',
  category: 'analytics',
  privacyPolicyUrl: 'https://vwo.com/privacy-policy/',
  cookies: [
    { name: '_vwo_uuid_v2', retention: '1 year', purpose: 'Visitor identifier' },
    // source: https://vwo.com/oldappkb/what-are-the-various-cookies-used-by-visual-website-optimizer/
    { name: '_vis_opt_s', retention: '100 days', purpose: 'Whether the visitor is new or returning to a test' },
    { name: '_vis_opt_test_cookie', retention: 'session', purpose: 'Checks that cookies work' },
  ],
  hosts: ['dev.visualwebsiteoptimizer.com'],
});
