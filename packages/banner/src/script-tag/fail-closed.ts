import { NECESSARY, resolveOptions } from '@assent/core';
import { AssentErrorEvent } from '@assent/core/page';
import { onDomReady, type AssentGlobal } from './start.js';

/**
 * The `window.assent` of a script tag that could not start — a malformed `window.assentConfig`,
 * most often. It fails closed: nothing but `necessary` is granted, no decision can be recorded
 * (those methods do nothing and return `undefined`), nothing is shown, and nothing it returns
 * throws, so site code calling it keeps working. The error is logged at once and fired as
 * `assent:error` on `window` once the page can listen.
 *
 * @example
 * try { window.assent = startScriptTag(config, hooks); } catch (error) { window.assent = failClosed(error); }
 */
export function failClosed(error: unknown): AssentGlobal {
  console.error(error);
  // Never synchronously: window.assent is set by then.
  onDomReady(() => dispatchEvent(new AssentErrorEvent({ error })));
  const nothing = () => {};
  const resolved = () => Promise.resolve();
  // Typed as the store's, which return the decision recorded: there is none to return.
  const unrecorded = nothing as () => never;
  return {
    error,
    state: undefined,
    needsDecision: true,
    status: 'none',
    // Only `necessary`: no category of a config that was refused is guessed at.
    config: resolveOptions({ categories: [] }),
    ready: resolved(),
    granted: (id) => id === NECESSARY,
    acceptAll: unrecorded,
    rejectAll: unrecorded,
    update: unrecorded,
    withdraw: unrecorded,
    subscribe: () => nothing,
    onGranted: (id, fn) => (id === NECESSARY && fn(), nothing),
    history: async () => [],
    show: resolved,
    showPreferences: resolved,
    page: { stop: nothing, setEmbedTexts: nothing },
    destroy: nothing,
  };
}
