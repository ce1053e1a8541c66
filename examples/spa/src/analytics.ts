// Loaded with import() only once analytics is granted (see main.ts). A stand-in for an analytics
// SDK: it sets a cookie and counts page views, including client-side route changes.
import type { ConsentStore } from '@assent/core';
import type { Router } from './router.js';

declare global {
  interface Window {
    /** What the fake analytics recorded; the end-to-end tests read it. */
    spaAnalytics?: { loads: number; pageViews: string[] };
  }
}

/**
 * Starts counting page views. Withdrawal stops the counting at once (the module stays loaded
 * until the next full page load; its cookie is cleared by the page glue).
 */
export function startAnalytics(store: ConsentStore, router: Router): void {
  const state = (window.spaAnalytics ??= { loads: 0, pageViews: [] });
  state.loads += 1;
  const track = (path: string) => {
    if (!store.granted('analytics')) return;
    document.cookie = `_spa_analytics=${Date.now().toString(36)}; Max-Age=${60 * 60 * 24 * 395}; Path=/; SameSite=Lax`;
    state.pageViews.push(path);
  };
  track(router.path);
  router.onNavigate(track);
}
