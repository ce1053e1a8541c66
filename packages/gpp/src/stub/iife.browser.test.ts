import { expect } from '@open-wc/testing';
// The stand-alone stub file's entry: importing it installs the stub on this test page.
import './iife.js';

describe('the stand-alone stub (iife.ts)', () => {
  it('installs __gpp with the stub ping and adds the __gppLocator frame', async () => {
    const gpp = (window as unknown as { __gpp: (...args: unknown[]) => unknown }).__gpp;
    let ping: Record<string, unknown> | undefined;
    gpp('ping', (data: Record<string, unknown>) => {
      ping = data;
    });
    expect(ping).to.include({ gppVersion: '1.1', cmpStatus: 'stub', cmpId: 0 });
    for (let i = 0; i < 40 && !document.querySelector('iframe[name="__gppLocator"]'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(document.querySelectorAll('iframe[name="__gppLocator"]')).to.have.length(1);
  });
});
