import { installGppStub } from '../stub/stub.js';

type GppCallback = (returnValue: unknown, success: boolean) => void;
type GppApi = (command?: string, callback?: GppCallback, parameter?: unknown, version?: unknown) => unknown;

/**
 * Whether `__gpp` is (still) a stub, or absent: what `failGppApi()` may replace. A CMP that
 * started answers `ping` with its own status and is left alone.
 *
 * @example
 * if (gppStubInPlace()) failGppApi();
 */
export function gppStubInPlace(): boolean {
  const gpp = (window as unknown as { __gpp?: GppApi }).__gpp;
  if (typeof gpp !== 'function') return true;
  let status: unknown;
  try {
    gpp('ping', (ping) => (status = (ping as { cmpStatus?: unknown } | null)?.cmpStatus));
  } catch {
    return false;
  }
  return status === 'stub';
}

/**
 * The `__gpp` of a GPP script tag that could not start (a malformed `assentConfig`, or a CMP
 * that failed to load or start): it answers
 * `ping` with `cmpStatus: 'error'` and every other command with failure, including the calls the
 * stub queued and those nested frames relay through the locator, so ad tech learns there is no
 * signal instead of waiting for a CMP that never comes. Listeners the stub registered hear an
 * `error` event.
 *
 * @example
 * try { startGppScriptTag(); } catch (error) { window.assent = failClosed(error); failGppApi(); }
 */
export function failGppApi(): void {
  const api = window as unknown as { __gpp?: GppApi };
  // The stub (placed first in <head>, else installed now) holds the early calls and the locator frame.
  installGppStub();
  const queued = api.__gpp?.();
  const listeners = api.__gpp?.('events');
  const pingData = {
    gppVersion: '1.1',
    cmpStatus: 'error',
    cmpDisplayStatus: 'disabled',
    signalStatus: 'not ready',
    supportedAPIs: [],
    cmpId: 0,
    sectionList: [],
    applicableSections: [-1],
    gppString: '',
    parsedSections: {},
  };
  const answer: GppApi = (command, callback) => {
    if (typeof callback !== 'function') return undefined;
    if (command === 'ping') callback(pingData, true);
    else callback(null, false);
    return undefined;
  };
  api.__gpp = answer;
  if (Array.isArray(queued)) for (const call of queued as Parameters<GppApi>[]) answer(...call);
  if (Array.isArray(listeners))
    for (const { id, callback } of listeners as { id: number; callback?: GppCallback }[])
      if (typeof callback === 'function') callback({ eventName: 'error', listenerId: id, data: 'the consent script could not start', pingData }, true);
}
