import { expect, fixture } from '@open-wc/testing';

interface Styles {
  position: string;
  background: string;
  minHeight: string;
}
interface Result {
  blocked: string[];
  banner: Styles;
  dialog: Styles;
  open: boolean;
}

// The script tag must work on sites with a strict Content-Security-Policy: no inline styles that
// need 'unsafe-inline', no eval. The fixture page carries such a policy and reports violations.
describe('banner and dialog under a strict CSP', () => {
  it('render styled, with no CSP violation', async () => {
    const result = new Promise<Result>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.data?.type !== 'ui-csp-result') return;
        window.removeEventListener('message', listener);
        resolve(event.data as Result);
      };
      window.addEventListener('message', listener);
    });
    await fixture(`<iframe src="${new URL('./fixtures/strict-csp.html', import.meta.url).href}" title="Strict CSP page" width="800" height="600"></iframe>`);
    const { blocked, banner, dialog, open } = await result;
    expect(blocked).to.deep.equal([]);
    // The banner's own styles applied: fixed to the viewport, buttons filled with the accent colour.
    expect(banner.position).to.equal('fixed');
    expect(banner.background).to.equal('rgb(29, 79, 184)');
    expect(dialog.background).to.equal('rgb(29, 79, 184)');
    expect(open).to.equal(true);
  });
});
