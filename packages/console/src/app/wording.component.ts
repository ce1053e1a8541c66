import { LitElement, html, type PropertyDeclarations } from 'lit';
import type { ApiClient } from '../api/client.js';
import type { TextSnapshot } from '../api/types.js';
import { themeStyles } from './theme.styles.js';
import { wordingStyles } from './wording.styles.js';

/**
 * One banner wording of the overview's text-hash breakdown: a disclosure that fetches the texts
 * behind the hash (`GET /v1/texts/{textHash}`, public) when first opened, so two wordings can be
 * read side by side with their figures.
 *
 * @example
 * html`<assent-wording .api=${api} text-hash=${hash} label="Wording 1"></assent-wording>`
 */
export class AssentWording extends LitElement {
  static override styles = [themeStyles, wordingStyles];
  static override properties: PropertyDeclarations = {
    api: { attribute: false },
    textHash: { attribute: 'text-hash' },
    label: {},
    snapshot: { state: true },
    failure: { state: true },
  };

  declare api?: ApiClient;
  declare textHash: string;
  declare label: string;
  /** `null`: no texts are stored under the hash. */
  declare private snapshot?: TextSnapshot | null;
  declare private failure?: string;

  constructor() {
    super();
    this.textHash = '';
    this.label = '';
  }

  private async toggled(event: Event): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open || this.snapshot !== undefined || !this.api) return;
    try {
      this.snapshot = await this.api.texts(this.textHash);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    return html`<details @toggle=${this.toggled}>
      <summary>${this.label} <code>${this.textHash.slice(0, 12)}…</code></summary>
      ${
        this.failure
          ? html`<p class="message error">${this.failure}</p>`
          : this.snapshot === undefined
            ? html`<p role="status">Loading the texts…</p>`
            : this.snapshot === null
              ? html`<p>The ledger holds no texts for this hash.</p>`
              : html`<p class="muted">Locale ${this.snapshot.locale}; first stored ${this.snapshot.createdAt.slice(0, 10)}.</p>
                <ol>
                  ${this.snapshot.texts.map((text) => html`<li>${text}</li>`)}
                </ol>`
      }
    </details>`;
  }
}
