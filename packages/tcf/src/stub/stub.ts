// The `__tcfapi` stub of the IAB CMP API v2.2 ("CMP stub API"), placed before anything else on the
// page: it queues calls until the CMP loads, answers `ping` itself, adds the `__tcfapiLocator`
// frame nested frames look for, and relays their `__tcfapiCall` messages. Written here rather than
// taken from @iabtechlabtcf/stub 1.5.21, which drops `event.source` once the call returns and so
// never delivers asynchronous or repeated answers (addEventListener) to another origin's frame.

/** One queued call: command, version, callback and parameter, as the CMP replays them. */
type TcfApiCall = [command: string, version: unknown, callback: (...args: unknown[]) => void, parameter?: unknown];

interface TcfApiWindow {
  __tcfapi?: ((...args: unknown[]) => unknown) & { assentStub?: true };
}

const LOCATOR = '__tcfapiLocator';

/**
 * What the stub answers to `ping` before the CMP has loaded.
 *
 * @example
 * __tcfapi('ping', 2, (ping: StubPing) => ping.cmpStatus); // 'stub'
 */
export interface StubPing {
  gdprApplies: boolean | undefined;
  cmpLoaded: false;
  cmpStatus: 'stub';
  displayStatus: 'hidden';
  apiVersion: '2.2';
}

/**
 * Installs the `__tcfapi` stub on `win` (the page by default) unless a `__tcfapi` already exists.
 * Returns a function that removes what it added. `gdprApplies` is what `ping` reports until the
 * CMP knows (the CMP API's `setGdprApplies` stub command can set it too).
 *
 * @example
 * import { installTcfStub } from '@assent/tcf';
 * installTcfStub(); // first thing in the page's entry script
 */
export function installTcfStub(options: { gdprApplies?: boolean; win?: Window } = {}): () => void {
  const win = options.win ?? window;
  const api = win as unknown as TcfApiWindow;
  if (typeof api.__tcfapi === 'function') return () => {};
  const doc = win.document;
  const queue: TcfApiCall[] = [];
  let gdprApplies = options.gdprApplies;

  const stub = Object.assign(
    (...args: unknown[]): unknown => {
      // The CMP collects the queue by calling `__tcfapi()` with no arguments.
      if (!args.length) return queue;
      const [command, version, callback, parameter] = args as TcfApiCall;
      if (command === 'setGdprApplies') {
        if (version === 2 && typeof parameter === 'boolean') {
          gdprApplies = parameter;
          if (typeof callback === 'function') callback('set', true);
        }
      } else if (command === 'ping') {
        const ping: StubPing = { gdprApplies, cmpLoaded: false, cmpStatus: 'stub', displayStatus: 'hidden', apiVersion: '2.2' };
        if (typeof callback === 'function') callback(ping, true);
      } else {
        queue.push([command, version, callback, parameter]);
      }
      return undefined;
    },
    { assentStub: true as const },
  );
  api.__tcfapi = stub;

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
    frame.style.cssText = 'display:none';
    frame.name = LOCATOR;
    frame.title = 'TCF locator';
    frame.setAttribute('aria-hidden', 'true');
    doc.body.appendChild(frame);
  };
  addLocator();

  const onMessage = (event: MessageEvent) => {
    const isString = typeof event.data === 'string';
    let data: unknown = event.data;
    if (isString) {
      try {
        data = JSON.parse(event.data as string);
      } catch {
        return;
      }
    }
    const call = (data as { __tcfapiCall?: { command?: unknown; version?: unknown; parameter?: unknown; callId?: unknown } } | null)?.__tcfapiCall;
    if (!call || typeof call.command !== 'string') return;
    // Kept for every answer: the CMP may answer later (queued calls) and more than once (listeners).
    const source = event.source as WindowProxy | null;
    const current = api.__tcfapi;
    if (!source || typeof current !== 'function') return;
    current(
      call.command,
      call.version,
      (returnValue: unknown, success: boolean) => {
        const message = { __tcfapiReturn: { returnValue, success, callId: call.callId } };
        try {
          source.postMessage(isString ? JSON.stringify(message) : message, '*');
        } catch {
          // The asking frame went away; nothing to answer.
        }
      },
      call.parameter,
    );
  };
  win.addEventListener('message', onMessage);

  return () => {
    win.removeEventListener('message', onMessage);
    if (retry) clearTimeout(retry);
    frame?.remove();
    if (api.__tcfapi === stub) delete api.__tcfapi;
  };
}
