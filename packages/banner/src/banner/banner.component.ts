import { html, nothing } from 'lit-html';
import { isSafeUrl, type ConsentStore } from '@assent/core';
import type { ResolvedFirstLayer } from '../locales/types.js';
import type { ShownContent } from '../text-hash/index.js';
import { AssentOpenPreferencesEvent } from '../events/open-preferences.js';
import { categoryGrants, decideWithHash, type DecisionAction } from '../shared/decide.js';
import { buttonStyles, themeStyles } from '../shared/theme.styles.js';
import { bannerStyles } from './banner.styles.js';
import { TemplateElement, type ChangedProperties, type PropertyDeclaration } from '../shared/template-element.js';

/**
 * What the first layer is: a consent request (opt-in regimes), an opt-out notice (US state laws),
 * or the notice that a Global Privacy Control opt-out was honoured.
 */
export type BannerMode = 'consent' | 'opt-out' | 'gpc-honoured';

/** Light, dark, or follow `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * The first layer a store needs: a consent request in opt-in regimes, a notice in opt-out
 * regimes, and a notice that the opt-out was honoured once a GPC signal decided (method `gpc`).
 *
 * @example
 * bannerMode(createConsent({ region: 'US-CA', gpc: true })); // 'gpc-honoured'
 */
export function bannerMode(store: ConsentStore): BannerMode {
  if (store.state?.method === 'gpc') return 'gpc-honoured';
  return store.config.regime === 'opt-out' ? 'opt-out' : 'consent';
}

interface BannerButton {
  name: string;
  label: string;
  run: () => void;
}

// "Do not sell or share" opts out of advertising (sale/sharing); without that category it refuses everything.
const optOutOfSale: DecisionAction = (store, context) =>
  store.config.categories.includes('advertising') ? store.update({ advertising: false }, context) : store.rejectAll(context);

/**
 * The first layer: a short text, the privacy-notice link and equal choices. It shows only while
 * `open`; making a choice records a decision (with the hash of what was shown) and closes it.
 * There is no close button: closing is never consent.
 *
 * @csspart base - the banner box
 * @csspart title - the heading
 * @csspart body - the main text
 * @csspart privacy-link - the link to the privacy notice
 * @csspart note - the "opt-out honoured" line when a GPC signal is on
 * @csspart actions - the row of buttons
 * @csspart button - every button (also `accept-button`, `reject-button`, `customise-button`, `do-not-sell-button`, `dismiss-button`)
 * @cssproperty --assent-background - box background
 * @cssproperty --assent-text - main text colour
 * @cssproperty --assent-muted-text - body text colour
 * @cssproperty --assent-border - box border colour
 * @cssproperty --assent-accent - button background (all buttons alike)
 * @cssproperty --assent-accent-hover - button background on hover
 * @cssproperty --assent-accent-text - button text
 * @cssproperty --assent-link - link colour
 * @cssproperty --assent-focus-ring - focus outline colour
 * @cssproperty --assent-font-family - font stack
 * @cssproperty --assent-font-size - base font size
 * @cssproperty --assent-radius - corner radius
 * @cssproperty --assent-shadow - box shadow
 * @cssproperty --assent-z-index - stacking order
 * @cssproperty --assent-max-width - widest the box gets
 * @event assent-open-preferences - Customise was chosen ({@link AssentOpenPreferencesEvent})
 *
 * @example
 * const banner = document.createElement('assent-banner');
 * Object.assign(banner, { store, messages: mergeMessages(en), privacyPolicyUrl: '/privacy', open: store.needsDecision });
 * document.body.prepend(banner);
 */
export class AssentBanner extends TemplateElement {
  static override styles = [themeStyles, buttonStyles, bannerStyles];
  // Every first visitor downloads this element: a TemplateElement (lit-html without
  // ReactiveElement) and no decorators keep that small.
  static override properties: Record<string, PropertyDeclaration> = {
    store: { attribute: false },
    messages: { attribute: false },
    privacyPolicyUrl: { attribute: 'privacy-policy-url' },
    mode: {},
    open: { type: Boolean, reflect: true },
    theme: { reflect: true },
  };

  declare store?: ConsentStore;
  declare messages?: ResolvedFirstLayer;
  declare privacyPolicyUrl: string;
  /** Overrides the mode the store implies ({@link bannerMode}). */
  declare mode?: BannerMode;
  declare open: boolean;
  declare theme: Theme;

  declare private unsubscribe?: () => void;
  declare private cameFrom?: HTMLElement | null;

  constructor() {
    super();
    this.privacyPolicyUrl = '';
    this.open = false;
    this.theme = 'auto';
    // Where focus came from when it entered the banner (moving inside, it comes from the host itself).
    this.addEventListener('focusin', (event) => event.relatedTarget !== this && (this.cameFrom = event.relatedTarget as HTMLElement | null));
  }

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

  protected override updated(changed: ChangedProperties): void {
    if (changed.has('open')) this.reserveSpace(this.open);
  }

  // WCAG 2.2 2.4.11 (focus not obscured): while the fixed banner is open, the page's scroll
  // padding keeps focused content clear of it — browsers honour scroll-padding when they scroll a
  // focused element into view. Set through the CSSOM, which a strict CSP allows.
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

  protected override willUpdate(changed: ChangedProperties): void {
    // Closing removes the focused button, which would drop focus to <body>: screen readers lose
    // their place and the next Tab starts over. Focus moves on once the banner is gone (see focus()).
    if (!this.open && this.renderRoot.activeElement) void this.updateComplete.then(() => this.focus());
    if (changed.has('store') && this.isConnected) this.listen();
    if (this.messages) {
      this.lang = this.messages.lang;
      this.dir = this.messages.dir;
    }
  }

  /**
   * While open: its Customise button, to which the dialog it opened returns focus on close. Once
   * closed (after a choice here or in that dialog), where focus goes on: as from a closing
   * non-modal dialog (WAI-ARIA APG), back where it came from; a banner shown on load usually had
   * none, so then to the floating "cookie settings" button, the way back to this choice, where the
   * banner was; without one, to the main landmark (tabindex=-1: focusable, not in the Tab order),
   * where reading continues after the banner, first in the body.
   */
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

  /** What this banner shows right now, in display order: the input of the text hash. */
  shownContent(): ShownContent | undefined {
    const view = this.view();
    return view && { locale: view.messages.lang, texts: view.texts, choices: categoryGrants(view.store) };
  }

  // A decision made anywhere (another tab, the dialog) closes the first layer.
  private listen(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.store?.subscribe(() => {
      if (!this.store?.needsDecision) this.open = false;
    });
  }

  private view() {
    const { store, messages } = this;
    if (!store || !messages) return undefined;
    const mode = this.mode ?? bannerMode(store);
    const { actions } = messages;
    const decide = (name: string, label: string, action: DecisionAction): BannerButton => ({
      name,
      label,
      run: () => {
        const shown = this.shownContent();
        this.open = false;
        if (shown) void decideWithHash(store, shown, action);
      },
    });
    const accept = decide('accept', actions.acceptAll, (s, context) => s.acceptAll(context));
    // The banner itself is the opener: the button may be gone when the dialog closes (a choice
    // there closes the banner too), and the banner then knows where focus goes (focus()).
    const customise: BannerButton = { name: 'customise', label: actions.customise, run: () => this.dispatchEvent(new AssentOpenPreferencesEvent(this)) };
    const buttons =
      mode === 'consent'
        ? [accept, decide('reject', actions.rejectAll, (s, context) => s.rejectAll(context)), customise]
        : mode === 'opt-out'
          ? [decide('do-not-sell', actions.doNotSell, optOutOfSale), accept, customise]
          : [{ name: 'dismiss', label: actions.dismiss, run: () => (this.open = false) }, customise];
    const title = mode === 'consent' ? messages.banner.title : messages.optOut.title;
    const body = mode === 'consent' ? messages.banner.body : mode === 'opt-out' ? messages.optOut.body : '';
    const note = store.config.gpc ? messages.optOut.gpcHonoured : '';
    // The element may be used without createConsentUi(), which refuses such URLs: link to none of them.
    const link = isSafeUrl(this.privacyPolicyUrl) ? messages.privacyLink : '';
    const texts = [title, body, link, note, ...buttons.map((button) => button.label)].filter(Boolean);
    return { store, messages, title, body, link, note, buttons, texts };
  }

  protected override render() {
    const view = this.view();
    if (!view || !this.open) return nothing;
    return html`<section class="banner" part="base" aria-labelledby="title">
      <h2 class="title" id="title" part="title">${view.title}</h2>
      ${
        view.body || view.link
          ? html`<p class="body" part="body">
            ${view.body}
            ${view.link ? html`<a part="privacy-link" href=${this.privacyPolicyUrl}>${view.link}</a>` : nothing}
          </p>`
          : nothing
      }
      ${view.note ? html`<p class="note" part="note">${view.note}</p>` : nothing}
      <div class="actions" part="actions">
        ${view.buttons.map(
          (button) =>
            html`<button type="button" class="button" part="button ${button.name}-button" @click=${button.run}>
              ${button.label}
            </button>`,
        )}
      </div>
    </section>`;
  }
}
