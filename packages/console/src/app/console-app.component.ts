import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { apiBase } from '../api/base-url.js';
import { createApiClient, type ApiClient } from '../api/client.js';
import type { ConsoleSession } from '../api/types.js';
import { consoleAppStyles } from './console-app.styles.js';
import { formatTime } from './format.js';
import { ROUTES, ROUTE_INFO, routeFromHash, type Route } from './routes.js';
import type { SignedInEvent } from './signed-in-event.js';
import { themeStyles } from './theme.styles.js';
import type { ConsoleView } from './view-element.js';

type Phase = 'checking' | 'signed-out' | 'signed-in';

const COOKIE_CHECK_MS = 10_000;
// Browsers drop a Secure cookie sent over plain HTTP to any host but localhost.
const COOKIE_REFUSED =
  'The key was accepted, but this browser did not keep the session cookie: open the console over HTTPS (or on localhost). Behind a TLS proxy, start the ledger with --public-origin.';

// setTimeout takes at most 2^31 − 1 ms; sessions last minutes, this only guards odd clocks.
const MAX_TIMEOUT = 2_147_483_647;

/**
 * The console: sign-in until there is a session, then a header (product, navigation, the session's
 * scopes and end, sign-out) and one view chosen by the location hash (`#overview`, `#evidence`,
 * `#integrity`, `#erasure`: names only, never an id). A call answering 401 in a session, or the
 * session's end time passing, returns to sign-in with a note saying so.
 *
 * @example
 * document.body.append(document.createElement('assent-console'));
 */
export class AssentConsole extends LitElement {
  static override styles = [themeStyles, consoleAppStyles];
  static override properties: PropertyDeclarations = {
    phase: { state: true },
    session: { state: true },
    route: { state: true },
    notice: { state: true },
  };

  declare private phase: Phase;
  declare private session?: ConsoleSession;
  declare private route: Route;
  declare private notice?: string;
  declare private api: ApiClient;
  declare private endTimer?: ReturnType<typeof setTimeout>;
  /** When the officer signed in on this page (not when a reload resumed a session). */
  declare private signedInAt?: number;
  private readonly onHashChange = () => this.navigate(routeFromHash(location.hash));

  constructor() {
    super();
    this.phase = 'checking';
    this.route = routeFromHash(globalThis.location?.hash ?? '');
    this.api = createApiClient({
      base: apiBase(location),
      onSessionEnded: () =>
        // A 401 right after signing in means the cookie never came back, not that the session ended.
        this.endSession(
          this.signedInAt !== undefined && Date.now() - this.signedInAt < COOKIE_CHECK_MS ? COOKIE_REFUSED : 'Your session ended. Sign in again to continue.',
        ),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    void this.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.endTimer);
  }

  // A page reload inside a session keeps it: the cookie is still there.
  private async resume(): Promise<void> {
    try {
      const session = await this.api.currentSession();
      if (session) this.startSession(session, false);
      else this.phase = 'signed-out';
    } catch (error) {
      this.phase = 'signed-out';
      this.notice = error instanceof Error ? error.message : undefined;
    }
  }

  private startSession(session: ConsoleSession, moveFocus: boolean): void {
    this.session = session;
    this.signedInAt = moveFocus ? Date.now() : undefined;
    this.phase = 'signed-in';
    this.notice = undefined;
    clearTimeout(this.endTimer);
    const left = Date.parse(session.expiresAt) - Date.now();
    this.endTimer = setTimeout(
      () => this.endSession(`Your session ended at ${formatTime(session.expiresAt)}. Sign in again to continue.`),
      Math.min(Math.max(left, 0), MAX_TIMEOUT),
    );
    if (moveFocus) void this.focusView();
  }

  private endSession(notice: string): void {
    if (this.phase !== 'signed-in') return;
    clearTimeout(this.endTimer);
    this.session = undefined;
    this.phase = 'signed-out';
    this.notice = notice;
    void this.focusView();
  }

  private async signOut(): Promise<void> {
    let notice = 'You signed out.';
    try {
      await this.api.signOut();
    } catch {
      notice = `Signing out could not reach the ledger; the session ends by itself at ${this.session ? formatTime(this.session.expiresAt) : 'its end time'}.`;
    }
    this.endSession(notice);
  }

  private navigate(route: Route): void {
    if (route === this.route) return;
    this.route = route;
    if (this.phase === 'signed-in') void this.focusView();
  }

  private async focusView(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector<ConsoleView>('main > *');
    await view?.focusHeading?.();
  }

  private skipToMain(event: Event): void {
    // A button, not a link to #main: the location hash names the view, and a fragment cannot reach
    // into this shadow root anyway.
    event.preventDefault();
    void this.focusView();
  }

  protected override updated(): void {
    // WCAG 2.4.2: the page title names where one is.
    const where = this.phase === 'signed-in' ? ROUTE_INFO[this.route].label : this.phase === 'signed-out' ? 'Sign in' : undefined;
    document.title = where ? `${where} — Assent console` : 'Assent console';
  }

  override render() {
    if (this.phase === 'checking') return html`<main id="main"><p class="loading" role="status">Loading the console…</p></main>`;
    if (this.phase === 'signed-out') {
      return html`<main id="main">
        <assent-sign-in .api=${this.api} .notice=${this.notice} @assent-signed-in=${(event: SignedInEvent) => this.startSession(event.session, true)}></assent-sign-in>
      </main>`;
    }
    const session = this.session!;
    return html`<button type="button" class="skip-link" @click=${this.skipToMain}>Skip to main content</button>
      <header>
        <div class="bar">
          <p class="product">Assent console</p>
          <nav aria-label="Console">
            <ul>
              ${ROUTES.map(
                (route) => html`<li>
                  <a href="#${route}" aria-current=${route === this.route ? 'page' : nothing}>${ROUTE_INFO[route].label}</a>
                </li>`,
              )}
            </ul>
          </nav>
          <div class="session">
            <p>
              <span id="scopes-label">Scopes:</span>
              <span class="scopes" role="list" aria-labelledby="scopes-label">${session.scopes.map((scope) => html`<span role="listitem">${scope}</span>`)}</span>
            </p>
            <p>Session ends at <time datetime=${session.expiresAt}>${formatTime(session.expiresAt)}</time></p>
            <button type="button" class="secondary" @click=${this.signOut}>Sign out</button>
          </div>
        </div>
      </header>
      <main id="main">${this.view(session)}</main>`;
  }

  private view(session: ConsoleSession) {
    switch (this.route) {
      case 'overview':
        return html`<assent-overview .api=${this.api} .session=${session}></assent-overview>`;
      case 'evidence':
        return html`<assent-evidence .api=${this.api} .session=${session}></assent-evidence>`;
      case 'integrity':
        return html`<assent-integrity .api=${this.api} .session=${session}></assent-integrity>`;
      case 'erasure':
        return html`<assent-erasure .api=${this.api} .session=${session}></assent-erasure>`;
    }
  }
}
