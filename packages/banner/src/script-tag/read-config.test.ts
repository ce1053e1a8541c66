import { describe, expect, it } from 'vitest';
import { readScriptConfig } from './read-config.js';

describe('readScriptConfig', () => {
  it('reads data-* attributes of the script tag', () => {
    const config = readScriptConfig({ revision: '7', region: 'DE', locale: 'fr', privacyPolicyUrl: '/privacy', theme: 'dark', floatingButton: '', cookieDomain: 'example.com', expiresAfterDays: '90' });
    expect(config).toEqual({ revision: '7', region: 'DE', locale: 'fr', privacyPolicyUrl: '/privacy', theme: 'dark', floatingButton: true, cookie: { domain: 'example.com' }, expiresAfterDays: 90 });
  });

  it('lets window.assentConfig win over attributes', () => {
    expect(readScriptConfig({ revision: '7', floatingButton: 'false' }, { revision: '8', services: [] })).toEqual({ revision: '8', floatingButton: false, services: [] });
  });

  it('ignores empty and unknown attributes', () => {
    expect(readScriptConfig({ revision: '', src: 'x', assentOpen: '' })).toEqual({});
  });
});
