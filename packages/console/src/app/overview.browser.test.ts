import { expect, fixture, html } from '@open-wc/testing';
import type { LedgerStatistics } from '../api/types.js';
import { defineConsoleElements } from './define.js';
import { errorAnswer, session, shadowText, signedInClient, stubFetch, until, type FetchStub } from './fetch-stub.test-helper.js';
import type { AssentOverview } from './overview.component.js';

defineConsoleElements();

const tally = (decisions: number, acceptAll: number, rejectAll: number, custom: number, withdraw = 0, gpc = 0, gpcSignal = 0) => ({
  decisions,
  acceptAll,
  rejectAll,
  custom,
  withdraw,
  gpc,
  api: 0,
  gpcSignal,
});

const statistics: LedgerStatistics = {
  from: '2026-11-01',
  to: '2026-11-03',
  total: tally(1234, 700, 400, 100, 20, 14, 30),
  days: [
    { day: '2026-11-01', ...tally(600, 350, 200, 40, 6, 4, 10) },
    { day: '2026-11-02', ...tally(0, 0, 0, 0) },
    { day: '2026-11-03', ...tally(634, 350, 200, 60, 14, 10, 20) },
  ],
  categories: [
    { category: 'analytics', granted: 780, denied: 454 },
    { category: 'advertising', granted: 701, denied: 533 },
  ],
  byValue: [
    { value: 'a1b2c3d4e5f6a1b2c3d4e5f6', ...tally(1000, 600, 300, 100) },
    { value: 'ffeeddccbbaaffeeddccbbaa', ...tally(234, 100, 100, 0, 20, 14, 30) },
  ],
};

const rows = (view: AssentOverview, captionId: string) =>
  [...view.shadowRoot!.querySelectorAll(`table:has(#${captionId}) tbody tr`)].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );

describe('overview', () => {
  let stub: FetchStub | undefined;
  afterEach(() => stub?.restore());

  it('shows the numbers of the statistics in its tables, with a chart beside each', async () => {
    const api = await signedInClient(session());
    stub = stubFetch({ 'GET /v1/statistics': { json: statistics } });
    const view = await fixture<AssentOverview>(html`<assent-overview .api=${api} .session=${session()}></assent-overview>`);
    await until(() => view.shadowRoot!.querySelector('table'));
    const query = new URL(stub.calls[0]!.url).searchParams;
    expect(query.get('by')).to.equal('region');
    expect(query.get('from')).to.match(/^\d{4}-\d{2}-\d{2}$/);

    const text = shadowText(view);
    expect(text).to.contain('1,234');
    expect(text).to.contain('56.7%'); // 700 / 1234 accept all
    expect(text).to.contain('32.4%'); // 400 / 1234 reject all

    const days = rows(view, 'daily-caption');
    expect(days).to.have.length(3);
    expect(days[0]).to.deep.equal(['1 Nov 2026', '600', '350', '200', '40', '6', '4', '0', '10']);
    expect(days[2]!.slice(1, 5)).to.deep.equal(['634', '350', '200', '60']);

    expect(rows(view, 'category-caption')).to.deep.equal([
      ['analytics', '780', '454', '63.2%'],
      ['advertising', '701', '533', '56.8%'],
    ]);
    const values = rows(view, 'breakdown-caption');
    expect(values[0]!.slice(0, 4)).to.deep.equal(['a1b2c3d4e5f6a1b2c3d4e5f6', '1,000', '600 (60.0%)', '300 (30.0%)']);
    expect(values[1]!.slice(0, 4)).to.deep.equal(['ffeeddccbbaaffeeddccbbaa', '234', '100 (42.7%)', '100 (42.7%)']);

    const charts = view.shadowRoot!.querySelectorAll('assent-chart');
    expect(charts).to.have.length(3);
    for (const chart of charts) {
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      await until(() => chart.shadowRoot!.querySelector('canvas'));
    }
    for (const caption of view.shadowRoot!.querySelectorAll('caption')) {
      const region = caption.closest('table')!.parentElement!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('aria-labelledby')).to.equal(caption.id);
    }
    expect(view.shadowRoot!.querySelectorAll('thead th[scope=col]').length).to.be.greaterThan(10);
    await expect(view).to.be.accessible();
  });

  it('asks again for a preset period and a breakdown', async () => {
    const api = await signedInClient(session());
    stub = stubFetch({ 'GET /v1/statistics': { json: statistics } });
    const view = await fixture<AssentOverview>(html`<assent-overview .api=${api} .session=${session()}></assent-overview>`);
    await until(() => view.shadowRoot!.querySelector('table'));
    const select = view.shadowRoot!.querySelector<HTMLSelectElement>('select')!;
    select.value = 'text';
    const preset = [...view.shadowRoot!.querySelectorAll<HTMLButtonElement>('.presets button')].find((button) => button.textContent!.includes('7'))!;
    view.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => stub!.calls.length === 2);
    expect(new URL(stub.calls[1]!.url).searchParams.get('by')).to.equal('text');
    preset.click();
    await until(() => stub!.calls.length === 3);
    const query = new URL(stub.calls[2]!.url).searchParams;
    const days = (Date.parse(query.get('to')!) - Date.parse(query.get('from')!)) / 86_400_000 + 1;
    expect(days).to.equal(7);
    await until(() => preset.getAttribute('aria-pressed') === 'true');
  });

  it('refuses more than 400 days without asking the ledger', async () => {
    const api = await signedInClient(session());
    stub = stubFetch({ 'GET /v1/statistics': { json: statistics } });
    const view = await fixture<AssentOverview>(html`<assent-overview .api=${api} .session=${session()}></assent-overview>`);
    await until(() => stub!.calls.length === 1);
    view.shadowRoot!.querySelector<HTMLInputElement>('input[name=from]')!.value = '2024-01-01';
    view.shadowRoot!.querySelector<HTMLInputElement>('input[name=to]')!.value = '2026-01-01';
    view.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => shadowText(view).includes('At most 400 days'));
    expect(stub.calls).to.have.length(1);
  });

  it('says clearly when the period holds no decisions', async () => {
    const api = await signedInClient(session());
    const empty: LedgerStatistics = { from: '2026-11-01', to: '2026-11-02', total: tally(0, 0, 0, 0), days: [], categories: [], byValue: [] };
    stub = stubFetch({ 'GET /v1/statistics': { json: empty } });
    const view = await fixture<AssentOverview>(html`<assent-overview .api=${api} .session=${session()}></assent-overview>`);
    await until(() => shadowText(view).includes('No decisions in this period'));
    expect(view.shadowRoot!.querySelector('assent-chart')).to.equal(null);
    await expect(view).to.be.accessible();
  });

  it("shows the ledger's message when the query is refused", async () => {
    const api = await signedInClient(session());
    stub = stubFetch({ 'GET /v1/statistics': errorAnswer(400, 'invalid_query', 'from is not a calendar day: 2026-02-30') });
    const view = await fixture<AssentOverview>(html`<assent-overview .api=${api} .session=${session()}></assent-overview>`);
    await until(() => shadowText(view).includes('not a calendar day'));
  });

  it('shows the texts behind each banner wording of the text-hash breakdown when opened', async () => {
    const api = await signedInClient(session());
    const hash = 'a1b2c3d4e5f6a1b2c3d4e5f6';
    const snapshot = { textHash: hash, locale: 'en', texts: ['We use cookies', 'Accept all'], choices: {}, createdAt: '2026-11-01T00:00:00.000Z' };
    stub = stubFetch({ 'GET /v1/statistics': { json: statistics }, [`GET /v1/texts/${hash}`]: { json: snapshot } });
    const view = await fixture<AssentOverview>(html`<assent-overview .api=${api} .session=${session()}></assent-overview>`);
    await until(() => view.shadowRoot!.querySelector('table'));
    view.shadowRoot!.querySelector<HTMLSelectElement>('select')!.value = 'text';
    view.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const wordings = await until(() => {
      const found = view.shadowRoot!.querySelectorAll('assent-wording');
      return found.length === 2 && found;
    });
    expect(stub.calls.some((call) => call.path.startsWith('/v1/texts/'))).to.equal(false);
    await wordings[0]!.updateComplete;
    const details = wordings[0]!.shadowRoot!.querySelector('details')!;
    details.open = true;
    await until(() => shadowText(wordings[0]!).includes('We use cookies'));
    expect([...wordings[0]!.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal(snapshot.texts);
    await expect(view).to.be.accessible();
  });
});
