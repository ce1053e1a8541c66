import { GVL } from '@iabtechlabtcf/core';

/**
 * The vendor list could not be used: unreachable, not JSON, not a GVL v3, or holding none of the
 * vendors the site configured (active). `missingVendors` names the latter.
 *
 * @example
 * try { await loadVendorList(url, [755]); } catch (e) { if (e instanceof VendorListError) console.warn(e.missingVendors); }
 */
export class VendorListError extends Error {
  readonly missingVendors: number[];
  constructor(message: string, missingVendors: number[] = []) {
    super(message);
    this.name = 'VendorListError';
    this.missingVendors = missingVendors;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const SECTIONS = ['purposes', 'specialPurposes', 'features', 'specialFeatures', 'vendors'] as const;

/**
 * Checks that a parsed JSON value is a GVL v3 the IAB library can use, and builds the `GVL`
 * narrowed to the configured `vendors` the list holds as active. A configured vendor the list does
 * not hold (or holds as deleted) is dropped with one `console.warn` naming it: the IAB removes
 * vendors between list versions, and that must not take the CMP down for the others (disclosing
 * it would make an invalid TC string, so it is neither disclosed nor asked about). Throws a
 * `VendorListError` naming what is wrong — also when none of the configured vendors is active.
 *
 * @example
 * const gvl = vendorListFromJson(await (await fetch(url)).json(), [755, 793]);
 */
export function vendorListFromJson(json: unknown, vendors: readonly number[]): GVL {
  if (!isRecord(json)) throw new VendorListError('The vendor list is not a JSON object.');
  if (json.gvlSpecificationVersion !== 3)
    throw new VendorListError(`The vendor list has gvlSpecificationVersion ${String(json.gvlSpecificationVersion)}; TCF 2.2 needs 3.`);
  for (const field of ['vendorListVersion', 'tcfPolicyVersion'] as const) {
    if (!Number.isInteger(json[field]) || (json[field] as number) < 1) throw new VendorListError(`The vendor list has no valid ${field}.`);
  }
  for (const section of SECTIONS) {
    if (!isRecord(json[section])) throw new VendorListError(`The vendor list has no "${section}" object.`);
  }
  const listed = json.vendors as Record<string, unknown>;
  const isActive = (id: number) => {
    const vendor = listed[String(id)];
    return isRecord(vendor) && vendor.deletedDate === undefined;
  };
  const active = vendors.filter(isActive);
  const dropped = vendors.filter((id) => !isActive(id));
  if (!active.length) {
    throw new VendorListError(
      `Vendor list ${String(json.vendorListVersion)} has none of the configured vendors (active): ${dropped.join(', ')}. Update the TCF options' vendors.`,
      dropped,
    );
  }
  if (dropped.length) {
    console.warn(
      `[assent/tcf] Vendor list ${String(json.vendorListVersion)} has no (active) vendor ${dropped.join(', ')}: left out of the UI and the TC string. Remove it from the TCF options' vendors.`,
    );
  }
  const gvl = new GVL(json as never);
  gvl.narrowVendorsTo(active);
  return gvl;
}

/**
 * Fetches the vendor list the site serves (never a third party's URL) and builds the narrowed
 * `GVL`; the IAB library itself makes no request. Throws a `VendorListError` with the reason.
 *
 * @example
 * const gvl = await loadVendorList('/v1/tcf/vendor-list.json', [755, 793]);
 */
export async function loadVendorList(url: string, vendors: readonly number[], fetchImpl: typeof fetch = fetch): Promise<GVL> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    throw new VendorListError(`The vendor list at ${url} could not be fetched: ${(error as Error).message}`);
  }
  if (!response.ok) throw new VendorListError(`The vendor list at ${url} answered HTTP ${response.status}.`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new VendorListError(`The vendor list at ${url} is not JSON.`);
  }
  return vendorListFromJson(json, vendors);
}
