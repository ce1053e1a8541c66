import type { ConsentOptions, ResolvedConfig } from '../config/types.js';
import type { ConsentIds } from '../config/ids.js';
import type { ConsentChoices, ConsentDecision, ConsentMethod } from '../decision/types.js';
import type { ConsentChange, ConsentListener, ConsentStore } from './types.js';
import { resolveOptions } from '../config/validate.js';
import { MAX_EXPIRY_DAYS } from '../config/defaults.js';
import {
  ADVERTISING,
  allGrants,
  applyChoices,
  buildDecision,
  decisionGrants,
  diffGrants,
  grantsInEffect,
  type DecisionContext,
  type Grants,
} from '../decision/choices.js';
import { decodeConsentCookie, encodeConsentCookie } from '../cookie-codec/index.js';
import { decisionFromCookie, decisionStatus } from '../decision/from-cookie.js';
import { documentCookieJar, memoryCookieJar } from '../storage/cookie-jar.js';
import { indexedDbRecords, memoryRecords } from '../storage/records.js';
import { broadcastSyncChannel } from '../sync/channel.js';
import { readEnvironment } from './environment.js';

const SYNC_MESSAGE = 'assent:decision';

/**
 * Creates the consent store. Validates the options (throwing one `ConsentConfigError` that lists
 * every mistake), reads the consent cookie synchronously, then the full record from IndexedDB.
 * Storage failures never throw into the page: the store keeps working in memory.
 *
 * @example
 * const consent = createConsent({ revision: '2026-11', region: 'DE' });
 * consent.onGranted('analytics', () => import('./analytics.js'));
 * document.querySelector('#reject')!.addEventListener('click', () => consent.rejectAll());
 */
export function createConsent<Options extends ConsentOptions = ConsentOptions>(options: Options = {} as Options): ConsentStore<ConsentIds<Options>> {
  const environment = readEnvironment();
  const config = resolveOptions(options, environment);
  const now = options.now ?? Date.now;
  const cookieName = config.cookie.name;
  const serviceIds = config.services.map((service) => service.id);
  const listeners = new Set<ConsentListener>();
  const attempt = <T>(action: () => T): T | undefined => {
    try {
      return action();
    } catch (error) {
      try {
        options.onError?.(error);
      } catch {
        // A failing error handler must not break consent handling either.
      }
    }
  };
  // Storage calls may throw synchronously (IndexedDB in some private modes) or reject later.
  const background = <T>(action: () => Promise<T>) =>
    new Promise<T>((resolve) => resolve(action())).catch((error) =>
      attempt(() => {
        throw error;
      }),
    );
  const cookies = options.storage?.cookies ?? (environment.browser ? documentCookieJar() : memoryCookieJar());
  // Reading a storage global may throw (blocked storage, a page's own hardening): that is a
  // failure to report like any other, never a reason not to start.
  const records = options.storage?.records ?? (environment.browser && attempt(() => self.indexedDB) ? indexedDbRecords() : memoryRecords());
  const readStored = () =>
    decisionFromCookie(
      config,
      decodeConsentCookie(
        attempt(() => cookies.read(cookieName)),
        { serviceIds, now: now() },
      ),
      '',
    );
  const known = (method: string, id: string) => {
    if (!(id in config.owners)) throw new TypeError(`${method}(): "${id}" is not a configured category or service`);
  };

  let stored = readStored();
  let inEffect = false;
  let grants: Grants = {};

  // Recomputes what is granted and tells listeners; a listener that throws is reported and the
  // others still run.
  const refresh = (source: ConsentChange['source'], previous: ConsentDecision | undefined) => {
    const before = grants;
    inEffect = decisionStatus(config, stored, now()) === 'valid';
    grants = grantsInEffect(config, stored, inEffect);
    // Decision against decision, not what applied: expiry withdraws nothing, and a GPC opt-out of
    // advertising the page already enforced is still a withdrawal of what the decision granted.
    const change: ConsentChange = {
      ...diffGrants(before, grants),
      withdrawn: previous ? diffGrants(decisionGrants(config, previous), decisionGrants(config, stored!)).revoked : [],
      previous,
      source,
    };
    for (const listener of [...listeners]) attempt(() => listener(current(), change));
  };

  // Expiry is noticed whenever the store is read, so no long-running timer is needed.
  const current = () => {
    if (inEffect && now() >= Date.parse(stored!.expiresAt)) refresh('expiry', stored);
    return inEffect ? stored : undefined;
  };

  const adopt = (decision: ConsentDecision | undefined, source: ConsentChange['source']) => {
    const previous = current();
    stored = decision;
    refresh(source, previous);
  };

  const channel =
    options.sync === false
      ? undefined
      : (options.sync ?? (environment.browser ? attempt(() => self.BroadcastChannel && broadcastSyncChannel('assent:' + cookieName)) : undefined));

  const decide = (next: Grants, method: ConsentMethod, context: DecisionContext = {}): ConsentDecision => {
    const decision = buildDecision(config, next, method, stored, context, now());
    // An opt-out outlives its decision's validity (see grantsInEffect), so in opt-out the cookie is
    // kept as long as any decision may apply (13 months): asked again once the decision expires, the
    // person's refusals still hold. Elsewhere the cookie ends with the decision.
    const maxAgeSeconds = 86_400 * (config.regime === 'opt-out' ? MAX_EXPIRY_DAYS : config.expiresAfterDays);
    attempt(() => cookies.write(cookieName, encodeConsentCookie(decision, serviceIds), { ...config.cookie, maxAgeSeconds }));
    void background(() => records.save(decision));
    adopt(decision, 'local');
    attempt(() => channel?.post({ type: SYNC_MESSAGE, decision }));
    return decision;
  };

  // Read on first use only, so a returning visitor never loads IndexedDB code. The cookie is the
  // source of truth for what applies; IndexedDB adds what the cookie leaves out (the text hash).
  let loaded: Promise<void> | undefined;
  const load = () =>
    (loaded ??= background(() => records.load()).then((full) => {
      if (full && full.id === stored?.id && full.updatedAt === stored.updatedAt) stored = { ...stored, textHash: String(full.textHash) };
    }));

  const store: ConsentStore = {
    get state() {
      return current();
    },
    get needsDecision() {
      return !current();
    },
    get status() {
      current();
      return decisionStatus(config, stored, now());
    },
    config,
    get ready() {
      return load();
    },
    granted(id) {
      current();
      return grants[id] === true;
    },
    acceptAll: (context) => decide(allGrants(config, true), 'accept-all', context),
    rejectAll: (context) => decide(allGrants(config, false), 'reject-all', context),
    withdraw: (context) => decide(allGrants(config, false), 'withdraw', context),
    update(choices: ConsentChoices, context = {}) {
      for (const id in choices) {
        known('update', id);
        if (typeof choices[id] !== 'boolean') throw new TypeError(`update(): "${id}" must be true or false`);
      }
      current();
      return decide(applyChoices(config, grants, choices), context.method ?? 'custom', context);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onGranted(id, fn) {
      known('onGranted', id);
      const unsubscribe = store.subscribe(() => {
        if (store.granted(id)) unsubscribe(), fn();
      });
      if (store.granted(id)) unsubscribe(), fn();
      return unsubscribe;
    },
    history: () => background(() => records.history()).then((entries) => entries ?? []),
    destroy() {
      listeners.clear();
      attempt(() => stopListening?.());
      attempt(() => channel?.close());
    },
  };

  refresh('storage', undefined);

  const stopListening =
    channel &&
    attempt(() =>
      channel.listen((message) => {
        // BroadcastChannel never echoes a tab's own messages, so every valid one is news.
        const decision = syncedDecision(config, message, serviceIds);
        if (decision) adopt(decision, 'other-tab');
      }),
    );
  // A GPC signal that arrives after a decision (or before any, in opt-out regions) is recorded as an
  // opt-out of advertising (what is granted already says so, see refresh). It is recorded in a
  // microtask, so listeners attached right after createConsent() — the evidence outbox, the page
  // glue — receive it like any other decision. A decision made while GPC was on stays: it is the
  // person's explicit choice.
  queueMicrotask(() => {
    const decision = current();
    // With a decision: only when the signal took something it grants away (see refresh).
    if (
      decision ? diffGrants(grants, decisionGrants(config, decision)).granted.length : config.gpc && ADVERTISING in config.owners && config.regime === 'opt-out'
    ) {
      // What applies already denies advertising (see grantsInEffect): record exactly that.
      decide(grants, 'gpc');
    }
  });
  return store;
}

// A message from another tab is trusted only if it survives the cookie codec's checks.
function syncedDecision(config: ResolvedConfig, message: unknown, serviceIds: string[]): ConsentDecision | undefined {
  const data = message as { type?: unknown; decision: ConsentDecision } | null;
  if (data?.type === SYNC_MESSAGE) {
    try {
      return decisionFromCookie(config, decodeConsentCookie(encodeConsentCookie(data.decision, serviceIds), { serviceIds }), String(data.decision.textHash));
    } catch {
      // Not a decision: ignore it.
    }
  }
}
