import { expect } from '@open-wc/testing';
import type { ConsentStore } from '@assent/core';
import type { PageController, PageOptions } from '@assent/core/page';
import { loadLocale } from '../locales/load-locale.js';
import type { LocaleCode } from '../locales/types.js';
import { clearConsentCookie, SERVICES, until } from '../ui/ui.test-helper.js';
import { startScriptTag, type AssentGlobal, type ScriptTagHooks } from './start.js';

// The page glue is another package's concern: a recording stand-in keeps these tests about the entry.
function hooks(log: string[]): ScriptTagHooks {
  return {
    startPage(store: ConsentStore, options?: PageOptions): PageController {
      log.push(`startPage:${store.needsDecision}:${JSON.stringify(options ?? {})}`);
      return { stop: () => log.push('stop'), setEmbedTexts: (texts) => log.push(`embed:${texts.button}`) };
    },
    loadUi: () => (log.push('loadUi'), import('./ui-entry.js')),
    loadMessages: (locale) => (log.push(`loadMessages:${locale}`), loadLocale(locale as LocaleCode)),
    loadPageExtras: () => (log.push('loadPageExtras'), import('./page-extras.js')),
    sync: () => log.push('sync'),
  };
}

describe('script-tag entry (startScriptTag)', () => {
  let api: AssentGlobal | undefined;
  beforeEach(clearConsentCookie);
  afterEach(() => {
    api?.destroy();
    api = undefined;
    document.querySelectorAll('assent-banner, assent-preferences, assent-way-back, [data-test]').forEach((node) => node.remove());
    clearConsentCookie();
  });

  it('starts the page glue synchronously after the store, then the sync seam, and shows the banner when a decision is needed', async () => {
    const log: string[] = [];
    api = startScriptTag({ sync: false, revision: 'test', services: SERVICES, page: { reloadOnWithdraw: true } }, hooks(log));
    expect(log.slice(0, 2)).to.deep.equal(['startPage:true:{"reloadOnWithdraw":true}', 'sync']);
    await until(() => document.querySelector('assent-banner')?.open);
    expect(log).to.include('loadUi');
  });

  it('fetches no UI for a returning visitor who decided', async () => {
    const first = startScriptTag({ sync: false, revision: 'test' }, hooks([]));
    first.rejectAll();
    first.destroy();
    const log: string[] = [];
    api = startScriptTag({ sync: false, revision: 'test' }, hooks(log));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.needsDecision).to.equal(false);
    expect(log.filter((entry) => entry.startsWith('load'))).to.deep.equal([]);
    expect(document.querySelector('assent-banner') === null, 'no banner').to.equal(true);
  });

  it('exposes the store (state, granted, decisions) plus show() and showPreferences()', async () => {
    api = startScriptTag({ sync: false, revision: 'test' }, hooks([]));
    expect(api.needsDecision).to.equal(true);
    expect(api.granted('analytics')).to.equal(false);
    api.update({ analytics: true });
    expect(api.granted('analytics')).to.equal(true);
    expect(api.state!.method).to.equal('custom');
    await api.showPreferences();
    expect(document.querySelector('assent-preferences')!.isOpen).to.equal(true);
    document.querySelector('assent-preferences')!.hide();
    await api.show();
    expect(document.querySelector('assent-banner')!.open).to.equal(true);
  });

  it('opens the preferences from any element with data-assent-open, and focus returns to it', async () => {
    api = startScriptTag({ sync: false, revision: 'test' }, hooks([]));
    api.rejectAll();
    const link = Object.assign(document.createElement('a'), { href: '#cookies', textContent: 'Cookie settings' });
    link.setAttribute('data-assent-open', '');
    link.setAttribute('data-test', '');
    document.body.append(link);
    link.focus();
    link.click();
    await until(() => document.querySelector('assent-preferences')?.isOpen);
    expect(location.hash).to.not.equal('#cookies');
    document.querySelector('assent-preferences')!.hide();
    expect(document.activeElement === link, 'focus back on the link').to.equal(true);
  });

  it('loads a non-English locale for embed placeholders and the floating button without the UI', async () => {
    const first = startScriptTag({ sync: false, revision: 'test' }, hooks([]));
    first.acceptAll();
    first.destroy();
    const log: string[] = [];
    api = startScriptTag({ sync: false, revision: 'test', locale: 'fr', floatingButton: true }, hooks(log));
    await until(() => document.querySelector('assent-way-back'));
    const button = document.querySelector('assent-way-back')!.shadowRoot!.querySelector('button')!;
    await until(() => button.getAttribute('aria-label') === 'Paramètres des cookies');
    expect(log).to.include('loadMessages:fr');
    expect(log).to.include('embed:Autoriser {service}');
    expect(log).to.not.include('loadUi');
    const box = button.getBoundingClientRect();
    expect(box.width >= 24 && box.height >= 24).to.equal(true);
    button.click();
    await until(() => document.querySelector('assent-preferences')?.isOpen);
    expect(document.querySelector('assent-preferences')!.getAttribute('lang')).to.equal('fr');
  });

  it('applies per-site text overrides', async () => {
    api = startScriptTag({ sync: false, revision: 'test', texts: { en: { banner: { title: 'Cookies at Example' } } } }, hooks([]));
    await until(() => document.querySelector('assent-banner')?.open);
    const banner = document.querySelector('assent-banner')!;
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Cookies at Example');
  });
});
