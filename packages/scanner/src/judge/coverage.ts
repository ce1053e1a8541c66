import type { DeclaredService, Finding, PageResult } from '../report/types.js';
import { classifyCookie, classifyHost, classifyStorage } from './classify.js';
import { finding } from './finding.js';

/**
 * A `declared-service-not-seen` notice for each declared service that left no trace on any page in
 * any pass: none of its cookies, storage keys or hosts, and none of its gated scripts or iframes
 * ran (judged only when the after-accept pass ran). Often a leftover from a removed tool (its row in the banner's table misleads visitors), or
 * a tool that only runs on pages the crawl did not reach.
 *
 * @example
 * const notices = serviceNeverSeen(pages);
 */
export function serviceNeverSeen(pages: PageResult[]): Finding[] {
  // Services load after Accept all: without that pass, not seeing one says nothing.
  if (!pages.some((page) => page.passes.some((pass) => pass.pass === 'after-accept'))) return [];
  const declared = new Map<string, { service: DeclaredService; page: string }>();
  const seen = new Set<string>();
  for (const page of pages) {
    const { assent } = page;
    if (!assent) continue;
    for (const service of assent.services) if (!declared.has(service.id)) declared.set(service.id, { service, page: page.url });
    for (const pass of page.passes) {
      const ids = [
        ...pass.cookies.map((cookie) => classifyCookie(cookie.name, assent)),
        ...pass.storage.map((storage) => classifyStorage(storage, assent)),
        ...pass.requests.map((request) => classifyHost(request.host, assent)),
      ].flatMap((found) => (found.declared && found.service ? [found.service.id] : []));
      for (const gated of pass.gated) if (gated.ran) ids.push(gated.service ?? gated.consent);
      for (const id of ids) seen.add(id);
    }
  }
  return [...declared.values()]
    .filter(({ service }) => !seen.has(service.id))
    .map(({ service, page }) =>
      finding(
        'declared-service-not-seen',
        'notice',
        page,
        'after-accept',
        { type: 'service', name: service.id },
        {
          own: false,
          declared: true,
          category: service.category,
          service: { id: service.id, name: service.name, category: service.category, source: 'config' },
        },
      ),
    );
}
