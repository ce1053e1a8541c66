import { expect } from '@open-wc/testing';
import { ConsentConfigError, type ConsentStore } from '@assent/core';
import { createConsentUi } from './create-ui.js';
import { defineAssentBanner } from '../banner/define.js';
import { definePreferences } from '../preferences/define.js';
import { enFirstLayer } from '../locales/en-first-layer.js';
import { loadLocale, mergeMessages } from '../locales/load-locale.js';
import { startScriptTag } from '../script-tag/start.js';
import { clearConsentCookie, testStore } from './ui.test-helper.js';

// The privacy notice link is the site's own URL: only http(s) and relative ones are linked to.
const UNSAFE = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
];

let store: ConsentStore;
const mounted: Element[] = [];
const privacyLinks = (element: Element) => element.shadowRoot!.querySelectorAll('[part="privacy-link"]');

describe('privacy notice URL', () => {
  beforeEach(() => {
    clearConsentCookie();
    store = testStore();
  });
  afterEach(() => {
    mounted.splice(0).forEach((element) => element.remove());
    store.destroy();
    clearConsentCookie();
  });

  for (const url of UNSAFE) {
    it(`createConsentUi() refuses ${JSON.stringify(url)} with a ConsentConfigError and mounts nothing`, () => {
      let error: unknown;
      try {
        createConsentUi(store, { privacyPolicyUrl: url });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ConsentConfigError);
      expect((error as ConsentConfigError).issues).to.deep.equal([{ field: 'privacyPolicyUrl', message: 'use an http(s) or relative URL' }]);
      expect(document.querySelector('assent-banner, assent-preferences')).to.equal(null);
    });
  }

  it('the script tag refuses it, and an unsafe syncEndpoint, before anything starts', () => {
    const started: string[] = [];
    const hooks = {
      startPage: () => (started.push('startPage'), { stop() {}, setEmbedTexts() {} }),
      loadUi: () => Promise.reject(new Error('not expected')),
      loadMessages: () => Promise.reject(new Error('not expected')),
      loadPageExtras: () => Promise.reject(new Error('not expected')),
      sync: () => started.push('sync'),
    };
    let error: unknown;
    try {
      startScriptTag({ sync: false, revision: 'test', privacyPolicyUrl: UNSAFE[0], syncEndpoint: 'data:text/plain,x' }, hooks);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ConsentConfigError);
    expect((error as ConsentConfigError).issues.map((issue) => issue.field)).to.deep.equal(['privacyPolicyUrl', 'syncEndpoint']);
    expect(started).to.deep.equal([]);
  });

  it('an element used on its own links to none of them, and to a safe one', async () => {
    defineAssentBanner();
    definePreferences();
    const full = mergeMessages(await loadLocale('en'));
    for (const url of [...UNSAFE, '/privacy']) {
      const banner = Object.assign(document.createElement('assent-banner'), { store, messages: mergeMessages(enFirstLayer), open: true });
      const dialog = Object.assign(document.createElement('assent-preferences'), { store, messages: full });
      banner.setAttribute('privacy-policy-url', url);
      dialog.setAttribute('privacy-policy-url', url);
      document.body.append(banner, dialog);
      mounted.push(banner, dialog);
      await dialog.show();
      await banner.updateComplete;
      const expected = url === '/privacy' ? 1 : 0;
      expect(privacyLinks(banner), `banner, ${url}`).to.have.length(expected);
      expect(privacyLinks(dialog), `dialog, ${url}`).to.have.length(expected);
      expect(banner.shadowRoot!.textContent!.includes(full.privacyLink), `banner text, ${url}`).to.equal(!!expected);
      dialog.hide();
    }
  });
});
