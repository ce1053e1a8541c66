import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { isSafeUrl } from '@assent/core';
import type { ShownContent, Theme } from '@assent/banner';
import type { TcfController } from '../../types.js';
import type { TcfMessages } from '../messages/types.js';
import { fill, plural } from '../messages/load-messages.js';
import { defaultChoices, disclosure, firstLayerSummary } from '../shared/disclosure.js';
import { declaration, type IabTexts } from '../shared/iab-texts.js';
import { choiceFlags, decideWithHash } from '../shared/decide.js';
import { AssentTcfDecidedEvent, AssentTcfOpenPreferencesEvent, type TcfSection } from '../events/tcf-events.js';
import { bannerSheets } from '../shared/styles.js';
import { tcfBannerStyles } from './tcf-banner.styles.js';

/**
 * The TCF first layer (TCF Policies, Appendix B): the purposes, stacks and special features in
 * use, the number of vendors with a way to their list, the legitimate-interest notice and the
 * right to object, that the choice applies to this site and how to change it, the privacy notice,
 * and Accept all / Reject all / Manage options alike (the banner's one button style). Nothing is
 * decided by closing: it has no close button and stays until a decision.
 *
 * @csspart base - the banner box
 * @csspart title - the heading
 * @csspart body - the introduction (with the number of vendors)
 * @csspart summary - the list of stacks, purposes and special features
 * @csspart legitimate-interest - the legitimate-interest and right-to-object notice
 * @csspart scope - where the choice applies and how to change it
 * @csspart vendor-list-link - opens the dialog at the vendor list
 * @csspart privacy-link - the privacy notice
 * @csspart actions - the row of buttons
 * @csspart button - every button (also `accept-button`, `reject-button`, `customise-button`)
 * @cssproperty --assent-accent - button background (all `--assent-*` tokens of `<assent-banner>` apply)
 * @event assent-tcf-open-preferences - Manage options or the vendor list was chosen
 * @event assent-tcf-decided - Accept all or Reject all was handed to the controller
 *
 * @example
 * const banner = document.createElement('assent-tcf-banner');
 * Object.assign(banner, { controller, messages: en, privacyPolicyUrl: '/privacy', open: true });
 * document.body.prepend(banner);
 */
export class AssentTcfBanner extends LitElement {
  static override styles = [...bannerSheets, tcfBannerStyles];
  static override properties = {
    controller: { attribute: false },
    messages: { attribute: false },
    iabTexts: { attribute: false },
    privacyPolicyUrl: { attribute: 'privacy-policy-url' },
    open: { type: Boolean, reflect: true },
    theme: { reflect: true },
  };

  declare controller?: TcfController;
  declare messages?: TcfMessages;
  /** The IAB's purpose texts in the shown language; the vendor list's English where absent. */
  declare iabTexts?: IabTexts;
  declare privacyPolicyUrl: string;
  declare open: boolean;
  declare theme: Theme;
  declare private cameFrom?: HTMLElement | null;

  constructor() {
    super();
    this.privacyPolicyUrl = '';
    this.open = false;
    this.theme = 'auto';
    this.addEventListener('focusin', (event) => event.relatedTarget !== this && (this.cameFrom = event.relatedTarget as HTMLElement | null));
  }

  declare private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.reserveSpace(false);
  }

  // A decision made anywhere (the dialog, another tab, the API) closes the first layer.
  private listen(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.controller?.store.subscribe(() => {
      if (this.controller && !this.controller.needsDecision) this.open = false;
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) this.reserveSpace(this.open);
  }

  // WCAG 2.2 2.4.11 (focus not obscured), as <assent-banner> does: while the fixed layer is open,
  // the page's scroll padding keeps focused content clear of it (set through the CSSOM, which a
  // strict CSP allows).
  declare private resizeObserver?: ResizeObserver;
  private reserveSpace(open: boolean): void {
    const root = document.documentElement.style;
    if (open) {
      this.resizeObserver ??= new ResizeObserver(() => (root.scrollPaddingBottom = `${window.innerHeight - this.getBoundingClientRect().top + 8}px`));
      this.resizeObserver.observe(this);
    } else if (this.resizeObserver) {
      this.resizeObserver.disconnect();
      root.scrollPaddingBottom = '';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('controller') && this.isConnected) this.listen();
    // Closing removes the focused button; focus moves on once the banner is gone (see focus()).
    if (changed.has('open') && !this.open && this.renderRoot?.querySelector(':focus')) void this.updateComplete.then(() => this.focus());
    if (this.messages) {
      this.lang = this.messages.lang;
      this.dir = this.messages.dir;
    }
  }

  /** While open: Manage options. Once closed: back where focus came from, else the floating button, else `<main>`. */
  override focus(options?: FocusOptions): void {
    if (this.open) this.renderRoot.querySelector<HTMLElement>('[part~=customise-button]')?.focus(options);
    else {
      const main = document.querySelector<HTMLElement>('main') ?? document.body;
      for (const target of [this.cameFrom, document.querySelector<HTMLElement>('assent-way-back'), main]) {
        if (target === main && !main.hasAttribute('tabindex')) main.tabIndex = -1;
        target?.focus(options);
        if (document.activeElement === target) break;
      }
    }
  }

  private view() {
    const { controller, messages } = this;
    const gvl = controller?.gvl;
    if (!controller || !messages || !gvl) return undefined;
    const used = disclosure(gvl, controller.options);
    const summary = firstLayerSummary(gvl, used);
    const { banner, actions } = messages;
    // Google's Ad Tech Providers receive data under Additional Consent: they are partners too.
    const count = used.vendors.length + (controller.options.googleAtpIds?.length ?? 0);
    const intro = fill(banner.intro, { partners: plural(messages.lang, banner.partners, count) });
    // Each list in the order of the lowest id it names; a stack of special features alone goes with them.
    const item = (part: string, kind: 'stacks' | 'purposes' | 'specialFeatures', id: number, order: number) => ({
      part,
      name: declaration(gvl, this.iabTexts, kind, id).name,
      order,
    });
    const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
    const purposes = [
      ...summary.stacks.filter((stack) => stack.purposes.length).map((stack) => item('stack', 'stacks', stack.id, Math.min(...stack.purposes))),
      ...summary.purposes.map((id) => item('purpose', 'purposes', id, id)),
    ].sort(byOrder);
    const specialFeatures = [
      ...summary.stacks.filter((stack) => !stack.purposes.length).map((stack) => item('stack', 'stacks', stack.id, Math.min(...stack.specialFeatures))),
      ...summary.specialFeatures.map((id) => item('special-feature', 'specialFeatures', id, id)),
    ].sort(byOrder);
    const legitimateInterest = used.legitimateInterestPurposes.length ? fill(banner.legitimateInterest, { manageOptions: actions.manageOptions }) : '';
    const scope = fill(banner.scope, { manageOptions: actions.manageOptions });
    const vendorList = plural(messages.lang, banner.vendorListLink, count);
    const link = isSafeUrl(this.privacyPolicyUrl) ? messages.privacyLink : '';
    const buttons = [
      { name: 'accept', label: actions.acceptAll },
      { name: 'reject', label: actions.rejectAll },
      { name: 'customise', label: actions.manageOptions },
    ];
    const texts = [
      banner.title,
      intro,
      ...(purposes.length ? [banner.purposesHeading] : []),
      ...purposes.map((entry) => entry.name),
      ...(specialFeatures.length ? [banner.specialFeaturesHeading] : []),
      ...specialFeatures.map((entry) => entry.name),
      legitimateInterest,
      scope,
      vendorList,
      link,
      ...buttons.map((button) => button.label),
    ].filter(Boolean);
    return { controller, used, messages, intro, purposes, specialFeatures, legitimateInterest, scope, vendorList, link, buttons, texts };
  }

  /** What this layer shows, in display order, with the choices in effect: the input of the text hash. */
  shownContent(): ShownContent | undefined {
    const view = this.view();
    if (!view) return undefined;
    const choices = view.controller.choices ?? defaultChoices(view.used, view.controller.options);
    return { locale: view.messages.lang, texts: view.texts, choices: choiceFlags(choices) };
  }

  private decide(action: 'accept-all' | 'reject-all') {
    const { controller } = this;
    const shown = this.shownContent();
    if (!controller || !shown) return;
    this.open = false;
    void decideWithHash(shown, (context) => {
      if (action === 'accept-all') controller.acceptAll(context);
      else controller.rejectAll(context);
      this.dispatchEvent(new AssentTcfDecidedEvent(action));
    });
  }

  // The banner itself is the opener: a choice in the dialog closes the banner too, and the banner
  // then knows where focus goes (focus()).
  private openPreferences(section: TcfSection) {
    this.dispatchEvent(new AssentTcfOpenPreferencesEvent(this, section));
  }

  protected override render() {
    const view = this.view();
    if (!view || !this.open) return nothing;
    const { banner } = view.messages;
    const run: Record<string, () => void> = {
      accept: () => this.decide('accept-all'),
      reject: () => this.decide('reject-all'),
      customise: () => this.openPreferences('purposes'),
    };
    return html`<section class="banner" part="base" aria-labelledby="title">
      <h2 class="title" id="title" part="title">${banner.title}</h2>
      <p class="body" part="body">${view.intro}</p>
      ${
        view.purposes.length
          ? html`<h3 class="subheading">${banner.purposesHeading}</h3>
            <ul class="summary" part="summary">
              ${view.purposes.map((entry) => html`<li part=${entry.part}>${entry.name}</li>`)}
            </ul>`
          : nothing
      }
      ${
        view.specialFeatures.length
          ? html`<h3 class="subheading">${banner.specialFeaturesHeading}</h3>
            <ul class="summary" part="summary">
              ${view.specialFeatures.map((entry) => html`<li part=${entry.part}>${entry.name}</li>`)}
            </ul>`
          : nothing
      }
      ${view.legitimateInterest ? html`<p class="body" part="legitimate-interest">${view.legitimateInterest}</p>` : nothing}
      <p class="body" part="scope">${view.scope}</p>
      <p class="links">
        <button type="button" class="link-button" part="vendor-list-link" @click=${() => this.openPreferences('vendors')}>${view.vendorList}</button>
        ${view.link ? html`<a part="privacy-link" href=${this.privacyPolicyUrl}>${view.link}</a>` : nothing}
      </p>
      <div class="actions" part="actions">
        ${view.buttons.map(
          (button) => html`<button type="button" class="button" part="button ${button.name}-button" @click=${run[button.name]}>${button.label}</button>`,
        )}
      </div>
    </section>`;
  }
}
