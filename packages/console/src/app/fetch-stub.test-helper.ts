// A stand-in for window.fetch in the browser tests: answers by method and path, records every call.
import { createApiClient, type ApiClient } from '../api/client.js';
import type { ConsoleSession } from '../api/types.js';

export interface StubCall {
  method: string;
  path: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export type StubAnswer = { status?: number; json?: unknown; text?: string } | undefined;
export type StubRoute = (call: StubCall) => StubAnswer | Promise<StubAnswer>;

export interface FetchStub {
  calls: StubCall[];
  restore(): void;
}

/** Replaces window.fetch until `restore()`; a path with no answer gets a 404 error body. */
export function stubFetch(routes: Record<string, StubRoute | StubAnswer>): FetchStub {
  const original = window.fetch;
  const calls: StubCall[] = [];
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), location.href);
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([name, value]) => [name.toLowerCase(), value]));
    const call: StubCall = {
      method: init.method ?? 'GET',
      path: url.pathname,
      url: url.href,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    const answer = typeof route === 'function' ? await route(call) : route;
    if (!answer) return Response.json({ error: { code: 'not_found', message: 'No such endpoint' } }, { status: 404 });
    if (answer.text !== undefined) return new Response(answer.text, { status: answer.status ?? 200, headers: { 'content-type': 'text/plain' } });
    return answer.status === 204 ? new Response(null, { status: 204 }) : Response.json(answer.json ?? {}, { status: answer.status ?? 200 });
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** An error answer in the ledger's shape. */
export const errorAnswer = (status: number, code: string, message: string): StubAnswer => ({ status, json: { error: { code, message } } });

/** A session with every scope, ending in 30 minutes. */
export function session(scopes: ConsoleSession['scopes'] = ['read', 'export', 'erase', 'console']): ConsoleSession {
  return { scopes, expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(), csrfToken: 'csrf-token-1' };
}

/** An API client signed in (through the stub's POST /console/session) so it holds the CSRF token. */
export async function signedInClient(value: ConsoleSession, onSessionEnded?: () => void): Promise<ApiClient> {
  const api = createApiClient({ base: location.origin, ...(onSessionEnded ? { onSessionEnded } : {}) });
  const stub = stubFetch({ 'POST /console/session': { status: 201, json: value } });
  try {
    await api.signIn('k_test');
  } finally {
    stub.restore();
  }
  return api;
}

/** Waits until a condition holds (polling each animation frame), or fails after a timeout. */
export async function until<T>(check: () => T | undefined | null | false, timeout = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The text of an element's shadow root, whitespace collapsed. */
export const shadowText = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
