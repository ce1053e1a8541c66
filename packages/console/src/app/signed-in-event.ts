import type { ConsoleSession } from '../api/types.js';

/**
 * Fired by `<assent-sign-in>` when a key was exchanged for a session.
 *
 * @example
 * signIn.addEventListener('assent-signed-in', (event) => (app.session = event.session));
 */
export class SignedInEvent extends Event {
  constructor(readonly session: ConsoleSession) {
    super('assent-signed-in', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'assent-signed-in': SignedInEvent;
  }
}
