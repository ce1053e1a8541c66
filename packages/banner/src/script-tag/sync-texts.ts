// Fetched by assent-sync.js for a record that carries texts or a privacy notice: the texts upload
// of @assent/server-sync and the notice check, kept out of what every delivering page view loads.
import type { OutboxRecord } from '@assent/server-sync/outbox';
import { withTexts } from '@assent/server-sync/outbox-texts';
import { assertNotice } from '../shared/notice.js';
import type { ShownContent } from '../text-hash/index.js';

/**
 * Sends one record, after the texts behind it (once per hash). A `notice` the ledger would refuse
 * — and with it the whole record — is reported (a `ConsentConfigError` naming the field) and left
 * out, so the decision is still recorded.
 *
 * @example
 * await send('https://consent.example/v1/consents', record, false, shown); // 201
 */
export function send(endpoint: string, record: OutboxRecord, keepalive: boolean, shown: ShownContent | undefined): Promise<number> {
  try {
    assertNotice(record.notice);
  } catch (error) {
    console.error(error);
    delete record.notice;
  }
  return withTexts(endpoint, () => undefined).transport(record, keepalive, shown);
}
