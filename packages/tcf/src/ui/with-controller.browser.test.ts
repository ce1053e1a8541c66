// The UI on the real CMP (startTcf): what a person switches in the dialog is what the TC string
// carries, and __tcfapi learns when the UI is shown and hidden.
import { expect } from '@open-wc/testing';
import { startTcf } from '../controller/controller.js';
import { FIXTURE_URL, freshStore, tcfapi } from '../controller/tcfapi.test-helper.js';
import { decodeTcString } from '../tc-string/encode.js';
import type { TcfController } from '../types.js';
import { createTcfUi, type TcfUi } from './create-tcf-ui.js';
import { until } from './ui.test-helper.js';

let tcf: TcfController | undefined;
let ui: TcfUi | undefined;

afterEach(() => {
  ui?.destroy();
  ui = undefined;
  tcf?.destroy();
  tcf = undefined;
  delete (window as { __tcfapi?: unknown }).__tcfapi;
});

async function start() {
  const { store, tcCookie } = freshStore();
  tcf = startTcf(store, { cmpId: 300, vendors: [2, 21, 755, 1126], vendorListUrl: FIXTURE_URL, cookieName: tcCookie });
  await tcf.ready;
  ui = createTcfUi(tcf, { privacyPolicyUrl: '/privacy' });
  return tcf;
}

describe('TCF UI with startTcf()', () => {
  it('the TC string holds exactly what was switched in the dialog', async () => {
    const controller = await start();
    await ui!.show();
    expect((await tcfapi<{ displayStatus: string }>('ping'))[0].displayStatus).to.equal('visible');
    const banner = document.querySelector('assent-tcf-banner')!;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~=customise-button]')!.click();
    await until(() => document.querySelector('assent-tcf-preferences')?.isOpen);
    const dialog = document.querySelector('assent-tcf-preferences')!;
    for (const id of [
      'purposeConsents-1',
      'purposeConsents-3',
      'vendorConsents-755',
      'specialFeatureOptins-2',
      'vendorLegitimateInterests-21',
      'purposeLegitimateInterests-7',
    ])
      dialog.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.click();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~=save-button]')!.click();
    await until(() => controller.evidence);
    const { choices } = decodeTcString(controller.evidence!.tcString);
    expect(choices.purposeConsents).to.deep.equal([1, 3]);
    expect(choices.vendorConsents).to.deep.equal([755]);
    expect(choices.specialFeatureOptins).to.deep.equal([2]);
    // Legitimate interests stay on except where the person objected.
    expect(choices.vendorLegitimateInterests).to.deep.equal([755, 1126]);
    expect(choices.purposeLegitimateInterests).to.deep.equal([2, 8, 9, 10]);
    expect(banner.open).to.equal(false);
    expect((await tcfapi<{ displayStatus: string }>('ping'))[0].displayStatus).to.equal('hidden');
  });

  it('a decision made elsewhere (the API, another tab) closes the first layer', async () => {
    const controller = await start();
    await ui!.show();
    const banner = document.querySelector('assent-tcf-banner')!;
    expect(banner.open).to.equal(true);
    controller.rejectAll();
    await banner.updateComplete;
    expect(banner.open).to.equal(false);
  });

  it('Reject all leaves no consent in the TC string', async () => {
    const controller = await start();
    await ui!.show();
    document.querySelector('assent-tcf-banner')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~=reject-button]')!.click();
    await until(() => controller.evidence);
    const { choices } = decodeTcString(controller.evidence!.tcString);
    expect(choices.purposeConsents).to.deep.equal([]);
    expect(choices.vendorConsents).to.deep.equal([]);
    expect(controller.store.state!.textHash).to.match(/^[0-9a-f]{64}$/);
  });
});
