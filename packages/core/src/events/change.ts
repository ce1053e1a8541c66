import type { ConsentDecision } from '../decision/types.js';
import type { ConsentChange } from '../store/types.js';

/**
 * What `assent:change` carries.
 *
 * @example
 * addEventListener('assent:change', (event) => event.detail.change.withdrawn.forEach(deleteDataOf));
 */
export interface AssentChangeDetail {
  /** The decision now in effect (`undefined` after expiry). `method: 'gpc'` marks a GPC opt-out. */
  decision: ConsentDecision | undefined;
  /**
   * Ids granted and revoked by this change, ids the person withdrew consent for, the previous
   * decision and where it came from.
   */
  change: ConsentChange;
  /** Whether a Global Privacy Control signal is on. */
  gpc: boolean;
}

/**
 * Fired on `window` after every decision or change (this tab, another tab, expiry).
 *
 * @example
 * window.addEventListener('assent:change', (event) => {
 *   if (event.detail.change.granted.includes('analytics')) startAnalytics();
 * });
 */
export class AssentChangeEvent extends Event {
  readonly detail: AssentChangeDetail;
  constructor(detail: AssentChangeDetail) {
    super('assent:change');
    this.detail = detail;
  }
}

declare global {
  interface WindowEventMap {
    'assent:change': AssentChangeEvent;
  }
}
