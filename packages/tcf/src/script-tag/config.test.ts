import { ConsentConfigError } from '@assent/core';
import { describe, expect, it } from 'vitest';
import { readTcfScriptConfig, type TcfScriptOptions } from './config.js';

const issuesOf = (tcf: unknown): string[] => {
  try {
    readTcfScriptConfig(tcf as TcfScriptOptions, undefined);
  } catch (error) {
    expect(error).toBeInstanceOf(ConsentConfigError);
    return (error as ConsentConfigError).issues.map((issue) => issue.field);
  }
  return [];
};

describe('readTcfScriptConfig', () => {
  it('refuses a missing or non-object tcf, naming it', () => {
    for (const tcf of [undefined, null, 'yes', [], 7]) expect(issuesOf(tcf)).toEqual(['tcf']);
  });

  it('names every problem at once, a missing vendor list URL among them', () => {
    expect(issuesOf({ cmpId: '300', vendors: [], googleAtpIds: 'x' })).toEqual(['tcf.cmpId', 'tcf.vendors', 'tcf.vendorListUrl', 'tcf.googleAtpIds']);
  });

  it('keeps a vendor list URL the site gives, and the texts apart from the options', () => {
    const texts = { en: { actions: { manageOptions: 'Choose' } } };
    const { options, texts: read } = readTcfScriptConfig({ cmpId: 300, vendors: [755], vendorListUrl: '/gvl.json', texts }, undefined);
    expect(options).toEqual({ cmpId: 300, vendors: [755], vendorListUrl: '/gvl.json' });
    expect(read).toBe(texts);
  });
});
