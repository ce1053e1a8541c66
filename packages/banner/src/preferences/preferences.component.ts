import { LitElement, html, nothing } from 'lit';
import { isSafeUrl, type ConsentStore, type ServiceDefinition } from '@assent/core';
import type { CategoryTexts, ResolvedMessages } from '../locales/types.js';
import type { ShownContent } from '../text-hash/index.js';
import type { Theme } from '../banner/banner.component.js';
import { decideWithHash, type DecisionAction } from '../shared/decide.js';
import { buttonStyles, themeStyles } from '../shared/theme.styles.js';
import { preferencesStyles } from './preferences.styles.js';

const NECESSARY = 'necessary';
const FOCUSABLE = 'button, input, a[href], summary';

/** The element that has focus, looking through open shadow roots (the opener may sit in one). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * The preferences dialog: every category with its description and switch (necessary shown as
 * always active), the services of each with their own switch and cookie table, and Save, Reject
 * all, Accept all alike. A category's switch sets all its services and shows them: on when all
 * are on, off when none is, mixed (a native indeterminate checkbox) otherwise. Save records only
 * what the person changed, so a service allowed elsewhere (an embed placeholder) stays allowed. A native `<dialog>` opened with `showModal()` makes the page inert; Escape closes it, Tab
 * wraps inside it, and focus returns to the control that opened it. Closing decides nothing.
 * Labels and the dialog live in one shadow root, because ARIA id references cannot cross roots.
 *
 * @csspart dialog - the native `<dialog>`
 * @csspart header - title row
 * @csspart title - the heading
 * @csspart close-button - the close (×) button
 * @csspart body - the scrolling content
 * @csspart intro - the introduction
 * @csspart privacy-link - the link to the privacy notice
 * @csspart note - the "opt-out honoured" line when a GPC signal is on
 * @csspart category - one category
 * @csspart category-header - name and switch row
 * @csspart category-name - a category's name
 * @csspart category-description - a category's description
 * @csspart switch - a category switch (`<input type=checkbox>`, which can be mixed) or a service
 *   switch (`<input type=checkbox role=switch>`, also `service-switch`)
 * @csspart always-active - the "always active" label of necessary cookies
 * @csspart services - a category's expandable service list (`<details>`)
 * @csspart services-summary - its `<summary>`
 * @csspart service - one service
 * @csspart service-header - a service's name and switch row
 * @csspart service-name - a service's name
 * @csspart service-details - provider and purpose
 * @csspart service-privacy-link - link to a service's privacy policy
 * @csspart cookie-table - a service's cookie table
 * @csspart footer - the row of buttons
 * @csspart button - every footer button (also `save-button`, `reject-button`, `accept-button`)
 * @csspart status - the live region that announces "Preferences saved"
 * @cssproperty --assent-background - dialog background (all `--assent-*` tokens of `<assent-banner>` apply)
 *
 * @example
 * const dialog = document.createElement('assent-preferences');
 * Object.assign(dialog, { store, messages: mergeMessages(en), privacyPolicyUrl: '/privacy' });
 * document.body.append(dialog);
 * await dialog.show(footerLink);
 */
export class AssentPreferences extends LitElement {
  static override styles = [themeStyles, buttonStyles, preferencesStyles];

  static override properties = {
    store: { attribute: false },
    messages: { attribute: false },
    privacyPolicyUrl: { attribute: 'privacy-policy-url' },
    theme: { reflect: true },
    choices: { state: true },
    status: { state: true },
  };

  declare store?: ConsentStore;
  declare messages?: ResolvedMessages;
  declare privacyPolicyUrl: string;
  declare theme: Theme;
  declare private choices: Record<string, boolean>;
  declare private status: string;

  private initialChoices: Record<string, boolean> = {};
  private opener: HTMLElement | undefined;

  constructor() {
    super();
    this.privacyPolicyUrl = '';
    this.theme = 'auto';
    this.choices = {};
    this.status = '';
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.shadowRoot?.querySelector('dialog');
  }

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return this.dialog?.open === true;
  }

  /**
   * Opens the dialog with every category and service switch set to what applies now (nothing
   * pre-ticked in opt-in regimes before a decision). Focus returns to `opener` (default: the
   * focused element) on close.
   */
  async show(opener: HTMLElement | undefined = deepActiveElement()): Promise<void> {
    if (!this.store || this.isOpen) return;
    this.opener = opener;
    const { store } = this;
    this.initialChoices = Object.fromEntries(Object.keys(store.config.owners).map((id) => [id, store.granted(id)]));
    this.choices = { ...this.initialChoices };
    this.status = '';
    await this.updateComplete;
    this.dialog?.showModal();
  }

  /** Closes the dialog without deciding anything. */
  hide(): void {
    this.dialog?.close();
  }

  protected override willUpdate(): void {
    if (this.messages) {
      this.lang = this.messages.lang;
      this.dir = this.messages.dir;
    }
  }

  // The element may be used without createConsentUi(), which refuses such URLs: link to none of them.
  private privacyLink(): boolean {
    return isSafeUrl(this.privacyPolicyUrl);
  }

  /** What the dialog shows, in display order, with the switches as they were when it opened. */
  shownContent(): ShownContent | undefined {
    const { store, messages } = this;
    if (!store || !messages) return undefined;
    const { preferences, actions } = messages;
    const texts = [
      preferences.title,
      actions.close,
      preferences.intro,
      this.privacyLink() ? messages.privacyLink : '',
      store.config.gpc ? messages.optOut.gpcHonoured : '',
    ];
    for (const id of store.config.categories) {
      const category = this.categoryTexts(id);
      texts.push(category.name, id === NECESSARY ? preferences.alwaysActive : '', category.description);
      const services = this.servicesOf(id);
      if (services.length) texts.push(this.summary(category, services));
      for (const service of services) {
        texts.push(service.name, preferences.provider, service.provider, preferences.purpose, service.purpose, preferences.privacyPolicy);
        if (service.cookies?.length) texts.push(preferences.cookie, preferences.provider, preferences.purpose, preferences.retention);
        for (const cookie of service.cookies ?? [])
          texts.push(cookie.name, cookie.domain ?? service.provider, cookie.purpose ?? service.purpose, cookie.retention);
      }
    }
    texts.push(actions.save, actions.rejectAll, actions.acceptAll);
    return { locale: messages.lang, texts: texts.filter(Boolean), choices: this.initialChoices };
  }

  private categoryTexts(id: string): CategoryTexts {
    return this.messages?.categories[id] ?? { name: id, description: '' };
  }

  // A function, so a `$&` or `$'` in a site's category name is not read as a replacement pattern.
  private summary(category: CategoryTexts, services: ServiceDefinition[]): string {
    return `${this.messages!.preferences.services.replace('{category}', () => category.name)} (${services.length})`;
  }

  private servicesOf(category: string): ServiceDefinition[] {
    return this.store?.config.services.filter((service) => service.category === category) ?? [];
  }

  private decide(action: DecisionAction): void {
    const { store, messages } = this;
    const shown = this.shownContent();
    if (!store || !messages || !shown) return;
    void decideWithHash(store, shown, action).then(() => {
      this.hide();
      // Set after closing: a live region inside a closing modal may never be announced.
      this.status = messages.preferences.saved;
    });
  }

  // Only what differs from the decision in effect: sending an untouched category would carry its
  // value onto every service in it, revoking one allowed on its own (an embed placeholder). A
  // service of a changed category is sent too, so the category's new value cannot carry onto it.
  private save = () => {
    const { choices, initialChoices } = this;
    const owners = this.store!.config.owners;
    const changed = (id: string) => choices[id] !== initialChoices[id];
    const update = Object.fromEntries(
      Object.keys(choices)
        .filter((id) => changed(id) || changed(owners[id]!))
        .map((id) => [id, choices[id]!]),
    );
    this.decide((store, context) => store.update(update, context));
  };

  // A category switch sets every one of its services; a service switch leaves the category itself
  // granted only while all its services are, so the category never grants more than was chosen.
  private toggle(id: string, category: string, event: Event) {
    const on = (event.target as HTMLInputElement).checked;
    const choices = { ...this.choices, [id]: on };
    const ids = this.servicesOf(category).map((service) => service.id);
    if (id === category) for (const service of ids) choices[service] = on;
    else choices[category] = ids.every((service) => choices[service]);
    this.choices = choices;
  }

  private onClose = () => {
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = undefined;
  };

  // Chromium lets Tab leave a modal dialog for the browser UI; keep it cycling inside (APG pattern).
  private onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !this.dialog) return;
    const focusable = [...this.dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = this.shadowRoot?.activeElement;
    if (event.shiftKey ? active === first || !active : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  };

  protected override render() {
    const { store, messages } = this;
    if (!store || !messages) return nothing;
    const { preferences, actions } = messages;
    return html`<p class="visually-hidden" role="status" part="status">${this.status}</p>
      <dialog part="dialog" aria-labelledby="title" @close=${this.onClose} @keydown=${this.onKeydown}>
        <div class="header" part="header">
          <h2 class="title" id="title" part="title">${preferences.title}</h2>
          <button type="button" class="close" part="close-button" aria-label=${actions.close} @click=${() => this.hide()}>
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M4 4l12 12M16 4L4 16" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>
          </button>
        </div>
        <div class="body" part="body">
          <p class="intro" part="intro">
            ${preferences.intro} ${this.privacyLink() ? html`<a part="privacy-link" href=${this.privacyPolicyUrl}>${messages.privacyLink}</a>` : nothing}
          </p>
          ${store.config.gpc ? html`<p class="note" part="note">${messages.optOut.gpcHonoured}</p>` : nothing}
          ${store.config.categories.map((id) => this.renderCategory(id))}
        </div>
        <div class="footer actions" part="footer">
          <button type="button" class="button" part="button save-button" @click=${this.save}>${actions.save}</button>
          <button type="button" class="button" part="button reject-button" @click=${() => this.decide((s, context) => s.rejectAll(context))}>${actions.rejectAll}</button>
          <button type="button" class="button" part="button accept-button" @click=${() => this.decide((s, context) => s.acceptAll(context))}>${actions.acceptAll}</button>
        </div>
      </dialog>`;
  }

  private renderCategory(id: string) {
    const texts = this.categoryTexts(id);
    const services = this.servicesOf(id);
    // The category counts as one of its own switches: off with all its services on (only some
    // things allowed one by one) is mixed, since what is gated by the category alone stays blocked.
    const on = [id, ...services.map((service) => service.id)].map((choice) => this.choices[choice] === true);
    const all = on.every(Boolean);
    return html`<section class="category" part="category" aria-labelledby="name-${id}">
      <div class="category-header" part="category-header">
        ${
          id === NECESSARY
            ? html`<h3 class="category-name" id="name-${id}" part="category-name">${texts.name}</h3>
              <span class="always-active" part="always-active">${this.messages!.preferences.alwaysActive}</span>`
            : html`<h3 class="category-name" id="name-${id}" part="category-name"><label for="switch-${id}">${texts.name}</label></h3>
              <input
                type="checkbox"
                class="switch"
                part="switch"
                id="switch-${id}"
                aria-describedby="description-${id}"
                .checked=${all}
                .indeterminate=${!all && on.some(Boolean)}
                @change=${(event: Event) => this.toggle(id, id, event)}
              />`
        }
      </div>
      <p class="category-description" id="description-${id}" part="category-description">${texts.description}</p>
      ${services.length ? this.renderServices(id, texts, services) : nothing}
    </section>`;
  }

  private renderServices(category: string, texts: CategoryTexts, services: ServiceDefinition[]) {
    const { preferences } = this.messages!;
    return html`<details part="services">
      <summary part="services-summary">${this.summary(texts, services)}</summary>
      ${services.map(
        (service) => html`<div class="service" part="service">
          ${
            category === NECESSARY
              ? html`<h4 class="service-name" part="service-name"><bdi>${service.name}</bdi></h4>`
              : html`<div class="service-header" part="service-header">
                <h4 class="service-name" part="service-name"><label for="switch-${service.id}"><bdi>${service.name}</bdi></label></h4>
                <input
                  type="checkbox"
                  role="switch"
                  class="switch"
                  part="switch service-switch"
                  id="switch-${service.id}"
                  .checked=${this.choices[service.id] === true}
                  @change=${(event: Event) => this.toggle(service.id, category, event)}
                />
              </div>`
          }
          <dl class="service-details" part="service-details">
            <dt>${preferences.provider}</dt>
            <dd><bdi>${service.provider}</bdi></dd>
            <dt>${preferences.purpose}</dt>
            <dd><bdi>${service.purpose}</bdi></dd>
          </dl>
          <a part="service-privacy-link" href=${service.privacyPolicyUrl}>${preferences.privacyPolicy}</a>
          ${
            service.cookies?.length
              ? html`<table part="cookie-table">
                <thead>
                  <tr>
                    <th scope="col">${preferences.cookie}</th>
                    <th scope="col">${preferences.provider}</th>
                    <th scope="col">${preferences.purpose}</th>
                    <th scope="col">${preferences.retention}</th>
                  </tr>
                </thead>
                <tbody>
                  ${service.cookies.map(
                    (cookie) => html`<tr>
                      <td data-label=${preferences.cookie}><code dir="ltr">${cookie.name}</code></td>
                      <td data-label=${preferences.provider}><bdi>${cookie.domain ?? service.provider}</bdi></td>
                      <td data-label=${preferences.purpose}><bdi>${cookie.purpose ?? service.purpose}</bdi></td>
                      <td data-label=${preferences.retention}><bdi>${cookie.retention}</bdi></td>
                    </tr>`,
                  )}
                </tbody>
              </table>`
              : nothing
          }
        </div>`,
      )}
    </details>`;
  }
}
