/**
 * What `assent:error` carries.
 *
 * @example
 * addEventListener('assent:error', (event) => console.log(event.detail.error));
 */
export interface AssentErrorDetail {
  /** Why Assent could not start: a `ConsentConfigError` (its `issues` name each field) for a malformed configuration. */
  error: unknown;
}

/**
 * Fired on `window` when the script tag could not start, most often because `window.assentConfig`
 * is malformed. Assent then fails closed: `window.assent` grants nothing but `necessary`, gated
 * scripts and embeds stay blocked, and no banner is shown.
 *
 * @example
 * window.addEventListener('assent:error', (event) => {
 *   reportToMonitoring(event.detail.error);
 * });
 */
export class AssentErrorEvent extends Event {
  readonly detail: AssentErrorDetail;
  constructor(detail: AssentErrorDetail) {
    super('assent:error');
    this.detail = detail;
  }
}

declare global {
  interface WindowEventMap {
    'assent:error': AssentErrorEvent;
  }
}
