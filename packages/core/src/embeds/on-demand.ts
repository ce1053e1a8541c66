import type { ConsentStore } from '../store/types.js';
import { watchElements } from '../gating/watch.js';
import { loadEmbeds } from '../on-demand/index.js';
import type { EmbedGate, EmbedOptions } from './index.js';
import type { EmbedTexts } from './texts.js';
import { EMBED_SELECTOR } from './selector.js';

/**
 * `gateEmbeds()` for pages that may have no embeds: its code is fetched only once an embed is in
 * the page (at load or added later). Nothing is lost meanwhile: an embed's `data-src` loads
 * nothing by itself, so it waits blocked until the gate arrives.
 *
 * @example
 * const gate = gateEmbedsOnDemand(store, { texts: { button: 'Watch on {service}' } });
 */
export function gateEmbedsOnDemand(store: ConsentStore, options: EmbedOptions = {}): EmbedGate {
  const root = options.root ?? document;
  let texts = options.texts;
  let gate: EmbedGate | undefined;
  let stopped = false;
  let found = false;
  const [, stopWatching] = watchElements(root, EMBED_SELECTOR, () => {
    if (found || !root.querySelector(EMBED_SELECTOR)) return;
    found = true;
    // The watcher may call this before watchElements() returns: stop it a microtask later.
    queueMicrotask(() => stopWatching());
    void loadEmbeds().then(({ gateEmbeds }) => {
      if (!stopped) gate = gateEmbeds(store, { texts, root });
    });
  });
  return Object.assign(
    () => {
      stopped = true;
      stopWatching();
      gate?.();
    },
    {
      setTexts(next: Partial<EmbedTexts>) {
        texts = { ...texts, ...next };
        gate?.setTexts(next);
      },
    },
  );
}
