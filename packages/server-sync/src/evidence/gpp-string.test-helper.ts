// GPP strings for tests, encoded by the IAB Tech Lab's own library (@iabgpp/cmpapi's GppModel):
// real strings the ledger's decoder and the middleware's parser must accept.
import { GppModel } from '@iabgpp/cmpapi';
import { encodeTcString } from '../tcf/tc-string.test-helper.js';

/** A California (usca, id 8) string: opted out of sale and sharing unless told otherwise, with a GPC segment when `gpc` is given. */
export function uscaString(choices: { optedOut?: boolean; gpc?: boolean } = {}): string {
  const model = new GppModel();
  const optOut = choices.optedOut === false ? 2 : 1;
  model.setFieldValue('usca', 'SaleOptOutNotice', 1);
  model.setFieldValue('usca', 'SharingOptOutNotice', 1);
  model.setFieldValue('usca', 'SaleOptOut', optOut);
  model.setFieldValue('usca', 'SharingOptOut', optOut);
  model.setFieldValue('usca', 'GpcSegmentIncluded', choices.gpc !== undefined);
  if (choices.gpc !== undefined) model.setFieldValue('usca', 'Gpc', choices.gpc);
  return model.encode();
}

/** A national (usnat, id 7) string: did not opt out; targeted advertising not applicable. */
export function usnatString(): string {
  const model = new GppModel();
  model.setFieldValue('usnat', 'SharingNotice', 1);
  model.setFieldValue('usnat', 'SaleOptOutNotice', 1);
  model.setFieldValue('usnat', 'SaleOptOut', 2);
  model.setFieldValue('usnat', 'SharingOptOut', 2);
  model.setFieldValue('usnat', 'TargetedAdvertisingOptOut', 0);
  model.setFieldValue('usnat', 'GpcSegmentIncluded', false);
  return model.encode();
}

/** A string with the TCF EU v2 section (id 2, the fixture's TC string) beside usnat (id 7). */
export function tcfAndUsnatString(): string {
  const model = new GppModel(usnatString());
  model.decodeSection('tcfeuv2', encodeTcString());
  return model.encode();
}
