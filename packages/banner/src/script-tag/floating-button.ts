const STYLES = `button{position:fixed;bottom:1rem;inset-inline-start:1rem;z-index:2147482999;display:grid;place-items:center;width:3rem;height:3rem;padding:0;border:2px solid #fff;border-radius:50%;background:var(--assent-accent,#1d4fb8);color:var(--assent-accent-text,#fff);box-shadow:0 2px 8px rgb(0 0 0/.35);cursor:pointer}button:focus-visible{outline:3px solid var(--assent-focus-ring,#1d4fb8);outline-offset:2px}`;
// A cookie: the outline and three chips, drawn with currentColor.
const ICON = 'M12 3a9 9 0 1 0 9 9 3 3 0 0 1-3-3 3 3 0 0 1-3-3 3 3 0 0 1-3-3ZM8 10h.01M15 15h.01M10 16h.01';

// The page-level rule that hides every floating button while a first layer is open (added once).
let hidingRule: CSSStyleSheet | undefined;

/**
 * The optional floating button that reopens the preferences on every page. Plain DOM rather than
 * Lit: it is on every page view, so it must not pull the UI in. Styles go through a constructed
 * stylesheet, which a strict CSP allows.
 *
 * @example
 * const button = mountFloatingButton('Cookie settings', (opener) => assent.showPreferences(opener));
 * button.setLabel('Paramètres des cookies');
 */
export function mountFloatingButton(label: string, onClick: (opener: HTMLElement) => void): { setLabel(label: string): void; remove(): void } {
  const host = document.createElement('assent-way-back');
  // delegatesFocus: focusing the element (as the banner does when it closes) focuses the button.
  const root = host.attachShadow({ mode: 'open', delegatesFocus: true });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  root.adoptedStyleSheets = [sheet];
  // Hidden while the first layer is up: beside it, it would offer the same choice twice and cover
  // the page on small screens. A rule of the page's own (rather than an observer) shows it again
  // in the same style update that hides the banner, so the banner can hand focus to it at once.
  if (!hidingRule) {
    hidingRule = new CSSStyleSheet();
    hidingRule.replaceSync(':root:has(assent-banner[open]) assent-way-back{display:none}');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hidingRule];
  }
  const button = document.createElement('button');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  for (const [name, value] of [
    ['viewBox', '0 0 24 24'],
    ['width', '24'],
    ['height', '24'],
    ['fill', 'none'],
    ['stroke', 'currentColor'],
    ['stroke-width', '2'],
    ['stroke-linecap', 'round'],
    ['aria-hidden', 'true'],
  ])
    svg.setAttribute(name!, value!);
  path.setAttribute('d', ICON);
  svg.append(path);
  button.type = 'button';
  button.setAttribute('part', 'button');
  button.append(svg);
  button.onclick = () => onClick(button);
  const setLabel = (text: string) => {
    button.setAttribute('aria-label', text);
    button.title = text;
  };
  setLabel(label);
  root.append(button);
  document.body.append(host);
  return { setLabel, remove: () => host.remove() };
}
