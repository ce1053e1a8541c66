import { type ConsentStore, createConsent, memoryRecords } from '@assent/core';
import { withTcfServices } from '../consent-mode/signal-services.js';

/** The fixture vendor list as the test server serves it. */
export const FIXTURE_URL = new URL('../fixtures/vendor-list.json', import.meta.url).href;

let counter = 0;
/** A store in the opt-in regime with cookies of its own, so tests never share a decision. */
export function freshStore(options: { regime?: 'opt-in' | 'opt-out'; gpc?: boolean } = {}): { store: ConsentStore; tcCookie: string } {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}`;
  const store = createConsent(
    withTcfServices({
      region: 'DE',
      regime: options.regime ?? 'opt-in',
      gpc: options.gpc ?? false,
      sync: false,
      cookie: { name: `assent-${id}` },
      storage: { records: memoryRecords() },
    }),
  );
  return { store, tcCookie: `euconsent-${id}` };
}

/** Calls `__tcfapi` and resolves with its first answer. */
export function tcfapi<T = Record<string, unknown>>(command: string, parameter?: unknown): Promise<[T, boolean]> {
  return new Promise((resolve) =>
    (window as unknown as { __tcfapi: (...a: unknown[]) => void }).__tcfapi(command, 2, (value: T, success: boolean) => resolve([value, success]), parameter),
  );
}

/** Every answer a listener receives, in order. */
export function listen(): { events: Array<Record<string, unknown>> } {
  const events: Array<Record<string, unknown>> = [];
  (window as unknown as { __tcfapi: (...a: unknown[]) => void }).__tcfapi('addEventListener', 2, (tcData: Record<string, unknown>, success: boolean) =>
    events.push({ ...tcData, success }),
  );
  return { events };
}

/** Resolves after pending tasks ran. */
export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
