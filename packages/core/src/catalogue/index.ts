// The catalogue as a whole, for tools that look names up (the scanner): every entry, and which one
// a cookie name or a request host belongs to. A site that imports single entries does not pull these
// in. Matching uses core's cookie-name rule (`*` matches any run of characters), as clearing does.
import type { ServiceDefinition } from '../config/types.js';
import { namePattern } from '../clearing/patterns.js';
import type { CatalogueEntry } from './entry.js';
import {
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
} from './google.js';
import {
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
} from './advertising.js';
import {
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
} from './analytics.js';
import { crazyEgg, optimizely, vwo } from './experiments.js';
import { plausible, fathom, cloudflareWebAnalytics } from './cookieless.js';
import { intercom, zendesk, crisp, tawkTo, calendly, typeform, vimeo, spotify, soundCloud, openStreetMap, adobeFonts, sentry } from './embeds.js';
import { stripe, paypal, cloudflare, cloudflareTurnstile, hCaptcha } from './security.js';
import { naverAnalytics, naverMaps, kakaoPixel, kakaoMaps, kakaoSdk, lineTag, lineSocial, yahooJapanAds, yahooJapanTagManager } from './asia.js';

/**
 * Every catalogue entry, in a fixed order (Google's first). Frozen.
 *
 * @example
 * CATALOGUE.filter((entry) => entry.category === 'analytics').map((entry) => entry.id);
 */
export const CATALOGUE: readonly CatalogueEntry[] = /* @__PURE__ */ Object.freeze([
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
  crazyEgg,
  optimizely,
  vwo,
  plausible,
  fathom,
  cloudflareWebAnalytics,
  intercom,
  zendesk,
  crisp,
  tawkTo,
  calendly,
  typeform,
  vimeo,
  spotify,
  soundCloud,
  openStreetMap,
  adobeFonts,
  sentry,
  stripe,
  paypal,
  cloudflare,
  cloudflareTurnstile,
  hCaptcha,
  naverAnalytics,
  naverMaps,
  kakaoPixel,
  kakaoMaps,
  kakaoSdk,
  lineTag,
  lineSocial,
  yahooJapanAds,
  yahooJapanTagManager,
]);

// An exact name beats a pattern (`AMP_TOKEN` is Google's, though Amplitude's `AMP_*` matches it
// too); otherwise the first entry in list order wins.
function match<T>(value: string, services: readonly T[], namesOf: (service: T) => readonly string[] | undefined): T | undefined {
  let found: T | undefined;
  for (const service of services) {
    for (const name of namesOf(service) ?? []) {
      if (name === value) return service;
      if (!found && name.includes('*') && namePattern(name).test(value)) found = service;
    }
  }
  return found;
}

/**
 * The service a cookie belongs to, by its declared names and patterns: the catalogue's by default,
 * or the given services (a site's own config). `undefined` when none declares it.
 *
 * @example
 * matchCookie('_ga_ABC123')?.id;    // 'google-analytics'
 * matchCookie('_fbp')?.name;        // 'Meta Pixel'
 * matchCookie('session-id');        // undefined
 */
export function matchCookie<T extends ServiceDefinition = CatalogueEntry>(name: string, services?: readonly T[]): T | undefined {
  return match(name, services ?? (CATALOGUE as unknown as readonly T[]), (service) => service.cookies?.map((cookie) => cookie.name));
}

/**
 * The catalogue service a request host identifies (`*.clarity.ms` matches `c.clarity.ms`), or
 * `undefined`. Some hosts serve more than one service of a vendor (`www.google.com`): the first wins.
 *
 * @example
 * matchHost('connect.facebook.net')?.id; // 'meta-pixel'
 */
export function matchHost(host: string, services: readonly CatalogueEntry[] = CATALOGUE): CatalogueEntry | undefined {
  return match(host.toLowerCase(), services, (service) => service.hosts);
}
