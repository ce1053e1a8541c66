import { expect, fixture } from '@open-wc/testing';
import { makeStore } from '../store/store.test-helper.js';
import { nextMessage, until } from '../gating/page.test-helper.js';
import { gateEmbeds, type EmbedGate } from './index.js';

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
const video = `<iframe data-consent="functional" data-service="youtube" data-src="${fixtureUrl('embed.html')}" title="Launch video" width="560" height="315"></iframe>`;

describe('embed gating', () => {
  const gates: EmbedGate[] = [];
  const gate = (...args: Parameters<typeof gateEmbeds>) => {
    const embeds = gateEmbeds(...args);
    gates.push(embeds);
    return embeds;
  };
  afterEach(() => gates.splice(0).forEach((stop) => stop()));

  it('shows an accessible placeholder instead of the embed until consent', async () => {
    const { store } = makeStore();
    const container = await fixture(`<div>${video}</div>`);
    gate(store);
    expect(container.querySelector('iframe')).to.equal(null);
    const placeholder = container.querySelector<HTMLElement>('.assent-placeholder')!;
    expect(placeholder.dataset.assentPlaceholder).to.equal('youtube');
    expect([...placeholder.children].map((child) => child.textContent)).to.deep.equal([
      'YouTube is blocked',
      'This content is provided by YouTube and may set cookies. Allow it to view it here.',
      'Allow YouTube',
    ]);
    const button = placeholder.querySelector('button')!;
    expect(button.type).to.equal('button');
    expect(placeholder.querySelector('[style]')).to.equal(null);
    button.focus();
    expect(document.activeElement).to.equal(button);
    await expect(placeholder).to.be.accessible();
  });

  it('its button consents to just that service, loads the embed and moves focus into it', async () => {
    const { store } = makeStore();
    const container = await fixture(`<div>${video}</div>`);
    gate(store);
    const button = container.querySelector<HTMLButtonElement>('.assent-placeholder button')!;
    const loaded = nextMessage((data) => data?.type === 'embed-loaded');
    button.focus();
    button.click();

    expect(store.granted('youtube')).to.equal(true);
    expect(store.granted('functional')).to.equal(false);
    expect(store.state!.services.youtube).to.equal(true);
    const frame = container.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal(fixtureUrl('embed.html'));
    expect(frame.title).to.equal('Launch video');
    expect(container.querySelector('.assent-placeholder')).to.equal(null);
    expect(document.activeElement).to.equal(frame);
    await loaded;
  });

  // The issue measured a 594 × 348 placeholder for a 560 × 315 video on the demo site: its
  // placeholder styles add padding and a border around a 16:9 box. Allowing the video then moved
  // everything below it.
  it('keeps the embed’s box whatever the site’s placeholder styles, so allowing it shifts nothing (CLS 0)', async () => {
    const { store } = makeStore();
    const styles = document.createElement('style');
    styles.textContent =
      '.cls-test iframe { border: 0; max-width: 100%; } .cls-test .assent-placeholder { display: grid; place-content: center; max-width: 560px; aspect-ratio: 16 / 9; padding: 1rem; border: 1px solid; }';
    document.head.append(styles);
    try {
      const container = await fixture<HTMLElement>(`<div class="cls-test"><h1>Video</h1>${video}<p id="below">Below the video</p></div>`);
      const frameBox = container.querySelector('iframe')!.getBoundingClientRect();
      expect([frameBox.width, frameBox.height]).to.deep.equal([560, 315]);
      gate(store);
      const placeholder = container.querySelector<HTMLElement>('.assent-placeholder')!;
      const placeholderBox = placeholder.getBoundingClientRect();
      expect([placeholderBox.width, placeholderBox.height]).to.deep.equal([560, 315]);
      const below = container.querySelector('#below')!.getBoundingClientRect().top;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) shifts.push(entry.value);
      });
      observer.observe({ type: 'layout-shift' });
      placeholder.querySelector('button')!.click();
      const frame = container.querySelector('iframe')!;
      expect(frame.getAttribute('src')).to.not.equal(null);
      expect(container.querySelector('#below')!.getBoundingClientRect().top).to.equal(below);
      const loadedBox = frame.getBoundingClientRect();
      expect([loadedBox.width, loadedBox.height]).to.deep.equal([560, 315]);
      // Layout shifts are reported after the next frames are rendered.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))));
      observer.disconnect();
      expect(shifts, 'layout shifts').to.deep.equal([]);
    } finally {
      styles.remove();
    }
  });

  it('a placeholder keeps the width and height attributes of an embed that is not laid out, within its container', async () => {
    const { store } = makeStore();
    const container = await fixture<HTMLElement>(`<div style="width: 300px"><div hidden>${video}</div></div>`);
    gate(store);
    const placeholder = container.querySelector<HTMLElement>('.assent-placeholder')!;
    placeholder.parentElement!.hidden = false;
    const box = placeholder.getBoundingClientRect();
    // 560 px wide at most as wide as its container, like an iframe with max-width: 100%.
    expect([box.width, box.height]).to.deep.equal([300, 315]);
  });

  it('sizes the placeholder under a CSP without unsafe-inline styles (through the CSSOM)', async () => {
    const result = nextMessage<{ size: number[]; blocked: string[] }>((data) => data?.type === 'embeds-csp-result');
    await fixture(`<iframe src="${fixtureUrl('strict-csp.html')}" title="Strict CSP page" width="800" height="600"></iframe>`);
    const { size, blocked } = await result;
    expect(blocked).to.deep.equal([]);
    // The iframe's 560 × 315 plus the 2 px inset border browsers give it by default.
    expect(size).to.deep.equal([564, 319]);
  });

  it('loads at once when already granted, and unloads back to the placeholder on withdrawal', async () => {
    const { store } = makeStore();
    store.update({ functional: true });
    const container = await fixture(`<div>${video}</div>`);
    gate(store);
    expect(container.querySelector('iframe')!.getAttribute('src')).to.equal(fixtureUrl('embed.html'));

    store.withdraw();
    expect(container.querySelector('iframe')).to.equal(null);
    expect(container.querySelector('.assent-placeholder')).not.to.equal(null);
  });

  it('gates images and media added later, including srcset', async () => {
    const { store } = makeStore();
    const container = await fixture('<div></div>');
    gate(store);
    container.innerHTML = `<img data-consent="analytics" data-src="${fixtureUrl('chart.svg')}" data-srcset="${fixtureUrl('chart.svg')} 2x" alt="Visitors chart" title="Chart service">
      <video data-consent="functional" data-src="${fixtureUrl('clip.webm')}" title="Clip"></video>`;
    await until(() => container.querySelectorAll('.assent-placeholder').length === 2);
    expect(container.querySelector('.assent-placeholder')!.textContent).to.include('Chart service is blocked');

    store.update({ analytics: true, functional: true });
    const image = container.querySelector('img')!;
    expect(image.getAttribute('srcset')).to.equal(`${fixtureUrl('chart.svg')} 2x`);
    await until(() => image.complete && image.naturalWidth > 0);
    expect(container.querySelector('video')!.getAttribute('src')).to.equal(fixtureUrl('clip.webm'));
  });

  it('keeps working when an SPA detaches the content and puts it back (keep-alive views)', async () => {
    const { store } = makeStore();
    const container = await fixture(`<div><section>${video}</section></div>`);
    gate(store);
    const view = container.querySelector('section')!;
    view.remove();
    store.update({ youtube: true });
    container.append(view);
    await until(() => view.querySelector('iframe'));
    expect(view.querySelector('iframe')!.getAttribute('src')).to.equal(fixtureUrl('embed.html'));
    expect(view.querySelector('.assent-placeholder')).to.equal(null);
  });

  it('relabels placeholders when localized texts arrive', async () => {
    const { store } = makeStore();
    const container = await fixture(`<div>${video}</div>`);
    gate(store, { texts: { button: 'Show {service}' } }).setTexts({ title: '{service} est bloqué' });
    const placeholder = container.querySelector('.assent-placeholder')!;
    expect(placeholder.children[0]!.textContent).to.equal('YouTube est bloqué');
    expect(placeholder.querySelector('button')!.textContent).to.equal('Show YouTube');
  });

  it('disables the button when the id is not configured, so nothing can be granted by mistake', async () => {
    const { store } = makeStore();
    const container = await fixture(`<div><iframe data-consent="unknown-vendor" data-src="${fixtureUrl('embed.html')}" title="Map"></iframe></div>`);
    gate(store);
    expect(container.querySelector('button')!.disabled).to.equal(true);
    expect(container.querySelector('p')!.textContent).to.equal('Map is blocked');
  });

  it('never loads a source that is not http(s), granted or not: the placeholder stays and cannot consent', async () => {
    const { store } = makeStore();
    store.update({ functional: true, analytics: true });
    const ran: unknown[] = [];
    const onMessage = (event: MessageEvent) => event.data === 'unsafe-ran' && ran.push(event.data);
    window.addEventListener('message', onMessage);
    const run = 'parent.postMessage("unsafe-ran", "*")';
    const sources = [
      `javascript:${run}`,
      `JaVaScRiPt:${run}`,
      ` javascript:${run}`,
      `\u0001javascript:${run}`,
      `java\tscript:${run}`,
      `java\nscript:${run}`,
      `data:text/html,<script>${run}</script>`,
      'vbscript:msgbox(1)',
      'blob:https://x.example/1',
      'about:blank',
    ];
    // Markup decodes character references before the gate sees the attribute.
    const container = await fixture(
      `<div><iframe data-consent="functional" data-src="javascript&colon;${run.replace(/"/g, '&quot;')}" title="Entity"></iframe></div>`,
    );
    for (const source of sources) {
      const frame = Object.assign(document.createElement('iframe'), { title: source });
      frame.setAttribute('data-consent', 'functional');
      frame.setAttribute('data-src', source);
      container.append(frame);
    }
    const image = Object.assign(document.createElement('img'), { alt: 'Chart' });
    image.setAttribute('data-consent', 'analytics');
    image.setAttribute('data-src', fixtureUrl('chart.svg'));
    image.setAttribute('data-srcset', `${fixtureUrl('chart.svg')} 1x, data:image/svg+xml,<svg/> 2x`);
    container.append(image);
    try {
      gate(store);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(container.querySelectorAll('iframe, img')).to.have.length(0);
      const placeholders = [...container.querySelectorAll<HTMLElement>('.assent-placeholder')];
      expect(placeholders).to.have.length(sources.length + 2);
      expect(placeholders.every((placeholder) => placeholder.querySelector('button')!.disabled)).to.equal(true);
      store.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(container.querySelectorAll('iframe, img')).to.have.length(0);
      expect(ran).to.deep.equal([]);
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });

  it('loads http(s) sources given as relative, root-relative or protocol-relative URLs', async () => {
    const { store } = makeStore();
    store.update({ functional: true });
    const url = new URL(fixtureUrl('embed.html'));
    const container = await fixture('<div></div>');
    for (const source of [url.pathname, `//${url.host}${url.pathname}`, url.href]) {
      const frame = Object.assign(document.createElement('iframe'), { title: source });
      frame.setAttribute('data-consent', 'functional');
      frame.setAttribute('data-src', source);
      container.append(frame);
    }
    gate(store);
    expect([...container.querySelectorAll('iframe')].map((frame) => frame.getAttribute('src'))).to.deep.equal([
      url.pathname,
      `//${url.host}${url.pathname}`,
      url.href,
    ]);
  });
});
