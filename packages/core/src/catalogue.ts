// @assent/core/catalogue — well-known services as ready-made service definitions, one export per
// service, written from each vendor's public documentation. Each entry is a plain frozen object a
// site passes to `createConsent({ services })` as it is; a bundler keeps only the entries imported.
export {
  googleAnalytics4,
  googleUniversalAnalytics,
  googleAds,
  googleAdSense,
  googleDoubleClick,
  googleTagManager,
  googleMaps,
  googleRecaptcha,
  youtube,
  googleFonts,
} from './catalogue/google.js';
export {
  metaPixel,
  microsoftUet,
  linkedInInsightTag,
  tiktokPixel,
  xPixel,
  pinterestTag,
  snapPixel,
  redditPixel,
  criteo,
  outbrain,
  taboola,
  quoraPixel,
  klaviyo,
} from './catalogue/advertising.js';
export {
  microsoftClarity,
  hotjar,
  matomo,
  hubspot,
  adobeAnalytics,
  segment,
  mixpanel,
  amplitude,
  yandexMetrica,
  fullStory,
  heap,
  postHog,
  mouseflow,
  pianoAnalytics,
  baiduTongji,
} from './catalogue/analytics.js';
export { crazyEgg, optimizely, vwo } from './catalogue/experiments.js';
export { plausible, fathom, cloudflareWebAnalytics } from './catalogue/cookieless.js';
export { intercom, zendesk, crisp, tawkTo, calendly, typeform, vimeo, spotify, soundCloud, openStreetMap, adobeFonts, sentry } from './catalogue/embeds.js';
export { stripe, paypal, cloudflare, cloudflareTurnstile, hCaptcha } from './catalogue/security.js';
export { naverAnalytics, naverMaps, kakaoPixel, kakaoMaps, kakaoSdk, lineTag, lineSocial, yahooJapanAds, yahooJapanTagManager } from './catalogue/asia.js';
export { CATALOGUE, matchCookie, matchHost } from './catalogue/index.js';
export type { CatalogueEntry } from './catalogue/entry.js';
