import { type ConsentOptions, type ConsentStore, createConsent, memoryRecords } from '@assent/core';

let counter = 0;
/** A store of its own (cookie names unique to it), so tests never share a decision or a GPP cookie. */
export function freshStore(options: Partial<ConsentOptions> = {}): { store: ConsentStore; gppCookie: string } {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}`;
  const store = createConsent({
    region: 'US-CA',
    gpc: false,
    sync: false,
    cookie: { name: `assent-${id}` },
    storage: { records: memoryRecords() },
    ...options,
  });
  return { store, gppCookie: `assent_gpp_${id}` };
}

type GppFunction = (command: string, callback: (data: unknown, success: boolean) => void, parameter?: unknown) => void;
const gppFunction = () => (window as unknown as { __gpp: GppFunction }).__gpp;

/** Calls `__gpp` and resolves with its first answer. */
export function gpp<T = Record<string, unknown>>(command: string, parameter?: unknown): Promise<[T, boolean]> {
  return new Promise((resolve) => gppFunction()(command, (data, success) => resolve([data as T, success]), parameter));
}

/** An `__gpp` event as listeners receive it. */
export interface GppEvent {
  eventName: string;
  listenerId: number;
  data: unknown;
  pingData: Record<string, unknown> & { gppString: string; applicableSections: number[]; signalStatus: string };
}

/** Every event a listener receives, in order (the first is `listenerRegistered`). */
export function listen(): { events: GppEvent[]; names: () => string[] } {
  const events: GppEvent[] = [];
  gppFunction()('addEventListener', (event) => events.push(event as GppEvent));
  return {
    events,
    names: () => events.map((event) => (event.eventName === 'sectionChange' ? `sectionChange:${event.data}` : `${event.eventName}:${event.data}`)),
  };
}

/** The value of a cookie of the page, or `undefined`. */
export function cookieValue(name: string): string | undefined {
  const pair = document.cookie.split('; ').find((entry) => entry.startsWith(`${name}=`));
  return pair?.slice(name.length + 1);
}

/** Resolves after pending tasks ran. */
export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
