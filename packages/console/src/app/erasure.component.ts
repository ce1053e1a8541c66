import { html, nothing, type PropertyDeclarations } from 'lit';
import { ApiError } from '../api/errors.js';
import type { AuditEntryKind, ErasureReport, TargetKind } from '../api/types.js';
import { erasureLogTable } from './erasure-log.js';
import { erasureStyles } from './erasure.styles.js';
import { formatCount, formatDateTime } from './format.js';
import { missingScope } from './scope-notes.js';
import { themeStyles } from './theme.styles.js';
import { ConsoleView } from './view-element.js';

const PAGE = 50;
const KIND_NAMES: Record<TargetKind, string> = { consent: 'consent id', subject: 'subject id' };

/**
 * Erasure requests: erase the identifying data held for a subject id or a consent id, after a
 * confirmation in a modal dialog that says what will happen (Escape or Cancel: nothing is sent),
 * then the report; below, the erasure log (`GET /v1/erasures`), 50 at a time.
 */
export class AssentErasure extends ConsoleView {
  static override styles = [themeStyles, erasureStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    kind: { state: true },
    pending: { state: true },
    report: { state: true },
    error: { state: true },
    busy: { state: true },
    entries: { state: true },
    more: { state: true },
    logError: { state: true },
  };

  declare private kind: TargetKind;
  declare private pending?: { kind: TargetKind; id: string };
  declare private report?: { kind: TargetKind; report: ErasureReport };
  declare private error?: string;
  declare private busy: boolean;
  declare private entries?: AuditEntryKind<'erasure'>[];
  declare private more: boolean;
  declare private logError?: string;

  constructor() {
    super();
    this.kind = 'subject';
    this.busy = false;
    this.more = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.can('console')) void this.loadLog(false);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override render() {
    const allowed = this.can('erase');
    return html`<h1 tabindex="-1">Erasure</h1>
      <p class="muted">
        Erasing clears the identifying data of every record of a person (subject id) or a consent id: the subject link, IP address, user agent and identity salt. The decisions and
        their hashes stay, so the evidence chains remain verifiable, but they no longer point to anyone.
      </p>
      ${allowed ? nothing : html`<p class="message">${missingScope('erase')}</p>`}
      <form @submit=${this.ask} aria-label="Erasure request">
        <fieldset ?disabled=${!allowed}>
          <legend>Erase by</legend>
          <div class="choices">
            ${(['subject', 'consent'] as const).map(
              (option) => html`<label class="choice">
                <input type="radio" name="kind" value=${option} .checked=${this.kind === option} @change=${() => (this.kind = option)} />
                ${option === 'subject' ? 'Subject id' : 'Consent id'}
              </label>`,
            )}
          </div>
        </fieldset>
        <label class="field-wide">
          ${this.kind === 'subject' ? 'Subject id' : 'Consent id'}
          <input type="text" name="id" autocomplete="off" spellcheck="false" required ?disabled=${!allowed} />
        </label>
        <button type="submit" class="danger" ?disabled=${!allowed || this.busy}>Erase…</button>
      </form>
      <div role="status" aria-live="polite">${this.busy ? html`<p>Erasing…</p>` : this.report ? this.reportView(this.report.kind, this.report.report) : nothing}</div>
      ${this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing} ${this.confirmDialog()}
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Erasure log</h2>
        <p class="muted">Who erased what and when. The ledger keeps the consent ids and what was cleared, never the subject id or the data removed.</p>
        ${this.logView()}
      </section>`;
  }

  private confirmDialog() {
    const pending = this.pending;
    return html`<dialog aria-labelledby="confirm-heading" aria-describedby="confirm-text" @close=${this.closed}>
      ${
        pending
          ? html`<h2 id="confirm-heading">Erase the identifying data of this ${KIND_NAMES[pending.kind]}?</h2>
            <div id="confirm-text">
              <p>
                This clears the subject link, IP address, user agent and identity salt of every record of ${KIND_NAMES[pending.kind]}
                <code>${pending.id}</code>${pending.kind === 'subject' ? ', in every consent id it has' : ''}.
              </p>
              <p>The decisions and their hashes stay. <strong>This cannot be undone.</strong></p>
            </div>
            <div class="dialog-actions">
              <button type="button" class="secondary" autofocus @click=${() => this.dialog?.close('cancel')}>Cancel</button>
              <button type="button" class="danger" @click=${this.confirm}>Erase</button>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  private async ask(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('id') as HTMLInputElement;
    const id = input.value.trim();
    this.error = undefined;
    if (!id) {
      this.error = `Enter a ${KIND_NAMES[this.kind]}.`;
      input.focus();
      return;
    }
    this.pending = { kind: this.kind, id };
    await this.updateComplete;
    // A modal dialog: the page behind is inert, Escape cancels, focus goes to Cancel (autofocus)
    // and back to the Erase… button when it closes.
    this.dialog?.showModal();
  }

  private closed(): void {
    const dialog = this.dialog;
    if (dialog?.returnValue !== 'confirm') this.pending = undefined;
    if (dialog) dialog.returnValue = '';
  }

  private async confirm(): Promise<void> {
    const pending = this.pending;
    this.dialog?.close('confirm');
    this.pending = undefined;
    if (!pending || !this.api) return;
    this.busy = true;
    this.report = undefined;
    try {
      const report = await this.api.erase(pending.kind, pending.id);
      this.report = { kind: pending.kind, report };
      const input = this.renderRoot.querySelector<HTMLInputElement>('input[name=id]');
      if (input) input.value = '';
      if (this.can('console')) await this.loadLog(false);
    } catch (error) {
      this.error = !(error instanceof ApiError)
        ? 'The erasure failed.'
        : error.status === 404
          ? `Nothing is held under this ${KIND_NAMES[pending.kind]}: nothing was erased.`
          : error.code === 'insufficient_scope'
            ? missingScope('erase')
            : error.message;
    } finally {
      this.busy = false;
    }
  }

  private reportView(kind: TargetKind, report: ErasureReport) {
    if ('erasedAt' in report && report.records === 0) {
      return html`<p class="message ok">This consent id was already erased on ${formatDateTime(report.erasedAt)}: nothing more to clear.</p>`;
    }
    const consentIds = 'consentIds' in report ? report.consentIds : [report.consentId];
    return html`<div class="message ok">
      <p><strong>Erased.</strong> ${formatCount(report.records)} ${report.records === 1 ? 'record' : 'records'} of the ${KIND_NAMES[kind]} cleared.</p>
      <dl class="facts">
        <dt>Consent ids</dt>
        <dd>${consentIds.map((id, index) => html`${index ? ', ' : ''}<code>${id}</code>`)}</dd>
        <dt>Fields cleared</dt>
        <dd>${report.fields.join(', ')}</dd>
      </dl>
    </div>`;
  }

  private logView() {
    if (!this.can('console')) return html`<p>${missingScope('console')}</p>`;
    if (this.logError) return html`<p class="message error">${this.logError}</p>`;
    if (!this.entries) return html`<p role="status">Loading…</p>`;
    if (!this.entries.length) return html`<p>No erasures have been made.</p>`;
    return html`${erasureLogTable(this.entries)}
      ${this.more ? html`<div class="log-actions"><button type="button" class="secondary" @click=${() => this.loadLog(true)}>Show older erasures</button></div>` : nothing}`;
  }

  private async loadLog(older: boolean): Promise<void> {
    if (!this.api) return;
    const before = older ? this.entries?.at(-1)?.id : undefined;
    try {
      const { entries } = await this.api.erasures({ limit: PAGE, ...(before === undefined ? {} : { before }) });
      this.entries = older ? [...(this.entries ?? []), ...entries] : entries;
      this.more = entries.length === PAGE;
      this.logError = undefined;
    } catch (error) {
      this.logError = error instanceof ApiError ? error.message : 'The erasure log could not be loaded.';
    }
  }
}
