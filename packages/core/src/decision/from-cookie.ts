import type { ResolvedConfig } from '../config/types.js';
import type { CookieDecision } from '../cookie-codec/index.js';
import type { ConsentDecision } from './types.js';
import { decisionGrants, splitGrants } from './choices.js';

/**
 * Why a decision does or does not apply: `valid` means it does; the others mean ask again.
 * `regime-changed`: the decision was made under the opt-out regime (a US region) and the page is
 * now under opt-in (GDPR): silence there, or a choice made on a notice of opt-out rights, is not
 * consent, so the person is asked; meanwhile what they refused stays refused.
 *
 * @example
 * if (store.status === 'revision-changed') showWhatChanged();
 */
export type ConsentStatus = 'valid' | 'none' | 'expired' | 'revision-changed' | 'regime-changed';

/**
 * Whether a stored decision applies under a config at a given time. An opt-in decision holds under
 * opt-out too (it is explicit, and stricter); an opt-out one does not hold under opt-in.
 *
 * @example
 * decisionStatus(config, decision, Date.now()); // 'expired'
 */
export const decisionStatus = (config: ResolvedConfig, decision: ConsentDecision | undefined, nowMs: number): ConsentStatus =>
  !decision
    ? 'none'
    : // 'opt-out' > 'opt-in': made under opt-out, read under opt-in (both are validated or decoded
      // to exactly one of the two). Checked first: no revision or date makes it consent.
      decision.regime > config.regime
      ? 'regime-changed'
      : decision.revision !== config.revision
        ? 'revision-changed'
        : nowMs >= Date.parse(decision.expiresAt)
          ? 'expired'
          : 'valid';

/**
 * Turns a decoded cookie into a full decision under a config. The cookie lists granted categories
 * only and may predate the service list, so every configured category and service gets an explicit
 * value here, as a decision made on this page would have.
 *
 * @example
 * decisionFromCookie(config, decodeConsentCookie(value, { serviceIds }), '');
 */
export const decisionFromCookie = (config: ResolvedConfig, decoded: CookieDecision | undefined, textHash: string): ConsentDecision | undefined =>
  decoded && { ...decoded, ...splitGrants(config, decisionGrants(config, decoded)), textHash };
