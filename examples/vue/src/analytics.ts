// Loaded with import() only once analytics is granted (see App.vue). A stand-in for an analytics
// SDK: it sets a cookie and counts a page view.
import type { ConsentStore, RegisteredId } from '@assent/core';

declare global {
  interface Window {
    /** What the fake analytics recorded; the end-to-end tests read it. */
    vueAnalytics?: { loads: number; pageViews: string[] };
  }
}

/** Counts this page view, once per page load, and only while analytics is granted. */
export function startAnalytics(store: ConsentStore<RegisteredId>): void {
  const state = (window.vueAnalytics ??= { loads: 0, pageViews: [] });
  state.loads += 1;
  if (!store.granted('analytics')) return;
  document.cookie = `_vue_analytics=${Date.now().toString(36)}; Max-Age=${60 * 60 * 24 * 395}; Path=/; SameSite=Lax`;
  state.pageViews.push(location.pathname);
}
