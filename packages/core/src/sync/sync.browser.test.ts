import { expect } from '@open-wc/testing';
import { createConsent } from '../index.js';
import type { ConsentChange, ConsentStore } from '../index.js';
import type { ConsentDecision } from '../decision/types.js';

type OtherTab = Window & { store: ConsentStore; changes: Array<{ decision: ConsentDecision; change: ConsentChange }> };

// Opens a second page of the same origin with its own store (an iframe: its own document and
// script realm, like another tab, sharing the origin's cookies, IndexedDB and BroadcastChannel).
async function openOtherTab(): Promise<OtherTab> {
  const frame = document.createElement('iframe');
  const ready = new Promise<void>((resolve) =>
    window.addEventListener('message', function once(event) {
      if (event.data === 'other-tab-ready') window.removeEventListener('message', once), resolve();
    }),
  );
  frame.src = new URL('./fixtures/other-tab.html', import.meta.url).href;
  document.body.append(frame);
  await ready;
  return frame.contentWindow as OtherTab;
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('cross-tab sync in a real browser', () => {
  beforeEach(() => (document.cookie = 'assent=; Max-Age=0; Path=/'));

  it('a decision in one page reaches another open page of the site without a reload', async () => {
    const here = createConsent({ revision: 'sync-test' });
    const other = await openOtherTab();
    expect(other.store.granted('analytics')).to.equal(false);

    const decision = here.update({ analytics: true }, { textHash: 'shown-texts' });
    await until(() => other.changes.length > 0);
    expect(other.store.granted('analytics')).to.equal(true);
    expect(other.store.state).to.deep.equal(decision);
    expect(other.changes[0]!.change.source).to.equal('other-tab');
    expect(other.changes[0]!.change.granted).to.include('analytics');

    const seen: Array<[string, string[]]> = [];
    here.subscribe((_, change) => seen.push([change.source, change.withdrawn]));
    other.store.rejectAll();
    await until(() => seen.length > 0);
    expect(here.granted('analytics')).to.equal(false);
    expect(here.state?.method).to.equal('reject-all');
    // A withdrawal in another tab is one here too: site code in this page may hold data to delete.
    expect(seen).to.deep.equal([['other-tab', ['analytics']]]);
    here.destroy();
    other.store.destroy();
  });
});
