import { LitElement, type PropertyDeclarations } from 'lit';
import type { ApiClient } from '../api/client.js';
import type { ConsoleSession, Scope } from '../api/types.js';

/**
 * What every view of the console has: the API client and the session, given by the shell, and a
 * heading (`<h1 tabindex="-1">`) that takes focus when the view is navigated to.
 */
export class ConsoleView extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    session: { attribute: false },
  };

  declare api?: ApiClient;
  declare session?: ConsoleSession;

  /** Whether the session's key has a scope. */
  protected can(scope: Scope): boolean {
    return this.session?.scopes.includes(scope) ?? false;
  }

  /** Moves focus to the view's heading (after navigation), so screen readers announce where they are. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}
