import { html, nothing, type TemplateResult } from 'lit';
import type { EvidenceRecord, TextSnapshot } from '../api/types.js';
import type { RecordCheck } from '../verify/index.js';
import { formatCount, formatDateTime } from './format.js';

const EVENTS: Record<EvidenceRecord['event'], string> = { given: 'Given', updated: 'Updated', withdrawn: 'Withdrawn', renewed: 'Renewed' };
const METHODS: Record<string, string> = {
  'accept-all': 'Accept all',
  'reject-all': 'Reject all',
  custom: 'Custom choice',
  withdraw: 'Withdrawal',
  gpc: 'Global Privacy Control signal',
  api: 'Through the API',
};

const ids = (map: Record<string, boolean>, granted: boolean) => {
  const list = Object.keys(map)
    .filter((id) => map[id] === granted)
    .sort();
  return list.length ? list.join(', ') : 'none';
};

/**
 * The proof status of a record in words: verified against which checkpoint, or FAILED with every
 * problem, or not checked (the ledger signs no checkpoints).
 *
 * @example
 * proofStatus(check); // { ok: true, text: 'Proof verified against checkpoint of 1,234 records signed at 30 Nov 2026, 17:00:00 UTC' }
 */
export function proofStatus(check: RecordCheck | undefined): { ok: boolean; text: string; problems: string[] } {
  if (!check) return { ok: false, text: 'Not checked: the ledger signs no checkpoints, so there is no inclusion proof to check.', problems: [] };
  const fine = check.hash === 'ok' && check.chain === 'ok' && check.inclusion === 'verified' && check.problems.length === 0;
  if (fine && check.checkpoint) {
    const signed = check.checkpoint.time ? `signed at ${formatDateTime(check.checkpoint.time)}` : `signed by ${check.checkpoint.origin}`;
    return { ok: true, text: `Proof verified against checkpoint of ${formatCount(check.checkpoint.size)} records ${signed}`, problems: [] };
  }
  const problems = check.problems.length
    ? check.problems
    : [check.inclusion === 'missing' ? 'no inclusion proof was given for this record' : 'the record did not verify'];
  return { ok: false, text: `FAILED: ${problems[0]}`, problems };
}

/**
 * One decision of a chain: what was decided, how and where, whether its identifying data was
 * erased, the exact texts shown, and its proof status.
 *
 * @example
 * html`<ol>${records.map((record) => html`<li>${recordView(record, answer.texts[record.textHash], checks.get(record.recordId), check.texts)}</li>`)}</ol>`
 */
export function recordView(
  record: EvidenceRecord,
  snapshot: TextSnapshot | undefined,
  check: RecordCheck | undefined,
  textStatus: 'ok' | 'mismatch' | 'unchecked' | undefined,
  openTexts = false,
): TemplateResult {
  const status = proofStatus(check);
  const erased = Boolean(record.erasedAt);
  const hasServices = Object.keys(record.services).length > 0;
  return html`<article class="record" aria-labelledby="record-${record.recordId}">
    <h3 id="record-${record.recordId}">${record.seq}. ${EVENTS[record.event] ?? record.event} — <time datetime=${record.recordedAt}>${formatDateTime(record.recordedAt)}</time></h3>
    <p class="proof ${status.ok ? 'status-ok' : 'status-failed'}">${status.text}</p>
    ${status.problems.length > 1 ? html`<ul class="problems">${status.problems.map((problem) => html`<li>${problem}</li>`)}</ul>` : nothing}
    <dl class="facts">
      <dt>Method</dt>
      <dd>${METHODS[record.method] ?? record.method}</dd>
      <dt>Categories granted</dt>
      <dd>${ids(record.categories, true)}</dd>
      <dt>Categories denied</dt>
      <dd>${ids(record.categories, false)}</dd>
      ${
        hasServices
          ? html`<dt>Services granted</dt>
            <dd>${ids(record.services, true)}</dd>
            <dt>Services denied</dt>
            <dd>${ids(record.services, false)}</dd>`
          : nothing
      }
      ${
        record.withdrawn && (record.withdrawn.categories.length || record.withdrawn.services.length)
          ? html`<dt>Withdrew</dt>
            <dd>${[...record.withdrawn.categories, ...record.withdrawn.services].join(', ')}</dd>`
          : nothing
      }
      <dt>Revision</dt>
      <dd>${record.revision}</dd>
      <dt>Locale</dt>
      <dd>${record.locale}</dd>
      <dt>Region</dt>
      <dd>${record.region || '—'}</dd>
      <dt>Regime</dt>
      <dd>${record.regime}</dd>
      <dt>GPC signal</dt>
      <dd>${record.gpc ? 'On' : 'Off'}</dd>
      <dt>Identifying data</dt>
      <dd>
        ${
          erased
            ? html`Erased on ${formatDateTime(record.erasedAt)}`
            : html`Held: subject id ${record.subjectId ? html`<code>${record.subjectId}</code>` : 'none'}, IP ${record.ip || '—'}, user agent ${record.userAgent || '—'}`
        }
      </dd>
      <dt>Valid until</dt>
      <dd>${formatDateTime(record.expiresAt)}</dd>
      <dt>Origin</dt>
      <dd>${record.origin || '—'}</dd>
      ${
        record.notice
          ? html`<dt>Privacy notice</dt>
            <dd>${record.notice.url} (version ${record.notice.version})</dd>`
          : nothing
      }
      ${
        record.tcf
          ? html`<dt>IAB TC string</dt>
            <dd><code>${record.tcf.tcString}</code></dd>
            ${record.tcf.addtlConsent ? html`<dt>Google Additional Consent</dt><dd><code>${record.tcf.addtlConsent}</code></dd>` : nothing}`
          : nothing
      }
      ${
        record.gpp
          ? html`<dt>IAB GPP string</dt>
            <dd><code>${record.gpp.gppString}</code></dd>
            <dt>GPP applicable sections</dt>
            <dd>${record.gpp.applicableSections.join(', ')}</dd>`
          : nothing
      }
      <dt>Record id</dt>
      <dd><code>${record.recordId}</code></dd>
      <dt>Hash</dt>
      <dd><code>${record.hash}</code></dd>
    </dl>
    ${textsView(record, snapshot, textStatus, openTexts)}
  </article>`;
}

function textsView(
  record: EvidenceRecord,
  snapshot: TextSnapshot | undefined,
  status: 'ok' | 'mismatch' | 'unchecked' | undefined,
  open: boolean,
): TemplateResult {
  if (!record.textHash) return html`<p class="muted">No texts were recorded with this decision (it was not made on a banner).</p>`;
  if (!snapshot) return html`<p class="muted">The ledger holds no texts for text hash <code>${record.textHash}</code>.</p>`;
  const choices = Object.keys(snapshot.choices).sort();
  return html`<details class="texts" ?open=${open || status === 'mismatch'}>
    <summary>Texts shown (${snapshot.locale}, ${snapshot.texts.length} texts)${status === 'mismatch' ? ' — FAILED: they do not match the text hash' : ''}</summary>
    ${
      status === 'mismatch'
        ? html`<p class="status-failed">FAILED: these texts do not hash to the record's text hash <code>${record.textHash}</code>.</p>`
        : status === 'ok'
          ? html`<p class="status-ok">These texts hash to the record's text hash.</p>`
          : nothing
    }
    <ol class="shown">
      ${snapshot.texts.map((text) => html`<li>${text}</li>`)}
    </ol>
    ${
      choices.length
        ? html`<p>Choices offered, as first shown: ${choices.map((id, index) => html`${index ? ', ' : ''}${id} (${snapshot.choices[id] ? 'on' : 'off'})`)}</p>`
        : nothing
    }
  </details>`;
}
