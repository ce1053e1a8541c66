import { ASSENT } from '../lib/integrations.mjs';

// The page every time-to-banner run loads: the same article, once with each consent manager and
// once with none (the page's own cost). The consent managers are configured alike: four
// categories (necessary, functional, analytics, advertising), English, opt-in, a privacy link.
// An inline script stamps `cmp-start` right where the consent manager's scripts begin: before its
// first script in <head> (Assent as documented), else at the end of <body>.

const ARTICLE = `
  <header><strong>Example Shop</strong> · <a href="/products">Products</a> · <a href="/about">About</a></header>
  <main>
    <h1>Field notes on brewing coffee at home</h1>
    ${Array.from({ length: 8 }, (_, index) => `<p>Paragraph ${index + 1}. Grind size, water temperature and contact time decide most of what ends up in the cup. A finer grind extracts faster; hotter water extracts more; a longer brew extracts more again. Change one of them at a time, taste, and write down what you did, so that the next cup can be a little better than this one.</p>`).join('\n    ')}
  </main>
  <footer><a href="/privacy">Privacy Notice</a> · <a href="#" data-cookie-settings>Cookie settings</a></footer>`;

const STYLE = '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem}header,footer{padding:.5rem 0}</style>';

/**
 * @param {{ head?: string, tail?: string, markInHead?: boolean }} cmp markup in <head> and at the
 *   end of <body>; `markInHead` when its scripts start in <head>
 */
const page = ({ head = '', tail = '', markInHead = false }) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <link rel="icon" href="data:,">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Field notes on brewing coffee at home</title>
  ${STYLE}
  ${markInHead ? "<script>performance.mark('cmp-start')</script>" : ''}
  ${head}
</head>
<body>
  ${ARTICLE}
  ${markInHead ? '' : "<script>performance.mark('cmp-start')</script>"}
  ${tail}
</body>
</html>`;

/** Assent as packages/banner/README.md documents it: inline defaults and config, async assent.js in <head>. */
export const assentPage = () => page(ASSENT.documented);

/** The previous integration, labelled: assent.js at the end of <body> (what this bench measured before). */
export const assentBodyEndPage = () => page(ASSENT.bodyEnd);

const CATEGORY_TEXTS = [
  ['necessary', 'Necessary cookies', 'Needed for the site to work, for example to keep your session and your choices. They cannot be switched off.'],
  ['functional', 'Functional cookies', 'Remember your settings and enable extras such as chat or embedded videos.'],
  ['analytics', 'Analytical cookies', 'Help us understand how the site is used so that we can improve it.'],
  ['advertising', 'Advertising cookies', 'Show you relevant ads and measure them, also on other sites.'],
];

// vanilla-cookieconsent v3 as its documentation sets it up for a script tag: the CSS in <head>,
// the UMD build and `CookieConsent.run()` at the end of <body>. `hideFromBots: false`, or it
// would never show its banner to a headless browser.
const cookieconsentConfig = {
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, functional: {}, analytics: {}, advertising: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description:
            'Necessary cookies keep this site working. We use functional, analytical and advertising cookies only if you agree. You can change your choice at any time. <a href="/privacy">Privacy Notice</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customise',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            { description: 'Choose which cookies we may use. Necessary cookies are always active. You can change your choice at any time.' },
            ...CATEGORY_TEXTS.map(([linkedCategory, title, description]) => ({ title, description, linkedCategory })),
          ],
        },
      },
    },
  },
};

/** The markup cookieconsent's documentation puts in <head> and at the end of <body>. */
export const COOKIECONSENT = {
  head: '<link rel="stylesheet" href="/cookieconsent/cookieconsent.css">',
  tail: `<script src="/cookieconsent/cookieconsent.umd.js"></script>\n  <script>CookieConsent.run(${JSON.stringify(cookieconsentConfig)})</script>`,
};

export const cookieconsentPage = () => page(COOKIECONSENT);

/** The same page with no consent manager: what the page costs on its own. */
export const baselinePage = () => page({});
