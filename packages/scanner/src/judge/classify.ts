import { CATALOGUE, type CatalogueEntry, matchCookie, matchHost } from '@assent/core/catalogue';
import type { DeclaredService, PageAssent, ServiceMatch, StorageObservation } from '../report/types.js';
import { matchesAny } from '../site/patterns.js';

/**
 * What a cookie, storage key or request host belongs to: Assent itself, a service the page
 * declares, a catalogue service, or nothing known.
 */
export interface Classification {
  /** Assent's own consent cookie and storage: necessary by definition. */
  own: boolean;
  /** Declared by a service of the page's config. */
  declared: boolean;
  service?: ServiceMatch;
  /** The category when known (from the config, else the catalogue); `undefined` when unknown. */
  category?: string;
  /** The catalogue entry that knows it, for proposals. */
  catalogue?: CatalogueEntry;
}

const NECESSARY = 'necessary';
// Assent's own storage: IndexedDB `assent` (decisions) and `assent-outbox`, localStorage
// `assent-outbox` and `assent-texts`. Recognised on pages without `window.assent` too (an app that
// does not expose its store still runs Assent).
const OWN_STORAGE = /^assent(?:-|$)/;

/**
 * Whether a classification puts something in a category that needs consent, and the page had not
 * granted it (`granted`: the ids `window.assent.granted()` allowed in that pass, when known).
 */
export const needsConsent = (found: Classification, granted: readonly string[] = []): boolean =>
  !found.own &&
  found.category !== undefined &&
  found.category !== NECESSARY &&
  !granted.includes(found.category) &&
  !(found.service?.source === 'config' && granted.includes(found.service.id));

const fromConfig = (service: DeclaredService): Classification => ({
  own: false,
  declared: true,
  category: service.category,
  service: { id: service.id, name: service.name, category: service.category, source: 'config' },
});

const fromCatalogue = (entry: CatalogueEntry | undefined): Classification =>
  entry
    ? {
        own: false,
        declared: false,
        category: entry.category,
        catalogue: entry,
        service: { id: entry.id, name: entry.name, category: entry.category, source: 'catalogue' },
      }
    : { own: false, declared: false };

/**
 * Classifies a cookie by name.
 *
 * @example
 * classifyCookie('_ga', assent).category; // 'analytics' when a declared service lists `_ga`
 */
export function classifyCookie(name: string, assent: PageAssent | undefined): Classification {
  if (assent && name === assent.cookieName) return { own: true, declared: true, category: NECESSARY };
  const declared = assent?.services.find((service) => matchesAny(service.cookies, name));
  return declared ? fromConfig(declared) : fromCatalogue(matchCookie(name));
}

/**
 * Classifies a storage key (localStorage and sessionStorage by the services' `localStorage`
 * patterns) or an IndexedDB database name.
 *
 * @example
 * classifyStorage({ area: 'localStorage', origin: 'https://example.com', name: '_hjid' }, assent);
 */
export function classifyStorage(storage: StorageObservation, assent: PageAssent | undefined): Classification {
  if (OWN_STORAGE.test(storage.name)) return { own: true, declared: true, category: NECESSARY };
  if (storage.area === 'indexedDB') return { own: false, declared: false };
  const declared = assent?.services.find((service) => matchesAny(service.localStorage, storage.name));
  if (declared) return fromConfig(declared);
  return fromCatalogue(CATALOGUE.find((entry) => matchesAny(entry.localStorage ?? [], storage.name)));
}

/**
 * Classifies a request host by the services' `hosts` (and the hosts their gated scripts load
 * from), else the catalogue.
 *
 * @example
 * classifyHost('www.google-analytics.com', undefined).service?.id; // 'google-analytics'
 */
export function classifyHost(host: string, assent: PageAssent | undefined): Classification {
  const declared = assent?.services.find((service) => matchesAny(service.hosts, host));
  return declared ? fromConfig(declared) : fromCatalogue(matchHost(host));
}
