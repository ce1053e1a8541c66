// The `__gpp` stub of the IAB GPP CMP API v1.1, placed before anything else on the page: it answers
// the generic commands itself, keeps the listeners and queues every other call until the CMP (the
// IAB's `CmpApi`) takes both over, adds the `__gppLocator` frame nested frames look for, and relays
// their `__gppCall` messages. @iabgpp/cmpapi 3.2.0 ships none of this, and the spec's example stub
// is not usable as it stands: it returns its stub answers instead of calling the callback (so a
// frame asking through postMessage never hears them), its removeEventListener calls `splice` on a
// listener object, and it retries the locator through a misspelt `__gppaddFrame`. Each answer to a
// frame goes to the `event.source` of its call, for as long as the callback fires (listeners).

/** The callback of a `__gpp` call: the answer and whether the command was processed. */
type GppCallback = (data: unknown, success: boolean) => void;

/** A listener kept by the stub, in the form the IAB's `CmpApi` adopts through `__gpp('events')`. */
interface StubListener {
  id: number;
  callback: GppCallback;
  parameter: unknown;
}

interface GppWindow {
  __gpp?: (...args: unknown[]) => unknown;
}

/** What a nested frame posts (CMP API v1.1, "Sent Message"), as an object or a JSON string. */
interface GppCallMessage {
  __gppCall?: { command?: unknown; parameter?: unknown; version?: unknown; callId?: unknown };
}

const LOCATOR = '__gppLocator';

/**
 * What the stub answers to `ping` (and puts in each event's `pingData`) before the CMP has loaded.
 *
 * @example
 * __gpp('ping', (ping: GppStubPing) => ping.cmpStatus); // 'stub'
 */
export interface GppStubPing {
  gppVersion: '1.1';
  cmpStatus: 'stub';
  cmpDisplayStatus: 'hidden';
  signalStatus: 'not ready';
  supportedAPIs: string[];
  cmpId: number;
  sectionList: number[];
  applicableSections: number[];
  gppString: string;
  parsedSections: Record<string, never>;
}

/**
 * Options of `installGppStub`.
 *
 * @example
 * const options: GppStubOptions = { cmpId: 300, supportedAPIs: ['7:usnat', '8:usca'] };
 */
export interface GppStubOptions {
  /** The window to install on. Default: the page's. */
  win?: Window;
  /** The IAB CMP id `ping` reports; the spec allows 0 (the default) until the CMP loads. */
  cmpId?: number;
  /** The `supportedAPIs` `ping` reports. Default none. */
  supportedAPIs?: string[];
}

/**
 * Installs the `__gpp` stub on `win` (the page by default) unless a `__gpp` already exists, and
 * returns a function that removes what it added. The IAB's `CmpApi`, created later, takes over its
 * queued calls and listeners.
 *
 * @example
 * import { installGppStub } from '@assent/gpp';
 * installGppStub({ cmpId: 300 }); // first thing in the page's entry script
 */
export function installGppStub(options: GppStubOptions = {}): () => void {
  // `||` rather than `??` throughout: the stub is built for ES2018, where `??` costs bytes.
  const win = options.win || window;
  const api = win as unknown as GppWindow;
  if (typeof api.__gpp === 'function') return () => {};
  const doc = win.document;
  const queue: unknown[][] = [];
  const listeners: StubListener[] = [];
  // The IAB's CmpApi numbers its own listeners from 1000 on, so these never collide with them.
  let lastListenerId = 0;

  // A fresh copy for each answer: callers may change what they are given.
  const pingJson = JSON.stringify({
    gppVersion: '1.1',
    cmpStatus: 'stub',
    cmpDisplayStatus: 'hidden',
    signalStatus: 'not ready',
    supportedAPIs: options.supportedAPIs || [],
    cmpId: options.cmpId || 0,
    sectionList: [],
    applicableSections: [-1],
    gppString: '',
    parsedSections: {},
  } satisfies GppStubPing);
  const ping = (): GppStubPing => JSON.parse(pingJson);

  const stub = (...args: unknown[]): unknown => {
    const [command, callback, parameter] = args as [unknown, GppCallback | undefined, unknown];
    // The CmpApi collects the queue with `__gpp()` and the listeners with `__gpp('events')`.
    if (!args.length || command === 'queue') return queue;
    if (command === 'events') return listeners;
    const answer = (data: unknown) => typeof callback === 'function' && callback(data, true);
    // The EventListener object of the spec, as the CmpApi answers these two commands too.
    const answerEvent = (eventName: string, listenerId: unknown, data: boolean) => answer({ eventName, listenerId, data, pingData: ping() });
    if (command === 'ping') {
      answer(ping());
    } else if (command === 'addEventListener') {
      if (typeof callback !== 'function') return undefined;
      const id = ++lastListenerId;
      listeners.push({ id, callback, parameter });
      answerEvent('listenerRegistered', id, true);
    } else if (command === 'removeEventListener') {
      const index = listeners.findIndex((listener) => listener.id === Number(parameter));
      if (index >= 0) listeners.splice(index, 1);
      answerEvent('listenerRemoved', parameter, index >= 0);
    } else if (command === 'hasSection' || command === 'getSection' || command === 'getField') {
      // Generic commands answer at once (CMP API v1.1); their data "may be null when the CMP is
      // not yet loaded". Queued, they would keep a caller waiting on a CMP that may never load.
      answer(null);
    } else {
      queue.push(args);
    }
    return undefined;
  };
  api.__gpp = stub;

  let frame: HTMLIFrameElement | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const addLocator = () => {
    if ((win.frames as unknown as Record<string, unknown>)[LOCATOR]) return;
    if (!doc.body) {
      // The stub runs first in <head>: the frame waits for <body>.
      retry = setTimeout(addLocator, 5);
      return;
    }
    frame = doc.createElement('iframe');
    // display:none keeps it out of the accessibility tree, so it needs no title.
    frame.style.cssText = 'display:none';
    frame.name = LOCATOR;
    doc.body.appendChild(frame);
  };
  addLocator();

  const onMessage = (event: MessageEvent) => {
    const isString = typeof event.data === 'string';
    let data: GppCallMessage | null = event.data;
    if (isString) {
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
    }
    const call = data?.__gppCall;
    // Looked up now, not at install: once the CMP has replaced the stub, calls go to the CMP (which
    // answers a command that is not a string itself).
    const current = api.__gpp;
    if (!call || typeof current !== 'function') return;
    // Kept for every answer: a queued call is answered later, a listener more than once.
    const source = event.source as WindowProxy;
    current(
      call.command,
      (returnValue: unknown, success: boolean) => {
        const message = { __gppReturn: { returnValue, success, callId: call.callId } };
        try {
          source.postMessage(isString ? JSON.stringify(message) : message, '*');
        } catch {
          // No asking window, it went away, or the answer cannot be cloned: nothing to deliver.
        }
      },
      call.parameter,
      call.version,
    );
  };
  win.addEventListener('message', onMessage);

  return () => {
    win.removeEventListener('message', onMessage);
    if (retry) clearTimeout(retry);
    frame?.remove();
    if (api.__gpp === stub) delete api.__gpp;
  };
}
