// @assent/core/catalogue — well-known services as ready-made service definitions, one export per
// service, written from each vendor's public documentation. Each entry is a plain frozen object a
// site passes to `createConsent({ services })` as it is; a bundler keeps only the entries imported.
// Each group file exports its entries and nothing else.
export * from './catalogue/google.js';
export * from './catalogue/advertising.js';
export * from './catalogue/analytics.js';
export * from './catalogue/experiments.js';
export * from './catalogue/cookieless.js';
export * from './catalogue/embeds.js';
export * from './catalogue/security.js';
export * from './catalogue/asia.js';
export { CATALOGUE, matchCookie, matchHost } from './catalogue/index.js';
export type { CatalogueEntry } from './catalogue/entry.js';
