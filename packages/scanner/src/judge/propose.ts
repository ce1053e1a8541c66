import type { PageResult, ProposedService } from '../report/types.js';
import { cookieHost, hostOf } from '../site/same-site.js';
import { type Classification, classifyCookie, classifyHost, classifyStorage } from './classify.js';

/**
 * `services` entries for what the scan found and the config does not declare: the catalogue's
 * entry when it knows the cookie, key or host; else one placeholder per host that set them
 * (`category: 'unknown'`, texts to fill in — core refuses it until they are).
 *
 * @example
 * const proposals = proposeServices(pages, Date.now());
 */
export function proposeServices(pages: PageResult[], now: number): ProposedService[] {
  const proposals = new Map<string, ProposedService>();
  const note = (found: Classification, seenName: string, observedHost: string, add: (proposal: ProposedService) => void) => {
    if (found.own || found.declared) return;
    const key = found.catalogue ? `catalogue ${found.catalogue.id}` : `observed ${observedHost}`;
    let proposal = proposals.get(key);
    if (!proposal) {
      proposal = found.catalogue ? fromCatalogue(found) : placeholder(observedHost);
      proposals.set(key, proposal);
    }
    if (!proposal.seen.includes(seenName)) proposal.seen.push(seenName);
    if (proposal.source === 'observed') add(proposal);
  };
  for (const page of pages) {
    for (const pass of page.passes) {
      for (const cookie of pass.cookies) {
        const host = hostOf(cookie.setByUrl ?? '') || cookieHost(cookie.domain);
        note(classifyCookie(cookie.name, page.assent), cookie.name, host, (proposal) => {
          proposal.cookies ??= [];
          if (!proposal.cookies.some((known) => known.name === cookie.name))
            proposal.cookies.push({ name: cookie.name, retention: retentionOf(cookie.expires, now) });
        });
      }
      for (const storage of pass.storage) {
        note(classifyStorage(storage, page.assent), storage.name, hostOf(storage.origin), (proposal) => {
          if (storage.area !== 'indexedDB') proposal.localStorage = [...new Set([...(proposal.localStorage ?? []), storage.name])];
        });
      }
      for (const request of pass.requests) {
        note(classifyHost(request.host, page.assent), request.host, request.host, (proposal) => {
          proposal.hosts = [...new Set([...(proposal.hosts ?? []), request.host])];
        });
      }
    }
  }
  return [...proposals.values()];
}

function fromCatalogue({ catalogue: entry }: Classification): ProposedService {
  if (!entry) throw new Error('fromCatalogue() needs a catalogue match');
  return {
    id: entry.id,
    category: entry.category,
    name: entry.name,
    provider: entry.provider,
    purpose: entry.purpose,
    privacyPolicyUrl: entry.privacyPolicyUrl,
    ...(entry.cookies?.length ? { cookies: entry.cookies.map((cookie) => ({ ...cookie })) } : {}),
    ...(entry.localStorage?.length ? { localStorage: [...entry.localStorage] } : {}),
    ...(entry.hosts.length ? { hosts: [...entry.hosts] } : {}),
    source: 'catalogue',
    seen: [],
  };
}

function placeholder(host: string): ProposedService {
  const slug = host
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const id = (/^[a-z]/.test(slug) ? slug : `host-${slug}`).slice(0, 32).replace(/-$/, '');
  return {
    id,
    category: 'unknown',
    name: host || 'Unknown',
    provider: 'Fill in: who runs it',
    purpose: 'Fill in: what it does',
    privacyPolicyUrl: 'Fill in: the provider’s privacy policy URL',
    source: 'observed',
    seen: [],
  };
}

/**
 * A cookie's lifetime in words, as the cookie table shows it.
 *
 * @example
 * retentionOf(-1, Date.now()); // 'session'
 */
export function retentionOf(expires: number, now: number): string {
  if (expires < 0) return 'session';
  const days = (expires * 1000 - now) / 86_400_000;
  if (days < 1) return `${Math.max(1, Math.round(days * 24))} hours`;
  if (days < 60) return `${Math.round(days)} days`;
  if (days < 730) return `${Math.round(days / 30.44)} months`;
  return `${Math.round(days / 365.25)} years`;
}
