import { html, nothing, type PropertyDeclarations } from 'lit';
import { ApiError } from '../api/errors.js';
import type { IntegrityStatus } from '../api/types.js';
import { openCheckpoint, verifierKeyFingerprint } from '../verify/index.js';
import { formatCount, formatDateTime } from './format.js';
import { integrityStyles } from './integrity.styles.js';
import { themeStyles } from './theme.styles.js';
import { ConsoleView } from './view-element.js';

interface CheckpointView {
  size: number;
  time: string | undefined;
  /** Why the checkpoint's signature did not verify in this page, if it did not. */
  problem?: string;
  /** The signature was checked and refused (rather than not checkable). */
  failed?: boolean;
}

/**
 * Integrity: the latest signed checkpoint (its signature checked in this page), the verifier key's
 * fingerprint, the last full verify, a button that starts one (`POST /v1/integrity/verify`) and
 * follows its progress every second, and the retention schedule.
 */
export class AssentIntegrity extends ConsoleView {
  static override styles = [themeStyles, integrityStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    pollInterval: { type: Number, attribute: 'poll-interval' },
    status: { state: true },
    checkpoint: { state: true },
    fingerprint: { state: true },
    error: { state: true },
    starting: { state: true },
  };

  /** Milliseconds between looks at a running verify. */
  declare pollInterval: number;
  declare private status?: IntegrityStatus;
  declare private checkpoint?: CheckpointView;
  declare private fingerprint?: string;
  declare private error?: string;
  declare private starting: boolean;
  declare private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.pollInterval = 1000;
    this.starting = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async refresh(): Promise<void> {
    if (!this.api) return;
    try {
      this.show(await this.api.integrity());
    } catch (error) {
      this.error = error instanceof ApiError ? error.message : 'The integrity status could not be loaded.';
    }
  }

  private show(status: IntegrityStatus): void {
    const previous = this.status;
    this.status = status;
    this.error = undefined;
    if (status.log.checkpoint !== previous?.log.checkpoint || status.log.verifierKey !== previous?.log.verifierKey) void this.openCheckpoint(status);
    clearTimeout(this.timer);
    this.timer = status.verify.running && this.isConnected ? setTimeout(() => void this.refresh(), this.pollInterval) : undefined;
  }

  private async openCheckpoint({ log }: IntegrityStatus): Promise<void> {
    this.checkpoint = undefined;
    this.fingerprint = log.verifierKey ? await verifierKeyFingerprint(log.verifierKey).catch(() => undefined) : undefined;
    if (!log.checkpoint) return;
    if (!log.verifierKey) {
      this.checkpoint = { size: log.treeSize, time: undefined, problem: 'the ledger gives no verifier key to check it with' };
      return;
    }
    try {
      const opened = await openCheckpoint(log.checkpoint, log.verifierKey);
      this.checkpoint = { size: opened.size, time: opened.time?.toISOString() };
    } catch (error) {
      this.checkpoint = { size: log.treeSize, time: undefined, problem: error instanceof Error ? error.message : String(error), failed: true };
    }
  }

  private async run(): Promise<void> {
    if (!this.api || this.starting) return;
    this.starting = true;
    try {
      this.show(await this.api.startVerify());
    } catch (error) {
      this.error = error instanceof ApiError ? error.message : 'The verify could not be started.';
    } finally {
      this.starting = false;
    }
  }

  override render() {
    const status = this.status;
    return html`<h1 tabindex="-1">Integrity</h1>
      <p class="muted">Whether the ledger's records are intact: its signed log, full verifies of every hash chain, and how long records are kept.</p>
      ${this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing}
      ${status ? html`${this.logSection(status)}${this.verifySection(status)}${this.retentionSection(status)}` : html`<p role="status">Loading…</p>`}`;
  }

  private logSection({ log }: IntegrityStatus) {
    const checkpoint = this.checkpoint;
    return html`<section aria-labelledby="log-heading">
      <h2 id="log-heading">Transparency log</h2>
      <dl class="facts">
        <dt>Records in the log</dt>
        <dd>${formatCount(log.treeSize)}</dd>
        <dt>Latest checkpoint</dt>
        <dd>
          ${
            !log.checkpoint
              ? 'none yet'
              : !checkpoint
                ? 'checking…'
                : checkpoint.problem
                  ? html`<span class="status-failed">${checkpoint.failed ? 'FAILED: the signature does not verify' : 'NOT VERIFIED'} (${checkpoint.problem})</span>`
                  : html`${formatCount(checkpoint.size)} records, signed at ${formatDateTime(checkpoint.time)} <span class="status-ok">(signature verified in this page)</span>`
          }
        </dd>
        <dt>Verifier key fingerprint</dt>
        <dd>${log.verifierKey ? html`<code>${this.fingerprint ?? '…'}</code>` : 'none: this ledger has no log signing key (assent-ledger keygen)'}</dd>
      </dl>
      ${
        log.checkpoint
          ? html`<details>
            <summary>Signed checkpoint note</summary>
            <pre>${log.checkpoint}</pre>
          </details>`
          : nothing
      }
      ${
        log.verifierKey
          ? html`<details>
            <summary>Verifier key</summary>
            <pre>${log.verifierKey}</pre>
          </details>`
          : nothing
      }
    </section>`;
  }

  private verifySection({ verify, log }: IntegrityStatus) {
    const { running, last } = verify;
    return html`<section aria-labelledby="verify-heading">
      <h2 id="verify-heading">Full verify</h2>
      <div class="actions">
        <button type="button" @click=${this.run} ?disabled=${!!running || this.starting}>${running ? 'Verify running…' : 'Run full verify'}</button>
        <span class="muted">Re-hashes every record and checks every chain and the log. It runs on the ledger; you may leave this page.</span>
      </div>
      <div aria-live="polite" role="status">
        ${
          running
            ? html`<p>
              Verify started at ${formatDateTime(running.startedAt)}: ${formatCount(running.records)} of ${formatCount(log.treeSize)} records and
              ${formatCount(running.consents)} consent ids checked.
            </p>`
            : nothing
        }
      </div>
      ${running ? html`<progress max=${Math.max(log.treeSize, running.records, 1)} .value=${running.records} aria-label="Records checked"></progress>` : nothing}
      <h3>Last verify</h3>
      ${
        last
          ? html`<dl class="facts">
              <dt>Finished</dt>
              <dd>${formatDateTime(last.at)}</dd>
              <dt>Started by</dt>
              <dd>${last.actor}</dd>
              <dt>Result</dt>
              <dd>
                ${
                  last.details.ok
                    ? html`<span class="status-ok">OK: no problems</span>`
                    : html`<span class="status-failed">FAILED: ${formatCount(last.details.problems)} ${last.details.problems === 1 ? 'problem' : 'problems'}</span>`
                }
              </dd>
              <dt>Checked</dt>
              <dd>${formatCount(last.details.records)} records in ${formatCount(last.details.consents)} consent ids</dd>
            </dl>
            ${
              last.details.firstProblems.length
                ? html`<h4>${last.details.problems > last.details.firstProblems.length ? `The first ${last.details.firstProblems.length} problems` : 'Problems'}</h4>
                  <ul>
                    ${last.details.firstProblems.map(
                      (problem) =>
                        html`<li>${problem.kind}${problem.consentId ? html` (consent id <code>${problem.consentId}</code>)` : nothing}: ${problem.message}</li>`,
                    )}
                  </ul>`
                : nothing
            }`
          : html`<p>No full verify has run yet.</p>`
      }
    </section>`;
  }

  private retentionSection({ retention }: IntegrityStatus) {
    const purge = retention.lastPurge;
    return html`<section aria-labelledby="retention-heading">
      <h2 id="retention-heading">Retention</h2>
      <dl class="facts">
        <dt>Kept for</dt>
        <dd>${retention.days === null ? 'no retention schedule runs on this ledger' : `${formatCount(retention.days)} days`}</dd>
        <dt>Oldest record</dt>
        <dd>${retention.oldestRecordAt ? formatDateTime(retention.oldestRecordAt) : 'none'}</dd>
        <dt>Last purge</dt>
        <dd>
          ${
            purge
              ? `${formatDateTime(purge.at)} by ${purge.actor}: ${formatCount(purge.details.records)} records of ${formatCount(purge.details.consents)} consent ids, older than ${formatDateTime(purge.details.cutoff)}`
              : 'none yet'
          }
        </dd>
        <dt>Next purge</dt>
        <dd>${retention.nextPurgeAt ? formatDateTime(retention.nextPurgeAt) : 'not scheduled'}</dd>
      </dl>
    </section>`;
  }
}
