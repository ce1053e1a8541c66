/**
 * Where the IAB Tech Lab publishes the Global Vendor List (version 3, TCF v2.2 and later): the
 * ledger's default source for `GET /v1/tcf/vendor-list.json`.
 *
 * @example
 * createVendorListCache({ cacheFile: './ledger.sqlite.vendor-list.json', source: DEFAULT_VENDOR_LIST_URL });
 */
export const DEFAULT_VENDOR_LIST_URL = 'https://vendor-list.consensu.org/v3/vendor-list.json';

/**
 * A Global Vendor List (specification version 3) as far as the ledger reads it: it checks these
 * fields and narrows `vendors`, and passes every other field through untouched.
 *
 * @example
 * const list: GlobalVendorList = parseVendorList(await response.text());
 * console.log(list.vendorListVersion, Object.keys(list.vendors).length);
 */
export interface GlobalVendorList {
  gvlSpecificationVersion: 3;
  vendorListVersion: number;
  tcfPolicyVersion: number;
  purposes: Record<string, unknown>;
  specialPurposes: Record<string, unknown>;
  features: Record<string, unknown>;
  specialFeatures: Record<string, unknown>;
  vendors: Record<string, unknown>;
  [field: string]: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// The sections every browser requires as objects. The ledger must refuse at least what
// `vendorListFromJson` in packages/tcf/src/vendor-list/load.ts (@assent/tcf) refuses, or it would
// replace a good copy with one no page can use: keep these rules in step with that file.
const SECTIONS = ['purposes', 'specialPurposes', 'features', 'specialFeatures', 'vendors'] as const;
const VERSIONS = ['vendorListVersion', 'tcfPolicyVersion'] as const;

/**
 * Parses and checks a downloaded vendor list: JSON, `gvlSpecificationVersion` 3, positive integer
 * `vendorListVersion` and `tcfPolicyVersion`, `purposes` (not empty), `specialPurposes`,
 * `features`, `specialFeatures` and `vendors` objects (each vendor an object under its id) — at
 * least everything `@assent/tcf` checks in the browser. Throws a `TypeError` saying what is wrong,
 * so garbage never replaces a good copy.
 *
 * @example
 * const list = parseVendorList('{"gvlSpecificationVersion":3,"vendorListVersion":101,"tcfPolicyVersion":5,"purposes":{…},…}');
 */
export function parseVendorList(text: string): GlobalVendorList {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new TypeError('not JSON');
  }
  if (!isObject(value)) throw new TypeError('not a JSON object');
  if (value.gvlSpecificationVersion !== 3)
    throw new TypeError(`gvlSpecificationVersion is ${JSON.stringify(value.gvlSpecificationVersion)?.slice(0, 20)}, not 3`);
  for (const field of VERSIONS) {
    const version = value[field];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new TypeError(`${field} is missing or not a positive integer`);
  }
  for (const section of SECTIONS) if (!isObject(value[section])) throw new TypeError(`${section} is missing or not an object`);
  if (!Object.keys(value.purposes as object).length) throw new TypeError('purposes is empty');
  for (const [id, vendor] of Object.entries(value.vendors as object))
    if (!/^[1-9][0-9]*$/.test(id) || !isObject(vendor) || vendor.id !== Number(id)) throw new TypeError(`vendor ${id.slice(0, 12)} is malformed`);
  return value as GlobalVendorList;
}

/**
 * The list with only the given vendors (ids not in the list are left out); purposes, special
 * purposes, features, stacks, data categories and every other field kept. A page that shows five
 * vendors downloads five, not the whole list.
 *
 * @example
 * narrowVendorList(list, [8, 755]).vendors; // { '8': {…}, '755': {…} }
 */
export function narrowVendorList(list: GlobalVendorList, vendorIds: readonly number[]): GlobalVendorList {
  const vendors: Record<string, unknown> = {};
  // In ascending id order, as the IAB publishes them.
  for (const id of [...new Set(vendorIds)].sort((a, b) => a - b)) if (Object.hasOwn(list.vendors, String(id))) vendors[id] = list.vendors[id];
  return { ...list, vendors };
}
