import { html, nothing, type PropertyDeclarations } from 'lit';
import { ApiError } from '../api/errors.js';
import type { InclusionAnswer, TargetKind } from '../api/types.js';
import { downloadText } from '../export/download.js';
import { evidenceCsv, evidenceJson, sameFingerprint, type EvidenceBundle } from '../export/evidence.js';
import { exportFileName } from '../export/filename.js';
import { verifierKeyFingerprint, verifyEvidence, type RecordCheck } from '../verify/index.js';
import { recordView } from './evidence-record.js';
import { evidenceStyles } from './evidence.styles.js';
import { formatCount } from './format.js';
import { missingScope } from './scope-notes.js';
import { themeStyles } from './theme.styles.js';
import { ConsoleView } from './view-element.js';

// Inclusion proofs fetched at once: enough to be quick, few enough not to trip the rate limit.
const PROOF_CONCURRENCY = 6;
// Up to this many records, every record's texts are shown open; more, and they open on demand.
const OPEN_TEXTS_UP_TO = 5;
const KIND_NAMES: Record<TargetKind, string> = { consent: 'consent id', subject: 'subject id' };

/**
 * Evidence look-up by consent id (scope `read`) or subject id (scope `export`): the chains of
 * decisions oldest first, the exact texts shown, and each record's inclusion proof checked in this
 * page against the ledger's signed checkpoint (`verifyEvidence`), the verifier key's fingerprint
 * to compare with a published one, and exports (JSON, CSV) of exactly what is shown. The id is
 * sent in a POST body; it never enters the URL.
 */
export class AssentEvidence extends ConsoleView {
  static override styles = [themeStyles, evidenceStyles];
  static override properties: PropertyDeclarations = {
    ...ConsoleView.properties,
    verify: { attribute: false },
    fingerprint: { attribute: false },
    kind: { state: true },
    bundle: { state: true },
    progress: { state: true },
    error: { state: true },
    published: { state: true },
  };

  /** The verifier (replaceable in tests). */
  declare verify: typeof verifyEvidence;
  /** The fingerprint function (replaceable in tests). */
  declare fingerprint: typeof verifierKeyFingerprint;
  declare private kind?: TargetKind;
  declare private bundle?: EvidenceBundle;
  declare private progress?: string;
  declare private error?: string;
  declare private published: string | null;

  constructor() {
    super();
    this.verify = verifyEvidence;
    this.fingerprint = verifierKeyFingerprint;
    this.published = null;
  }

  private get chosenKind(): TargetKind {
    return this.kind ?? (this.can('read') || !this.can('export') ? 'consent' : 'subject');
  }

  override render() {
    const kind = this.chosenKind;
    const allowed = this.can(kind === 'consent' ? 'read' : 'export');
    return html`<h1 tabindex="-1">Evidence look-up</h1>
      <p class="muted">Every decision held for a consent id or a person, with the exact texts they were shown and a proof, checked in this page, that each record is in the ledger's signed log.</p>
      <form @submit=${this.submit} aria-label="Look up evidence">
        <fieldset>
          <legend>Look up by</legend>
          <div class="choices">
            ${(['consent', 'subject'] as const).map(
              (option) => html`<label class="choice">
                <input type="radio" name="kind" value=${option} .checked=${kind === option} @change=${() => this.choose(option)} />
                ${option === 'consent' ? 'Consent id' : 'Subject id'}
              </label>`,
            )}
          </div>
        </fieldset>
        <label class="field-wide">
          ${kind === 'consent' ? 'Consent id' : 'Subject id'}
          <input type="text" name="id" autocomplete="off" spellcheck="false" required aria-describedby="id-hint" />
          <span class="hint" id="id-hint">${allowed ? (kind === 'consent' ? 'The id in the visitor’s consent cookie.' : 'The account id or e-mail your site records decisions under.') : missingScope(kind === 'consent' ? 'read' : 'export')}</span>
        </label>
        <button type="submit" ?disabled=${!allowed || !!this.progress}>Look up</button>
      </form>
      <div role="status" aria-live="polite">${this.progress ? html`<p>${this.progress}</p>` : nothing}</div>
      ${this.error ? html`<p class="message error" role="alert">${this.error}</p>` : nothing} ${this.bundle ? this.results(this.bundle) : nothing}`;
  }

  private choose(kind: TargetKind): void {
    this.kind = kind;
    this.error = undefined;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('id') as HTMLInputElement;
    const id = input.value.trim();
    const kind = this.chosenKind;
    if (!id) {
      this.error = `Enter a ${KIND_NAMES[kind]}.`;
      input.focus();
      return;
    }
    if (!this.api || this.progress) return;
    this.bundle = undefined;
    this.error = undefined;
    this.published = null;
    try {
      this.progress = 'Looking up…';
      const { proofs: given, verifierKey: givenKey, ...answer } = await this.api.lookup(kind, id);
      const records = [...answer.records].sort((a, b) => (a.consentId < b.consentId ? -1 : a.consentId > b.consentId ? 1 : a.seq - b.seq));
      // The ledger sends the proofs and its key with the answer; a ledger from before that, or an
      // answer without a record's proof, is completed one request at a time. A ledger that signs no
      // checkpoints (key null) has no proof to give.
      const proofs: Record<string, InclusionAnswer | null> = {};
      const queue = records.filter((record) => {
        const proof = given && record.recordId in given ? given[record.recordId] : givenKey === null ? null : undefined;
        if (proof !== undefined) proofs[record.recordId] = proof;
        return proof === undefined;
      });
      const keyPromise = givenKey !== undefined ? Promise.resolve(givenKey) : this.api.verifierKey();
      const total = queue.length;
      let done = 0;
      if (total) this.progress = `Fetching inclusion proofs: 0 of ${formatCount(total)}…`;
      await Promise.all(
        Array.from({ length: Math.min(PROOF_CONCURRENCY, total) }, async () => {
          for (let record = queue.shift(); record; record = queue.shift()) {
            proofs[record.recordId] = await this.api!.inclusion(record.recordId);
            // The status region is live: a line per ten proofs, not one per proof.
            if (++done % 10 === 0 || done === total) this.progress = `Fetching inclusion proofs: ${formatCount(done)} of ${formatCount(total)}…`;
          }
        }),
      );
      const verifierKey = await keyPromise;
      this.progress = 'Checking hashes, chains and proofs…';
      const verification = verifierKey ? await this.verify({ records, texts: answer.texts, proofs, verifierKey, chainBases: answer.chains ?? {} }) : null;
      const verifierKeyFingerprint = verifierKey ? await this.fingerprint(verifierKey) : null;
      this.bundle = {
        kind,
        answer: { ...answer, records },
        proofs,
        verifierKey,
        verifierKeyFingerprint,
        publishedFingerprint: null,
        verification,
        exportedAt: new Date().toISOString(),
      };
    } catch (error) {
      this.error = lookupError(error, kind);
    } finally {
      this.progress = undefined;
    }
  }

  private results(bundle: EvidenceBundle) {
    const { answer, verification } = bundle;
    const checks = new Map<string, RecordCheck>((verification?.records ?? []).map((check) => [check.recordId, check]));
    const mismatch = this.published !== null && !sameFingerprint(this.published, bundle.verifierKeyFingerprint);
    const count = answer.records.length;
    return html`<h2>Result</h2>
      ${this.verdict(bundle, mismatch)}
      <div class="key">
        <dl class="facts">
          <dt>Verifier key fingerprint</dt>
          <dd>${bundle.verifierKeyFingerprint ? html`<code>${bundle.verifierKeyFingerprint}</code>` : 'none (the ledger signs no checkpoints)'}</dd>
        </dl>
        ${bundle.verifierKeyFingerprint ? this.compareForm(mismatch) : nothing}
      </div>
      <div class="exports" role="group" aria-label="Export">
        <button type="button" class="secondary" @click=${() => this.export('json')}>Download JSON</button>
        <button type="button" class="secondary" @click=${() => this.export('csv')}>Download CSV</button>
      </div>
      <p>${formatCount(count)} ${count === 1 ? 'decision' : 'decisions'} in ${formatCount(answer.consentIds.length)} ${answer.consentIds.length === 1 ? 'consent id' : 'consent ids'}, oldest first.</p>
      ${answer.consentIds.map((consentId) => {
        const chain = answer.records.filter((record) => record.consentId === consentId);
        return html`<section aria-labelledby="chain-${consentId}">
          <h2 id="chain-${consentId}">Consent id <code>${consentId}</code></h2>
          ${
            chain.length
              ? html`<ol class="chain">
                ${chain.map(
                  (record) =>
                    html`<li>${recordView(record, answer.texts[record.textHash], checks.get(record.recordId), verification?.texts[record.textHash], count <= OPEN_TEXTS_UP_TO)}</li>`,
                )}
              </ol>`
              : html`<p>No records are held under this consent id.</p>`
          }
        </section>`;
      })}`;
  }

  private compareForm(mismatch: boolean) {
    return html`<form class="form" @submit=${this.compare} aria-label="Compare the fingerprint">
          <label class="field-wide">
            Published fingerprint
            <input type="text" name="published" autocomplete="off" spellcheck="false" aria-describedby="published-hint" />
            <span class="hint" id="published-hint">The fingerprint as you published it (privacy notice, DNS record): the proofs are only as trustworthy as the key they were checked with.</span>
          </label>
          <button type="submit" class="secondary">Compare</button>
        </form>
        <div role="status">
          ${
            this.published === null
              ? nothing
              : mismatch
                ? html`<p class="message error">FAILED: the fingerprint of the key this ledger serves differs from the published one. Do not rely on these proofs.</p>`
                : html`<p class="message ok">The fingerprint matches the published one.</p>`
          }
        </div>`;
  }

  private verdict(bundle: EvidenceBundle, mismatch: boolean) {
    const verification = bundle.verification;
    if (!verification) return html`<p class="message">Not verified: this ledger signs no checkpoints (it has no log key), so there are no proofs to check.</p>`;
    if (verification.ok && !mismatch && this.published !== null) {
      return html`<p class="message ok">
        <strong>Verified.</strong> Every record's hash, chain link and inclusion proof hold, checked in this page against the ledger's verifier key, whose fingerprint
        matches the one you published.
      </p>`;
    }
    if (verification.ok && !mismatch) {
      // The key came from the same ledger as the proofs: only the published fingerprint makes them proof.
      return html`<p class="message ok">
        <strong>Verified against this ledger's key.</strong> Every record's hash, chain link and inclusion proof hold, checked in this page against the verifier key
        the ledger serves. Compare its fingerprint with the one you published to rely on them.
      </p>`;
    }
    const problems = [...verification.problems, ...(mismatch ? ['the verifier key fingerprint differs from the published one'] : [])];
    return html`<div class="message error">
      <p><strong>FAILED:</strong> ${formatCount(problems.length)} ${problems.length === 1 ? 'problem' : 'problems'} found.</p>
      <ul>
        ${problems.map((problem) => html`<li>${problem}</li>`)}
      </ul>
    </div>`;
  }

  private compare(event: SubmitEvent): void {
    event.preventDefault();
    const value = ((event.target as HTMLFormElement).elements.namedItem('published') as HTMLInputElement).value.trim();
    this.published = value || null;
  }

  private export(format: 'json' | 'csv'): void {
    if (!this.bundle) return;
    const bundle = { ...this.bundle, publishedFingerprint: this.published, exportedAt: new Date().toISOString() };
    if (format === 'json') downloadText(evidenceJson(bundle), exportFileName('evidence', 'json'), 'application/json');
    else downloadText(evidenceCsv(bundle), exportFileName('evidence', 'csv'), 'text/csv');
  }
}

function lookupError(error: unknown, kind: TargetKind): string {
  if (!(error instanceof ApiError)) return `The look-up failed: ${error instanceof Error ? error.message : String(error)}`;
  if (error.status === 404) return `Nothing is held under this ${KIND_NAMES[kind]}.`;
  if (error.code === 'insufficient_scope') return missingScope(kind === 'consent' ? 'read' : 'export');
  return error.message;
}
