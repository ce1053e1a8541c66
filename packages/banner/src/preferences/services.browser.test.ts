import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConsentStore, ServiceDefinition } from '@assent/core';
import { gateEmbeds, type EmbedGate } from '@assent/core/page';
import { createConsentUi, type ConsentUi } from '../ui/create-ui.js';
import { SERVICES, clearConsentCookie, deepActive, testStore, until } from '../ui/ui.test-helper.js';
import { LOCALES } from '../locales/pick-locale.js';
import type { AssentPreferences } from './preferences.component.js';
import { part, showDialog } from './preferences.test-helper.js';

// A second analytics service, so a category can be mixed, and a necessary one, which has no switch.
const MORE_SERVICES: ServiceDefinition[] = [
  ...SERVICES,
  {
    id: 'heatmap',
    category: 'analytics',
    name: 'Heatmaps',
    provider: 'Example Heat Ltd',
    purpose: 'Shows where visitors click',
    privacyPolicyUrl: 'https://heat.example/privacy',
  },
  {
    id: 'session',
    category: 'necessary',
    name: 'Session',
    provider: 'This site',
    purpose: 'Keeps you signed in',
    privacyPolicyUrl: 'https://site.example/privacy',
  },
];

let store: ConsentStore;
let ui: ConsentUi | undefined;
let gate: EmbedGate | undefined;
let opener: HTMLButtonElement;

async function openDialog(locale?: string): Promise<AssentPreferences> {
  ui ??= createConsentUi(store, { privacyPolicyUrl: '/privacy', locale });
  return showDialog(ui, opener);
}
const switchOf = (element: AssentPreferences, id: string) => element.shadowRoot!.querySelector<HTMLInputElement>(`#switch-${id}`);
const expandAll = (element: AssentPreferences) => element.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
/** Clicks a switch the way a person does (change event and all) and waits for the re-render. */
async function flip(element: AssentPreferences, id: string): Promise<void> {
  switchOf(element, id)!.click();
  await element.updateComplete;
}
async function save(element: AssentPreferences): Promise<void> {
  let decided = false;
  const stop = store.subscribe(() => (decided = true));
  part(element, 'save-button').click();
  await until(() => decided && !element.isOpen);
  stop();
  expect(store.state!.method).to.equal('custom');
}
/**
 * The state assistive technology is given: a native checkbox with no role or aria-checked of its
 * own is exposed as checked, unchecked or mixed (indeterminate) by the browser (HTML-AAM).
 */
function exposedState(toggle: HTMLInputElement): boolean | 'mixed' {
  expect([toggle.type, toggle.getAttribute('role'), toggle.getAttribute('aria-checked')]).to.deep.equal(['checkbox', null, null]);
  return toggle.matches(':indeterminate') ? 'mixed' : toggle.checked;
}

describe('<assent-preferences>: per-service switches', () => {
  beforeEach(() => {
    clearConsentCookie();
    store = testStore({ services: MORE_SERVICES });
    opener = Object.assign(document.createElement('button'), { textContent: 'Cookie settings' });
    document.body.append(opener);
  });
  afterEach(async () => {
    gate?.();
    gate = undefined;
    ui?.destroy();
    ui = undefined;
    store.destroy();
    opener.remove();
    document.querySelectorAll('.embed-host').forEach((host) => host.remove());
    clearConsentCookie();
    await setViewport({ width: 1280, height: 800 });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('gives every non-necessary service a switch labelled with its name, inside its category', async () => {
    const element = await openDialog();
    for (const [id, name, category] of [
      ['matomo', 'Matomo', 'analytics'],
      ['heatmap', 'Heatmaps', 'analytics'],
      ['video', 'Video host', 'functional'],
    ] as const) {
      const toggle = switchOf(element, id);
      expect(toggle, id).to.not.equal(null);
      expect(toggle!.type).to.equal('checkbox');
      expect(toggle!.getAttribute('role')).to.equal('switch');
      expect(toggle!.labels![0]!.textContent!.trim(), 'labelled by the service name').to.equal(name);
      expect(toggle!.closest('[part~=category]')!.getAttribute('aria-labelledby')).to.equal(`name-${category}`);
      expect(toggle!.checked, 'nothing pre-ticked in opt-in').to.equal(false);
    }
    expect(switchOf(element, 'session'), 'a necessary service has no switch').to.equal(null);
    expect(switchOf(element, 'necessary')).to.equal(null);
    expect(switchOf(element, 'heatmap')!.getAttribute('role'), 'a two-state service switch').to.equal('switch');
  });

  it('names the category in each services summary', async () => {
    const element = await openDialog();
    const summaries = [...element.shadowRoot!.querySelectorAll('summary')].map((summary) => summary.textContent!.trim());
    expect(summaries).to.deep.equal([
      'necessary cookies: services and cookies (1)',
      'functional cookies: services and cookies (1)',
      'analytical cookies: services and cookies (2)',
    ]);
    // The shown texts (and so the evidence hash) carry the same words.
    for (const summary of summaries) expect(element.shownContent()!.texts).to.include(summary);
  });

  it("a site's category name is shown as written in its summary, replacement patterns and all", async () => {
    ui = createConsentUi(store, { privacyPolicyUrl: '/privacy', texts: { en: { categories: { analytics: { name: "stats $& $' $$" } } } } });
    const element = await openDialog();
    const summaries = [...element.shadowRoot!.querySelectorAll('summary')].map((summary) => summary.textContent!.trim());
    expect(summaries[2]).to.equal("stats $& $' $$: services and cookies (2)");
  });

  it('a category switch sets all its services; services set the category: all on, none off, some mixed', async () => {
    const element = await openDialog();
    const analytics = switchOf(element, 'analytics')!;
    await flip(element, 'analytics');
    expect([switchOf(element, 'matomo')!.checked, switchOf(element, 'heatmap')!.checked]).to.deep.equal([true, true]);
    await flip(element, 'heatmap');
    expect(analytics.indeterminate, 'some on: mixed').to.equal(true);
    expect(exposedState(analytics), 'mixed reaches assistive technology').to.equal('mixed');
    await flip(element, 'matomo');
    expect([analytics.checked, analytics.indeterminate], 'none on: off').to.deep.equal([false, false]);
    expect(exposedState(analytics)).to.equal(false);
    await flip(element, 'matomo');
    await flip(element, 'heatmap');
    expect([analytics.checked, analytics.indeterminate], 'all on: on').to.deep.equal([true, false]);
    expect(exposedState(analytics)).to.equal(true);
    // From mixed, the category switch turns everything on.
    await flip(element, 'matomo');
    await flip(element, 'analytics');
    expect([analytics.checked, switchOf(element, 'matomo')!.checked, switchOf(element, 'heatmap')!.checked]).to.deep.equal([true, true, true]);
    await flip(element, 'analytics');
    expect([switchOf(element, 'matomo')!.checked, switchOf(element, 'heatmap')!.checked]).to.deep.equal([false, false]);
  });

  it('Save grants what the service switches say and nothing of the rest of the category', async () => {
    const element = await openDialog();
    await flip(element, 'matomo');
    await save(element);
    expect(store.granted('matomo')).to.equal(true);
    expect(store.granted('heatmap')).to.equal(false);
    expect(store.granted('analytics'), 'only some of its services: the category itself is not granted').to.equal(false);
    expect(store.granted('video') || store.granted('functional')).to.equal(false);
  });

  it('opens with what applies: a category mixed by an earlier choice shows mixed', async () => {
    store.update({ matomo: true });
    const element = await openDialog();
    expect(switchOf(element, 'matomo')!.checked).to.equal(true);
    expect(switchOf(element, 'heatmap')!.checked).to.equal(false);
    expect(switchOf(element, 'analytics')!.indeterminate).to.equal(true);
    expect(element.shownContent()!.choices, 'the evidence records the initial state of every switch').to.include({
      matomo: true,
      heatmap: false,
      analytics: false,
    });
  });

  it('keeps a service allowed through an embed placeholder after an untouched Save and after changing another category', async () => {
    const host = Object.assign(document.createElement('div'), { className: 'embed-host' });
    host.innerHTML = `<img data-consent="functional" data-service="video" data-src="${new URL('../../../core/src/embeds/fixtures/chart.svg', import.meta.url).href}" alt="A chart">`;
    document.body.append(host);
    gate = gateEmbeds(store);
    host.querySelector<HTMLButtonElement>('.assent-placeholder button')!.click();
    expect(store.granted('video')).to.equal(true);
    expect(store.granted('functional')).to.equal(false);

    let element = await openDialog();
    expect(switchOf(element, 'video')!.checked, 'the dialog shows the embed grant').to.equal(true);
    await save(element);
    expect(store.granted('video'), 'untouched Save').to.equal(true);
    expect(store.granted('functional')).to.equal(false);

    element = await openDialog();
    await flip(element, 'advertising');
    await save(element);
    expect(store.granted('advertising')).to.equal(true);
    expect(store.granted('video'), 'Save after changing an unrelated category').to.equal(true);
    expect(host.querySelector('img')?.getAttribute('src'), 'the embed stays loaded').to.not.equal(null);
  });

  it('switching one service off keeps the others of its category', async () => {
    store.acceptAll();
    const element = await openDialog();
    expect(switchOf(element, 'analytics')!.checked).to.equal(true);
    await flip(element, 'heatmap');
    await save(element);
    expect(store.granted('heatmap')).to.equal(false);
    expect(store.granted('matomo')).to.equal(true);
    expect(store.granted('analytics'), 'no longer the whole category').to.equal(false);
    expect(store.granted('video') && store.granted('functional') && store.granted('advertising')).to.equal(true);
  });

  it('Accept all and Reject all still decide every service, whatever was allowed one by one', async () => {
    store.update({ video: true });
    let element = await openDialog();
    part(element, 'reject-button').click();
    await until(() => store.state?.method === 'reject-all');
    expect(['video', 'matomo', 'heatmap', 'functional'].map((id) => store.granted(id))).to.deep.equal([false, false, false, false]);
    await until(() => !element.isOpen);
    element = await openDialog();
    await flip(element, 'heatmap');
    part(element, 'accept-button').click();
    await until(() => store.state?.method === 'accept-all');
    expect(['video', 'matomo', 'heatmap', 'analytics', 'advertising'].map((id) => store.granted(id))).to.deep.equal([true, true, true, true, true]);
  });

  it('service switches work with the keyboard: Tab to the summary, Enter, Tab to a switch, Space', async () => {
    const element = await openDialog();
    const summary = [...element.shadowRoot!.querySelectorAll('summary')].find((node) => node.textContent!.includes('analytical'))!;
    part(element, 'close-button').focus();
    for (let presses = 0; deepActive() !== summary && presses < 30; presses++) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    const heatmap = switchOf(element, 'heatmap')!;
    // Stop before pressing keys that could follow a link out of the test page.
    expect(heatmap, 'a switch for Heatmaps').to.not.equal(null);
    for (let presses = 0; deepActive() !== heatmap && presses < 10; presses++) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(heatmap);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(heatmap.checked).to.equal(true);
    expect(switchOf(element, 'analytics')!.indeterminate).to.equal(true);
    const saveButton = part(element, 'save-button');
    for (let presses = 0; deepActive() !== saveButton && presses < 30; presses++) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(saveButton);
    await sendKeys({ press: 'Enter' });
    await until(() => store.state);
    expect([store.granted('heatmap'), store.granted('matomo')]).to.deep.equal([true, false]);
  });

  it('every switch is a target of at least 24 × 24 CSS px', async () => {
    const element = await openDialog();
    expandAll(element);
    const toggles = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(toggles.map((toggle) => toggle.id).sort()).to.deep.equal(
      ['switch-advertising', 'switch-analytics', 'switch-functional', 'switch-heatmap', 'switch-matomo', 'switch-video'].sort(),
    );
    for (const toggle of toggles) {
      const { width, height } = toggle.getBoundingClientRect();
      expect(Math.min(width, height), toggle.id).to.be.at.least(24);
    }
  });

  // Service rows, a mixed switch and the longer summaries in every language, width and theme.
  for (const locale of LOCALES) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [320, 1280]) {
        it(`has no axe violations with a mixed category and its services shown: ${locale}, ${scheme}, ${width} px`, async () => {
          await setViewport({ width, height: 800 });
          await emulateMedia({ colorScheme: scheme });
          store.update({ matomo: true, video: true });
          const element = await openDialog(locale);
          expandAll(element);
          expect(element.lang).to.equal(locale);
          expect(switchOf(element, 'analytics')!.indeterminate).to.equal(true);
          await expect(element).to.be.accessible();
        });
      }
    }
  }
});
