import { describe, expect, it } from 'vitest';
import { ConsentConfigError } from '@assent/core';
import { readScriptConfig, type ScriptTagConfig } from './read-config.js';

describe('readScriptConfig', () => {
  it('reads data-* attributes of the script tag', () => {
    const config = readScriptConfig({
      revision: '7',
      region: 'DE',
      locale: 'fr',
      privacyPolicyUrl: '/privacy',
      theme: 'dark',
      floatingButton: '',
      cookieDomain: 'example.com',
      expiresAfterDays: '90',
    });
    expect(config).toEqual({
      revision: '7',
      region: 'DE',
      locale: 'fr',
      privacyPolicyUrl: '/privacy',
      theme: 'dark',
      floatingButton: true,
      cookie: { domain: 'example.com' },
      expiresAfterDays: 90,
    });
  });

  it('lets window.assentConfig win over attributes', () => {
    expect(readScriptConfig({ revision: '7', floatingButton: 'false' }, { revision: '8', services: [] })).toEqual({
      revision: '8',
      floatingButton: false,
      services: [],
    });
  });

  it('ignores empty and unknown attributes', () => {
    expect(readScriptConfig({ revision: '', src: 'x', assentOpen: '' })).toEqual({});
  });

  it('refuses a window.assentConfig that is not an object, rather than reading it as no options', () => {
    for (const global of ['DE', 42, true, null, [], [{ revision: '2' }], () => ({})]) {
      expect(() => readScriptConfig({ revision: '7' }, global as unknown as ScriptTagConfig), String(global)).toThrow(ConsentConfigError);
    }
    expect(readScriptConfig({ revision: '7' }, undefined)).toEqual({ revision: '7' });
  });
});
