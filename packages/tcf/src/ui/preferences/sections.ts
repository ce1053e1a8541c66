// The dialog's sections as template functions over one context, so the element file keeps state,
// focus and decisions only. Every text goes through `t()`, which records it for the text hash
// in display order.
import { html, nothing, type TemplateResult } from 'lit';
import { isSafeUrl } from '@assent/core';
import type { CategoryTexts } from '@assent/banner';
import type { GVL, Vendor } from '@iabtechlabtcf/core';
import type { TcfChoices, TcfOptions } from '../../types.js';
import type { TcfMessages } from '../messages/types.js';
import { fill, plural } from '../messages/load-messages.js';
import { vendorUrls, type Disclosure } from '../shared/disclosure.js';
import { dataCategoryName, declaration, type DeclarationKind, type IabTexts } from '../shared/iab-texts.js';

/** One list of ids in {@link TcfChoices}, i.e. one kind of switch. */
export type ChoiceKind = keyof TcfChoices;

/** What the section templates read and call. */
export interface SectionContext {
  gvl: GVL;
  used: Disclosure;
  messages: TcfMessages;
  iabTexts: IabTexts | undefined;
  options: TcfOptions;
  /** Records a shown text (for the text hash) and returns it. */
  t(text: string): string;
  isOn(kind: ChoiceKind, id: number): boolean;
  toggle(kind: ChoiceKind, id: number): (event: Event) => void;
  /** The vendor search; vendors not matching are hidden, not removed (the hash covers them all). */
  query: string;
  site: {
    categories: string[];
    services: { id: string; name: string; category: string }[];
    texts: Partial<Record<string, CategoryTexts>>;
    isOn(category: string): boolean;
    toggle(category: string): (event: Event) => void;
  };
}

const NECESSARY = 'necessary';

function choiceSwitch(context: SectionContext, kind: ChoiceKind, id: number, label: string, nameId: string, hint?: string): TemplateResult {
  const inputId = `${kind}-${id}`;
  return html`<div class="toggle-row">
    <span>
      <label id="${inputId}-label" for=${inputId}>${context.t(label)}</label>
      ${hint ? html`<span class="hint" id="${inputId}-hint">${context.t(hint)}</span>` : nothing}
    </span>
    <input
      type="checkbox"
      role="switch"
      class="switch"
      part="switch ${kind}-switch"
      id=${inputId}
      aria-labelledby="${inputId}-label ${nameId}"
      aria-describedby=${hint ? `${inputId}-hint` : nothing}
      .checked=${context.isOn(kind, id)}
      @change=${context.toggle(kind, id)}
    />
  </div>`;
}

function explanation(context: SectionContext, kind: DeclarationKind, id: number, vendorCount: number): TemplateResult {
  const { messages, t } = context;
  const { description, illustrations } = declaration(context.gvl, context.iabTexts, kind, id);
  return html`<details part="details">
    <summary>${t(messages.preferences.details)}</summary>
    <p class="item-description">${t(description)}</p>
    ${
      illustrations.length
        ? html`<p class="item-description">${t(messages.preferences.illustrations)}</p>
          <ul class="illustrations">${illustrations.map((text) => html`<li>${t(text)}</li>`)}</ul>`
        : nothing
    }
    <p class="count">${t(plural(messages.lang, messages.preferences.vendorCount, vendorCount))}</p>
  </details>`;
}

const vendorsDeclaring = (vendors: Vendor[], pick: (vendor: Vendor) => number[], id: number) => vendors.filter((vendor) => pick(vendor).includes(id)).length;

/** Purposes: a consent switch where consent is asked, a right-to-object switch where legitimate interest is claimed. */
export function purposesSection(context: SectionContext): TemplateResult {
  const { used, messages, t } = context;
  const { preferences } = messages;
  return html`<h3 class="section-heading" id="purposes" tabindex="-1">${t(preferences.purposesHeading)}</h3>
    ${used.purposes.map((id) => {
      const { name } = declaration(context.gvl, context.iabTexts, 'purposes', id);
      const nameId = `purpose-name-${id}`;
      const count = vendorsDeclaring(used.vendors, (v) => [...v.purposes, ...v.legIntPurposes, ...v.flexiblePurposes], id);
      return html`<div role="group" class="category" part="purpose" aria-labelledby=${nameId}>
        <h4 class="category-name" id=${nameId}>${t(name)}</h4>
        ${used.consentPurposes.includes(id) ? choiceSwitch(context, 'purposeConsents', id, preferences.consent, nameId) : nothing}
        ${used.legitimateInterestPurposes.includes(id) ? choiceSwitch(context, 'purposeLegitimateInterests', id, preferences.legitimateInterest, nameId, preferences.objectHint) : nothing}
        ${explanation(context, 'purposes', id, count)}
      </div>`;
    })}`;
}

/** Special purposes and features: disclosed, no choice (TCF). */
export function informationSection(context: SectionContext, kind: 'specialPurposes' | 'features', heading: string): TemplateResult | typeof nothing {
  const ids = context.used[kind];
  if (!ids.length) return nothing;
  const { t, messages } = context;
  return html`<h3 class="section-heading">${t(heading)}</h3>
    ${ids.map((id) => {
      const { name } = declaration(context.gvl, context.iabTexts, kind, id);
      return html`<div role="group" class="category" part=${kind === 'features' ? 'feature' : 'special-purpose'} aria-labelledby="${kind}-name-${id}">
        <h4 class="category-name" id="${kind}-name-${id}">${t(name)}</h4>
        <span class="info-only">${t(messages.preferences.infoOnly)}</span>
        ${explanation(
          context,
          kind,
          id,
          vendorsDeclaring(context.used.vendors, (v) => v[kind], id),
        )}
      </div>`;
    })}`;
}

/** Special features: opt-in only. */
export function specialFeaturesSection(context: SectionContext): TemplateResult | typeof nothing {
  const { used, messages, t } = context;
  if (!used.specialFeatures.length) return nothing;
  return html`<h3 class="section-heading">${t(messages.preferences.specialFeaturesHeading)}</h3>
    ${used.specialFeatures.map((id) => {
      const { name } = declaration(context.gvl, context.iabTexts, 'specialFeatures', id);
      const nameId = `special-feature-name-${id}`;
      return html`<div role="group" class="category" part="special-feature" aria-labelledby=${nameId}>
        <h4 class="category-name" id=${nameId}>${t(name)}</h4>
        ${choiceSwitch(context, 'specialFeatureOptins', id, messages.preferences.consent, nameId)}
        ${explanation(
          context,
          'specialFeatures',
          id,
          vendorsDeclaring(used.vendors, (v) => v.specialFeatures, id),
        )}
      </div>`;
    })}`;
}

function names(context: SectionContext, kind: DeclarationKind, ids: number[], retention?: Record<string, number>): TemplateResult {
  const { t, messages, gvl, iabTexts } = context;
  return html`<ul class="plain-list">
    ${ids.map((id) => {
      const days = retention?.[id];
      return html`<li>${t(declaration(gvl, iabTexts, kind, id).name)}${days !== undefined ? html` (${t(plural(messages.lang, messages.preferences.retention, days))})` : nothing}</li>`;
    })}
  </ul>`;
}

function vendorItem(context: SectionContext, vendor: Vendor): TemplateResult {
  const { used, messages, t, gvl } = context;
  const { preferences } = messages;
  const nameId = `vendor-name-${vendor.id}`;
  const { privacy, legIntClaim } = vendorUrls(vendor, messages.lang);
  const retention = vendor.dataRetention;
  const categories = (vendor.dataDeclaration ?? []).map((id) => dataCategoryName(gvl, context.iabTexts, id)).filter((name): name is string => Boolean(name));
  const cookieDays = vendor.cookieMaxAgeSeconds === null ? undefined : Math.ceil(vendor.cookieMaxAgeSeconds / 86400);
  const facts: [string, number[], DeclarationKind, Record<string, number>?][] = [
    [preferences.vendorPurposes, [...new Set([...vendor.purposes, ...vendor.flexiblePurposes])].sort((a, b) => a - b), 'purposes', retention?.purposes],
    [preferences.vendorLegIntPurposes, vendor.legIntPurposes, 'purposes', retention?.purposes],
    [preferences.vendorSpecialPurposes, vendor.specialPurposes, 'specialPurposes', retention?.specialPurposes],
    [preferences.vendorFeatures, vendor.features, 'features'],
    [preferences.vendorSpecialFeatures, vendor.specialFeatures, 'specialFeatures'],
  ];
  const matches = vendor.name.toLowerCase().includes(context.query.trim().toLowerCase());
  return html`<div class="vendor" part="vendor" data-vendor=${vendor.id} ?hidden=${!matches}>
    <details>
      <summary part="vendor-summary"><bdi id=${nameId}>${t(vendor.name)}</bdi></summary>
      ${used.consentVendors.includes(vendor.id) ? choiceSwitch(context, 'vendorConsents', vendor.id, preferences.consent, nameId) : nothing}
      ${used.legitimateInterestVendors.includes(vendor.id) ? choiceSwitch(context, 'vendorLegitimateInterests', vendor.id, preferences.legitimateInterest, nameId, preferences.objectHint) : nothing}
      <dl class="vendor-facts" part="vendor-facts">
        ${facts.map(([label, ids, kind, days]) => (ids.length ? html`<dt>${t(label)}</dt><dd>${names(context, kind, ids, days)}</dd>` : nothing))}
        ${categories.length ? html`<dt>${t(preferences.dataCategories)}</dt><dd>${t(categories.join(', '))}</dd>` : nothing}
      </dl>
      <ul class="plain-list" part="vendor-storage">
        ${retention?.stdRetention !== undefined ? html`<li>${t(plural(messages.lang, preferences.retention, retention.stdRetention))}</li>` : nothing}
        <li>${t(!vendor.usesCookies ? preferences.noCookies : cookieDays ? plural(messages.lang, preferences.cookieMaxAge, cookieDays) : preferences.sessionCookies)}</li>
        ${vendor.usesNonCookieAccess ? html`<li>${t(preferences.nonCookieAccess)}</li>` : nothing}
      </ul>
      <p class="vendor-links">
        ${isSafeUrl(privacy) ? html`<a part="vendor-privacy-link" href=${privacy} target="_blank" rel="noopener noreferrer">${t(preferences.privacyPolicy)}</a>` : nothing}
        ${
          vendor.legIntPurposes.length && isSafeUrl(legIntClaim)
            ? html`<a part="vendor-legint-link" href=${legIntClaim} target="_blank" rel="noopener noreferrer">${t(preferences.legIntClaim)}</a>`
            : nothing
        }
      </p>
    </details>
  </div>`;
}

/** The vendors, searchable by name, each with its switches and disclosures. */
export function vendorsSection(context: SectionContext, onSearch: (event: Event) => void): TemplateResult {
  const { used, messages, t } = context;
  const { preferences } = messages;
  const anyMatch = used.vendors.some((vendor) => vendor.name.toLowerCase().includes(context.query.trim().toLowerCase()));
  return html`<h3 class="section-heading" id="vendors" tabindex="-1">
      ${t(preferences.vendorsHeading)} (${new Intl.NumberFormat(messages.lang).format(used.vendors.length)})
    </h3>
    <div class="search">
      <label for="vendor-search">${t(preferences.searchVendors)}</label>
      <input id="vendor-search" type="search" part="vendor-search" .value=${context.query} @input=${onSearch} />
    </div>
    <div part="vendors">${used.vendors.map((vendor) => vendorItem(context, vendor))}</div>
    <p class="count" role="status">${anyMatch ? '' : preferences.noVendorMatches}</p>`;
}

/** The site's own categories (Assent's), necessary always on, each with its services named. */
export function siteSection(context: SectionContext): TemplateResult | typeof nothing {
  const { site, messages, t } = context;
  if (!site.categories.length) return nothing;
  return html`<h3 class="section-heading">${t(messages.preferences.siteHeading)}</h3>
    ${site.categories.map((id) => {
      const texts = site.texts[id] ?? { name: id, description: '' };
      const services = site.services.filter((service) => service.category === id);
      return html`<div role="group" class="category" part="site-category" aria-labelledby="site-name-${id}">
        <div class="category-header">
          ${
            id === NECESSARY
              ? html`<h4 class="category-name" id="site-name-${id}">${t(texts.name)}</h4>
                <span class="always-active">${t(messages.preferences.alwaysActive)}</span>`
              : html`<h4 class="category-name" id="site-name-${id}"><label for="site-${id}">${t(texts.name)}</label></h4>
                <input type="checkbox" role="switch" class="switch" part="switch site-switch" id="site-${id}" .checked=${site.isOn(id)} @change=${site.toggle(id)} />`
          }
        </div>
        ${texts.description ? html`<p class="category-description">${t(texts.description)}</p>` : nothing}
        ${
          services.length
            ? html`<p class="count">${t(messages.preferences.services)}: ${services.map((service, index) => html`${index ? ', ' : ''}<bdi>${t(service.name)}</bdi>`)}</p>`
            : nothing
        }
      </div>`;
    })}`;
}

/** The publisher's own TCF purposes (the PublisherTC segment), when the site declares any. */
export function publisherSection(context: SectionContext): TemplateResult | typeof nothing {
  const { consent = [], legitimateInterest = [] } = context.options.publisherPurposes ?? {};
  const ids = [...new Set([...consent, ...legitimateInterest])].sort((a, b) => a - b);
  if (!ids.length) return nothing;
  const { t, messages } = context;
  return html`<h3 class="section-heading">${t(messages.preferences.publisherPurposesHeading)}</h3>
    ${ids.map((id) => {
      const nameId = `publisher-name-${id}`;
      return html`<div role="group" class="category" part="publisher-purpose" aria-labelledby=${nameId}>
        <h4 class="category-name" id=${nameId}>${t(declaration(context.gvl, context.iabTexts, 'purposes', id).name)}</h4>
        ${consent.includes(id) ? choiceSwitch(context, 'publisherConsents', id, messages.preferences.consent, nameId) : nothing}
        ${legitimateInterest.includes(id) ? choiceSwitch(context, 'publisherLegitimateInterests', id, messages.preferences.legitimateInterest, nameId, messages.preferences.objectHint) : nothing}
      </div>`;
    })}`;
}

/** Google's Additional Consent providers (not on the GVL), consent only; named by id. */
export function googleAtpSection(context: SectionContext): TemplateResult | typeof nothing {
  const ids = context.options.googleAtpIds ?? [];
  if (!ids.length) return nothing;
  const { t, messages } = context;
  return html`<h3 class="section-heading">${t(messages.preferences.googleAtpHeading)}</h3>
    <p class="category-description">${t(messages.preferences.googleAtpIntro)}</p>
    ${ids.map((id) => {
      const nameId = `atp-name-${id}`;
      return html`<div role="group" class="category" part="google-atp" aria-labelledby=${nameId}>
        <h4 class="category-name" id=${nameId}>${t(fill(messages.preferences.atpProvider, { id }))}</h4>
        ${choiceSwitch(context, 'googleAtpConsents', id, messages.preferences.consent, nameId)}
      </div>`;
    })}`;
}
