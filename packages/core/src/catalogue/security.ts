// Payments, bot protection and CDN security: what a site needs to work safely. Sources: Stripe
// "Cookies and similar technologies" (stripe.com/cookie-settings) and Stripe.js docs; Cloudflare
// docs "Cloudflare Cookies"; hCaptcha and PayPal privacy notices.
import { service } from './entry.js';

/** Stripe.js / Stripe Checkout: payments and fraud prevention. */
export const stripe = /* @__PURE__ */ service({
  id: 'stripe',
  name: 'Stripe',
  provider: 'Stripe, Inc.',
  purpose: 'Takes card payments and prevents fraud.',
  category: 'necessary',
  privacyPolicyUrl: 'https://stripe.com/privacy',
  cookies: [
    { name: '__stripe_mid', retention: '1 year', purpose: 'Fraud prevention' },
    { name: '__stripe_sid', retention: '30 minutes', purpose: 'Fraud prevention' },
  ],
  hosts: ['js.stripe.com', 'm.stripe.network', 'api.stripe.com', 'hooks.stripe.com'],
});

/** PayPal checkout buttons. */
export const paypal = /* @__PURE__ */ service({
  id: 'paypal',
  name: 'PayPal',
  provider: 'PayPal (Europe) S.à r.l. et Cie, S.C.A.',
  purpose: 'Takes payments and prevents fraud.',
  category: 'necessary',
  privacyPolicyUrl: 'https://www.paypal.com/webapps/mpp/ua/privacy-full',
  hosts: ['www.paypal.com', 'www.paypalobjects.com'],
});

/** Cloudflare Bot Management, challenges and load balancing, in front of the site. */
export const cloudflare = /* @__PURE__ */ service({
  id: 'cloudflare',
  name: 'Cloudflare',
  provider: 'Cloudflare, Inc.',
  purpose: 'Protects the site from bots and attacks and balances its load.',
  category: 'necessary',
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
  cookies: [
    { name: '__cf_bm', retention: '30 minutes', purpose: 'Bot management' },
    { name: 'cf_clearance', retention: 'as the site’s Challenge Passage setting (default 30 minutes)', purpose: 'A challenge was passed' },
    { name: '_cfuvid', retention: 'session', purpose: 'Rate limiting shared by visitors of one IP address' },
    { name: '__cflb', retention: 'as the load balancer’s session affinity setting (default 23 hours)', purpose: 'Load balancing' },
  ],
  hosts: ['challenges.cloudflare.com'],
});

/** Cloudflare Turnstile: a CAPTCHA alternative. */
export const cloudflareTurnstile = /* @__PURE__ */ service({
  id: 'cloudflare-turnstile',
  name: 'Cloudflare Turnstile',
  provider: 'Cloudflare, Inc.',
  purpose: 'Protects forms from bots without a puzzle.',
  category: 'necessary',
  privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
  hosts: ['challenges.cloudflare.com'],
});

/** hCaptcha. */
export const hCaptcha = /* @__PURE__ */ service({
  id: 'hcaptcha',
  name: 'hCaptcha',
  provider: 'Intuition Machines, Inc.',
  purpose: 'Protects forms from spam and abuse by telling people from automated software.',
  category: 'necessary',
  privacyPolicyUrl: 'https://www.hcaptcha.com/privacy',
  hosts: ['js.hcaptcha.com', 'hcaptcha.com', '*.hcaptcha.com'],
});
