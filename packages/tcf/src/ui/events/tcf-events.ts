/** Which part of the dialog to open at. */
export type TcfSection = 'purposes' | 'vendors';

/**
 * Fired by `<assent-tcf-banner>` when "Manage options" or the vendor-list link is chosen; the
 * UI opens `<assent-tcf-preferences>` at `section`, returning focus to `opener` on close.
 *
 * @example
 * banner.addEventListener('assent-tcf-open-preferences', (event) => dialog.show(event.opener, event.section));
 */
export class AssentTcfOpenPreferencesEvent extends Event {
  constructor(
    readonly opener: HTMLElement,
    readonly section: TcfSection,
  ) {
    super('assent-tcf-open-preferences', { bubbles: true, composed: true });
  }
}

/**
 * Fired by either TCF layer once a decision was handed to the controller (Accept all, Reject
 * all or Save), so the UI can close both layers.
 *
 * @example
 * element.addEventListener('assent-tcf-decided', () => ui.hide());
 */
export class AssentTcfDecidedEvent extends Event {
  constructor(readonly action: 'accept-all' | 'reject-all' | 'save') {
    super('assent-tcf-decided', { bubbles: true, composed: true });
  }
}

/**
 * Fired by `<assent-tcf-preferences>` whenever its dialog closes, with or without a decision
 * (the native `close` event stays inside the shadow root).
 *
 * @example
 * dialog.addEventListener('assent-tcf-preferences-closed', () => controller.setUiVisible(banner.open));
 */
export class AssentTcfPreferencesClosedEvent extends Event {
  constructor() {
    super('assent-tcf-preferences-closed', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'assent-tcf-preferences-closed': AssentTcfPreferencesClosedEvent;
    'assent-tcf-open-preferences': AssentTcfOpenPreferencesEvent;
    'assent-tcf-decided': AssentTcfDecidedEvent;
  }
}
