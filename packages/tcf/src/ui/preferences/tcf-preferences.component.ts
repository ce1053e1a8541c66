import { LitElement, html, nothing } from 'lit';
import { isSafeUrl } from '@assent/core';
import type { CategoryTexts, ShownContent, Theme } from '@assent/banner';
import type { TcfChoices, TcfController } from '../../types.js';
import type { TcfMessages } from '../messages/types.js';
import { defaultChoices, disclosure } from '../shared/disclosure.js';
import type { IabTexts } from '../shared/iab-texts.js';
import { choiceFlags, decideWithHash } from '../shared/decide.js';
import { AssentTcfDecidedEvent, AssentTcfPreferencesClosedEvent, type TcfSection } from '../events/tcf-events.js';
import { dialogSheets } from './dialog-sheets.js';
import { tcfPreferencesStyles } from './tcf-preferences.styles.js';
import {
  googleAtpSection,
  informationSection,
  publisherSection,
  purposesSection,
  siteSection,
  specialFeaturesSection,
  vendorsSection,
  type ChoiceKind,
  type SectionContext,
} from './sections.js';

const FOCUSABLE = 'button, input, a[href], summary';
const NECESSARY = 'necessary';

/** The element that has focus, looking through open shadow roots (the opener may sit in one). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

const copy = (choices: TcfChoices): TcfChoices => Object.fromEntries(Object.entries(choices).map(([kind, ids]) => [kind, [...ids]])) as unknown as TcfChoices;

/**
 * The TCF second layer, a modal dialog like `<assent-preferences>`: purposes with a consent switch
 * and, where a vendor claims legitimate interest, a switch to object (on until the person objects);
 * special purposes and features disclosed; special features opt-in; every vendor with its
 * switches, purposes, retention, data categories, storage and policy links (searchable); the
 * site's own categories; the publisher's purposes and Google's ATPs when configured. Save, Reject
 * all and Accept all alike. Escape or × closes without deciding; focus returns to the opener.
 *
 * @csspart dialog - the native `<dialog>`
 * @csspart header - title row
 * @csspart title - the heading
 * @csspart close-button - the close (×) button
 * @csspart body - the scrolling content
 * @csspart intro - the introduction
 * @csspart privacy-link - the link to the privacy notice
 * @csspart purpose - one purpose (also `special-purpose`, `feature`, `special-feature`, `publisher-purpose`, `google-atp`, `site-category`)
 * @csspart switch - every switch (also `<kind>-switch`, e.g. `purposeConsents-switch`, `vendorLegitimateInterests-switch`, `site-switch`)
 * @csspart details - a declaration's description and examples (`<details>`)
 * @csspart vendor-search - the vendor search field
 * @csspart vendors - the vendor list
 * @csspart vendor - one vendor (also `vendor-summary`, `vendor-facts`, `vendor-storage`, `vendor-privacy-link`, `vendor-legint-link`)
 * @csspart footer - the row of buttons
 * @csspart button - every footer button (also `save-button`, `reject-button`, `accept-button`)
 * @csspart status - the live region that announces "Preferences saved"
 * @cssproperty --assent-background - dialog background (all `--assent-*` tokens of `<assent-banner>` apply)
 * @event assent-tcf-decided - a decision was handed to the controller
 * @event assent-tcf-preferences-closed - the dialog closed (with or without a decision)
 *
 * @example
 * const dialog = document.createElement('assent-tcf-preferences');
 * Object.assign(dialog, { controller, messages: en, privacyPolicyUrl: '/privacy' });
 * document.body.append(dialog);
 * await dialog.show(footerLink);
 */
export class AssentTcfPreferences extends LitElement {
  static override styles = [...dialogSheets, tcfPreferencesStyles];

  static override properties = {
    controller: { attribute: false },
    messages: { attribute: false },
    iabTexts: { attribute: false },
    siteTexts: { attribute: false },
    privacyPolicyUrl: { attribute: 'privacy-policy-url' },
    theme: { reflect: true },
    choices: { state: true },
    siteChoices: { state: true },
    query: { state: true },
    status: { state: true },
  };

  declare controller?: TcfController;
  declare messages?: TcfMessages;
  /** The IAB's purpose texts in the shown language; the vendor list's English where absent. */
  declare iabTexts?: IabTexts;
  /** Names and descriptions of the site's own categories (the banner's locale texts). */
  declare siteTexts: Partial<Record<string, CategoryTexts>>;
  declare privacyPolicyUrl: string;
  declare theme: Theme;
  declare private choices: TcfChoices | undefined;
  declare private siteChoices: Record<string, boolean>;
  declare private query: string;
  declare private status: string;

  private initialChoices: TcfChoices | undefined;
  private initialSiteChoices: Record<string, boolean> = {};
  private opener: HTMLElement | undefined;
  private shownTexts: string[] = [];

  constructor() {
    super();
    this.privacyPolicyUrl = '';
    this.theme = 'auto';
    this.siteTexts = {};
    this.siteChoices = {};
    this.query = '';
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
   * Opens the dialog with every switch as the decision in effect has it (else consents off and
   * legitimate interests on), at `section`. Focus returns to `opener` (default: the focused
   * element) on close.
   */
  async show(opener: HTMLElement | undefined = deepActiveElement(), section: TcfSection = 'purposes'): Promise<void> {
    const { controller } = this;
    if (!controller?.gvl || this.isOpen) return;
    this.opener = opener;
    this.initialChoices = copy(controller.choices ?? defaultChoices(disclosure(controller.gvl, controller.options), controller.options));
    this.choices = copy(this.initialChoices);
    const { store } = controller;
    this.initialSiteChoices = Object.fromEntries(store.config.categories.map((id) => [id, id === NECESSARY || store.granted(id)]));
    this.siteChoices = { ...this.initialSiteChoices };
    this.query = '';
    this.status = '';
    await this.updateComplete;
    this.dialog?.showModal();
    if (section === 'vendors') {
      const heading = this.shadowRoot?.getElementById('vendors');
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    }
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

  /** What the dialog shows, in display order, with the switches as they were when it opened. */
  shownContent(): ShownContent | undefined {
    if (!this.messages || !this.initialChoices) return undefined;
    const site = Object.fromEntries(Object.entries(this.initialSiteChoices).map(([id, on]) => [`site:${id}`, on]));
    return { locale: this.messages.lang, texts: [...this.shownTexts], choices: { ...choiceFlags(this.initialChoices), ...site } };
  }

  private decide(action: 'accept-all' | 'reject-all' | 'save') {
    const { controller, messages, choices } = this;
    const shown = this.shownContent();
    if (!controller || !messages || !shown || !choices) return;
    const saved = copy(choices);
    const site = { ...this.siteChoices, [NECESSARY]: true };
    void decideWithHash(shown, (context) => {
      if (action === 'accept-all') controller.acceptAll(context);
      else if (action === 'reject-all') controller.rejectAll(context);
      else controller.save(saved, site, context);
      this.hide();
      // Set after closing: a live region inside a closing modal may never be announced.
      this.status = messages.preferences.saved;
      this.dispatchEvent(new AssentTcfDecidedEvent(action));
    });
  }

  private toggle = (kind: ChoiceKind, id: number) => (event: Event) => {
    if (!this.choices) return;
    const on = (event.target as HTMLInputElement).checked;
    const ids = this.choices[kind].filter((other) => other !== id);
    this.choices = { ...this.choices, [kind]: on ? [...ids, id].sort((a, b) => a - b) : ids };
  };

  private onClose = () => {
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = undefined;
    this.dispatchEvent(new AssentTcfPreferencesClosedEvent());
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

  private context(): SectionContext | undefined {
    const { controller, messages, choices } = this;
    const gvl = controller?.gvl;
    if (!controller || !messages || !gvl || !choices) return undefined;
    const texts: string[] = [];
    this.shownTexts = texts;
    const { store } = controller;
    return {
      gvl,
      used: disclosure(gvl, controller.options),
      messages,
      iabTexts: this.iabTexts,
      options: controller.options,
      t: (text) => {
        if (text) texts.push(text);
        return text;
      },
      isOn: (kind, id) => choices[kind].includes(id),
      toggle: this.toggle,
      query: this.query,
      site: {
        categories: store.config.categories,
        services: store.config.services.map(({ id, name, category }) => ({ id, name, category })),
        texts: this.siteTexts,
        isOn: (id) => this.siteChoices[id] === true,
        toggle: (id) => (event) => (this.siteChoices = { ...this.siteChoices, [id]: (event.target as HTMLInputElement).checked }),
      },
    };
  }

  protected override render() {
    const context = this.context();
    if (!context) return nothing;
    const { messages, t } = context;
    const { preferences, actions } = messages;
    const link = isSafeUrl(this.privacyPolicyUrl);
    return html`<p class="visually-hidden" role="status" part="status">${this.status}</p>
      <dialog part="dialog" aria-labelledby="title" @close=${this.onClose} @keydown=${this.onKeydown}>
        <div class="header" part="header">
          <h2 class="title" id="title" part="title">${t(preferences.title)}</h2>
          <button type="button" class="close" part="close-button" aria-label=${t(actions.close)} @click=${() => this.hide()}>
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M4 4l12 12M16 4L4 16" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" /></svg>
          </button>
        </div>
        <div class="body" part="body">
          <p class="intro" part="intro">
            ${t(preferences.intro)} ${link ? html`<a part="privacy-link" href=${this.privacyPolicyUrl}>${t(messages.privacyLink)}</a>` : nothing}
          </p>
          ${purposesSection(context)}
          ${specialFeaturesSection(context)}
          ${informationSection(context, 'specialPurposes', preferences.specialPurposesHeading)}
          ${informationSection(context, 'features', preferences.featuresHeading)}
          ${vendorsSection(context, (event) => (this.query = (event.target as HTMLInputElement).value))}
          ${googleAtpSection(context)}
          ${publisherSection(context)}
          ${siteSection(context)}
        </div>
        <div class="footer actions" part="footer">
          <button type="button" class="button" part="button save-button" @click=${() => this.decide('save')}>${t(actions.save)}</button>
          <button type="button" class="button" part="button reject-button" @click=${() => this.decide('reject-all')}>${t(actions.rejectAll)}</button>
          <button type="button" class="button" part="button accept-button" @click=${() => this.decide('accept-all')}>${t(actions.acceptAll)}</button>
        </div>
      </dialog>`;
  }
}
