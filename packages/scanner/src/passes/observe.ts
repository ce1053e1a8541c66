import type { BrowserContext, Request, Response } from 'playwright-core';
import type { RequestObservation } from '../report/types.js';
import { hostOf, sameSite, withoutQuery } from '../site/same-site.js';

/** Who last wrote a cookie of a given name, as seen while the pass ran. */
export interface CookieWriter {
  setBy: 'header' | 'script';
  url: string;
}

/**
 * What a browser context saw while a pass ran: third-party requests, `Set-Cookie` response
 * headers and cookie writes by script (`document.cookie`, `cookieStore.set`).
 */
export interface ContextObserver {
  readonly requests: RequestObservation[];
  /** Last writer per cookie name. */
  readonly cookieWriters: Map<string, CookieWriter>;
  readonly errors: string[];
  /** Resolves once the response headers read so far are in `cookieWriters`. */
  flush(): Promise<void>;
  /** Forgets the requests seen so far (who wrote which cookie is kept). */
  forgetRequests(): void;
}

const BINDING = '__assentScanCookieWrite';

// Runs in every frame before the page's own scripts: wraps the cookie setters so each write is
// reported with the script that made it (the first URL on the stack). The wrapped setter still
// writes the cookie as the page asked.
function hookCookieWrites(binding: string): void {
  const bound = (globalThis as unknown as Record<string, (name: string, stack: string) => Promise<void>>)[binding];
  // A report that cannot arrive (the page is unloading) must not surface in the page as an error.
  const report = bound && ((name: string, stack: string) => void bound(name, stack).catch(() => {}));
  const nameOf = (cookie: unknown) => String(cookie).split(';')[0]?.split('=')[0]?.trim() ?? '';
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (report && descriptor?.set && descriptor.get) {
    const { get, set } = descriptor;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: descriptor.enumerable ?? false,
      get,
      set(value: string) {
        report(nameOf(value), new Error().stack ?? '');
        set.call(this, value);
      },
    });
  }
  const store = (globalThis as { cookieStore?: { set: (...args: unknown[]) => Promise<void> } }).cookieStore;
  if (report && store) {
    const original = store.set.bind(store);
    store.set = (...args: unknown[]) => {
      const first = args[0];
      report(typeof first === 'object' && first ? String((first as { name?: unknown }).name) : String(first), new Error().stack ?? '');
      return original(...args);
    };
  }
}

/**
 * Starts watching a fresh context; call before the first navigation. `pageUrl` decides what is
 * third party.
 *
 * @example
 * const seen = await observeContext(context, 'https://example.com/');
 */
export async function observeContext(context: BrowserContext, pageUrl: string): Promise<ContextObserver> {
  const pageHost = hostOf(pageUrl);
  const pending = new Set<Promise<void>>();
  const requestKeys = new Set<string>();
  const observer: ContextObserver = {
    requests: [],
    cookieWriters: new Map(),
    errors: [],
    flush: async () => {
      await Promise.all(pending);
    },
    forgetRequests: () => {
      observer.requests.length = 0;
      requestKeys.clear();
    },
  };

  await context.exposeBinding(BINDING, ({ frame }, name: unknown, stack: unknown) => {
    if (typeof name !== 'string' || !name) return;
    observer.cookieWriters.set(name, { setBy: 'script', url: scriptUrlOf(String(stack)) ?? safeFrameUrl(frame) });
  });
  await context.addInitScript(hookCookieWrites, BINDING);

  context.on('request', (request: Request) => {
    const url = request.url();
    const host = hostOf(url);
    if (!host || sameSite(host, pageHost)) return;
    const observation: RequestObservation = { url: withoutQuery(url), host, resourceType: request.resourceType(), frameUrl: frameUrlOf(request) };
    const key = `${observation.url} ${observation.resourceType}`;
    if (requestKeys.has(key)) return;
    requestKeys.add(key);
    observer.requests.push(observation);
  });
  context.on('response', (response: Response) => {
    // Set-Cookie is among the headers only the DevTools protocol's extra info carries.
    const read = response
      .headersArray()
      .then((headers) => {
        for (const { name, value } of headers) {
          if (name.toLowerCase() !== 'set-cookie') continue;
          for (const line of value.split('\n')) {
            const cookieName = line.split(';')[0]?.split('=')[0]?.trim();
            if (cookieName) observer.cookieWriters.set(cookieName, { setBy: 'header', url: withoutQuery(response.url()) });
          }
        }
      })
      .catch(() => {})
      .finally(() => pending.delete(read));
    pending.add(read);
  });
  return observer;
}

function frameUrlOf(request: Request): string {
  try {
    return withoutQuery(request.frame().url());
  } catch {
    return ''; // a service worker's request has no frame
  }
}

function safeFrameUrl(frame: { url(): string }): string {
  try {
    return withoutQuery(frame.url());
  } catch {
    return '';
  }
}

// The first http(s) URL on a V8 stack: the script that wrote (the init script's own frames have none).
function scriptUrlOf(stack: string): string | undefined {
  const found = stack.match(/https?:\/\/[^\s)]+?(?=:\d+:\d+)/);
  return found ? withoutQuery(found[0]) : undefined;
}
