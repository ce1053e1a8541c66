import { Sections } from '@iabgpp/cmpapi';
import { describe, expect, it } from 'vitest';
import { TCFEUV2_SECTION, US_STATE_SECTIONS, USNAT_SECTION, sectionForRegion } from './regions.js';

describe('GPP sections by region', () => {
  it('has the 20 state sections, each with the id and name of the IAB library', () => {
    expect(Object.keys(US_STATE_SECTIONS)).toHaveLength(20);
    for (const [state, section] of Object.entries(US_STATE_SECTIONS)) {
      expect(Sections.SECTION_ID_NAME_MAP.get(section.id), state).toBe(section.name);
      expect(section.name).toBe(`us${state.toLowerCase()}`);
    }
    expect(Sections.SECTION_ID_NAME_MAP.get(USNAT_SECTION.id)).toBe('usnat');
    expect(Sections.SECTION_ID_NAME_MAP.get(TCFEUV2_SECTION.id)).toBe('tcfeuv2');
    // Every US section the library knows (but the retired uspv1) is here.
    const libraryUs = [...Sections.SECTION_ID_NAME_MAP.values()].filter((name) => name.startsWith('us') && name !== 'uspv1');
    expect(libraryUs.sort()).toEqual(['usnat', ...Object.values(US_STATE_SECTIONS).map((s) => s.name)].sort());
  });

  it.each([
    ['US-CA', 'usca'],
    ['us-ca', 'usca'],
    [' US-VA ', 'usva'],
    ['US-TX', 'ustx'],
    ['US-RI', 'usri'],
    ['US-WA', 'usnat'],
    ['US-NY', 'usnat'],
    ['US', 'usnat'],
    ['us', 'usnat'],
  ])('%s → %s', (region, name) => {
    expect(sectionForRegion(region)?.name).toBe(name);
  });

  it.each([['DE'], ['CA-QC'], ['USA'], ['US-'], ['US-CALIF'], [''], [undefined]])('%s → none', (region) => {
    expect(sectionForRegion(region)).toBeUndefined();
  });

  it("'national' gives every US visitor usnat", () => {
    expect(sectionForRegion('US-CA', 'national')).toEqual({ id: 7, name: 'usnat' });
    expect(sectionForRegion('US', 'national')).toEqual({ id: 7, name: 'usnat' });
    expect(sectionForRegion('DE', 'national')).toBeUndefined();
    expect(sectionForRegion('US-CA', 'state')).toEqual({ id: 8, name: 'usca' });
  });
});
