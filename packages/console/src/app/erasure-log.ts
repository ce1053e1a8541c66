import { html, type TemplateResult } from 'lit';
import type { AuditEntryKind } from '../api/types.js';
import { formatCount, formatDateTime } from './format.js';
import { tableRegion } from './table-region.js';

/**
 * The erasure log: when, who, what kind of id, the consent ids and how many records and which
 * fields were cleared. Never the subject id: the ledger does not keep it.
 *
 * @example
 * html`${erasureLogTable(entries)}`
 */
export function erasureLogTable(entries: ReadonlyArray<AuditEntryKind<'erasure'>>): TemplateResult {
  return tableRegion(
    'erasure-log-caption',
    html`<table>
      <caption id="erasure-log-caption">Erasures, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Erased by</th>
          <th scope="col">Consent ids</th>
          <th scope="col" class="number">Records</th>
          <th scope="col">Fields cleared</th>
        </tr>
      </thead>
      <tbody>
        ${entries.map(
          (entry) => html`<tr>
            <th scope="row"><time datetime=${entry.at}>${formatDateTime(entry.at)}</time></th>
            <td>${entry.actor}</td>
            <td>${entry.details.target === 'subject' ? 'Subject id' : 'Consent id'}</td>
            <td>${entry.details.consentIds.length ? entry.details.consentIds.map((id) => html`<code>${id}</code>`) : '—'}</td>
            <td class="number">${formatCount(entry.details.records)}</td>
            <td>${entry.details.fields.join(', ') || '—'}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
  );
}
