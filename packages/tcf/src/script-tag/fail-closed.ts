import { installTcfStub } from '../stub/stub.js';

type TcfApiCallback = (returnValue: unknown, success: boolean) => void;
type TcfApi = (command?: string, version?: unknown, callback?: TcfApiCallback, parameter?: unknown) => unknown;

/**
 * The `__tcfapi` of a TCF script tag that could not start (a malformed `assentConfig.tcf`): it
 * answers `ping` with `cmpStatus: 'error'` and every other command with failure, including the
 * calls the stub queued and those nested frames relay through the locator, so ad tech learns
 * there is no consent instead of waiting for a CMP that never comes.
 *
 * @example
 * try { startTcfScriptTag(); } catch (error) { window.assent = failClosed(error); failTcfApi(); }
 */
export function failTcfApi(): void {
  const api = window as unknown as { __tcfapi?: TcfApi };
  // The stub (placed first in <head>, else installed now) holds the early calls and the locator frame.
  installTcfStub();
  const queued = api.__tcfapi?.();
  const answer: TcfApi = (command, _version, callback) => {
    if (typeof callback !== 'function') return undefined;
    if (command === 'ping') callback({ gdprApplies: true, cmpLoaded: false, cmpStatus: 'error', displayStatus: 'disabled', apiVersion: '2.2' }, true);
    else callback(null, false);
    return undefined;
  };
  api.__tcfapi = answer;
  if (Array.isArray(queued)) for (const call of queued as Parameters<TcfApi>[]) answer(...call);
}
