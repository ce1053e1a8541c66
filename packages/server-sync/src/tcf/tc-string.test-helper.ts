// TC strings for tests, encoded by the IAB Tech Lab's own library against the synthetic fixture
// vendor list (vendor-list.fixture.json): real strings the ledger's decoder must accept.
import { readFileSync } from 'node:fs';
import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';

/** The synthetic GVL v3 fixture (vendors 8, 28 and 755), parsed afresh on each call. */
export function fixtureVendorList(): Record<string, unknown> & { vendorListVersion: number; vendors: Record<string, unknown> } {
  return JSON.parse(readFileSync(new URL('./vendor-list.fixture.json', import.meta.url), 'utf8'));
}

/** A TC string granting the given purposes and vendors, created (and last updated) 2026-11-30. */
export function encodeTcString(choices: { purposes?: number[]; vendors?: number[] } = {}): string {
  const model = new TCModel(new GVL(fixtureVendorList() as never));
  model.cmpId = 2;
  model.cmpVersion = 1;
  model.consentScreen = 1;
  model.publisherCountryCode = 'DE';
  model.purposeConsents.set(choices.purposes ?? [1, 2, 3]);
  model.vendorConsents.set(choices.vendors ?? [8, 755]);
  model.created = model.lastUpdated = new Date('2026-11-30T00:00:00Z');
  return TCString.encode(model);
}
