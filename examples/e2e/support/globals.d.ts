// What the demo pages expose on `window`, as far as the tests read it. (The banner declares
// `window.assent` in its own sources; the tests see only this narrow view of it.)
import type { ConsentStore } from '@assent/core';

declare global {
  interface Window {
    /** The script-tag bundle's global: the store plus UI entry points. */
    assent?: ConsentStore & { show(): Promise<void>; showPreferences(opener?: HTMLElement): Promise<void> };
    /** The SPA's fake analytics (examples/spa/src/analytics.ts). */
    spaAnalytics?: { loads: number; pageViews: string[] };
  }
  interface Navigator {
    /** Global Privacy Control (w3c/gpc). */
    readonly globalPrivacyControl?: boolean;
  }
}
