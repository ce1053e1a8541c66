/**
 * Asks for the preferences dialog (the banner's Customise button sends it). It bubbles out of the
 * shadow root, so whoever owns the dialog (the UI controller, or a site's own code) can open it.
 *
 * @example
 * banner.addEventListener('assent-open-preferences', (event) => dialog.show(event.opener));
 */
export class AssentOpenPreferencesEvent extends Event {
  /** The control that asked, so focus can return to it when the dialog closes. */
  declare readonly opener: HTMLElement | undefined;

  constructor(opener?: HTMLElement) {
    super('assent-open-preferences', { bubbles: true, composed: true });
    this.opener = opener;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'assent-open-preferences': AssentOpenPreferencesEvent;
  }
}
