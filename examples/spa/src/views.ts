import type { ConsentStore } from '@assent/core';
import type { View } from './router.js';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) => {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
};

interface Recommendations {
  personalised: boolean;
  title: string;
  items: string[];
  reason: string;
}
interface AdSlot {
  shown: boolean;
  reason: string;
  ad?: { headline: string; advertiser: string };
}

/** The views of the SPA. They read the store but never decide: only the person does. */
export function createViews(store: ConsentStore): { routes: Record<string, View>; notFound: View } {
  const home: View = {
    title: 'Home',
    render(main) {
      const status = element('p', { id: 'spa-analytics-status', role: 'status' } as Partial<HTMLParagraphElement>);
      const show = () => (status.textContent = `Analytics: ${store.granted('analytics') ? 'allowed' : 'not allowed'}.`);
      show();
      // A decision made while the view is shown (banner, dialog, another tab) shows at once; the
      // subscription ends with the view.
      const stop = store.subscribe(() => (status.isConnected ? show() : stop()));
      main.append(
        element('h1', {}, 'A single-page app with Assent'),
        element(
          'p',
          {},
          'This app imports @assent/core and @assent/banner as ES modules. Analytics is loaded with import() only once you allow analytical cookies, and keeps counting page views across client-side route changes.',
        ),
        status,
      );
    },
  };

  const picks: View = {
    title: 'Picks for you',
    async render(main) {
      const heading = element('h1', {}, 'Picks for you');
      const status = element('p', { className: 'why' }, 'Asking the server…');
      main.append(heading, status);
      // The server decides from the consent cookie it receives with the request.
      const [recommendations, ad] = (await Promise.all(
        ['/api/recommendations', '/api/ad-slot'].map((url) => fetch(url).then((response) => response.json())),
      )) as [Recommendations, AdSlot];
      status.remove();
      main.append(
        element(
          'section',
          { className: 'card', id: 'spa-recommendations' },
          element('h2', {}, recommendations.title),
          element('ul', {}, ...recommendations.items.map((item) => element('li', {}, item))),
          element('p', { className: 'why' }, recommendations.reason),
        ),
        element(
          'section',
          { className: 'card', id: 'spa-ad-slot' },
          element('h2', {}, 'Advertisement'),
          ...(ad.shown && ad.ad ? [element('p', { className: 'ad' }, element('strong', {}, ad.ad.headline), ` — ${ad.ad.advertiser}`)] : []),
          element('p', { className: 'why' }, ad.reason),
        ),
      );
    },
  };

  const video: View = {
    title: 'Video',
    render(main) {
      // A gated embed inserted by the app: the page glue swaps it for a placeholder until granted.
      const frame = element('iframe', { title: 'Workshop video', width: '560', height: '315' });
      frame.dataset.consent = 'functional';
      frame.dataset.service = 'demo-video';
      frame.dataset.src = '/embed/video.html';
      main.append(element('h1', {}, 'Video'), element('div', { className: 'embed' }, frame));
    },
  };

  const about: View = {
    title: 'About',
    render(main) {
      main.append(
        element('h1', {}, 'About this demo'),
        element(
          'p',
          {},
          'The banner and the preferences dialog come from @assent/banner; decisions are stored by @assent/core and delivered to the ledger by the outbox of @assent/server-sync.',
        ),
      );
    },
  };

  const notFound: View = {
    title: 'Not found',
    render(main) {
      main.append(element('h1', {}, 'Not found'), element('p', {}, element('a', { href: '/spa/' }, 'Back to the start')));
    },
  };

  return { routes: { '/spa/': home, '/spa/picks': picks, '/spa/video': video, '/spa/about': about }, notFound };
}
