import type { ConsentDecision } from '../decision/types.js';

/**
 * What `assent:ready` carries.
 *
 * @example
 * addEventListener('assent:ready', (event) => console.log(event.detail.decision?.method));
 */
export interface AssentReadyDetail {
  /** The decision in effect, or `undefined` when the visitor has to be asked. */
  decision: ConsentDecision | undefined;
  /** Whether a Global Privacy Control signal is on, so a UI can say the opt-out was honoured. */
  gpc: boolean;
}

/**
 * Fired on `window` once the page can listen (DOMContentLoaded), with the decision in effect as the
 * consent cookie holds it (IndexedDB is not waited for).
 *
 * @example
 * window.addEventListener('assent:ready', (event) => {
 *   if (!event.detail.decision) showBanner();
 * });
 */
export class AssentReadyEvent extends Event {
  readonly detail: AssentReadyDetail;
  constructor(detail: AssentReadyDetail) {
    super('assent:ready');
    this.detail = detail;
  }
}

declare global {
  interface WindowEventMap {
    'assent:ready': AssentReadyEvent;
  }
}
