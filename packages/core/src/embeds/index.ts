import type { ConsentStore } from '../store/types.js';
import { consentIdOf, watchElements } from '../gating/watch.js';
import { DEFAULT_EMBED_TEXTS, type EmbedTexts } from './texts.js';
import { EMBED_SELECTOR as SELECTOR } from './selector.js';

const PLACEHOLDER = '[data-assent-placeholder]';

/**
 * Options of `gateEmbeds()`.
 *
 * @example
 * const options: EmbedOptions = { texts: { button: 'Show {service}' } };
 */
export interface EmbedOptions {
  /** Placeholder texts; English defaults fill what is left out. */
  texts?: Partial<EmbedTexts>;
  root?: Document;
}

/**
 * Stops embed gating when called; `setTexts` re-labels the placeholders (e.g. when a locale loads).
 *
 * @example
 * const gate: EmbedGate = gateEmbeds(store);
 * gate.setTexts({ button: 'Autoriser {service}' });
 * gate();
 */
export type EmbedGate = (() => void) & { setTexts(texts: Partial<EmbedTexts>): void };

/**
 * Loads `<iframe|img|video|audio data-consent="…" data-src="…">` (and `data-srcset`) only when its
 * service or category is granted, and only from http(s) or relative URLs. Until then the element is swapped for a placeholder — a
 * paragraph pair and a real button, styled by the site through `.assent-placeholder` — whose
 * button consents to just that service (`data-service`, else `data-consent`). Withdrawal puts the
 * placeholder back, which also unloads the frame.
 *
 * @example
 * // <iframe data-consent="functional" data-service="youtube" data-src="https://www.youtube-nocookie.com/embed/…" title="Launch video"></iframe>
 * const gate = gateEmbeds(store, { texts: { button: 'Watch on {service}' } });
 */
export function gateEmbeds(store: ConsentStore, options: EmbedOptions = {}): EmbedGate {
  const root = options.root ?? document;
  let texts: EmbedTexts = { ...DEFAULT_EMBED_TEXTS, ...options.texts };
  // Weak maps, found again through the DOM: content an SPA removes is forgotten, and content it
  // detaches and puts back (keep-alive views) still works.
  const embedOf = new WeakMap<Element, HTMLElement>(); // placeholder → the embed it stands for
  const blockedCopyOf = new WeakMap<Element, HTMLElement>(); // loaded embed → its blocked copy
  const granted = (embed: Element) => store.granted(consentIdOf(embed, store));
  // Sources come from the page's markup: only http(s) ones load (a javascript: frame runs in the
  // page's origin), read as the browser reads them — relative to the page, with the whitespace and
  // control characters it drops dropped; a srcset candidate's URL ends at its first whitespace.
  // Anything else keeps its placeholder, whatever is granted.
  const safe = (embed: Element) =>
    [embed.getAttribute('data-src'), ...(embed.getAttribute('data-srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s/)[0])].every(
      (url) => {
        try {
          return !url || /^https?:$/.test(new URL(url, root.baseURI).protocol);
        } catch {
          return false;
        }
      },
    );
  const loadable = (embed: Element) => granted(embed) && safe(embed);
  const placeholdersInPage = () => root.querySelectorAll<HTMLElement>(PLACEHOLDER);

  const label = (placeholder: HTMLElement) => {
    const embed = embedOf.get(placeholder);
    if (!embed) return;
    const id = consentIdOf(embed, store);
    const name = store.config.services.find((service) => service.id === id)?.name || embed.title || id;
    (Object.keys(DEFAULT_EMBED_TEXTS) as Array<keyof EmbedTexts>).forEach(
      (key, index) => (placeholder.children[index]!.textContent = texts[key].replaceAll('{service}', name)),
    );
  };

  const block = (embed: HTMLElement) => {
    const id = consentIdOf(embed, store);
    const placeholder = root.createElement('div');
    const button = root.createElement('button');
    placeholder.className = 'assent-placeholder';
    placeholder.setAttribute('data-assent-placeholder', id);
    button.type = 'button';
    button.disabled = !(id in store.config.owners && safe(embed));
    button.onclick = () => store.update({ [id]: true });
    placeholder.append(root.createElement('p'), root.createElement('p'), button);
    // The placeholder takes the embed's box — as laid out now, else its width and height
    // attributes — whatever the site's placeholder styles say (padding, borders, an aspect ratio),
    // so allowing the embed moves nothing on the page (CLS 0). Text that does not fit scrolls. An
    // inline embed (an iframe, img or video by default) sits on the baseline of a line that is
    // taller than the embed by the font's descent; a scrolling inline-block sits on it the same way
    // (an inline grid or flex box would align its text instead). Set through the CSSOM, which a
    // strict CSP allows.
    const box = embed.getBoundingClientRect();
    const [width, height] = (['width', 'height'] as const).map((name) => box[name] || Number(embed.getAttribute(name)));
    if (width && height)
      Object.assign(placeholder.style, {
        boxSizing: 'border-box',
        width: `${width}px`,
        height: `${height}px`,
        maxWidth: '100%',
        overflow: 'auto',
        display: getComputedStyle(embed).display === 'inline' ? 'inline-block' : '',
      });
    embedOf.set(placeholder, embed);
    label(placeholder);
    embed.replaceWith(placeholder);
  };

  const load = (embed: HTMLElement) => {
    blockedCopyOf.set(embed, embed.cloneNode(true) as HTMLElement);
    for (const name of ['src', 'srcset']) {
      const value = embed.getAttribute('data-' + name);
      if (value) embed.setAttribute(name, value);
    }
  };

  const [scan, stopWatching] = watchElements(root, `${SELECTOR},${PLACEHOLDER}`, () => {
    for (const placeholder of placeholdersInPage()) {
      const embed = embedOf.get(placeholder);
      if (embed && loadable(embed)) {
        // Keyboard users who pressed the button continue in the embed rather than at the page top.
        const focused = placeholder.contains(root.activeElement);
        placeholder.replaceWith(embed);
        load(embed);
        if (focused) embed.focus();
      }
    }
    for (const embed of root.querySelectorAll<HTMLElement>(SELECTOR)) {
      const blocked = blockedCopyOf.get(embed);
      if (!blocked) (loadable(embed) ? load : block)(embed);
      else if (!granted(blocked)) embed.replaceWith(blocked), block(blocked);
    }
  });
  const unsubscribe = store.subscribe(scan);

  return Object.assign(
    () => {
      unsubscribe();
      stopWatching();
    },
    {
      setTexts(next: Partial<EmbedTexts>) {
        texts = { ...texts, ...next };
        placeholdersInPage().forEach(label);
      },
    },
  );
}
