// Serves a changed copy of one of the demo's files, as if the site had been edited: a new policy
// revision, another region, another page language.
import type { BrowserContext, Page } from 'playwright-core';

/** Rewrites every response whose path is `path` with `change(body)`. */
export async function rewrite(target: BrowserContext | Page, path: string, change: (body: string) => string): Promise<void> {
  await target.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: change(await response.text()) });
    },
  );
}

/** The script-tag site's config with other top-level options, e.g. `{ revision: '2027-01' }`. */
export function rewriteConfig(target: BrowserContext | Page, options: Record<string, unknown>): Promise<void> {
  return rewrite(target, '/assent-config.js', (body) => `${body}\nObject.assign(window.assentConfig, ${JSON.stringify(options)});`);
}
