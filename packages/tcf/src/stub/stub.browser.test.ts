import { expect } from '@open-wc/testing';
import { installTcfStub } from './stub.js';

const frameWindow = () => {
  const frame = document.createElement('iframe');
  document.body.appendChild(frame);
  return { frame, win: frame.contentWindow! };
};

describe('installTcfStub', () => {
  it('adds the __tcfapiLocator frame once <body> exists (the stub runs first in <head>)', async () => {
    const { frame, win } = frameWindow();
    const body = win.document.body;
    body.remove();
    const uninstall = installTcfStub({ win });
    expect((win.frames as unknown as Record<string, unknown>).__tcfapiLocator).to.equal(undefined);
    win.document.documentElement.appendChild(body);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(win.document.querySelector('iframe[name="__tcfapiLocator"]')).to.not.equal(null);
    uninstall();
    expect(win.document.querySelector('iframe[name="__tcfapiLocator"]')).to.equal(null);
    expect((win as unknown as { __tcfapi?: unknown }).__tcfapi).to.equal(undefined);
    frame.remove();
  });

  it('returns its queue when called without arguments and keeps an existing __tcfapi', () => {
    const { frame, win } = frameWindow();
    installTcfStub({ win });
    const api = (win as unknown as { __tcfapi: (...args: unknown[]) => unknown }).__tcfapi;
    const callback = () => {};
    api('addEventListener', 2, callback);
    api('getTCData', 2, callback, [755]);
    expect(api()).to.deep.equal([
      ['addEventListener', 2, callback, undefined],
      ['getTCData', 2, callback, [755]],
    ]);
    installTcfStub({ win });
    expect((win as unknown as { __tcfapi: unknown }).__tcfapi).to.equal(api);
    frame.remove();
  });

  it('answers setGdprApplies and reports it in ping', () => {
    const { frame, win } = frameWindow();
    installTcfStub({ win });
    const api = (win as unknown as { __tcfapi: (...args: unknown[]) => unknown }).__tcfapi;
    let ping: Record<string, unknown> | undefined;
    api('setGdprApplies', 2, () => {}, false);
    api('ping', 2, (value: Record<string, unknown>) => {
      ping = value;
    });
    expect(ping).to.include({ gdprApplies: false, cmpStatus: 'stub', cmpLoaded: false });
    frame.remove();
  });
});
