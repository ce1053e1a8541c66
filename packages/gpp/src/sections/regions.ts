// Which GPP section speaks for a visitor, by region. DOM-free: the ledger's middleware shares it.
// The ids and names are those of @iabgpp/cmpapi 3.2.0's section classes (`UsCa.ID`, `UsCa.NAME`, …),
// checked against the library in regions.test.ts.
import type { GppSection } from '../types.js';

/**
 * The US national section (MSPA US National, id 7): any US visitor without a state section of
 * their own, and every US visitor with `sections: 'national'`.
 *
 * @example
 * USNAT_SECTION; // { id: 7, name: 'usnat' }
 */
export const USNAT_SECTION: GppSection = Object.freeze({ id: 7, name: 'usnat' });

/**
 * The TCF EU v2 section (id 2): the TC string, where `@assent/tcf` runs beside GPP and GDPR applies.
 *
 * @example
 * TCFEUV2_SECTION; // { id: 2, name: 'tcfeuv2' }
 */
export const TCFEUV2_SECTION: GppSection = Object.freeze({ id: 2, name: 'tcfeuv2' });

const state = (id: number, name: GppSection['name']): GppSection => Object.freeze({ id, name });

/**
 * The state sections by two-letter state code: the states with a comprehensive privacy law that
 * the IAB's library has a section for.
 *
 * @example
 * US_STATE_SECTIONS.CA; // { id: 8, name: 'usca' }
 */
export const US_STATE_SECTIONS: Readonly<Record<string, GppSection>> = Object.freeze({
  CA: state(8, 'usca'),
  VA: state(9, 'usva'),
  CO: state(10, 'usco'),
  UT: state(11, 'usut'),
  CT: state(12, 'usct'),
  FL: state(13, 'usfl'),
  MT: state(14, 'usmt'),
  OR: state(15, 'usor'),
  TX: state(16, 'ustx'),
  DE: state(17, 'usde'),
  IA: state(18, 'usia'),
  NE: state(19, 'usne'),
  NH: state(20, 'usnh'),
  NJ: state(21, 'usnj'),
  TN: state(22, 'ustn'),
  MN: state(23, 'usmn'),
  MD: state(24, 'usmd'),
  IN: state(25, 'usin'),
  KY: state(26, 'usky'),
  RI: state(27, 'usri'),
});

/**
 * The US section for an ISO 3166 region code (`US-CA` → `usca`, `US-WA` or `US` → `usnat`), or
 * `undefined` outside the US (and for no region). Case does not matter. With `'national'`, every
 * US visitor gets `usnat`.
 *
 * @example
 * sectionForRegion('US-CA'); // { id: 8, name: 'usca' }
 * sectionForRegion('US-CA', 'national'); // { id: 7, name: 'usnat' }
 * sectionForRegion('DE'); // undefined
 */
export function sectionForRegion(region: string | undefined, sections: 'state' | 'national' = 'state'): GppSection | undefined {
  const match = /^US(?:-([A-Z0-9]{1,3}))?$/.exec((region ?? '').trim().toUpperCase());
  if (!match) return undefined;
  const stateSection = sections === 'state' && match[1] ? US_STATE_SECTIONS[match[1]] : undefined;
  return stateSection ?? USNAT_SECTION;
}
