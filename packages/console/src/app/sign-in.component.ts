import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { ApiClient } from '../api/client.js';
import { ApiError } from '../api/errors.js';
import { SignedInEvent } from './signed-in-event.js';
import { signInStyles } from './sign-in.styles.js';
import { themeStyles } from './theme.styles.js';

/**
 * Why a sign-in failed, in words.
 *
 * @example
 * signInError(new ApiError(401, 'invalid_key', '…')); // 'This key is not valid.'
 */
export function signInError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Signing in failed. Try again.';
  if (error.code === 'invalid_key' || error.status === 401) return 'This key is not valid.';
  if (error.code === 'insufficient_scope') {
    return `This key does not have the "${error.missingScope ?? 'console'}" scope. Ask for a key with the console scope (for example read+export+erase+console).`;
  }
  if (error.code === 'rate_limited') return 'Too many attempts from this address. Wait a minute, then try again.';
  return error.message;
}

/**
 * Sign-in with an API key that has the console scope. The key is read from a password field,
 * sent once in a POST body and cleared; it never reaches the URL or any storage.
 *
 * @event assent-signed-in - the key was exchanged for a session ({@link SignedInEvent})
 */
export class AssentSignIn extends LitElement {
  static override styles = [themeStyles, signInStyles];
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    notice: {},
    error: { state: true },
    busy: { state: true },
  };

  declare api?: ApiClient;
  /** A note above the form, such as why the last session ended. */
  declare notice?: string;
  declare private error?: string;
  declare private busy: boolean;

  constructor() {
    super();
    this.busy = false;
  }

  override render() {
    return html`<div class="card">
      <p class="product">Assent console</p>
      <h1 tabindex="-1">Sign in</h1>
      <p class="muted">Use an Assent ledger API key that has the <code>console</code> scope. The key is exchanged for a session of 30 minutes and is not kept.</p>
      ${this.notice ? html`<p class="message" role="status">${this.notice}</p>` : nothing}
      <form @submit=${this.submit} novalidate>
        <label>
          API key
          <input id="key" name="key" type="password" autocomplete="off" spellcheck="false" required aria-describedby="error" ?aria-invalid=${!!this.error} />
        </label>
        <div id="error" role="alert">${this.error ? html`<p class="message error">${this.error}</p>` : nothing}</div>
        <button type="submit" ?disabled=${this.busy}>${this.busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </div>`;
  }

  /** Focuses the heading (after sign-out or a session's end). */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#key')!;
    const key = input.value.trim();
    if (!key) {
      this.error = 'Enter an API key.';
      input.focus();
      return;
    }
    if (!this.api || this.busy) return;
    this.busy = true;
    this.error = undefined;
    try {
      const session = await this.api.signIn(key);
      input.value = '';
      this.dispatchEvent(new SignedInEvent(session));
    } catch (error) {
      this.error = signInError(error);
      await this.updateComplete;
      input.focus();
    } finally {
      this.busy = false;
    }
  }
}
